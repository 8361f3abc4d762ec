import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel, SubEvent, When } from '../../core/event/model.js';
import { compare } from '../../core/event/normalize.js';
import { endMoment, zoneOffset } from '../../core/event/time.js';
import { datetimeAttr, utcOffset, zoneName } from '../../core/locale/format.js';
import { calendarStyles, openMenu } from '../../core/calendar-menu.js';
import type { Loaded } from '../../core/locale/index.js';
import { styles } from './event-agenda.styles.js';

/** The model each list was last filled for (see updated()). */
const filled = new WeakMap<Element, Model>();

/** An element with its class, part and children (texts become text nodes): how items are made. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', part = '', ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (part) el.setAttribute('part', part);
  el.append(...children);
  return el;
}

/** The filters' code, once a long agenda on the page has needed it. */
let filters: typeof import('./filters.js') | undefined;

/** One agenda item, prepared once per event, language and zone choice. */
interface Row {
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

interface Model {
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

/** A session's description element, with its whole text. */
type Described = HTMLElement & { full?: string };
/** At most `n` characters of a text, with an ellipsis when cut. */
const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * The agenda: the event's `subEvent` items in time order, grouped by day, with speakers,
 * rooms, "now" and "next" marks while the event runs, and filters for long agendas.
 *
 * Times are in the event's zone (or the viewer's with `viewer-time`), and the zone is stated.
 * Items without times are listed in the order given. An event without `subEvent` leaves the
 * element in `:state(empty)`, rendering nothing.
 *
 * @summary The agenda (schedule) of a schema.org Event: its `subEvent` items.
 * @tagname event-agenda
 *
 * @attr {boolean} viewer-time - Shows times in the viewer's own zone instead of the event's (for online events).
 * @attr {number} heading-level - Level of the day headings (1–6). Default 3.
 *
 * @csspart agenda - The agenda's wrapper.
 * @csspart zone - The sentence naming the time zone of the times.
 * @csspart filters - The filters of a long agenda (day, room, search) and the count shown.
 * @csspart day - A day heading.
 * @csspart item - A session (`<li>`); it has `data-mark="now"` or `data-mark="next"` while the event runs.
 * @csspart time - The time range of a session.
 * @csspart badge - The "Now" / "Next" badge.
 * @csspart title - The session's name.
 * @csspart room - The session's room.
 * @csspart speakers - The list of speakers.
 * @csspart description - The session's description.
 * @csspart more - The "show more" toggle of a long description.
 * @csspart calendar - The "Add to calendar" menu (`<details>`) of a session.
 * @csspart calendar-all - The "Add the whole agenda to calendar" menu (`<details>`): one .ics file with the event and every session.
 * @csspart calendar-menu - The list of calendar choices.
 * @csspart button - The "Add to calendar" button.
 */
export class EventAgenda extends EventEmbedElement {
  static override styles = [EventEmbedElement.styles, calendarStyles, styles];

  static override properties = {
    ...EventEmbedElement.properties,
    viewerTime: { type: Boolean, attribute: 'viewer-time' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Shows times in the viewer's own zone instead of the event's. */
  declare viewerTime: boolean;
  /** Level of the day headings. */
  declare headingLevel: number;

  private m?: Model;
  private items: HTMLElement[] = [];
  private clock?: number;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.viewerTime = false;
    this.headingLevel = 3;
  }

  /**
   * The current time for the "now" and "next" marks, in milliseconds since the epoch. Unset
   * (the default), the real clock is used and the marks follow it; set it to show the agenda
   * as at a given moment (previews, tests). Setting it updates the marks at once.
   * @type {number | undefined}
   */
  get now(): number | undefined {
    return this.clock;
  }
  set now(value: number | undefined) {
    this.clock = value;
    this.tick();
  }

  protected override isEmpty(event: EventModel) {
    return !event.subEvents.length;
  }

  protected override needs(event: EventModel) {
    if (event.subEvents.length <= 20 || filters) return undefined;
    // A chunk that cannot load (offline) leaves the long agenda without filters. The modules it
    // imports are asked for at once, not once it has arrived (the thread is busy by then).
    const loading = Promise.all([
      import('./filters.js'),
      import('../../core/styles.js'),
      import('../../core/locale/en-later.js'),
    ]).then(
      ([m]) => (filters = m),
      () => {},
    );
    // While it loads, the items are made, to be put in place at the render.
    this.prepared(event);
    return loading;
  }

  // The timer runs only while the element is in the document, and starts again when it comes back.
  override connectedCallback() {
    super.connectedCallback();
    this.tick();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override updated() {
    super.updated();
    const m = this.m;
    if (m) {
      for (const ol of this.renderRoot.querySelectorAll<HTMLOListElement>('ol[data-d]')) {
        if (filled.get(ol) === m) continue;
        filled.set(ol, m);
        const d = +ol.dataset.d!;
        ol.replaceChildren(...m.items.filter((_, k) => d < 0 || m.rows[k].d === d));
      }
    }
    this.items = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
    this.filter();
    this.tick();
  }

  /** The model of this event in this language and zone, made again when one of them changes. */
  private prepared(e: EventModel) {
    const m = this.m;
    const k = this.locale + this.viewerTime;
    return m?.e === e && m.k === k && m.t === this.strings ? m : (this.m = this.model(e, k));
  }

  /** Prepares the rows (order, day groups, rooms, formatted times) and their items. */
  private model(e: EventModel, k: string): Model {
    const l = this.locale;
    const v = this.viewerTime;
    const tz = e.timeZone;
    // Caches: zone offsets by the hour, and formatted times (sessions share them; Intl is slow).
    const offsets: Record<number, number> = {};
    const times: Record<number, string> = {};
    // A point in time as the wall clock of the zone shown, read as UTC (Intl then formats it in UTC).
    const local = (w: When, t = w.instant) =>
      t === undefined || !(v || tz)
        ? w.wall
        : t + (v ? -new Date(t).getTimezoneOffset() : (offsets[Math.floor(t / 36e5)] ??= zoneOffset(t, tz!))) * 6e4;
    const format = new Intl.DateTimeFormat(l, { timeStyle: 'short', timeZone: 'UTC' }).format;
    const time = (t: number) => (times[t] ??= format(t));
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
    return { e, k, t: this.strings, rows, days, rooms, zone, items: rows.map((r) => this.item(e, r)) };
  }

  // Templates are kept tight on purpose: whitespace in them is shipped.
  protected override renderEvent(e: EventModel) {
    const m = this.prepared(e);
    const a = this.strings.agenda;
    const { rows, days, rooms } = m;
    // The lists are filled in updated(), with the items item() makes.
    const list = (d: number) => html`<ol class=${rows.some((r) => r.p) ? 'timed' : ''} data-d=${d}></ol>`;
    return html`<div class="root" part="agenda">${
      m.zone ? html`<p class="zone" part="zone">${a.zone(m.zone)}</p>` : nothing
    }${
      rows.some((r) => r.s.start) && e.status !== 'cancelled'
        ? html`<details class="calendar" part="calendar-all" @toggle=${this.all}><summary class="button" part="button">${a.calendar}</summary></details>`
        : nothing
    }${rows.length > 20 && filters ? filters.filters(this.shadowRoot!, days, rooms, a, this.filter) : nothing}${
      days[1]
        ? days.map(
            (day, d) =>
              html`<section><div role="heading" aria-level=${Math.min(6, this.headingLevel) || 3} part="day">${day}</div>${list(
                d,
              )}</section>`,
          )
        : list(-1)
    }</div>`;
  }

  /**
   * One session. A long agenda is a thousand of these, so they are made with the DOM (texts as
   * text nodes, never markup), which costs less than a template instance each with its nested
   * ones (1,000 sessions: about 20 ms less in `npm run bench`).
   */
  private item(e: EventModel, r: Row) {
    const t = this.strings;
    const { s, p = [] } = r;
    const d = s.description;
    const when = (k: number) => {
      const el = h('time', '', '', p[k]);
      el.dateTime = p[k + 1];
      return el;
    };
    const time = h('p', 'time', 'time');
    time.hidden = !p[0];
    if (p[0]) time.append(when(0));
    if (p[2]) time.append(' – ', when(2));
    const room = h('p', 'muted', 'room', s.location ?? '');
    room.hidden = !s.location;
    const people = h('ul', 'people', 'speakers');
    people.hidden = !s.performers[0];
    for (const x of s.performers) {
      const who = h('li');
      if (x.image) {
        const img = h('img');
        img.alt = '';
        img.loading = 'lazy'; // before the source
        img.src = x.image;
        who.append(img);
      }
      const extra = (x.jobTitle ? `, ${x.jobTitle}` : '') + (x.affiliation ? `, ${x.affiliation}` : '');
      who.append(x.name, h('span', 'muted', '', extra));
      people.append(who);
    }
    const body = h('div', 'body', '', h('p', 'title', 'title', s.name), room, people);
    if (d) {
      const long = d.length > 200;
      // Only what the clamp shows is laid out (a description may be millions of characters).
      const p = body.appendChild(h('p', long ? 'description clamp' : 'description', 'description', cut(d, 600)));
      (p as Described).full = d;
      if (long) {
        const more = body.appendChild(h('button', 'more', 'more', t.more));
        more.ariaExpanded = 'false';
        more.onclick = this.more;
      }
    }
    if (s.start && e.status !== 'cancelled') {
      const menu = body.appendChild(
        h('details', 'calendar', 'calendar', h('summary', 'button', 'button', t.addToCalendar)),
      );
      menu.ontoggle = (ev) => openMenu(ev, this.session(e, r), this.strings);
    }
    return h('li', 'item', 'item', time, body);
  }

  /** The session as an event of its own, for "Add to calendar": its room before the parent's place. */
  private session(e: EventModel, { s, i }: Row): EventModel {
    const [place, ...rest] = e.places;
    const room = s.location;
    return {
      ...e,
      name: s.name,
      description: s.description,
      start: s.start,
      end: s.end,
      places: room ? [{ ...place, name: place?.name ? `${room}, ${place.name}` : room }, ...rest] : e.places,
      id: `${e.id ?? e.name}#${i}`,
    };
  }

  /** The whole agenda's menu opened: its .ics file (../../core/calendar-links.ts, loaded then). */
  private all = async (ev: Event) => {
    const details = ev.currentTarget as HTMLDetailsElement;
    const e = this.data;
    if (details.open && e)
      (await import('../../core/calendar-links.js')).fillAgenda(
        details,
        e,
        (s, i) => this.session(e, { s, i } as Row),
        this.strings,
      );
  };

  private more = (ev: Event) => {
    const b = ev.currentTarget as HTMLButtonElement;
    const open = b.ariaExpanded !== 'true';
    b.ariaExpanded = String(open);
    b.textContent = open ? this.strings.less : this.strings.more;
    const p = b.previousElementSibling as Described;
    p.classList.toggle('clamp', !open);
    // Opened, a bounded part of it (a long agenda is read by scrolling, not by pages of one session).
    p.textContent = cut(p.full ?? '', open ? 50_000 : 600);
  };

  /** Applies the filters of a long agenda, if it has them. */
  private filter = () => this.m && filters?.apply(this.shadowRoot!, this.items, this.m.rows, this.strings.agenda);

  private mark(li: HTMLElement, mark: string) {
    li.dataset.mark = mark;
    li.ariaCurrent = mark === 'now' ? 'time' : null;
    // The badge is made the first time the item has a mark.
    (li.querySelector('.badge') ?? li.firstChild!.appendChild(h('span', 'badge', 'badge'))).textContent =
      mark && this.strings.agenda[mark as 'now' | 'next'];
  }

  /**
   * Marks the current sessions "now" and the next ones "next" while the event runs, touching
   * only the items whose mark changes, then waits for the next start or end (at most a minute).
   */
  private tick = () => {
    clearTimeout(this.timer);
    const rows = this.m?.rows;
    if (!rows || this.items.length !== rows.length) return;
    const now = this.clock ?? Date.now();
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
      const li = this.items[k];
      const mark =
        a === undefined || now < first || now >= last ? '' : a <= now && now < b! ? 'now' : a === next ? 'next' : '';
      if ((li.dataset.mark ?? '') !== mark) this.mark(li, mark);
    });
    if (this.clock === undefined && wake < Infinity && this.isConnected) {
      this.timer = setTimeout(this.tick, Math.min(wake - now, 6e4));
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'event-agenda': EventAgenda;
  }
}
