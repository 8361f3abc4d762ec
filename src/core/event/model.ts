import type { FatalCode, ProblemArgs, WarningCode } from './problems.js';

/**
 * The internal event model: what the widgets render. Built from schema.org JSON-LD by
 * `normalize.ts`; every string in it is plain, untrusted text and every URL in it has already
 * passed `safeUrl()`.
 */

/** A point in time as the event data wrote it. */
export interface When {
  /** The wall-clock time as written, as if it were UTC (milliseconds). */
  wall: number;
  /** A bare date (`2017-10-23`): an all-day event that never shifts between zones. */
  allDay: boolean;
  /** The UTC offset written in the data, in minutes east of UTC (`+03:00` is 180). */
  offset?: number;
  /**
   * The absolute instant (milliseconds since the epoch), when it is known: from the written
   * offset, or from the event's IANA time zone. Absent for all-day dates and for local times
   * of an event without a zone ("floating" times, shown as written).
   */
  instant?: number;
  /** The text as written, for messages. */
  source: string;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'movedOnline';
export type Attendance = 'offline' | 'online' | 'mixed';
export type Availability = 'inStock' | 'soldOut' | 'preOrder' | 'limited' | 'other';

export interface Place {
  name?: string;
  /** The address as one line of text. */
  address?: string;
  geo?: { latitude: number; longitude: number };
  url?: string;
}

export interface OnlineLocation {
  url: string;
  name?: string;
}

export interface Party {
  /** `PerformingGroup` for it and its subtypes (`MusicGroup`, `DanceGroup`, `TheaterGroup`). */
  type: 'Organization' | 'Person' | 'PerformingGroup';
  name: string;
  url?: string;
  /** The logo, or the `image` when there is no logo. */
  logo?: string;
  /** A photo (`image`), for people. */
  image?: string;
  jobTitle?: string;
  affiliation?: string;
  /** The `roleName` of a schema.org `Role` wrapper ("Keynote", "Moderator"), when given. */
  role?: string;
  /** The node's `@id`: the same party in several sessions. */
  id?: string;
}

export interface Image {
  url: string;
  thumbnail?: string;
  /** The files of the image whose width is known (itself, its `thumbnail` ImageObjects): [url, width], narrowest first. */
  sources?: [string, number][];
  caption?: string;
  name?: string;
  description?: string;
  width?: number;
  height?: number;
}

/** A VideoObject (see ./media.ts): played in the gallery once asked for. */
export interface Video extends Omit<Image, 'url' | 'thumbnail'> {
  /** Where it plays: its `embedUrl`, `contentUrl` and `url`, those present, in that order. */
  urls: string[];
  /** The still shown before it plays: `thumbnailUrl`, `thumbnail` or `image`. */
  poster?: string;
}

/** A ticket tier (`Offer`), or a range of prices (`AggregateOffer`). */
export interface Offer {
  url?: string;
  /** The tier's name ("VIP", "Early bird"). */
  name?: string;
  /** The price as a number, when it is one ("0", 63.25, "63.25"). */
  price?: number;
  /** The price as written when it is not a number ("$35", "from 10 €"): shown as written. */
  priceText?: string;
  lowPrice?: number;
  highPrice?: number;
  priceCurrency?: string;
  availability?: Availability;
  /** When sales start (`validFrom`, else `availabilityStarts`). */
  validFrom?: When;
  /** When sales end (`validThrough`, else `availabilityEnds`). */
  validThrough?: When;
  /** `AggregateOffer`. */
  aggregate?: boolean;
}

/**
 * A recurring event's schedule (schema.org `Schedule`), as read: the rule's parts, checked. The
 * occurrences, the sentence and the RRULE are made from it by ../schedule/ (loaded on demand).
 */
export interface Schedule {
  /** `repeatFrequency` as written (`P1W`, `Weekly`). */
  frequency?: string;
  /** `repeatFrequency` as a unit and a count: P1W is `{ unit: 'W', every: 1 }`. */
  unit?: 'D' | 'W' | 'M' | 'Y';
  every?: number;
  /** Days of the week, 0 = Monday … 6 = Sunday, each with its place in the month (`2MO`: 2), when given. */
  byDay: { day: number; nth?: number }[];
  /** Days of the month, 1…31 (or -1 for the last). */
  byMonthDay: number[];
  /** `HH:MM(:SS)` wall-clock times, as minutes from midnight. */
  startTime?: number;
  endTime?: number;
  startDate?: When;
  endDate?: When;
  exceptDates: When[];
  /** IANA zone of the times (`scheduleTimezone`), else the event's. */
  timeZone?: string;
  repeatCount?: number;
  /** `duration` of each occurrence (ISO 8601, as written), when the schedule gives one. */
  duration?: string;
}

export interface SubEvent {
  name: string;
  description?: string;
  start?: When;
  end?: When;
  performers: Party[];
  /** The room or place name. */
  location?: string;
  /** The session's own tickets (`offers`), read as the event's are. */
  offers: Offer[];
}

export interface EventModel {
  /** The schema.org `@type` as given ("MusicEvent"); `Event` when absent. */
  type: string;
  name: string;
  description?: string;
  start?: When;
  end?: When;
  /** The start before the event was rescheduled or postponed (`previousStartDate`). */
  previousStart?: When;
  /** IANA time zone of the event, from the `timeZone` extension field. */
  timeZone?: string;
  status: EventStatus;
  /** `eventStatus` was in the data. */
  statusGiven: boolean;
  attendance: Attendance;
  /** `eventAttendanceMode` was in the data. */
  attendanceGiven: boolean;
  /** `doorTime`: when the doors open. */
  doorTime?: When;
  /** ISO 8601 duration as written (`PT2H`). */
  duration?: string;
  /** `eventSchedule`: when the event recurs. */
  schedules: Schedule[];
  places: Place[];
  online: OnlineLocation[];
  organizers: Party[];
  sponsors: Party[];
  funders: Party[];
  /** `performer` (or the legacy `performers`) of the event itself; the sessions have their own. */
  performers: Party[];
  subEvents: SubEvent[];
  images: Image[];
  /** VideoObjects of `image`, `video` and `subjectOf`. */
  videos?: Video[];
  url?: string;
  offers: Offer[];
  inLanguage?: string;
  superEvent?: { name?: string; url?: string };
  /** A stable identifier: `@id` or `url` when present, for calendar UIDs. */
  id?: string;
}

/** A problem that prevents rendering; every locale words it from its code and arguments. */
export interface FatalProblem {
  fatal: true;
  /** JSON path such as `name`; empty for the document itself. */
  path: string;
  code: FatalCode;
  args: ProblemArgs;
}

/** A recoverable problem: the part is skipped and the problem logged, in English, with its path. */
export interface Warning {
  fatal: false;
  /** JSON path such as `startDate` or `location[1].url`. */
  path: string;
  /** What is wrong, for programs: `notDate`, `badLink`… */
  code: WarningCode;
  /** The values the message shows (the value found, the values allowed…). */
  values: unknown[];
  /** What is wrong, in English (empty until explained: see `explain()` in ../event/diagnostics.ts). */
  message: string;
}

export type Problem = FatalProblem | Warning;

export type ParseResult =
  { ok: true; event: EventModel; warnings: Warning[] } | { ok: false; problem: FatalProblem; warnings: Warning[] };
