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
  type: 'Organization' | 'Person';
  name: string;
  url?: string;
  /** The logo, or the `image` when there is no logo. */
  logo?: string;
  /** A photo (`image`), for people. */
  image?: string;
  jobTitle?: string;
  affiliation?: string;
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

export interface Offer {
  url?: string;
  price?: string;
  priceCurrency?: string;
  availability?: Availability;
}

export interface SubEvent {
  name: string;
  description?: string;
  start?: When;
  end?: When;
  performers: Party[];
  /** The room or place name. */
  location?: string;
}

export interface EventModel {
  name: string;
  description?: string;
  start?: When;
  end?: When;
  /** IANA time zone of the event, from the `timeZone` extension field. */
  timeZone?: string;
  status: EventStatus;
  attendance: Attendance;
  places: Place[];
  online: OnlineLocation[];
  organizers: Party[];
  sponsors: Party[];
  funders: Party[];
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
