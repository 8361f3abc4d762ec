/**
 * The card's ticket tiers: each tier's name (linked), price and availability or sales window,
 * and which tier the card's main button goes to. Loaded on demand by ./event-card.ts, for
 * events with several tiers or with more to say about one than its link.
 */
import { html, nothing } from 'lit';
import type { EventModel, Offer, When } from '../../core/event/model.js';
import { DAY, endMoment } from '../../core/event/time.js';
import enLater from '../../core/locale/en-later.js';
import { formatRange } from '../../core/locale/format.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';
import { styles } from './tickets.styles.js';

/** Where a tier's sales are: on sale, not yet, over, or sold out. */
type Sale = 'open' | 'later' | 'ended' | 'soldOut';

/** When a point in time begins (an all-day date: at the start of its day, in the viewer's zone). */
const begins = (w: When) => endMoment(w) - (w.allDay ? DAY : 0);

function sale(o: Offer, now: number): Sale {
  if (o.availability === 'soldOut') return 'soldOut';
  if (o.validThrough && endMoment(o.validThrough) < now) return 'ended';
  return o.validFrom && begins(o.validFrom) > now ? 'later' : 'open';
}

/** The price to compare tiers by (a price written as text, or none, comes last). */
const cost = (o: Offer) => o.price ?? o.lowPrice ?? Infinity;

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
  const s = { ...enLater.offers, ...t.offers };
  // An AggregateOffer sums up its tiers: shown only when no tier is given.
  const tiers = e.offers.some((o) => !o.aggregate) ? e.offers.filter((o) => !o.aggregate) : e.offers;
  const currency = e.offers.find((o) => o.priceCurrency)?.priceCurrency;
  const money = (n: number, c = currency) => {
    if (n === 0) return s.free;
    const o = { trailingZeroDisplay: 'stripIfInteger' } as Intl.NumberFormatOptions;
    try {
      return new Intl.NumberFormat(lang, c ? { ...o, style: 'currency', currency: c } : o).format(n);
    } catch {
      // Not an ISO 4217 code ("€", "dollars"): the number, and the currency as written.
      return `${new Intl.NumberFormat(lang).format(n)} ${c}`;
    }
  };
  const price = (o: Offer) => {
    const c = o.priceCurrency;
    if (o.priceText) return o.priceText;
    if (o.price !== undefined) return money(o.price, c);
    const { lowPrice: low, highPrice: high } = o;
    if (low !== undefined && high !== undefined && high > low) return `${money(low, c)} – ${money(high, c)}`;
    return low !== undefined
      ? high === low
        ? money(low, c)
        : s.from(money(low, c))
      : high !== undefined
        ? money(high, c)
        : '';
  };
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
