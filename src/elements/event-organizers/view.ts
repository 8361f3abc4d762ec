/**
 * What `<event-organizers>` shows: a group of logos (or name tiles) per role, in the wrap, row
 * or marquee layout, with its styles. Loaded on demand by ./event-organizers.ts (`loadView`).
 */
import { html, nothing } from 'lit';
import type { EventModel, Party } from '../../core/event/model.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';
import { styles } from './event-organizers.styles.js';
import type { EventOrganizers } from './event-organizers.js';

export function render(
  el: EventOrganizers,
  event: EventModel,
  strings: Loaded,
  layouts: typeof import('./layouts.js') | undefined,
  paused: boolean,
  pause: () => void,
) {
  adopt(el.shadowRoot!, styles);
  const t = strings.organizers;
  const layout = layouts && (el.layout === 'row' || el.layout === 'marquee') ? el.layout : 'wrap';
  const level = Math.min(6, Math.max(1, Math.round(el.headingLevel) || 2));
  return html`<div class="root strip ${layout} ${paused ? 'paused' : ''} ${el.showNames ? 'names' : ''} ${el.monochrome ? 'mono' : ''}" part="strip">
    ${layout === 'marquee' ? layouts!.pauseButton(el.shadowRoot!, paused, pause, t) : nothing}
    ${el.groups(event).map(([role, parties]) => {
      const label = t[role];
      const list = (copy = false) =>
        // role="list": Safari drops the list semantics of a <ul> styled with list-style: none.
        // eslint-disable-next-line lit-a11y/no-redundant-role
        html`<ul class=${copy ? 'copy' : ''} part="list" role="list" aria-label=${copy ? nothing : label} aria-hidden=${copy || nothing} ?inert=${copy}>
          ${parties.map((p) => tile(el, p))}
        </ul>`;
      return html`<div class="group" part="group">
        ${el.noHeading ? nothing : html`<div class="heading" part="heading" role="heading" aria-level=${level}>${label}</div>`}
        ${
          layout === 'row'
            ? layouts!.scroller(el.shadowRoot!, label, list())
            : layout === 'marquee'
              ? layouts!.track(parties.length, list)
              : list()
        }
      </div>`;
    })}
  </div>`;
}

/** Up to two initials of a name, from its first two words (letters or digits), for the name tile. */
export function initials(name: string) {
  return (name.match(/[\p{L}\p{N}]+/gu) ?? [name])
    .slice(0, 2)
    .map((w) => String.fromCodePoint(w.codePointAt(0) ?? 32))
    .join('')
    .toLocaleUpperCase();
}

function tile(el: EventOrganizers, p: Party) {
  const logo = p.logo && !el.failed.has(p.logo) ? p.logo : undefined;
  const inner = logo
    ? html`<img
          part="logo"
          src=${logo}
          alt=${p.name}
          loading="lazy"
          decoding="async"
          @error=${() => {
            el.failed.add(logo);
            el.requestUpdate();
          }}
        /><span class="name" part="name" aria-hidden="true">${p.name}</span>`
    : // A name tile as tall as the logos: initials, and the name on up to two lines, cut with
      // an ellipsis when longer (all of it stays in the text, and in a tooltip).
      html`<span class="tile" part="text" title=${p.name}
        ><span class="initials" part="initials" aria-hidden="true">${initials(p.name)}</span
        ><span class="text">${p.name}</span></span
      >`;
  return html`<li class=${p.type} part="item">${p.url ? html`<a href=${p.url} rel="noopener">${inner}</a>` : inner}</li>`;
}
