/**
 * The card's tickets: every tier with its price, availability and sales window, and the main
 * button on the cheapest tier still on sale. Real documents first (tests/fixtures/real/,
 * sources in SOURCES.md), shown at a moment set through the card's `now`; then synthetic edge
 * cases, said so.
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { captureConsole, render, settled } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Each tier as [name, price, note]. */
const tiers = (el: EventCard) =>
  $$(el, '[part="tier"]').map((li) =>
    ['tier-name', 'tier-price', 'tier-note'].map((p) => fold(li.querySelector(`[part="${p}"]`)?.textContent)),
  );
const main = (el: EventCard) => $(el, 'a.primary') as HTMLAnchorElement | null;
const real = async (file: string) => (await fetch(`/tests/fixtures/real/${file}`)).text();
/** Renders a card at a given moment. */
async function at(now: number, event: unknown, attrs: Record<string, string> = {}) {
  const el = await render<EventCard>('event-card', event, attrs);
  el.now = now;
  await el.updateComplete;
  return el;
}

describe('<event-card> tickets: real documents', () => {
  it('a lone link with nothing more to say is just the button: the tiers’ code is not loaded', async () => {
    // (Runs first: the tiers' module is loaded by the tests after it.)
    const el = await render<EventCard>('event-card', {
      name: 'Workshop',
      startDate: '2099-05-01',
      offers: { url: 'https://t.example/', availability: 'https://schema.org/InStock' },
    });
    expect(main(el)!.getAttribute('href')).to.equal('https://t.example/');
    expect($(el, '[part="tickets"]') === null).to.equal(true);
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(loaded.some((u) => u.includes('src/elements/event-card/tickets'))).to.equal(false);
  });

  it('018 (B.B. King): the sold-out first tier does not hide the VIP tier, which the button goes to while on sale', async () => {
    const text = await real('018-schemaorg-bbking-rescheduled-text-prices.json');
    const { warnings } = await captureConsole(async () => {
      const el = await at(new Date(2014, 2, 1).getTime(), text);
      expect(tiers(el)).to.deep.equal([
        ['General Admission', '$63.25', 'Sold out'],
        ['VIP Experience', '$299.00', 'On sale until March 19, 2014 at 11:59 PM'],
      ]);
      expect(main(el)!.getAttribute('href')).to.equal('http://www.example.com/Abcde12345');
      expect(main(el)!.textContent!.trim()).to.equal('Tickets');
      // The sold-out tier is not a link; the one on sale is.
      expect($$(el, '[part="tier-name"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'http://www.example.com/Abcde12345',
      ]);
      // Before sales open, and after they end.
      el.now = new Date(2014, 0, 1).getTime();
      await el.updateComplete;
      expect(tiers(el)[1][2]).to.equal('On sale from February 5, 2014 at 10:00 AM');
      expect(main(el)!.getAttribute('href')).to.equal('http://www.example.com/Abcde12345');
      el.now = new Date(2014, 3, 1).getTime();
      await el.updateComplete;
      expect(tiers(el)[1][2]).to.equal('Sales ended');
      expect(main(el) === null).to.equal(true);
      expect($(el, '.sold-out') === null).to.equal(true); // not every tier is sold out
    });
    // The prices written as text are shown as written, and the editor is told.
    expect(warnings.filter((w) => w.includes('is text, not a number'))).to.have.length(2);
  });

  it('001 (NBA, microdata): the AggregateOffer’s "$35" is shown as written', async () => {
    const el = await render<EventCard>('event-card', await real('001-extruct-microdata-nba-aggregateoffer.json'));
    expect(tiers(el)).to.deep.equal([['Tickets', '$35', '']]);
    expect(main(el) === null).to.equal(true); // it has no link
  });

  it('035 (SITCON): 13 tiers in TWD, free ones "Free"; the button goes to a free tier on sale', async () => {
    const text = await real('035-sitcon-zh-eventvenue-offers.json');
    // 20 July 2022 in Taipei: the first wave and the invitations are on sale.
    const el = await at(Date.UTC(2022, 6, 20, 4), text, { lang: 'en' });
    const list = tiers(el);
    expect(list).to.have.length(13);
    expect(list[0].slice(0, 2)).to.deep.equal(['小額贊助 10000 元', 'NT$10,000']);
    expect(list[5].slice(0, 2)).to.deep.equal(['個人小額贊助方案', 'NT$500']);
    expect(list.filter((t) => t[1] === 'Free')).to.have.length(7);
    expect(list[7][2]).to.equal('On sale from August 6, 2022 at 8:00 PM');
    expect(list[8][2]).to.equal('Available · On sale until July 30, 2022 at 12:00 AM');
    expect(main(el)!.getAttribute('href')).to.equal('https://sitcon.kktix.cc/events/sitcon2022');
    expect(main(el)!.textContent!.trim()).to.equal('Register');
    // After the event, every sale has ended.
    el.now = Date.UTC(2022, 8, 5);
    await el.updateComplete;
    expect(tiers(el).every((t) => t[2] === 'Sales ended')).to.equal(true);
    expect(main(el) === null).to.equal(true);
  });

  it('039 (Eventbrite): the AggregateOffer gives way to its Offer, free, in CZK', async () => {
    const el = await at(Date.UTC(2021, 1, 20), await real('039-eventbrite-education-online-keys-last.json'));
    expect(tiers(el)).to.deep.equal([
      ['iOS Enthusiast', 'Free', 'Available · On sale until February 25, 2021 at 4:00 PM'],
    ]);
    expect(main(el)!.textContent!.trim()).to.equal('Register');
  });

  it('034 (The Events Calendar): a price without a currency is a plain number', async () => {
    const text = await real('034-tec-skyandtelescope-escaped-html.json');
    const el = await render<EventCard>('event-card', text, { 'event-index': '1' });
    expect(tiers(el)).to.deep.equal([['Tickets', '1,950', '']]);
    const first = await render<EventCard>('event-card', text, { lang: 'de' });
    expect(tiers(first)).to.deep.equal([['Tickets', 'Kostenlos', '']]);
    expect(main(first)!.textContent!.trim()).to.equal('Anmelden');
  });

  it('004 (cancelled): a cancelled event sells nothing', async () => {
    const el = await render<EventCard>('event-card', await real('004-extruct-microdata-cancelled.json'));
    expect($(el, '[part="status"]')!.textContent).to.equal('Cancelled');
    expect($(el, '[part="tickets"]') === null).to.equal(true);
    expect(main(el) === null).to.equal(true);
  });
});

describe('<event-card> tickets: synthetic edge cases', () => {
  /** Synthetic: the concert, in numbers, with a third tier not on sale yet and a fourth over. */
  const concert = {
    '@type': 'MusicEvent',
    name: 'Synthetic concert',
    startDate: '2099-04-12T19:30:00-04:00',
    location: { '@type': 'Place', name: 'Hall', address: 'Providence' },
    offers: [
      {
        name: 'General Admission',
        price: 63.25,
        priceCurrency: 'USD',
        availability: 'SoldOut',
        url: 'https://t.example/ga',
      },
      {
        name: 'VIP Experience',
        price: '299',
        priceCurrency: 'USD',
        availability: 'InStock',
        url: 'https://t.example/vip',
      },
      {
        name: 'Balcony',
        price: 40,
        priceCurrency: 'USD',
        validFrom: '2098-01-01T10:00:00-05:00',
        url: 'https://t.example/b',
      },
      { name: 'Early bird', price: 30, priceCurrency: 'USD', validThrough: '2097-01-01', url: 'https://t.example/e' },
      { name: 'Last seats', price: 99, priceCurrency: 'USD', availability: 'LimitedAvailability' },
      { name: 'Streaming', price: 10, priceCurrency: 'USD', availability: 'PreOrder', url: 'https://t.example/s' },
    ],
  };

  it('the $299 tier stays buyable and is the button’s target when the $63.25 one is sold out', async () => {
    const el = await at(Date.UTC(2097, 6, 1), {
      ...concert,
      offers: concert.offers.slice(0, 4),
    });
    expect(tiers(el)).to.deep.equal([
      ['General Admission', '$63.25', 'Sold out'],
      ['VIP Experience', '$299', 'Available'],
      ['Balcony', '$40', 'On sale from January 1, 2098 at 10:00 AM'],
      ['Early bird', '$30', 'Sales ended'],
    ]);
    expect(main(el)!.getAttribute('href')).to.equal('https://t.example/vip');
    expect($$(el, '[part="tier"]').map((li) => li.dataset.sale)).to.deep.equal(['soldOut', 'open', 'later', 'ended']);
  });

  it('the cheapest on sale wins: pre-order counts as on sale, a tier without a link cannot be the target', async () => {
    const el = await at(Date.UTC(2098, 6, 1), concert);
    expect(tiers(el).slice(4)).to.deep.equal([
      ['Last seats', '$99', 'Few left'],
      ['Streaming', '$10', 'Pre-order'],
    ]);
    expect(main(el)!.getAttribute('href')).to.equal('https://t.example/s');
  });

  it('every tier sold out: "Sold out" instead of the button', async () => {
    const el = await render<EventCard>('event-card', {
      ...concert,
      offers: concert.offers.slice(0, 2).map((o) => ({ ...o, availability: 'SoldOut' })),
    });
    expect(main(el) === null).to.equal(true);
    expect($(el, '.sold-out')!.textContent).to.equal('Sold out');
  });

  it('formats prices in the page language, ranges and "from", and keeps an unknown currency as written', async () => {
    // (Price ranges alone: beside tiers, an AggregateOffer is not listed.)
    const el = await render<EventCard>(
      'event-card',
      {
        name: 'Synthetic fair',
        startDate: '2099-06-01',
        offers: [
          { '@type': 'AggregateOffer', lowPrice: 20, highPrice: '80.5', priceCurrency: 'EUR' },
          { '@type': 'AggregateOffer', lowPrice: 15, priceCurrency: 'EUR' },
          { '@type': 'AggregateOffer', lowPrice: 12, highPrice: 12, priceCurrency: '€' },
        ],
      },
      { lang: 'de' },
    );
    expect(tiers(el).map((t) => t[1].replace(/\u00a0/g, ' '))).to.deep.equal(['20 € – 80,50 €', 'ab 15 €', '12 €']);
  });

  it('renders tier names and prices from the data as text, never as markup, and drops unsafe links', async () => {
    const el = await render<EventCard>('event-card', {
      name: 'Synthetic',
      startDate: '2099-06-01',
      offers: [
        { name: '<img src=x onerror=alert(1)>', price: '<b>5</b>', url: 'javascript:alert(1)' },
        { name: 'B', price: 1, priceCurrency: 'USD' },
      ],
    });
    expect($(el, '[part="tickets"] img, [part="tickets"] b') === null).to.equal(true);
    expect(tiers(el)[0].slice(0, 2)).to.deep.equal(['<img src=x onerror=alert(1)>', '<b>5</b>']);
    expect($$(el, '[part="tickets"] a')).to.have.length(0);
  });

  it('has no axe violations, and is themable through ::part', async () => {
    const el = await at(Date.UTC(2097, 6, 1), concert, { theme: 'dark' });
    await expect(el).to.be.accessible();
    const style = document.createElement('style');
    style.textContent = 'event-card::part(tier-price) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      expect(getComputedStyle($(el, '[part="tier-price"]')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('right to left: the tier’s name starts on the right, its price follows to the left', async () => {
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    wrapper.style.width = '600px';
    document.body.append(wrapper);
    try {
      const el = document.createElement('event-card') as EventCard;
      el.lang = 'ar';
      el.event = concert;
      wrapper.append(el);
      await settled(el);
      const li = $(el, '[part="tier"]')!;
      const name = $(el, '[part="tier-name"]')!.getBoundingClientRect();
      const price = $(el, '[part="tier-price"]')!.getBoundingClientRect();
      expect(name.right).to.be.closeTo(li.getBoundingClientRect().right, 1.5);
      expect(price.right).to.be.at.most(name.left + 1);
      expect(fold($(el, '[part="tier-note"]')!.textContent)).to.equal('نفدت التذاكر');
      await expect(el).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });
});
