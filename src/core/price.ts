/**
 * Prices as people read them, in the widget's language: a number in the offer's currency
 * (`Intl.NumberFormat`), "Free" for 0, a `lowPrice`–`highPrice` range, "from …", or the price
 * as written when it is text ("$35"). Shared by the card's ticket tiers and the agenda's
 * sessions, which both load on demand.
 */
import type { Offer, When } from './event/model.js';
import { DAY, endMoment } from './event/time.js';
import enLater from './locale/en-later.js';
import type { Loaded } from './locale/index.js';

/** The words of ticket tiers, in the widget's language over the English ones. */
export const offerStrings = (t: Loaded) => ({ ...enLater.offers, ...t.offers });

/** Where a tier's sales are: on sale, not yet, over, or sold out. */
export type Sale = 'open' | 'later' | 'ended' | 'soldOut';

/** When a point in time begins (an all-day date: at the start of its day, in the viewer's zone). */
const begins = (w: When) => endMoment(w) - (w.allDay ? DAY : 0);

export function sale(o: Offer, now: number): Sale {
  if (o.availability === 'soldOut') return 'soldOut';
  if (o.validThrough && endMoment(o.validThrough) < now) return 'ended';
  return o.validFrom && begins(o.validFrom) > now ? 'later' : 'open';
}

/** The price to compare tiers by (a price written as text, or none, comes last). */
export const cost = (o: Offer) => o.price ?? o.lowPrice ?? Infinity;

/** The tiers of a list of offers: an AggregateOffer sums up its tiers, so it counts only when no tier is given. */
export const tiersOf = (offers: Offer[]) =>
  offers.some((o) => !o.aggregate) ? offers.filter((o) => !o.aggregate) : offers;

/**
 * A function giving the price of one of `offers` as text; an offer without a currency of its
 * own is in the first one the list gives.
 */
export function pricer(lang: string, t: Loaded, offers: Offer[]) {
  const s = offerStrings(t);
  const currency = offers.find((o) => o.priceCurrency)?.priceCurrency;
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
  return (o: Offer) => {
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
}
