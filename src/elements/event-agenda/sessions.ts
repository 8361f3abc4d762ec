/**
 * The sessions of `<event-agenda>` as a template, for the server (`event-embed/ssr`), which has
 * no DOM to make them with: the same elements, classes, parts and texts as `item()` in
 * ./view.ts makes in the browser (tests/ssr/prerendered.test.ts compares the two).
 */
import { html, nothing } from 'lit';
import type { EventModel } from '../../core/event/model.js';
import type { Loaded } from '../../core/locale/index.js';
import { cut, type Row } from './view.js';

export const sessions = (e: EventModel, rows: Row[], t: Loaded) => rows.map((r) => session(e, r, t));

// Kept tight, as in ./view.ts: whitespace in them would be text the browser's items lack.
function session(e: EventModel, { s, p = [] }: Row, t: Loaded) {
  const d = s.description;
  const long = !!d && d.length > 200;
  const when = (k: number) => html`<time datetime=${p[k + 1]}>${p[k]}</time>`;
  const people = s.performers.map(
    (x) =>
      html`<li>${x.image ? html`<img alt="" loading="lazy" src=${x.image}>` : nothing}${x.name}<span class="muted">${
        (x.jobTitle ? `, ${x.jobTitle}` : '') + (x.affiliation ? `, ${x.affiliation}` : '')
      }</span></li>`,
  );
  return html`<li class="item" part="item"><p class="time" part="time" ?hidden=${!p[0]}>${p[0] ? when(0) : nothing}${
    p[2] ? html` – ${when(2)}` : nothing
  }</p><div class="body"><p class="title" part="title">${s.name}</p><p class="muted" part="room" ?hidden=${!s.location}>${
    s.location ?? ''
  }</p><ul class="people" part="speakers" ?hidden=${!s.performers[0]}>${people}</ul>${
    d
      ? html`<p class=${long ? 'description clamp' : 'description'} part="description">${cut(d, 600)}</p>${
          long ? html`<button class="more" part="more" aria-expanded="false">${t.more}</button>` : nothing
        }`
      : nothing
  }${
    s.start && e.status !== 'cancelled'
      ? html`<details class="calendar" part="calendar"><summary class="button" part="button">${t.addToCalendar}</summary></details>`
      : nothing
  }</div></li>`;
}
