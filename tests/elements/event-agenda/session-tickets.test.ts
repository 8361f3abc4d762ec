/**
 * A session's own tickets (its `offers`) in the agenda (#13): real documents first
 * (tests/fixtures/real/, each with its source in SOURCES.md), then the cases they do not hold.
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/event-agenda/define.js';
import type { EventAgenda } from '../../../src/elements/event-agenda/event-agenda.js';
import { captureConsole, render } from '../../support/fixtures.js';

const real = async (name: string) => (await fetch(`/tests/fixtures/real/${name}.json`)).text();
const lines = (el: EventAgenda) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="session-tickets"]')].map((p) => ({
    text: p.textContent!.replace(/\s+/g, ' ').trim(),
    href: p.querySelector('a')?.getAttribute('href') ?? null,
  }));

describe('<event-agenda> session tickets', () => {
  const warn = console.warn;
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => (console.warn = warn));

  it('019 (La Vitrine, Grand Théâtre de Québec): each performance links to its tickets, free, in the UI language', async () => {
    const el = await render<EventAgenda>('event-agenda', await real('019-lavitrine-gtq-framed-langmap-none'), {
      lang: 'ru',
    });
    expect(el.state).to.equal('ready');
    const got = lines(el);
    expect(got).to.have.length(el.data!.subEvents.length);
    expect(got.length).to.be.greaterThan(0);
    for (const line of got) expect(line).to.deep.equal({ text: 'Билеты Бесплатно', href: 'http://buyticket.com' });
    await expect(el).to.be.accessible();
  });

  it('031 (La Vitrine, minimal): an offer without a link gives the price alone', async () => {
    const el = await render<EventAgenda>('event-agenda', await real('031-lavitrine-gtq-minimal-virtuallocation'), {
      lang: 'en',
    });
    const got = lines(el);
    expect(got.length).to.be.greaterThan(0);
    for (const line of got) expect(line).to.deep.equal({ text: 'Free', href: null });
  });

  it('several tiers: the cheapest on sale, "from"; sold out, sales ended, a price in text, no offers (synthetic)', async () => {
    const offer = (o: object) => ({ '@type': 'Offer', priceCurrency: 'EUR', url: 'https://example.org/t', ...o });
    let el!: EventAgenda;
    const { warnings } = await captureConsole(async () => {
      el = await render<EventAgenda>(
        'event-agenda',
        {
          name: 'Festival',
          startDate: '2030-06-01T10:00:00+02:00',
          location: 'Hall',
          subEvent: [
            {
              name: 'Tiers',
              startDate: '2030-06-01T10:00:00+02:00',
              offers: [
                offer({ price: 30, url: 'https://example.org/vip' }),
                offer({ price: 10, availability: 'SoldOut', url: 'https://example.org/early' }),
                offer({ price: 20, url: 'https://example.org/regular' }),
              ],
            },
            {
              name: 'Gone',
              startDate: '2030-06-01T12:00:00+02:00',
              offers: offer({ price: 5, availability: 'SoldOut' }),
            },
            {
              name: 'Over',
              startDate: '2030-06-01T13:00:00+02:00',
              offers: offer({ price: 5, validThrough: '2020-01-01T00:00:00Z' }),
            },
            { name: 'Text', startDate: '2030-06-01T14:00:00+02:00', offers: offer({ price: '$35' }) },
            { name: 'None', startDate: '2030-06-01T15:00:00+02:00' },
          ],
        },
        { lang: 'en' },
      );
    });
    expect(lines(el)).to.deep.equal([
      { text: 'Tickets from €20', href: 'https://example.org/regular' },
      { text: 'Sold out', href: null },
      { text: 'Sales ended', href: null },
      { text: 'Tickets $35', href: 'https://example.org/t' },
    ]);
    // The session without offers has no such line; the price-as-text warning names the session's offer.
    const items = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
    expect(items[4].querySelector('[part="session-tickets"]')).to.equal(null);
    expect(warnings.filter((w) => w.includes('subEvent[3].offers.price: "$35" is text'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a cancelled event sells no session tickets (synthetic)', async () => {
    const el = await render<EventAgenda>('event-agenda', {
      name: 'Off',
      eventStatus: 'EventCancelled',
      startDate: '2030-06-01T10:00:00+02:00',
      location: 'Hall',
      subEvent: [
        { name: 'A', startDate: '2030-06-01T10:00:00+02:00', offers: { price: 5, url: 'https://example.org/a' } },
      ],
    });
    expect(lines(el)).to.deep.equal([]);
  });
});
