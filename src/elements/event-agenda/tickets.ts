/**
 * A session's own tickets (its `offers`), on one line of its agenda item: a link to the
 * cheapest tier on sale with its price ("Tickets €20", "Tickets from €10" when there are
 * several), "Sold out" when no tier is left, the price alone when there is no link.
 */
import type { Offer } from '../../core/event/model.js';
import type { Loaded } from '../../core/locale/index.js';
import { cost, offerStrings, pricer, sale, tiersOf } from '../../core/price.js';

export function sessionTickets(offers: Offer[], lang: string, t: Loaded, now = Date.now()): HTMLElement | undefined {
  const tiers = tiersOf(offers);
  if (!tiers.length) return;
  const line = document.createElement('p');
  line.className = 'tickets';
  line.setAttribute('part', 'session-tickets');
  const open = tiers.filter((o) => sale(o, now) === 'open');
  if (!open.length) {
    line.textContent = tiers.some((o) => sale(o, now) === 'soldOut') ? t.soldOut : offerStrings(t).ended;
    return line;
  }
  const cheapest = open.reduce((a, o) => (cost(o) < cost(a) ? o : a));
  const written = pricer(lang, t, offers)(cheapest);
  const price = open.length > 1 && cheapest.price ? offerStrings(t).from(written) : written;
  if (cheapest.url) {
    const link = line.appendChild(document.createElement('a'));
    link.href = cheapest.url;
    link.rel = 'noopener';
    link.textContent = t.tickets;
  }
  if (price) line.append(cheapest.url ? ' ' : '', price);
  return line.childNodes.length ? line : undefined;
}
