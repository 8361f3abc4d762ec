/**
 * "Add to calendar": an RFC 5545 .ics file and Google / Outlook web links for one event.
 * Pure functions; every string of the model is untrusted text, so ICS values are escaped and
 * URL parameters are only ever built with URLSearchParams.
 */
import type { EventModel, SubEvent } from './event/model.js';
import { DAY } from './event/time.js';
import { endOf } from './schedule/occurrences.js';
import { recurrence, vtimezone } from './schedule/rrule.js';
/**
 * A timed event without an end gets one hour: RFC 5545 would make it a zero-length event,
 * which Outlook and Google show as a sliver (or reject in links), while one hour is what
 * calendar apps themselves default to.
 */
const HOUR = 36e5;
/** Longest description put in a link; browsers and servers cut URLs at a few kilobytes. */
const MAX = 1000;

/** Kind of times: d = all-day dates, z = UTC instants, l = floating local times. */
type Kind = 'd' | 'z' | 'l';
interface Span {
  k: Kind;
  s: number;
  e: number;
}

/** Start and (exclusive) end of the event (from its duration when it has no end); undefined when it has no start. */
function span(event: EventModel): Span | undefined {
  const { start } = event;
  const end = endOf(event);
  if (!start) return;
  const k: Kind = start.allDay ? 'd' : start.instant != null ? 'z' : 'l';
  const s = k == 'z' ? start.instant! : start.wall;
  let e = NaN;
  if (end) {
    // schema.org end dates are inclusive: a bare end date lasts until the next midnight.
    const w = end.wall + (end.allDay ? DAY : 0);
    e = k == 'd' ? Math.ceil(w / DAY) * DAY : k == 'z' ? (end.instant ?? s + w - start.wall) : w;
  }
  if (!(e > s)) e = s + (k == 'd' ? DAY : HOUR);
  return { k, s, e };
}

/** `2017-10-23`, `2017-10-23T12:00:00Z` or floating `2017-10-23T15:00:00`. */
const iso = (t: number, k: Kind) => {
  const x = new Date(t).toISOString();
  return k == 'd' ? x.slice(0, 10) : x.slice(0, 19) + (k == 'z' ? 'Z' : '');
};
/** The same in basic format: `20171023`, `20171023T120000Z`, `20171023T150000`. */
const basic = (t: number, k: Kind) => iso(t, k).replace(/[-:]/g, '');

/** Place name and address, else the online URL. */
const where = (e: EventModel) => {
  const p = e.places.find((p) => p.name || p.address);
  return p ? [p.name, p.address].filter(Boolean).join(', ') : e.online[0]?.url;
};

/** Description (cut to `max` characters), then the event and online URLs. */
const details = (e: EventModel, max = Infinity) => {
  let d = e.description;
  if (d && d.length > max) d = d.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…';
  return [d, e.url, ...e.online.map((o) => o.url)].filter((x, i, a) => x && a.indexOf(x) == i).join('\n\n');
};

/** 32+32-bit FNV-style hash, for a stable UID that does not leak the id into the file. */
const hash = (s: string) => {
  let a = 0x811c9dc5,
    b = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
};

/** RFC 5545 TEXT: no control characters; backslash, `;`, `,` and newlines escaped. */
const text = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c == '\n' ? '\\n' : '\\' + c));

/** One content line, folded at 75 UTF-8 octets between characters, ending in CRLF. */
const fold = (line: string) => {
  let out = '',
    n = 0;
  for (const c of line) {
    const cp = c.codePointAt(0)!;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n + b > 75) {
      out += '\r\n ';
      n = 1;
    }
    out += c;
    n += b;
  }
  return out + '\r\n';
};

/**
 * The VEVENTs of an event: one, or one per schedule of a recurring event (with its RRULE), as
 * content lines; `zones` collects the time zones they name. `key` makes the UIDs.
 */
function vevents(e: EventModel, now: Date, zones: Map<string, number>, key: string): string[] {
  const desc = details(e),
    loc = where(e);
  const common = [
    'DTSTAMP:' + basic(+now, 'z'),
    'SUMMARY:' + text(e.name),
    desc && 'DESCRIPTION:' + text(desc),
    loc && 'LOCATION:' + text(loc),
    // A URI value is not escaped; percent-encode anything that could break the line.
    e.url && 'URL:' + e.url.replace(/[\0-\x20\x7f]/g, encodeURIComponent),
    'STATUS:' + (e.status == 'cancelled' ? 'CANCELLED' : e.status == 'postponed' ? 'TENTATIVE' : 'CONFIRMED'),
  ];
  const uid = (k: string) => `UID:${hash(k)}@event-embed`;
  const rules = e.schedules.flatMap((s, i) => {
    const r = recurrence(e, s, +now);
    if (r?.zone) zones.set(r.zone, Math.min(zones.get(r.zone) ?? Infinity, r.year));
    return r ? [['BEGIN:VEVENT', uid(`${key}|schedule|${i}`), ...r.lines, ...common, 'END:VEVENT']] : [];
  });
  if (rules.length) return rules.flat() as string[];
  const t = span(e);
  const dt = (name: string, v: number) => name + (t!.k == 'd' ? ';VALUE=DATE:' : ':') + basic(v, t!.k);
  return [
    'BEGIN:VEVENT',
    uid(key),
    t && dt('DTSTART', t.s),
    t && dt('DTEND', t.e),
    ...common,
    'END:VEVENT',
  ] as string[];
}

/** The key of an event's UID: its id, else its name and start. */
const keyOf = (e: { name: string; start?: EventModel['start'] }, id?: string) =>
  id ?? `${e.name}|${e.start?.instant ?? e.start?.wall}`;

/** A VCALENDAR of VEVENTs, with the VTIMEZONE of each zone they name, folded. */
function calendar(events: string[], zones: Map<string, number>): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//event-embed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones].flatMap(([zone, year]) => vtimezone(zone, year)),
    ...events,
    'END:VCALENDAR',
  ]
    .filter(Boolean)
    .map((l) => fold(l as string))
    .join('');
}

/** An .ics file (VCALENDAR with one VEVENT, or one per schedule); `now` is the DTSTAMP. */
export function toIcs(e: EventModel, now = new Date()): string {
  const zones = new Map<string, number>();
  return calendar(vevents(e, now, zones, keyOf(e, e.id)), zones);
}

/**
 * The whole agenda in one .ics file: the event, then each of its sessions as an event of its
 * own (`session()` makes it: its room, its times). Each UID is the event's and the session's
 * (name and start), so that adding the file again updates the same entries.
 */
export function toAgendaIcs(e: EventModel, session: (s: SubEvent, i: number) => EventModel, now = new Date()): string {
  const zones = new Map<string, number>();
  const key = keyOf(e, e.id);
  const seen = new Set<string>();
  const events = [
    ...vevents(e, now, zones, key),
    ...e.subEvents.flatMap((s, i) => {
      if (!s.start) return [];
      let k = `${key}|${keyOf(s)}`;
      // Two sessions of the same name at the same time: told apart by their place in the agenda.
      if (seen.has(k)) k += `|${i}`;
      seen.add(k);
      return vevents({ ...session(s, i), schedules: [] }, now, zones, k);
    }),
  ];
  return calendar(events, zones);
}

/** Sets the text fields, then gives the query with spaces as %20: URLSearchParams writes `+`
 * (a literal `+` is %2B), which not every calendar decodes. */
const query = (p: URLSearchParams, body: string, e: EventModel) => {
  const d = details(e, MAX),
    l = where(e);
  if (d) p.set(body, d);
  if (l) p.set('location', l);
  return String(p).replace(/\+/g, '%20');
};

/** A Google Calendar "new event" link. */
export function googleCalendarUrl(e: EventModel): string {
  const p = new URLSearchParams({ action: 'TEMPLATE', text: e.name }),
    t = span(e);
  if (t) {
    p.set('dates', basic(t.s, t.k) + '/' + basic(t.e, t.k));
    // Floating times are read in `ctz` when given, else in the user's own zone.
    if (t.k == 'l' && e.timeZone) p.set('ctz', e.timeZone);
  }
  return 'https://calendar.google.com/calendar/render?' + query(p, 'details', e);
}

/** An Outlook.com (`live`) or Microsoft 365 (`office`) "new event" link. */
export function outlookCalendarUrl(e: EventModel, service: 'live' | 'office' = 'live'): string {
  const p = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: e.name });
  const t = span(e);
  if (t) {
    // All-day: dates with an exclusive end, as Outlook itself stores them.
    p.set('startdt', iso(t.s, t.k));
    p.set('enddt', iso(t.e, t.k));
    if (t.k == 'd') p.set('allday', 'true');
  }
  const host = service == 'office' ? 'office' : 'live';
  return `https://outlook.${host}.com/calendar/0/action/compose?` + query(p, 'body', e);
}

/** A `data:` URL of an .ics text (iOS Safari opens its "Add to Calendar" sheet for it). */
export const icsDataUrl = (ics: string): string => 'data:text/calendar;charset=utf-8,' + encodeURIComponent(ics);
