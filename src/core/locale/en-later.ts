/**
 * English strings of the parts that load on demand: the calendar links, the organizers' marquee button,
 * the long agenda's filters and the lightbox. Each of those parts brings them with its code and
 * reads the language's own strings over them (`{ ...enLater.gallery, ...t.gallery }`); every
 * other language keeps them in its own module, which loads on demand anyway.
 */
export default {
  calendarIcs: 'Apple Calendar, Outlook (.ics file)',
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  organizers: {
    pause: 'Pause',
    play: 'Play',
  },
  agenda: {
    day: 'Day',
    allDays: 'All days',
    room: 'Room',
    allRooms: 'All rooms',
    search: 'Search titles and speakers',
    shown: (n: number, total: number) => `Showing ${n} of ${total}`,
  },
  gallery: {
    photo: (i: number, n: number) => `Photo ${i} of ${n}`,
    close: 'Close',
    prev: 'Previous photo',
    next: 'Next photo',
    loading: 'Loading photo…',
    failed: 'The photo could not be loaded.',
    play: (caption: string) => (caption ? `Play video: ${caption}` : 'Play video'),
    video: 'Video',
  },
};
