/**
 * The event data the elements accept: schema.org `Event` JSON-LD, or plain JSON with the same
 * field names. These types are the source of `event.schema.json` (generated at build time by
 * `npm run schema`) and describe what `normalize.ts` reads; the parser itself accepts anything
 * and reports what it cannot use.
 */

/** Text: a string, a language-tagged value, or a list of them (the first is used). */
export type Text = string | number | LanguageValue | (string | LanguageValue)[];

/** A JSON-LD language-tagged value such as `{"@value": "Круглый стол", "@language": "ru"}`. */
export interface LanguageValue {
  '@value': string;
  '@language'?: string;
}

/** A URL: absolute `http(s):`, `mailto:`, `tel:`, or relative to the page. Other schemes are ignored. */
export type Url = string;

/**
 * A date (`2017-10-23`: all day) or a date and time in ISO 8601, best with an offset
 * (`2017-10-23T15:00:00+03:00`). Without an offset the time is local time at the venue.
 * @pattern ^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$
 */
export type DateTime = string;

/**
 * A time of day, `19:00` or `19:00:00` (local time at the venue).
 * @pattern ^\d{1,2}:\d{2}(:\d{2})?$
 */
export type Time = string;

/**
 * An ISO 8601 duration: `PT2H`, `PT1H30M`, `P1D`, `P1W`.
 * @pattern ^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$
 */
export type Duration = string;

/** A node reference within the same JSON-LD document. */
export interface Reference {
  '@id': string;
}

type One<T> = T | T[];

export type EventStatusValue =
  | 'https://schema.org/EventScheduled'
  | 'https://schema.org/EventCancelled'
  | 'https://schema.org/EventPostponed'
  | 'https://schema.org/EventRescheduled'
  | 'https://schema.org/EventMovedOnline'
  | 'EventScheduled'
  | 'EventCancelled'
  | 'EventPostponed'
  | 'EventRescheduled'
  | 'EventMovedOnline';

export type AttendanceModeValue =
  | 'https://schema.org/OfflineEventAttendanceMode'
  | 'https://schema.org/OnlineEventAttendanceMode'
  | 'https://schema.org/MixedEventAttendanceMode'
  | 'OfflineEventAttendanceMode'
  | 'OnlineEventAttendanceMode'
  | 'MixedEventAttendanceMode';

export interface ImageObject {
  '@type'?: 'ImageObject';
  /** The image file. */
  contentUrl?: Url;
  /** The image file, when `contentUrl` is absent. */
  url?: Url;
  /** A smaller version for thumbnails. */
  thumbnail?: Url | ImageObject;
  /** Text alternative and caption. */
  caption?: Text;
  name?: Text;
  description?: Text;
  /** Width in pixels. */
  width?: number | string;
  /** Height in pixels. */
  height?: number | string;
}

export interface PostalAddress {
  '@type'?: 'PostalAddress';
  streetAddress?: Text;
  addressLocality?: Text;
  addressRegion?: Text;
  postalCode?: Text;
  addressCountry?: Text | { name: Text };
}

export interface Place {
  '@type'?: 'Place' | string;
  name?: Text;
  address?: Text | PostalAddress;
  geo?: { '@type'?: 'GeoCoordinates'; latitude: number | string; longitude: number | string };
  url?: Url;
}

export interface VirtualLocation {
  '@type': 'VirtualLocation';
  /** The link to join. */
  url: Url;
  name?: Text;
}

export interface Organization {
  '@type'?: 'Organization' | string;
  '@id'?: string;
  name: Text;
  url?: Url;
  /** The logo: a URL or an ImageObject. */
  logo?: Url | ImageObject;
  /** Used when there is no logo. */
  image?: Url | ImageObject;
}

export interface Person {
  '@type': 'Person';
  '@id'?: string;
  name?: Text;
  givenName?: Text;
  familyName?: Text;
  url?: Url;
  image?: Url | ImageObject;
  jobTitle?: Text;
  affiliation?: Text | Organization;
}

/** A speaker or performer: a person, a band or company, or an organization. */
export interface Performer {
  /** `Person` (a speaker), `PerformingGroup` (or `MusicGroup`, `DanceGroup`, `TheaterGroup`), `Organization`. */
  '@type'?: 'Person' | 'PerformingGroup' | 'MusicGroup' | 'DanceGroup' | 'TheaterGroup' | 'Organization' | string;
  /** The same `@id` in several sessions is the same speaker (listed once in the announcement). */
  '@id'?: string;
  name: Text;
  /** Their page: the name links to it. */
  url?: Url;
  /** A photo; their initials are shown without one (or when it fails to load). */
  image?: Url | ImageObject;
  jobTitle?: Text;
  affiliation?: Text | Organization;
  /** Their pages elsewhere (an artist's page): the first is the link when there is no `url`. */
  sameAs?: One<Url>;
}

/** What part a performer plays: `{"@type": "PerformanceRole", "roleName": "Keynote", "performer": {…}}`. */
export interface PerformanceRole {
  '@type': 'PerformanceRole' | 'Role';
  /** Shown instead of the job title ("Keynote", "Moderator"). */
  roleName?: Text;
  performer: One<Performer | Person | string>;
}

export type AvailabilityValue =
  | 'https://schema.org/InStock'
  | 'https://schema.org/SoldOut'
  | 'https://schema.org/PreOrder'
  | 'https://schema.org/LimitedAvailability'
  | 'InStock'
  | 'SoldOut'
  | 'PreOrder'
  | 'LimitedAvailability';

/** A ticket tier, or (`AggregateOffer`) the range of prices of several. */
export interface Offer {
  '@type'?: 'Offer' | 'AggregateOffer';
  /** The tier's name, such as `VIP` or `Early bird`. */
  name?: Text;
  /** Where to buy tickets or register. */
  url?: Url;
  /**
   * The price as a number (`63.25`; `0` for free: the link then reads "Register"). Text such as
   * `"$35"` is shown as written, with a warning.
   */
  price?: number | string;
  /** The currency, ISO 4217 (`USD`, `EUR`): prices are formatted in it. */
  priceCurrency?: string;
  /** The lowest price (`AggregateOffer`). */
  lowPrice?: number | string;
  /** The highest price (`AggregateOffer`). */
  highPrice?: number | string;
  /** Whether tickets are left: in stock, sold out, pre-order, limited. */
  availability?: AvailabilityValue;
  /** When sales start ("On sale from …" until then). */
  validFrom?: DateTime;
  /** When sales end ("Sales ended" after it). */
  validThrough?: DateTime;
  /** The tiers of an `AggregateOffer`. */
  offers?: One<Offer>;
}

/** When a recurring event takes place (schema.org `Schedule`). */
export interface Schedule {
  '@type'?: 'Schedule';
  /**
   * How often: `P1W` weekly, `P2W` every two weeks, `P1D` daily, `P1M` monthly, `P1Y` yearly (or
   * the words Daily, Weekly, Monthly, Yearly). One whole number of one unit; anything else is ignored.
   */
  repeatFrequency?: string;
  /** The days of the week: `https://schema.org/Tuesday` (or `Tuesday`, `TU`; `2MO` is the second Monday of the month). */
  byDay?: One<string>;
  /** Days of the month, 1–31 (`-1`: the last). */
  byMonthDay?: One<number | string>;
  /** When each occurrence starts, local time. */
  startTime?: Time;
  /** When each occurrence ends, local time. */
  endTime?: Time;
  /** The first day of the schedule. */
  startDate?: DateTime;
  /** The last day of the schedule. */
  endDate?: DateTime;
  /** Dates on which it does not take place. */
  exceptDate?: One<DateTime>;
  /** The IANA time zone of the times, e.g. `Europe/Berlin`. */
  scheduleTimezone?: string;
  /** How many times it takes place in all. */
  repeatCount?: number | string;
  /** How long each occurrence lasts, when there is no end time. */
  duration?: Duration;
}

/** An agenda item. */
export interface SubEvent {
  '@type'?: string;
  name: Text;
  description?: Text;
  startDate?: DateTime;
  endDate?: DateTime;
  /** The session's speakers or performers. */
  performer?: One<Performer | Person | Organization | PerformanceRole | string | Reference>;
  /** The room: a name or a Place. */
  location?: Text | Place;
}

/** A schema.org Event (or subtype) as the elements read it. */
export interface EventInput {
  '@context'?: unknown;
  /** `Event` or a subtype such as `BusinessEvent`; optional in plain JSON. */
  '@type'?: string | string[];
  '@id'?: string;
  /** The event's name (required). */
  name: Text;
  /** Plain text; blank lines separate paragraphs. Never rendered as HTML. */
  description?: Text;
  startDate?: DateTime;
  endDate?: DateTime;
  /** When the doors open: a time (`18:30`, on the day of the start) or a date and time. */
  doorTime?: Time | DateTime;
  /** How long the event lasts (`PT2H`), when it has no end date: the end is computed from it. */
  duration?: Duration;
  /** A recurring event: when it takes place (the next dates are listed, and calendars repeat it). */
  eventSchedule?: One<Schedule>;
  /**
   * Extension (not schema.org): the IANA time zone of the event, e.g. `Europe/Moscow`. Times are
   * shown in it and it is named when the viewer's zone differs.
   */
  timeZone?: string;
  eventStatus?: EventStatusValue;
  /** The start before the event was rescheduled or postponed ("Rescheduled, was …"). */
  previousStartDate?: DateTime;
  eventAttendanceMode?: AttendanceModeValue;
  location?: One<Place | VirtualLocation | string | Reference>;
  organizer?: One<Organization | Person | string | Reference>;
  sponsor?: One<Organization | Person | string | Reference>;
  funder?: One<Organization | Person | string | Reference>;
  /** Who performs or speaks at the event itself (the card says "With …"); sessions have their own. */
  performer?: One<Performer | Person | Organization | PerformanceRole | string | Reference>;
  /** The agenda. */
  subEvent?: One<SubEvent | Reference>;
  /** Photos: URLs or ImageObjects. */
  image?: One<Url | ImageObject>;
  /** The event's page ("Details"). */
  url?: Url;
  offers?: One<Offer>;
  inLanguage?: string;
  /** The larger event this one is part of. */
  superEvent?: { '@type'?: string; name?: Text; url?: Url; startDate?: DateTime; endDate?: DateTime } | Reference;
}
