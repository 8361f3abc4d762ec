/**
 * What `<event-agenda>` shows: the rows (order, day groups, rooms, formatted times), the
 * sessions (each made by ./session.ts), the "now" and "next" marks, with their styles. Loaded
 * on demand by ./event-agenda.ts, which stays in `loading` until it is there.
 */
import { html, isServer, nothing } from 'lit';
import type { EventModel, SubEvent, When } from '../../core/event/model.js';
import { compare } from '../../core/event/normalize.js';
import { endMoment, zoneOffset } from '../../core/event/time.js';
import { datetimeAttr, utcOffset, zoneName } from '../../core/locale/format.js';
import { avatarErrors, avatarStyles } from '../../core/people.js';
import type { Loaded } from '../../core/locale/index.js';
import { inTemplate } from '../../core/nodes.js';
import { adopt } from '../../core/styles.js';
import { styles } from './event-agenda.styles.js';
import type { EventAgenda } from './event-agenda.js';
import { act, all, h, item, prefix } from './session.js';

/** The model each list was last filled for (see updated()). */
const filled = new WeakMap<Element, Model>();

/** The filters' code, once a long agenda on the page has needed it. */
let filters: typeof import('./filters.js') | undefined;

/** One agenda item, prepared once per event, language and zone choice. */
export interface Row {
  s: SubEvent;
  /** Index in `subEvent`. */
  i: number;
  /** Day group and room (index into the lists of days and rooms; -1 without a room). */
  d: number;
  r: number;
  /** The times: start text and `datetime`, then the end's, if any. */
  p?: string[];
  /** Start and end moments (ms) of a timed session, for "now" and "next". */
  a?: number;
  b?: number;
  /** Lower-case title and speakers, for the search (made by the filters on the first search). */
  q?: string;
}

export interface Model {
  e: EventModel;
  /** Language and zone choice the rows were made for, and the strings. */
  k: string;
  t: Loaded;
  rows: Row[];
  days: string[];
  rooms: string[];
  zone?: string;
  /** The items, one per row. */
  items: HTMLElement[];
}

/** The filters of a long agenda, loading (its items are made meanwhile); undefined when not needed. */
export function needs(el: EventAgenda, e: EventModel, locale: string, t: Loaded) {
  if (e.subEvents.length <= 20 || filters) return undefined;
  // A chunk that cannot load (offline) leaves the long agenda without filters. The modules it
  // imports are asked for at once, not once it has arrived (the thread is busy by then).
  const loading = Promise.all([import('./filters.js'), import('../../core/locale/en-later.js')]).then(
    ([m]) => (filters = m),
    () => {},
  );
  // While it loads, the items are made, to be put in place at the render.
  prepared(el, e, locale, t);
  return loading;
}

/** The model of this event in this language and zone, made again when one of them changes. */
function prepared(el: EventAgenda, e: EventModel, locale: string, t: Loaded) {
  const m = el.m;
  // (The viewer's zone too, for their times: it is the server's while pre-rendered HTML is taken over.)
  const k = locale + (el.viewerTime && new Intl.DateTimeFormat().resolvedOptions().timeZone);
  return m?.e === e && m.k === k && m.t === t ? m : (el.m = model(el, e, locale, k, t));
}

/** Prepares the rows (order, day groups, rooms, formatted times) and their items. */
function model(el: EventAgenda, e: EventModel, l: string, k: string, t: Loaded): Model {
  const v = el.viewerTime;
  const tz = e.timeZone;
  // Caches: zone offsets by the hour, and formatted times (sessions share them; Intl is slow).
  const offsets: Record<number, number> = {};
  const times: Record<number, string> = {};
  // A point in time as the wall clock of the zone shown, read as UTC (Intl then formats it in UTC).
  const local = (w: When, at = w.instant) =>
    at === undefined || !(v || tz)
      ? w.wall
      : at + (v ? -new Date(at).getTimezoneOffset() : (offsets[Math.floor(at / 36e5)] ??= zoneOffset(at, tz!))) * 6e4;
  const format = new Intl.DateTimeFormat(l, { timeStyle: 'short', timeZone: 'UTC' }).format;
  const time = (at: number) => (times[at] ??= format(at));
  const dayName = new Intl.DateTimeFormat(l, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const all = e.subEvents.map((s, i): Row => ({ s, i, d: 0, r: -1 }));
  const timed = all.filter((x) => x.s.start).sort((x, y) => compare(x.s.start!, y.s.start!));
  const days: string[] = [];
  const rooms: string[] = [];
  let n = 0;
  let last: number | undefined;
  let zone: string | undefined;
  const rows = all.map((x) => {
    const row = x.s.start ? timed[n++] : x;
    const { start, end, location } = row.s;
    if (start) {
      const s = local(start);
      const day = Math.floor(s / 864e5);
      if (day !== last) days.push(dayName.format(s).replace(/^./, (c) => c.toUpperCase()));
      last = day;
      if (!start.allDay) {
        row.p = [time(s), datetimeAttr(start)];
        if (end && end.wall > start.wall) row.p.push(time(local(end)), datetimeAttr(end));
        row.a = endMoment(start);
        row.b = end ? endMoment(end) : row.a + 36e5;
        if (start.instant !== undefined)
          zone ??= v || tz ? zoneName(l, start.instant, v ? undefined : tz) : utcOffset(start.offset!);
      }
    }
    row.d = Math.max(0, days.length - 1);
    if (location) row.r = (rooms.indexOf(location) + 1 || rooms.push(location)) - 1;
    return row;
  });
  return { e, k, t, rows, days, rooms, zone, items: rows.map((r) => item(e, r, t, l)) };
}

// Templates are kept tight on purpose: whitespace in them is shipped.
export function render(el: EventAgenda, e: EventModel, locale: string, t: Loaded) {
  adopt(el.shadowRoot!, avatarStyles);
  adopt(el.shadowRoot!, styles);
  const m = prepared(el, e, locale, t);
  const a = t.agenda;
  const { rows, days, rooms } = m;
  // The lists are filled in updated(), with the items item() makes; on the server, at once (the
  // browser then takes those items over, see updated()).
  const timed = rows.some((r) => r.p) ? 'timed' : '';
  const list = (d: number) =>
    html`<ol class=${timed} data-d=${d}>${isServer ? m.items.filter((_, k) => d < 0 || rows[k].d === d).map(inTemplate) : nothing}</ol>`;
  // The clicks are the sessions' buttons' (act()), which the keyboard presses as well.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="root" part="agenda" @click=${(ev: Event) => act(el, ev)} @toggle=${{
    handleEvent: (ev: Event) => act(el, ev),
    capture: true,
  }} @error=${avatarErrors}>${m.zone ? html`<p class="zone" part="zone">${a.zone(m.zone)}</p>` : nothing}${
    rows.some((r) => r.s.start) && e.status !== 'cancelled'
      ? html`<details class="calendar" part="calendar-all" @toggle=${(ev: Event) => all(ev, e, t)}><summary class="button" part="button">${a.calendar}</summary></details>`
      : nothing
  }${rows.length > 20 && filters ? filters.filters(el.shadowRoot!, days, rooms, a, () => filter(el)) : nothing}${
    days[1]
      ? days.map(
          (day, d) =>
            html`<section><div role="heading" aria-level=${Math.min(6, el.headingLevel) || 3} part="day">${day}</div>${list(
              d,
            )}</section>`,
        )
      : list(-1)
  }</div>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

/** After a render: the lists filled with the items, the filters applied, the marks set. */
export function updated(el: EventAgenda) {
  const m = el.m;
  if (m) {
    for (const ol of el.shadowRoot!.querySelectorAll<HTMLOListElement>('ol[data-d]')) {
      if (filled.get(ol) === m) continue;
      const first = !filled.has(ol);
      filled.set(ol, m);
      const d = +ol.dataset.d!;
      const mine = m.rows.flatMap((r, k) => (d < 0 || r.d === d ? [k] : []));
      // A list the server filled (`event-embed/ssr`, then hydrated): its items are kept, made by
      // the same code for the same sessions, when they are those sessions.
      const given = first ? [...ol.children] : [];
      if (given.length && mine.every((k, n) => (given[n] as HTMLElement).dataset.session === String(m.rows[k].i + 1))) {
        mine.forEach((k, n) => (m.items[k] = given[n] as HTMLElement));
      } else {
        // (Elements only: Lit's marker of the list's content, nothing in the browser, stays.)
        for (const li of [...ol.children]) li.remove();
        ol.append(...mine.map((k) => m.items[k]));
      }
    }
  }
  el.items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item')];
  filter(el);
  tick(el);
  target(el);
}

/**
 * Opens the session the page's address names (`#event-session-3`), once per address: scrolled
 * to, marked (`data-target`) and focused, so that a link to "the 14:00 talk" lands on it.
 */
export function target(el: EventAgenda) {
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // Not percent-encoding (`#%E0%A4`): taken as written, never thrown into the page.
  }
  if (!hash.startsWith(prefix(el)) || el.targeted === hash) return;
  const li = el.items.find((x) => x.dataset.session === hash.slice(prefix(el).length));
  if (!li) return;
  el.targeted = hash;
  for (const x of el.items) delete x.dataset.target;
  li.dataset.target = '';
  li.tabIndex = -1;
  li.scrollIntoView({ block: 'center' });
  li.focus({ preventScroll: true });
}

/** Applies the filters of a long agenda, if it has them. */
const filter = (el: EventAgenda) => el.m && filters?.apply(el.shadowRoot!, el.items, el.m.rows, el.m.t.agenda);

function mark(li: HTMLElement, value: string, t: Loaded) {
  li.dataset.mark = value;
  li.ariaCurrent = value === 'now' ? 'time' : null;
  // The badge is made the first time the item has a mark.
  (li.querySelector('.badge') ?? li.firstChild!.appendChild(h('span', 'badge', 'badge'))).textContent =
    value && t.agenda[value as 'now' | 'next'];
}

/**
 * Marks the current sessions "now" and the next ones "next" while the event runs, touching
 * only the items whose mark changes, then waits for the next start or end.
 */
export function tick(el: EventAgenda) {
  el.watch?.at(undefined);
  const m = el.m;
  const rows = m?.rows;
  if (!rows || el.items.length !== rows.length) return;
  const now = el.now ?? Date.now();
  let first = Infinity;
  let last = -Infinity;
  let next = Infinity;
  let wake = Infinity;
  for (const { a, b } of rows) {
    if (a === undefined) continue;
    first = Math.min(first, a);
    last = Math.max(last, b!);
    if (a > now) next = Math.min(next, a);
    wake = Math.min(wake, a > now ? a : b! > now ? b! : wake);
  }
  rows.forEach(({ a, b }, k) => {
    const li = el.items[k];
    const value =
      a === undefined || now < first || now >= last ? '' : a <= now && now < b! ? 'now' : a === next ? 'next' : '';
    if ((li.dataset.mark ?? '') !== value) mark(li, value, m.t);
  });
  // On the real clock, woken at the next start or end (the page's clock, asleep in hidden tabs).
  if (el.now === undefined && wake < Infinity) el.watch?.at(wake);
}
