/**
 * English strings of the parts that load on demand: the calendar links, the organizers' marquee
 * button, the long agenda's filters, the card's ticket tiers, the lightbox, the card's
 * performers and the announcement's speakers. Each of those parts brings them with its code
 * and reads the language's own strings over them (`{ ...enLater.gallery, ...t.gallery }`);
 * every other language keeps them in its own module, which loads on demand anyway.
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
  speakers: {
    with: 'With',
    speakers: 'Speakers',
    performers: 'Performers',
    sessions: 'Sessions',
  },
  offers: {
    free: 'Free',
    from: (price: string) => `from ${price}`,
    inStock: 'Available',
    preOrder: 'Pre-order',
    limited: 'Few left',
    onSaleFrom: (date: string) => `On sale from ${date}`,
    onSaleUntil: (date: string) => `On sale until ${date}`,
    ended: 'Sales ended',
  },
  gallery: {
    photo: (i: number, n: number) => `Photo ${i} of ${n}`,
    close: 'Close',
    prev: 'Previous photo',
    next: 'Next photo',
    loading: 'Loading photo…',
    failed: 'The photo could not be loaded.',
  },
};
