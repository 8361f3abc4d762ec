/**
 * schema.org `Event` JSON-LD (or plain JSON with the same field names) -> the internal model.
 *
 * Untrusted input: nothing here throws on bad data. Fatal problems (not JSON, not an Event, no
 * name) fail the parse; anything else that is wrong is skipped and reported as a warning with
 * its JSON path, so that the rest of the event still shows.
 */
import { safeUrl } from '../url.js';
import { parseJson } from './json.js';
import type {
  Attendance,
  Availability,
  EventModel,
  EventStatus,
  FatalProblem,
  Image,
  OnlineLocation,
  Offer,
  ParseResult,
  Party,
  Place,
  SubEvent,
  Warning,
  When,
} from './model.js';
import type { FatalCode, ProblemArgs } from './problems.js';
import { isTimeZone, parseWhen } from './time.js';

type Json = Record<string, unknown>;

/** schema.org's Event and its subtypes. */
const EVENT_TYPES = new Set(
  (
    'Event BusinessEvent ChildrensEvent ComedyEvent CourseInstance DanceEvent DeliveryEvent EducationEvent ' +
    'EventSeries ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent PublicationEvent ' +
    'BroadcastEvent OnDemandEvent SaleEvent ScreeningEvent SocialEvent SportsEvent TheaterEvent ' +
    'VisualArtsEvent UserInteraction UserBlocks UserCheckins UserComments UserDownloads UserLikes ' +
    'UserPageVisits UserPlays UserPlusOnes UserTweets'
  ).split(' '),
);

const STATUS: Record<string, EventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'movedOnline',
};
const ATTENDANCE: Record<string, Attendance> = {
  OfflineEventAttendanceMode: 'offline',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};
const AVAILABILITY: Record<string, Availability> = {
  InStock: 'inStock',
  OnlineOnly: 'inStock',
  InStoreOnly: 'inStock',
  SoldOut: 'soldOut',
  OutOfStock: 'soldOut',
  Discontinued: 'soldOut',
  PreOrder: 'preOrder',
  PreSale: 'preOrder',
  LimitedAvailability: 'limited',
};

/** A high surrogate not followed by a low one, or a low one not after a high one (no `u` flag:
 * WebKit's \p{Cs} misses them). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const DATE_HINT = 'expected ISO 8601 such as 2017-10-23T15:00:00+03:00';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** `https://schema.org/EventCancelled`, `schema:EventCancelled` and `EventCancelled` alike. */
const term = (v: string) => v.trim().replace(/^.*[/#:]/, '');
const show = (v: unknown) => {
  const s =
    typeof v === 'string' ? JSON.stringify(v) : isObject(v) ? 'an object' : Array.isArray(v) ? 'a list' : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
const types = (node: Json) =>
  list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(term);
const fatal = (code: FatalCode, args: ProblemArgs = {}, path = ''): FatalProblem => ({ fatal: true, path, code, args });

/**
 * Parses event data: JSON text (a JSON-LD document) or an already parsed value. Relative URLs
 * are resolved against `base` when given (the URL of a fetched document). Never throws.
 */
export function parseEvent(input: unknown, base?: string): ParseResult {
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) {
      return {
        ok: false,
        warnings: [],
        problem: json.empty
          ? fatal('empty')
          : fatal('json', { line: json.line, column: json.column, expected: json.expected, found: json.found }),
      };
    }
    input = json.value;
  }
  try {
    return new Reader(input, base).read();
  } catch (error) {
    // Defensive: a bug here must not reach the host page; the widget shows a generic error.
    return { ok: false, warnings: [], problem: fatal('notObject', { found: String(error) }) };
  }
}

class Reader {
  private warnings: Warning[] = [];
  private ids = new Map<string, Json>();
  /** Nodes being read by text() or url(): met again while being read, they are a cycle. */
  private reading = new Set<unknown>();

  constructor(
    private doc: unknown,
    private base?: string,
  ) {
    this.index(doc, new Set());
  }

  /** Collects every node with an `@id` and content, to resolve references within the document. */
  private index(v: unknown, seen: Set<unknown>) {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x) => this.index(x, seen));
    else {
      const node = v as Json;
      const id = node['@id'];
      if (typeof id === 'string' && Object.keys(node).some((k) => k !== '@id' && k !== '@context'))
        this.ids.set(id, node);
      for (const k in node) this.index(node[k], seen);
    }
  }

  private ref(v: unknown): unknown {
    return isObject(v) && typeof v['@id'] === 'string' ? (this.ids.get(v['@id']) ?? v) : v;
  }

  private warn(path: string, message: string) {
    this.warnings.push({ fatal: false, path, message });
  }

  read(): ParseResult {
    const fail = (problem: FatalProblem): ParseResult => ({ ok: false, problem, warnings: this.warnings });
    const root = this.doc;
    if (!isObject(root) && !Array.isArray(root)) return fail(fatal('notObject', { found: show(root) }));
    const found = this.findEvent(root);
    if ('code' in found) return fail(found);
    const { node, path } = found;
    const event = this.event(node, path);
    return event ? { ok: true, event, warnings: this.warnings } : fail(fatal('noName', {}, at(path, 'name')));
  }

  /** The first Event of the document: the root, an item of a list or `@graph`, or a `mainEntity`. */
  private findEvent(root: Json | unknown[]): { node: Json; path: string } | FatalProblem {
    // Array.from, not map: a list given from JavaScript may have holes.
    const candidates: [unknown, string][] = Array.isArray(root)
      ? Array.from(root, (v, i) => [v, `[${i}]`])
      : Array.isArray(root['@graph'])
        ? Array.from(root['@graph'], (v, i) => [v, `@graph[${i}]`])
        : [[root, '']];
    let other: string | undefined;
    for (const [raw, path] of candidates) {
      const node = this.ref(raw);
      if (!isObject(node)) continue;
      const t = types(node);
      if (t.some((x) => EVENT_TYPES.has(x))) return { node, path };
      const main = this.ref(node.mainEntity);
      if (isObject(main) && (types(main).some((x) => EVENT_TYPES.has(x)) || !('@type' in main))) {
        return { node: main, path: at(path, 'mainEntity') };
      }
      if (!('@type' in node) && candidates.length === 1) return { node, path };
      other ??= t[0];
    }
    return other
      ? fatal('notEvent', { type: other }, '@type')
      : fatal('noEvent', {}, Array.isArray(root) ? '' : '@graph');
  }

  /**
   * Plain text from a string, a number, a language-tagged value or a list of those. Lone
   * surrogates become U+FFFD, so that every string of the model is well-formed (they would
   * make encodeURIComponent throw, in the calendar links).
   */
  private text(v: unknown, path: string): string | undefined {
    v = this.ref(v);
    if (typeof v === 'string') return v.replace(LONE_SURROGATE, '\uFFFD').trim() || undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (Array.isArray(v) || (isObject(v) && '@value' in v)) {
      return this.follow(v, path, () => {
        if (!Array.isArray(v)) return this.text((v as Json)['@value'], path);
        for (let i = 0; i < v.length; i++) {
          const t = this.text(v[i], `${path}[${i}]`);
          if (t) return t;
        }
        return undefined;
      });
    }
    if (v !== undefined && v !== null) this.warn(path, `${show(v)} is not text; it is left out`);
    return undefined;
  }

  /** A URL that is allowed to reach `href`/`src`; anything else is dropped with a warning. */
  private url(v: unknown, path: string): string | undefined {
    v = this.ref(v);
    if (isObject(v)) {
      const node = v;
      const key = 'contentUrl' in node ? 'contentUrl' : 'url' in node ? 'url' : '@id';
      return this.follow(node, path, () => this.url(node[key], at(path, key)));
    }
    const raw = this.text(v, path);
    if (raw === undefined) return undefined;
    const safe = safeUrl(raw);
    if (!safe)
      this.warn(path, `${show(raw)} is not an allowed link; only http, https, mailto, tel and relative URLs are used`);
    else if (this.base) {
      try {
        return new URL(safe, this.base).href;
      } catch {
        this.warn(path, `${show(raw)} is not a valid URL; it is left out`);
        return undefined;
      }
    }
    return safe;
  }

  /** Reads a node, unless it is already being read: an @id reference that leads back to itself. */
  private follow<T>(node: unknown, path: string, read: () => T | undefined): T | undefined {
    if (this.reading.has(node)) return void this.warn(path, 'a reference that leads back to itself is left out');
    this.reading.add(node);
    try {
      return read();
    } finally {
      this.reading.delete(node);
    }
  }

  private number(v: unknown, path: string): number | undefined {
    v = this.ref(v);
    if (isObject(v) && 'value' in v) v = v.value; // QuantitativeValue
    const n = typeof v === 'string' && v.trim() ? Number(v) : v;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    if (v !== undefined) this.warn(path, `${show(v)} is not a number; it is left out`);
    return undefined;
  }

  private when(v: unknown, path: string, timeZone?: string): When | undefined | null {
    const text = this.text(v, path);
    if (text === undefined) return undefined;
    const when = parseWhen(text, timeZone);
    if (!when) this.warn(path, `${show(text)} is not a date; ${DATE_HINT}`);
    return when ?? null;
  }

  private enumValue<T>(v: unknown, path: string, values: Record<string, T>): T | undefined {
    const t = this.text(v, path);
    if (t === undefined) return undefined;
    const value = values[term(t)];
    if (value === undefined)
      this.warn(path, `${show(t)} is not one of ${Object.keys(values).join(', ')}; it is ignored`);
    return value;
  }

  private event(node: Json, path: string): EventModel | undefined {
    const p = (key: string) => at(path, key);
    const name = this.text(node.name, p('name'));
    if (!name) return undefined;

    let timeZone = this.text(node.timeZone, p('timeZone'));
    if (timeZone && !isTimeZone(timeZone)) {
      this.warn(p('timeZone'), `${show(timeZone)} is not an IANA time zone such as Europe/Moscow; it is ignored`);
      timeZone = undefined;
    }
    const [start, end] = this.range(node, path, timeZone);

    const places: Place[] = [];
    const online: OnlineLocation[] = [];
    list(node.location).forEach((raw, i) => {
      const lp = indexed(p('location'), node.location, i);
      const loc = this.ref(raw);
      if (typeof loc === 'string') {
        const t = loc.trim();
        if (t) places.push({ name: t });
      } else if (isObject(loc) && types(loc).includes('VirtualLocation')) {
        const url = this.url(loc.url, at(lp, 'url'));
        if (url) online.push({ url, name: this.text(loc.name, at(lp, 'name')) });
        else this.warn(lp, 'an online location without a URL is skipped');
      } else if (isObject(loc)) {
        const place = this.place(loc, lp);
        if (place) places.push(place);
        else this.warn(lp, 'a place without a name or an address is skipped');
      } else this.warn(lp, `${show(loc)} is not a place; it is skipped`);
    });

    const attendanceMode = this.enumValue(node.eventAttendanceMode, p('eventAttendanceMode'), ATTENDANCE);
    const attendance =
      attendanceMode ?? (online.length ? (places.length ? 'mixed' : 'online') : ('offline' as Attendance));

    const superEvent = this.ref(node.superEvent);
    const id = typeof node['@id'] === 'string' && !node['@id'].startsWith('_:') ? node['@id'] : undefined;
    const url = this.url(node.url, p('url'));

    return {
      name,
      description: this.text(node.description, p('description')),
      start,
      end,
      timeZone,
      status: this.enumValue(node.eventStatus, p('eventStatus'), STATUS) ?? 'scheduled',
      attendance,
      places,
      online,
      organizers: this.parties(node.organizer, p('organizer')),
      sponsors: this.parties(node.sponsor, p('sponsor')),
      funders: this.parties(node.funder, p('funder')),
      subEvents: this.subEvents(node.subEvent, p('subEvent'), timeZone),
      images: this.images(node.image, p('image')),
      url,
      offers: this.offers(node.offers, p('offers')),
      inLanguage: this.text(
        isObject(node.inLanguage) ? (node.inLanguage.alternateName ?? node.inLanguage.name) : node.inLanguage,
        p('inLanguage'),
      ),
      superEvent: isObject(superEvent)
        ? { name: this.text(superEvent.name, p('superEvent.name')), url: this.url(superEvent.url, p('superEvent.url')) }
        : typeof superEvent === 'string'
          ? { name: superEvent }
          : undefined,
      id: id ?? url,
    };
  }

  /** Start and end; an end before the start is dropped. */
  private range(node: Json, path: string, timeZone?: string): [When | undefined, When | undefined] {
    const start = this.when(node.startDate, at(path, 'startDate'), timeZone) ?? undefined;
    let end = this.when(node.endDate, at(path, 'endDate'), timeZone) ?? undefined;
    if (start && end && compare(end, start) < 0) {
      this.warn(at(path, 'endDate'), `${show(end.source)} is before the start ${show(start.source)}; it is ignored`);
      end = undefined;
    }
    return [start, end];
  }

  private place(loc: Json, path: string): Place | undefined {
    const address = this.ref(loc.address);
    const addressText = isObject(address)
      ? ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']
          .map((k) =>
            this.text(isObject(address[k]) ? (address[k] as Json).name : address[k], at(path, `address.${k}`)),
          )
          .filter(Boolean)
          .join(', ') || undefined
      : this.text(address, at(path, 'address'));
    const geo = this.ref(loc.geo);
    let coordinates: Place['geo'];
    if (isObject(geo)) {
      const latitude = this.number(geo.latitude, at(path, 'geo.latitude'));
      const longitude = this.number(geo.longitude, at(path, 'geo.longitude'));
      if (latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
        coordinates = { latitude, longitude };
      } else
        this.warn(
          at(path, 'geo'),
          'coordinates need a latitude (-90 to 90) and a longitude (-180 to 180); they are ignored',
        );
    }
    const name = this.text(loc.name, at(path, 'name'));
    if (!name && !addressText) return undefined;
    return { name, address: addressText, geo: coordinates, url: this.url(loc.url, at(path, 'url')) };
  }

  private parties(v: unknown, path: string): Party[] {
    const out: Party[] = [];
    list(v).forEach((raw, i) => {
      const pp = indexed(path, v, i);
      const node = this.ref(raw);
      if (typeof node === 'string') {
        if (node.trim()) out.push({ type: 'Organization', name: node.trim() });
        return;
      }
      if (!isObject(node)) return this.warn(pp, `${show(node)} is not an organization or a person; it is skipped`);
      const person = types(node).includes('Person');
      const name =
        this.text(node.name, at(pp, 'name')) ??
        (person
          ? [node.givenName, node.familyName]
              .map((x, k) => this.text(x, at(pp, k ? 'familyName' : 'givenName')))
              .filter(Boolean)
              .join(' ')
          : '');
      if (!name) return this.warn(pp, 'an entry without a name is skipped');
      const affiliation = this.ref(node.affiliation);
      const image = this.url(list(node.image)[0], at(pp, 'image'));
      out.push({
        type: person ? 'Person' : 'Organization',
        name,
        url: this.url(node.url, at(pp, 'url')),
        logo: this.url(node.logo, at(pp, 'logo')) ?? image,
        image,
        jobTitle: this.text(node.jobTitle, at(pp, 'jobTitle')),
        affiliation: this.text(isObject(affiliation) ? affiliation.name : affiliation, at(pp, 'affiliation')),
      });
    });
    return out;
  }

  private images(v: unknown, path: string): Image[] {
    const out: Image[] = [];
    list(v).forEach((raw, i) => {
      const ip = indexed(path, v, i);
      const node = this.ref(raw);
      const url = this.url(node, ip);
      if (!url) return this.warn(ip, 'an image without a usable URL (contentUrl or url) is skipped');
      if (!isObject(node)) return out.push({ url });
      out.push({
        url,
        thumbnail:
          node.thumbnail !== undefined
            ? this.url(node.thumbnail, at(ip, 'thumbnail'))
            : this.url(node.thumbnailUrl, at(ip, 'thumbnailUrl')),
        caption: this.text(node.caption, at(ip, 'caption')),
        name: this.text(node.name, at(ip, 'name')),
        description: this.text(node.description, at(ip, 'description')),
        width: this.number(node.width, at(ip, 'width')),
        height: this.number(node.height, at(ip, 'height')),
      });
    });
    return out;
  }

  private offers(v: unknown, path: string): Offer[] {
    return list(v).flatMap((raw, i) => {
      const op = indexed(path, v, i);
      const node = this.ref(raw);
      if (!isObject(node)) {
        this.warn(op, `${show(node)} is not an offer; it is skipped`);
        return [];
      }
      return [
        {
          url: this.url(node.url, at(op, 'url')),
          price: this.text(node.price, at(op, 'price')),
          priceCurrency: this.text(node.priceCurrency, at(op, 'priceCurrency')),
          availability: this.enumValue(node.availability, at(op, 'availability'), AVAILABILITY),
        },
      ];
    });
  }

  private subEvents(v: unknown, path: string, timeZone?: string): SubEvent[] {
    const out: SubEvent[] = [];
    list(v).forEach((raw, i) => {
      const sp = indexed(path, v, i);
      const node = this.ref(raw);
      if (!isObject(node)) return this.warn(sp, `${show(node)} is not an event; it is skipped`);
      const name = this.text(node.name, at(sp, 'name'));
      if (!name) return this.warn(sp, 'an agenda item without a name is skipped');
      const before = this.warnings.length;
      const [start, end] = this.range(node, sp, timeZone);
      if (this.warnings.length > before)
        return this.warn(sp, `the agenda item ${show(name)} has a bad date and is skipped`);
      const loc = this.ref(node.location);
      out.push({
        name,
        description: this.text(node.description, at(sp, 'description')),
        start,
        end,
        performers: this.parties(node.performer, at(sp, 'performer')),
        location: this.text(isObject(loc) ? loc.name : loc, at(sp, 'location')),
      });
    });
    return out;
  }
}

/** Orders two points in time: by instant when both have one, else by wall clock. */
export function compare(a: When, b: When): number {
  return a.instant !== undefined && b.instant !== undefined ? a.instant - b.instant : a.wall - b.wall;
}

function at(path: string, key: string) {
  return path ? `${path}.${key}` : key;
}

/** `organizer[2]` for a list, `organizer` for a single value. */
function indexed(path: string, v: unknown, i: number) {
  return Array.isArray(v) ? `${path}[${i}]` : path;
}
