/**
 * The reader of `offers` (src/core/event/offers.ts) and of `previousStartDate`: real documents
 * first (tests/fixtures/real/, sources in SOURCES.md), then synthetic edge cases, said so.
 */
import { expect } from '@open-wc/testing';
import { parseEvent } from '../../src/data.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}
const real = async (file: string) => parseEvent(await (await fetch(`/tests/fixtures/real/${file}`)).text());
const codes = (r: ParseResult) => r.warnings.map((w) => `${w.path} ${w.code}`);

describe('offers: real documents', () => {
  it('001 (NBA, microdata): an AggregateOffer whose lowPrice is text is kept as written, with a warning', async () => {
    const r = await real('001-extruct-microdata-nba-aggregateoffer.json');
    const [offer, ...rest] = ok(r).offers;
    expect(rest).to.have.length(0);
    expect(offer).to.include({ aggregate: true, priceText: '$35', lowPrice: undefined, price: undefined });
    const w = r.warnings.find((x) => x.code === 'priceText')!;
    expect(w.path).to.match(/offers.*lowPrice$/);
    expect(w.message).to.contain('"$35" is text, not a number; it is shown as written');
  });

  it('018 (B.B. King): two tiers with text prices, one sold out, one with a sales window; the previous start', async () => {
    const r = await real('018-schemaorg-bbking-rescheduled-text-prices.json');
    const e = ok(r);
    expect(e.offers.map((o) => [o.name, o.priceText, o.price, o.availability, o.url])).to.deep.equal([
      ['General Admission', '$63.25', undefined, 'soldOut', 'http://www.ticketmaster.com/event/17004C29'],
      ['VIP Experience', '$299.00', undefined, undefined, 'http://www.example.com/Abcde12345'],
    ]);
    expect(e.offers[1].validFrom?.source).to.equal('2014-02-05T10:00');
    expect(e.offers[1].validThrough?.source).to.equal('2014-03-19T23:59');
    expect(codes(r)).to.include.members(['[0].offers[0].price priceText', '[0].offers[1].price priceText']);
    expect(e.status).to.equal('rescheduled');
    expect(e.previousStart?.source).to.equal('2013-09-30T19:30');
  });

  it('035 (SITCON): 13 numeric offers in TWD, with their sales windows', async () => {
    const r = await real('035-sitcon-zh-eventvenue-offers.json');
    const e = ok(r);
    expect(e.offers).to.have.length(13);
    expect(e.offers[0]).to.include({
      name: '小額贊助 10000 元',
      price: 10000,
      priceCurrency: 'TWD',
      availability: 'inStock',
    });
    expect(e.offers.filter((o) => o.price === 0)).to.have.length(7);
    expect(e.offers[0].validFrom?.instant).to.equal(Date.UTC(2022, 3, 16, 16));
    expect(e.offers[0].validThrough?.instant).to.equal(Date.UTC(2022, 8, 4, 9));
    expect(codes(r).filter((c) => c.includes('offers'))).to.deep.equal([]);
  });

  it('039 (Eventbrite): an AggregateOffer and an Offer, free, in CZK; availabilityEnds as the end of sales', async () => {
    const e = ok(await real('039-eventbrite-education-online-keys-last.json'));
    expect(
      e.offers.map((o) => [o.aggregate ?? false, o.name, o.price, o.lowPrice, o.highPrice, o.priceCurrency]),
    ).to.deep.equal([
      [true, undefined, undefined, 0, 0, 'CZK'],
      [false, 'iOS Enthusiast', 0, undefined, undefined, 'CZK'],
    ]);
    expect(e.offers[1].validFrom?.source).to.equal('2021-02-08T15:00:00Z');
    expect(e.offers[1].validThrough?.source).to.equal('2021-02-25T16:00:00Z');
  });

  it('034 (The Events Calendar): prices "0" and "1950" without a currency are numbers', async () => {
    const r = parseEvent(await (await fetch('/tests/fixtures/real/034-tec-skyandtelescope-escaped-html.json')).text(), {
      eventIndex: 1,
    });
    expect(ok(r).offers).to.have.length(1);
    expect(ok(r).offers[0]).to.include({ price: 1950, priceCurrency: undefined });
    const first = ok(await real('034-tec-skyandtelescope-escaped-html.json'));
    expect(first.offers[0].price).to.equal(0);
  });

  it('014 (Domaine d’O): a list of prices in one text is kept as written', async () => {
    const r = await real('014-domainedo-drupal-array-at-keys-price-text.json');
    expect(ok(r).offers[0].priceText).to.equal('20€, 16€, 12€, 6€,');
    expect(r.warnings.some((w) => w.code === 'priceText')).to.equal(true);
  });
});

describe('offers: synthetic edge cases', () => {
  it('reads the tiers inside an AggregateOffer after it, with its currency and link when they give none', () => {
    const e = ok(
      parseEvent({
        name: 'Synthetic festival',
        startDate: '2099-06-01',
        offers: {
          '@type': 'AggregateOffer',
          lowPrice: '20',
          highPrice: 80,
          priceCurrency: 'EUR',
          url: 'https://t.example/all',
          offers: [
            { '@type': 'Offer', name: 'Day', price: 20 },
            { '@type': 'Offer', name: 'Weekend', price: '80.00', priceCurrency: 'USD', url: 'https://t.example/w' },
          ],
        },
      }),
    );
    expect(e.offers.map((o) => [o.name, o.price, o.lowPrice, o.highPrice, o.priceCurrency, o.url])).to.deep.equal([
      [undefined, undefined, 20, 80, 'EUR', 'https://t.example/all'],
      ['Day', 20, undefined, undefined, 'EUR', 'https://t.example/all'],
      ['Weekend', 80, undefined, undefined, 'USD', 'https://t.example/w'],
    ]);
  });

  it('skips what is not an offer, and never throws on odd prices', () => {
    const r = parseEvent({
      name: 'Synthetic',
      startDate: '2099-06-01',
      offers: [7, { price: { a: 1 } }, { price: '  ' }, { price: 'NaN' }, { lowPrice: '$5', highPrice: '$9' }],
    });
    const e = ok(r);
    expect(e.offers).to.have.length(4);
    expect(e.offers[0].price).to.equal(undefined);
    expect(e.offers[2].priceText).to.equal('NaN');
    expect(e.offers[3].priceText).to.equal('$5–$9');
    expect(codes(r)).to.include.members([
      'offers[0] notOffer',
      'offers[1].price notText',
      'offers[4].lowPrice priceText',
    ]);
  });

  it('reads previousStartDate in the event’s zone, and warns about a bad one', () => {
    const e = ok(
      parseEvent({
        name: 'Synthetic',
        startDate: '2099-10-07T19:00',
        previousStartDate: '2099-09-30T19:00',
        timeZone: 'Europe/Berlin',
        eventStatus: 'EventRescheduled',
      }),
    );
    expect(e.previousStart?.instant).to.equal(Date.UTC(2099, 8, 30, 17));
    const r = parseEvent({ name: 'Synthetic', startDate: '2099-10-07', previousStartDate: 'soon' });
    expect(codes(r)).to.deep.equal(['previousStartDate notDate']);
  });
});
