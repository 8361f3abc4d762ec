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
  schedule: {
    daily: (n: number) => (n === 1 ? 'every day' : `every ${n} days`),
    weekly: (days: string, n: number) => (n === 1 ? `every ${days}` : `every ${n} weeks on ${days}`),
    monthly: (days: string, n: number) => (n === 1 ? `every month on ${days}` : `every ${n} months on ${days}`),
    yearly: (n: number) => (n === 1 ? 'every year' : `every ${n} years`),
    /** The `n`th (1–5) or, for -1, the last of a weekday in a month. */
    nth: (n: number, day: string) =>
      `the ${n < 0 ? 'last' : ['first', 'second', 'third', 'fourth', 'fifth'][n - 1]} ${day}`,
    /** Days of the month ("1 and 15"). */
    monthDays: (days: string) => `day ${days}`,
    until: (date: string) => `until ${date}`,
    next: 'Next dates',
    doors: (time: string) => `Doors ${time}`,
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
    play: (caption: string) => (caption ? `Play video: ${caption}` : 'Play video'),
    video: 'Video',
  },
};
