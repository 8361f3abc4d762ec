/**
 * One session of `<event-agenda>`: its item, made with the DOM (plain markup, which the browser
 * can also take over from the server's HTML, `event-embed/ssr`), and what a reader does in it,
 * for every session at once from the agenda's listeners.
 */
import type { EventModel } from '../../core/event/model.js';
import { openMenu } from '../../core/calendar-menu.js';
import { speaker } from '../../core/people.js';
import type { Loaded } from '../../core/locale/index.js';
import { sessionTickets } from './tickets.js';
import type { EventAgenda } from './event-agenda.js';
import type { Row } from './view.js';

/** An element with its class, part and children (texts become text nodes): how items are made. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  part = '',
  ...children: (Node | string)[]
) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (part) el.setAttribute('part', part);
  el.append(...children);
  return el;
}

/** At most `n` characters of a text, with an ellipsis when cut. */
const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * One session. A long agenda is a thousand of these, so they are made with the DOM (texts as
 * text nodes, never markup), which costs less than a template instance each with its nested
 * ones (1,000 sessions: about 20 ms less in `npm run bench`).
 */
export function item(e: EventModel, r: Row, t: Loaded, lang: string) {
  const { s, p = [] } = r;
  const d = s.description;
  const when = (k: number) => {
    const x = h('time', '', '', p[k]);
    x.dateTime = p[k + 1];
    return x;
  };
  const time = h('p', 'time', 'time');
  time.hidden = !p[0];
  if (p[0]) time.append(when(0));
  if (p[2]) time.append(' – ', when(2));
  const room = h('p', 'muted', 'room', s.location ?? '');
  room.hidden = !s.location;
  const people = h('ul', 'people', 'speakers');
  people.hidden = !s.performers[0];
  people.append(...s.performers.map(speaker));
  const body = h('div', 'body', '', h('p', 'title', 'title', s.name), room, people);
  const tickets = s.offers[0] && e.status !== 'cancelled' && sessionTickets(s.offers, lang, t);
  if (tickets) body.append(tickets);
  if (d) {
    const long = d.length > 200;
    // Only what the clamp shows is laid out (a description may be millions of characters).
    body.append(h('p', long ? 'description clamp' : 'description', 'description', cut(d, 600)));
    if (long) body.appendChild(h('button', 'more', 'more', t.more)).ariaExpanded = 'false';
  }
  const actions = body.appendChild(h('div', 'actions'));
  if (s.start && e.status !== 'cancelled')
    actions.append(h('details', 'calendar', 'calendar', h('summary', 'button', 'button', t.addToCalendar)));
  // Shared as the page's address that opens this session (see target()).
  const share = actions.appendChild(h('button', 'button share', 'button share', t.share));
  share.ariaLabel = `${t.share}: ${s.name}`;
  actions.appendChild(h('span', 'shared', 'shared')).role = 'status';
  const li = h('li', 'item', 'item', time, body);
  li.dataset.session = String(r.i + 1);
  return li;
}

/**
 * What a reader does in a session, for every session at once (listeners on the agenda, not on
 * each item: items are plain markup, so the browser can take over those the server wrote):
 * "show more", "add to calendar" opened, "share".
 */
export function act(el: EventAgenda, ev: Event) {
  const target = ev.target as HTMLElement;
  const li = target.closest<HTMLElement>('.item');
  const m = el.m;
  const r = li && m?.rows[m.items.indexOf(li)];
  if (!r) return;
  if (ev.type === 'toggle') {
    if (target.matches('.calendar')) openMenu(target as HTMLDetailsElement, session(m.e, r), m.t);
  } else if (target.closest('.more')) toggle(target.closest('.more')!, r.s.description ?? '', m.t);
  else if (target.closest('.share')) {
    const status = li.querySelector<HTMLElement>('.shared')!;
    void import('../../core/share.js').then(({ share, pageUrl }) =>
      share({ title: r.s.name, url: pageUrl(`${prefix(el)}${r.i + 1}`) }, status, m.t),
    );
  }
}

/** The hash of a session, before its place in `subEvent` (from 1): `event-session-`, or `<id>-session-` for an agenda with an id. */
export const prefix = (el: EventAgenda) => `${el.id || 'event'}-session-`;

/** The whole agenda's menu opened: its .ics file (../../core/calendar-links.ts, loaded then). */
export async function all(ev: Event, e: EventModel, t: Loaded) {
  const details = ev.currentTarget as HTMLDetailsElement;
  if (details.open)
    (await import('../../core/calendar-links.js')).fillAgenda(details, e, (s, i) => session(e, { s, i } as Row), t);
}

/** The session as an event of its own, for "Add to calendar": its room before the parent's place. */
function session(e: EventModel, { s, i }: Row): EventModel {
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

/** "Show more" / "Show less" of a session's description (`full`). */
function toggle(b: HTMLElement, full: string, t: Loaded) {
  const open = b.ariaExpanded !== 'true';
  b.ariaExpanded = String(open);
  b.textContent = open ? t.less : t.more;
  const p = b.previousElementSibling!;
  p.classList.toggle('clamp', !open);
  // Opened, a bounded part of it (a long agenda is read by scrolling, not by pages of one session).
  p.textContent = cut(full, open ? 50_000 : 600);
}
