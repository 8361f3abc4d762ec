/**
 * schema.org `Event` JSON-LD (or plain JSON with the same field names) -> the internal model.
 *
 * Untrusted input: nothing here throws on bad data. Fatal problems (not JSON, not an Event, no
 * name) fail the read; anything else that is wrong is skipped and reported as a warning with
 * its JSON path, so that the rest of the event still shows. Problems are codes with their
 * values here; ./diagnostics.ts words them, and is loaded only when there is one.
 */
import { safeUrl } from '../url.js';
import type {
  Attendance,
  EventModel,
  EventStatus,
  FatalProblem,
  Image,
  OnlineLocation,
  ParseResult,
  Place,
  SubEvent,
  Warning,
  When,
} from './model.js';
import { at, EVENT_TYPE, fatal, hasContent, HTMLISH, isEvent, isObject, list, term, types, type Json } from './json.js';
import type * as LenientReaders from './lenient/index.js';
import { partiesOf } from './parties.js';
import type { WarningCode } from './problems.js';
import { offersOf } from './offers.js';
import { isTimeZone, parseWhen } from './time.js';

/** The readers for shapes that few documents use (./lenient/), loaded when a document needs them. */
export type Lenient = typeof LenientReaders;

/** How to read a document. */
export interface ReadOptions {
  /** The URL of the document: relative URLs are resolved against it. */
  base?: string;
  /** The widget's language: text given in several languages is read in it first. */
  lang?: string;
  /** Which event to show when the data holds several: its `@id`, `url` or `identifier`. */
  eventId?: string | null;
  /** Which event to show when the data holds several: its position among them, from 0. */
  eventIndex?: number | null;
  /** The lenient readers. Without them, a document that needs them is put in `needsLenient`. */
  lenient?: Lenient;
}

/**
 * Results read without the lenient readers from documents that need them: a container or a
 * shape the core does not read (microdata as JSON, an ItemList, nested lists, full IRIs), text
 * in several languages or in HTML, several events, or an event chosen by id or index. Such a
 * document is read again with ./lenient/ (`readEvent(input, { ...options, lenient })`).
 */
export const needsLenient = new WeakSet<ParseResult>();

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

/**
 * Reads event data: JSON text (a JSON-LD document) or an already parsed value. `options` may be
 * the document's URL, for relative URLs (a fetched document), or the options. Never throws.
 *
 * Problems come as codes with their values, without words: text that is not JSON gives the
 * `json` problem with the text (BOM removed) as `args.source`; `explain()` from
 * ./diagnostics.ts says where it breaks and words every problem (`parseEvent()` does both).
 */
export function readEvent(input: unknown, options: string | ReadOptions = {}): ParseResult {
  const failure = (problem: FatalProblem): ParseResult => ({ ok: false, warnings: [], problem });
  if (typeof input === 'string') {
    // A leading byte-order mark is ignored; lines and columns count from the text after it.
    const source = input.replace(/^\uFEFF/, '');
    if (!source.trim()) return failure(fatal('empty'));
    try {
      input = JSON.parse(source);
    } catch {
      return failure(fatal('json', { source }));
    }
  }
  try {
    return read(input, typeof options === 'string' ? { base: options } : options);
  } catch (error) {
    // Defensive: a bug here must not reach the host page; the widget shows a generic error.
    return failure(fatal('notObject', { found: String(error) }));
  }
}

/**
 * Reads a parsed document: finds its event and makes the model, collecting warnings. (Closures,
 * not a class: their names shrink when minified, and this is in every page's first load.)
 */
function read(doc: unknown, { base, lang, eventId, eventIndex, lenient }: ReadOptions): ParseResult {
  const warnings: Warning[] = [];
  /** Nodes being read by textOf() or urlOf(): met again while being read, they are a cycle. */
  const reading = new Set<unknown>();
  /** Whether the lenient readers would read this document better. */
  let wants = !lenient && (eventId != null || eventIndex != null);
  /** The languages text is read in, first to last (with the lenient readers). */
  let langs: (string | undefined)[] = [];

  const done = (result: ParseResult): ParseResult => {
    if (wants) needsLenient.add(result);
    return result;
  };
  /** Whether the lenient readers left out parts nested too deep to follow. */
  let deep = false;
  const fail = (problem: FatalProblem): ParseResult => {
    // No event where the document goes too deep to follow: said as what it is.
    if (deep) problem = fatal('tooDeep');
    // Not an event to the core: maybe one in a shape or container that only the lenient readers know.
    wants ||= !lenient && problem.code !== 'notObject';
    return done({ ok: false, problem, warnings });
  };
  if (lenient) ({ doc, deep } = lenient.shape(doc));
  if (!isObject(doc) && !Array.isArray(doc)) return fail(fatal('notObject'));
  // References by @id are resolved by the lenient readers: the core only notes that there are some.
  const ref = lenient
    ? lenient.references(doc)
    : (v: unknown) => ((wants ||= isObject(v) && typeof v['@id'] === 'string' && !hasContent(v)), v);
  const found = lenient ? lenient.find(doc, ref, { eventId, eventIndex }, warn) : findEvent(doc);
  if ('code' in found) return fail(found);
  const { node, path } = found;
  if ('langs' in found) langs = [lang, ...(found.langs as (string | undefined)[])];
  const event = eventOf(node, path);
  return event ? done({ ok: true, event, warnings }) : fail(fatal('noName', {}, at(path, 'name')));

  // The readers, hoisted: each takes a value and its JSON path, and warns there.

  /** A warning: the code, and the values its sentence shows (./diagnostics.ts words it). */
  function warn(path: string, code: WarningCode, ...values: unknown[]) {
    warnings.push({ fatal: false, path, code, values, message: '' });
  }

  /**
   * The event of the common shape: one event (or a list of one, as WordPress plugins write it).
   * Lists of several, graphs, pages and every other container are the lenient readers'.
   */
  function findEvent(doc: Json | unknown[]): { node: Json; path: string } | FatalProblem {
    const one = Array.isArray(doc) && doc.length === 1;
    const node = one ? (doc as unknown[])[0] : doc;
    return isObject(node) && !('@graph' in node) && !('mainEntity' in node) && (isEvent(node) || !('@type' in node))
      ? { node, path: one ? '[0]' : '' }
      : fatal('noEvent');
  }

  /**
   * Plain text from a string, a number, a language-tagged value or a list of those. Lone
   * surrogates become U+FFFD, so that every string of the model is well-formed (they would
   * make encodeURIComponent throw, in the calendar links). Text in several languages, and
   * HTML, are read by the lenient readers.
   */
  function textOf(v: unknown, path: string): string | undefined {
    v = ref(v);
    if (lenient && typeof v === 'object' && v) v = lenient.text(v, langs);
    if (typeof v === 'string') {
      // (toWellFormed: native, and fast where a lookbehind pattern is slow, as in WebKit.)
      const s = (v as unknown as { toWellFormed(): string }).toWellFormed();
      if (lenient) return lenient.plain(s, path).trim() || undefined;
      wants ||= HTMLISH.test(s);
      return s.trim() || undefined;
    }
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (Array.isArray(v) || (isObject(v) && '@value' in v)) {
      wants ||= !lenient && list(v).some((x) => isObject(x) && '@language' in x);
      return follow(v, path, () => {
        if (!Array.isArray(v)) return textOf((v as Json)['@value'], path);
        for (let i = 0; i < v.length; i++) {
          const t = textOf(v[i], `${path}[${i}]`);
          if (t) return t;
        }
        return undefined;
      });
    }
    // An object: maybe text in several languages ({"en": "…", "fr": "…"}).
    wants ||= !lenient && isObject(v);
    if (v !== undefined && v !== null) warn(path, 'notText', v);
    return undefined;
  }

  /** A URL that is allowed to reach `href`/`src`; anything else is dropped with a warning. */
  function urlOf(v: unknown, path: string): string | undefined {
    v = ref(v);
    if (isObject(v)) {
      const node = v;
      const key = 'contentUrl' in node ? 'contentUrl' : 'url' in node ? 'url' : '@id';
      return follow(node, path, () => urlOf(node[key], at(path, key)));
    }
    const raw = textOf(v, path);
    if (raw === undefined) return undefined;
    const safe = safeUrl(raw);
    if (!safe) warn(path, 'badLink', raw);
    else if (base) {
      try {
        return new URL(safe, base).href;
      } catch {
        warn(path, 'badUrl', raw);
        return undefined;
      }
    }
    return safe;
  }

  /** Reads a node, unless it is already being read: an @id reference that leads back to itself. */
  function follow<T>(node: unknown, path: string, read: () => T | undefined): T | undefined {
    if (reading.has(node)) return void warn(path, 'cycle');
    reading.add(node);
    try {
      return read();
    } finally {
      reading.delete(node);
    }
  }

  function numberOf(v: unknown, path: string): number | undefined {
    v = ref(v);
    if (isObject(v) && 'value' in v) v = v.value; // QuantitativeValue
    const n = typeof v === 'string' && v.trim() ? Number(v) : v;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    if (v !== undefined) warn(path, 'notNumber', v);
    return undefined;
  }

  function whenOf(v: unknown, path: string, timeZone?: string): When | undefined | null {
    const text = textOf(v, path);
    if (text === undefined) return undefined;
    const when = parseWhen(text, timeZone);
    if (!when) warn(path, 'notDate', text);
    return when ?? null;
  }

  function enumOf<T>(v: unknown, path: string, values: Record<string, T>): T | undefined {
    const t = textOf(v, path);
    if (t === undefined) return undefined;
    // Own members only: "constructor" or "__proto__" is no status.
    const value = Object.hasOwn(values, term(t)) ? values[term(t)] : undefined;
    if (value === undefined) warn(path, 'notOneOf', t, Object.keys(values));
    return value;
  }

  function eventOf(node: Json, path: string): EventModel | undefined {
    const p = (key: string) => at(path, key);
    const name = textOf(node.name, p('name'));
    if (!name) return undefined;

    let timeZone = textOf(node.timeZone, p('timeZone'));
    if (timeZone && !isTimeZone(timeZone)) {
      warn(p('timeZone'), 'notZone', timeZone);
      timeZone = undefined;
    }
    const [start, end] = rangeOf(node, path, timeZone);
    legacy(node);

    const places: Place[] = [];
    const online: OnlineLocation[] = [];
    list(node.location).forEach((raw, i) => {
      const lp = indexed(p('location'), node.location, i);
      const loc = ref(raw);
      if (typeof loc === 'string') {
        const t = loc.trim();
        if (t) places.push({ name: t });
      } else if (isObject(loc) && types(loc).includes('VirtualLocation')) {
        const url = urlOf(loc.url, at(lp, 'url'));
        if (url) online.push({ url, name: textOf(loc.name, at(lp, 'name')) });
        else warn(lp, 'onlineNoUrl');
      } else if (isObject(loc)) {
        const place = placeOf(loc, lp);
        if (place) places.push(place);
        else warn(lp, 'placeNoName');
      } else warn(lp, 'notPlace', loc);
    });

    const attendanceMode = enumOf(node.eventAttendanceMode, p('eventAttendanceMode'), ATTENDANCE);
    const attendance =
      attendanceMode ?? (online.length ? (places.length ? 'mixed' : 'online') : ('offline' as Attendance));

    const status = enumOf(node.eventStatus, p('eventStatus'), STATUS);
    // Schedules, doors and durations (few events have them) are read by the lenient readers.
    wants ||= !lenient && ('eventSchedule' in node || 'doorTime' in node || 'duration' in node);
    const timing = lenient
      ? lenient.timing(node, path, { textOf, whenOf, warn, ref }, start, timeZone)
      : { schedules: [] };
    // Shown without them, but search engines and readers need them.
    if (!start && !end && !timing.schedules.length) {
      warn(p('startDate'), 'noDate');
      if (!places.length && !online.length) warn(p('location'), 'noPlace');
    }

    const superEvent = ref(node.superEvent);
    const id = typeof node['@id'] === 'string' && !node['@id'].startsWith('_:') ? node['@id'] : undefined;
    const url = urlOf(node.url, p('url'));

    return {
      type: types(node).find((t) => EVENT_TYPE.test(t)) ?? 'Event',
      name,
      description: textOf(node.description, p('description')),
      start,
      end,
      previousStart: whenOf(node.previousStartDate, p('previousStartDate'), timeZone) ?? undefined,
      timeZone,
      status: status ?? 'scheduled',
      statusGiven: !!status,
      attendance,
      attendanceGiven: attendanceMode !== undefined,
      ...timing,
      places,
      online,
      organizers: parties(node, path, 'organizer'),
      sponsors: parties(node, path, 'sponsor'),
      funders: parties(node, path, 'funder'),
      performers: parties(node, path, 'performer'),
      subEvents: subEventsOf(node.subEvent, p('subEvent'), timeZone),
      ...(lenient
        ? lenient.media(node, path, ref, urlOf, textOf, numberOf, warn)
        : { images: imagesOf(node.image, p('image')) }),
      url,
      offers: offersOf({ ref, textOf, urlOf, whenOf, enumOf, warn }, node.offers, p('offers'), timeZone),
      inLanguage: textOf(
        isObject(node.inLanguage) ? (node.inLanguage.alternateName ?? node.inLanguage.name) : node.inLanguage,
        p('inLanguage'),
      ),
      superEvent: isObject(superEvent)
        ? { name: textOf(superEvent.name, p('superEvent.name')), url: urlOf(superEvent.url, p('superEvent.url')) }
        : typeof superEvent === 'string'
          ? { name: superEvent }
          : undefined,
      id: id ?? url,
    };
  }

  /** Legacy plurals (`subEvents`, `performers`), and videos (./lenient/media.ts), are read by the lenient readers. */
  function legacy(node: Json) {
    wants ||= !lenient && ('subEvents' in node || 'performers' in node || 'video' in node || 'subjectOf' in node);
  }

  /** Start and end; an end before the start is dropped. */
  function rangeOf(node: Json, path: string, timeZone?: string): [When | undefined, When | undefined] {
    const start = whenOf(node.startDate, at(path, 'startDate'), timeZone) ?? undefined;
    let end = whenOf(node.endDate, at(path, 'endDate'), timeZone) ?? undefined;
    if (start && end && compare(end, start) < 0) {
      warn(at(path, 'endDate'), 'endBeforeStart', end.source, start.source);
      end = undefined;
    }
    return [start, end];
  }

  function placeOf(loc: Json, path: string): Place | undefined {
    let address = ref(list(loc.address)[0]);
    if (lenient && isObject(address)) address = lenient.text(address, langs);
    const addressText = isObject(address)
      ? ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']
          .map((k) => textOf(isObject(address[k]) ? (address[k] as Json).name : address[k], at(path, `address.${k}`)))
          .filter(Boolean)
          .join(', ') || undefined
      : textOf(address, at(path, 'address'));
    const geo = ref(loc.geo);
    let coordinates: Place['geo'];
    if (isObject(geo)) {
      const latitude = numberOf(geo.latitude, at(path, 'geo.latitude'));
      const longitude = numberOf(geo.longitude, at(path, 'geo.longitude'));
      if (latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
        coordinates = { latitude, longitude };
      } else warn(at(path, 'geo'), 'badGeo');
    }
    const name = textOf(loc.name, at(path, 'name'));
    if (!name && !addressText) return undefined;
    return { name, address: addressText, geo: coordinates, url: urlOf(loc.url, at(path, 'url')) };
  }

  function parties(node: Json, path: string, key: string) {
    return partiesOf({ ref, textOf, urlOf, warn }, node[key], at(path, key), key);
  }

  function imagesOf(v: unknown, path: string): Image[] {
    const out: Image[] = [];
    list(v).forEach((raw, i) => {
      const ip = indexed(path, v, i);
      const node = ref(raw);
      const url = urlOf(node, ip);
      if (!url) return warn(ip, 'imageNoUrl');
      if (!isObject(node)) return out.push({ url });
      // A video, or thumbnails that say their width (a srcset): the lenient readers' (./lenient/media.ts).
      wants ||= types(node).includes('VideoObject') || 'width' in Object(list(node.thumbnail)[0]);
      out.push({
        url,
        thumbnail:
          node.thumbnail !== undefined
            ? urlOf(node.thumbnail, at(ip, 'thumbnail'))
            : urlOf(node.thumbnailUrl, at(ip, 'thumbnailUrl')),
        caption: textOf(node.caption, at(ip, 'caption')),
        name: textOf(node.name, at(ip, 'name')),
        description: textOf(node.description, at(ip, 'description')),
        width: numberOf(node.width, at(ip, 'width')),
        height: numberOf(node.height, at(ip, 'height')),
      });
    });
    return out;
  }

  function subEventsOf(v: unknown, path: string, timeZone?: string): SubEvent[] {
    const out: SubEvent[] = [];
    list(v).forEach((raw, i) => {
      const sp = indexed(path, v, i);
      const node = ref(raw);
      if (!isObject(node)) return warn(sp, 'notSubEvent', node);
      const name = textOf(node.name, at(sp, 'name'));
      if (!name) return warn(sp, 'subEventNoName');
      const before = warnings.length;
      const [start, end] = rangeOf(node, sp, timeZone);
      legacy(node);
      if (warnings.length > before) return warn(sp, 'subEventBadDate', name);
      const loc = ref(node.location);
      out.push({
        name,
        description: textOf(node.description, at(sp, 'description')),
        start,
        end,
        performers: parties(node, sp, 'performer'),
        location: textOf(isObject(loc) ? loc.name : loc, at(sp, 'location')),
        offers: offersOf({ ref, textOf, urlOf, whenOf, enumOf, warn }, node.offers, at(sp, 'offers'), timeZone),
      });
    });
    return out;
  }
}

/** Orders two points in time: by instant when both have one, else by wall clock. */
export function compare(a: When, b: When): number {
  return a.instant !== undefined && b.instant !== undefined ? a.instant - b.instant : a.wall - b.wall;
}

/** `organizer[2]` for a list, `organizer` for a single value. */
function indexed(path: string, v: unknown, i: number) {
  return Array.isArray(v) ? `${path}[${i}]` : path;
}
