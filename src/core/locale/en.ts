/**
 * English UI strings, built into every bundle. With ./en-later.ts (the strings of the parts that
 * load on demand) and ./en-errors.ts (the sentences for problems with the data, loaded only when
 * there is one) they are the reference every other language must match key for key.
 */
export default {
  loading: 'Loading event…',
  errorTitle: 'This event cannot be shown',
  details: 'Details',
  tickets: 'Tickets',
  register: 'Register',
  soldOut: 'Sold out',
  map: 'Map',
  joinOnline: 'Join online',
  online: 'Online',
  mixed: 'Online and in person',
  yourTime: 'Your time',
  organizedBy: (_n: number) => 'Organized by',
  was: (date: string) => `was ${date}`,
  more: 'Show more',
  less: 'Show less',
  addToCalendar: 'Add to calendar',
  partOf: 'Part of',
  organizers: {
    organizer: 'Organizers',
    sponsor: 'Sponsors',
    funder: 'Funders',
  },
  agenda: {
    calendar: 'Add the whole agenda to calendar',
    now: 'Now',
    next: 'Next',
    zone: (zone: string) => `Times are in ${zone}`,
  },
  gallery: {
    title: 'Photo gallery',
    open: (i: number, n: number) => `Open photo ${i} of ${n}`,
    showAll: (n: number) => `Show all ${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'photo' : 'photos'}`,
  },
  announcement: {
    agenda: 'Agenda',
    gallery: 'Photos',
  },
  /** Sharing the event or a session; said once the link is copied (or to copy by hand). */
  share: 'Share',
  copied: 'Link copied',
  copyLink: 'Copy this link:',
  /** The card's line for an event about to start, or under way ("in 3 days" comes from Intl). */
  time: {
    starts: (rel: string) => `Starts ${rel}`,
    now: 'Happening now',
  },
  status: {
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    movedOnline: 'Moved online',
    ended: 'Ended',
  },
};
