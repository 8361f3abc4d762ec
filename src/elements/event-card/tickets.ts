/**
 * The card's ticket tiers: each tier's name (linked), price and availability or sales window,
 * and which tier the card's main button goes to. Loaded on demand by ./event-card.ts, for
 * events with several tiers or with more to say about one than its link.
 */
import { html, nothing } from 'lit';
import type { EventModel, Offer, When } from '../../core/event/model.js';
import { formatRange } from '../../core/locale/format.js';
import type { Loaded } from '../../core/locale/index.js';
import { cost, offerStrings, pricer, sale, tiersOf, type Sale } from '../../core/price.js';
import { adopt } from '../../core/styles.js';
import { styles } from './tickets.styles.js';

export interface Tickets {
  /** The tier the main button goes to: the cheapest still on sale with a link (else one not on sale yet). */
  main?: Offer;
  /** Whether every tier is sold out. */
  soldOut: boolean;
  /** The list of tiers. */
  list: ReturnType<typeof html>;
}

/** The tiers of an event, as the card shows them, at `now`. */
export function tickets(root: ShadowRoot, e: EventModel, t: Loaded, lang: string, now = Date.now()): Tickets {
  adopt(root, styles);
  const s = offerStrings(t);
  const tiers = tiersOf(e.offers);
  const price = pricer(lang, t, e.offers);
  const date = (w: When) =>
    formatRange(lang, w, undefined, { timeZone: e.timeZone })
      .parts.map((p) => p.text)
      .join('');
  const note = (o: Offer, state: Sale) =>
    state === 'soldOut'
      ? t.soldOut
      : state === 'ended'
        ? s.ended
        : state === 'later'
          ? s.onSaleFrom(date(o.validFrom!))
          : [
              o.availability && o.availability !== 'other' ? s[o.availability as 'inStock'] : '',
              o.validThrough ? s.onSaleUntil(date(o.validThrough)) : '',
            ]
              .filter(Boolean)
              .join(' · ');
  // The cheapest tier on sale; else the cheapest not on sale yet (its page says when).
  const buyable = (state: Sale) =>
    tiers
      .filter((o) => o.url && sale(o, now) === state)
      .reduce<Offer | undefined>((a, o) => (!a || cost(o) < cost(a) ? o : a), undefined);
  const main = buyable('open') ?? buyable('later');
  const list = html`<ul class="tiers" part="tickets" aria-label=${t.tickets}>
    ${tiers.map((o) => {
      const state = sale(o, now);
      const name = o.name ?? t.tickets;
      const n = note(o, state);
      return html`<li class="tier" part="tier" data-sale=${state}>
        <span class="tier-name" part="tier-name"
          >${o.url && (state === 'open' || state === 'later') ? html`<a href=${o.url} rel="noopener">${name}</a>` : name}</span
        >
        <span class="tier-price" part="tier-price">${price(o)}</span>
        ${n ? html`<span class="tier-note" part="tier-note">${n}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
  return { main, soldOut: tiers.every((o) => sale(o, now) === 'soldOut'), list };
}
