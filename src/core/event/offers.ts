/**
 * The reader of `offers`: ticket tiers (`Offer`) and price ranges (`AggregateOffer`, with its own
 * tiers in its `offers`), with their prices, availability and sales windows. Called by
 * ./normalize.ts with its readers, which warn at the paths they are given.
 */
import type { Availability, Offer, When } from './model.js';
import { at, isObject, list, types } from './json.js';
import type { WarningCode } from './problems.js';

/** The readers of ./normalize.ts that offers are read with. */
export interface Readers {
  ref(v: unknown): unknown;
  textOf(v: unknown, path: string): string | undefined;
  urlOf(v: unknown, path: string): string | undefined;
  whenOf(v: unknown, path: string, timeZone?: string): When | undefined | null;
  enumOf<T>(v: unknown, path: string, values: Record<string, T>): T | undefined;
  warn(path: string, code: WarningCode, ...values: unknown[]): void;
}

const AVAILABILITY: Record<string, Availability> = {
  InStock: 'inStock',
  OnlineOnly: 'inStock',
  InStoreOnly: 'inStock',
  SoldOut: 'soldOut',
  OutOfStock: 'soldOut',
  Discontinued: 'soldOut',
  PreOrder: 'preOrder',
  PreSale: 'preOrder',
  LimitedAvailability: 'limited',
};

/**
 * Every offer, in the order given; an `AggregateOffer`'s own tiers follow it, with its currency
 * when they give none. A price written as text ("$35") is kept as written, with a warning.
 */
export function offersOf(r: Readers, v: unknown, path: string, timeZone?: string, parent?: Offer): Offer[] {
  return list(v).flatMap((raw, i) => {
    const op = Array.isArray(v) ? `${path}[${i}]` : path;
    let node = r.ref(raw);
    // An offer's link alone, as microdata gives it.
    if (typeof node === 'string') node = { url: node };
    if (!isObject(node)) {
      r.warn(op, 'notOffer', node);
      return [];
    }
    const n = node;
    const texts: string[] = [];
    /** A price: a number (also written as text, "63.25"), else the text as written. */
    const amount = (key: string) => {
      const p = at(op, key);
      const t = r.textOf(n[key], p);
      if (t === undefined) return undefined;
      const value = Number(t);
      if (Number.isFinite(value)) return value;
      r.warn(p, 'priceText', t);
      texts.push(t);
      return undefined;
    };
    const when = (key: string, other: string) =>
      r.whenOf(n[key] ?? n[other], at(op, key in n ? key : other), timeZone) ?? undefined;
    const offer: Offer = {
      url: r.urlOf(n.url, at(op, 'url')) ?? parent?.url,
      name: r.textOf(n.name, at(op, 'name')),
      price: amount('price'),
      lowPrice: amount('lowPrice'),
      highPrice: amount('highPrice'),
      priceCurrency: r.textOf(n.priceCurrency, at(op, 'priceCurrency')) ?? parent?.priceCurrency,
      availability: r.enumOf(n.availability, at(op, 'availability'), AVAILABILITY),
      validFrom: when('validFrom', 'availabilityStarts'),
      validThrough: when('validThrough', 'availabilityEnds'),
    };
    if (texts.length) offer.priceText = texts.join('–');
    if (types(n).includes('AggregateOffer')) offer.aggregate = true;
    // One level of tiers inside an AggregateOffer (deeper ones are not read).
    return [offer, ...(offer.aggregate && !parent ? offersOf(r, n.offers, at(op, 'offers'), timeZone, offer) : [])];
  });
}
