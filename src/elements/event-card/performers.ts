/**
 * The card's performers line, "With …": each performer's photo (or initials) and name, linked
 * to their page. Loaded on demand by ./event-card.ts for events that have performers, with its
 * styles and English strings.
 */
import { css, html, nothing } from 'lit';
import type { EventModel } from '../../core/event/model.js';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { avatar, avatarErrors, avatarStyles, memo, nameOf, performersOf } from '../../core/people.js';
import { inTemplate } from '../../core/nodes.js';
import { adopt } from '../../core/styles.js';

/** How many performers the card names; the others are counted ("+12"). */
const SHOWN = 8;

const styles = css`
  .performers {
    --_ee-avatar: var(--event-embed-avatar-size, 1.75em);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .performers > li {
    display: inline-flex;
    align-items: center;
  }
  .performers .muted {
    color: var(--_ee-muted);
  }
`;

/**
 * The line, or nothing when the event has no performers other than its organizers. Made again
 * only for another event or language: the card's other updates keep its photos as they are.
 */
export const performers = (root: ShadowRoot, event: EventModel, strings: Loaded) =>
  memo(made, root, [event, strings], () => line(root, event, strings));

const made = new WeakMap<object, [unknown[], ReturnType<typeof line>]>();

function line(root: ShadowRoot, event: EventModel, strings: Loaded) {
  const all = performersOf(event);
  if (!all.length) return nothing;
  adopt(root, avatarStyles);
  adopt(root, styles);
  const t = { ...enLater.speakers, ...strings.speakers };
  // role="list": Safari drops the list semantics of a <ul> styled with list-style: none.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul class="line performers" part="performers" role="list" aria-label=${t.with} @error=${avatarErrors}>
    <li class="muted" aria-hidden="true">${t.with}</li>
    ${all.slice(0, SHOWN).map((p) => html`<li>${inTemplate(avatar(p))}${inTemplate(nameOf(p))}</li>`)}
    ${all.length > SHOWN ? html`<li class="muted">+${all.length - SHOWN}</li>` : nothing}
  </ul>`;
}
