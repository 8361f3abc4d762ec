import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/event-card/define.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { data, settled, until } from '../support/fixtures.js';
import { parseEvent } from '../../src/data.js';
import type { EventModel } from '../../src/core/event/model.js';
import { toJsonLd } from '../../src/core/structured-data.js';
import { safeUrl } from '../../src/core/url.js';

const blocks = () => [
  ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-event-embed]'),
];
/** The structured-data code loads on demand: wait for the blocks to settle at `n`. */
const count = (n: number) => until(() => blocks().length === n, `${n} structured-data blocks`);

describe('structured-data', () => {
  afterEach(() => expect(blocks(), 'blocks left behind').to.have.length(0));

  it('adds the event to the document once, with the fields rich results need, and removes it with the last widget', async () => {
    const seed = await data('seed.ru');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-card structured-data .event=${seed}></event-card>
      <event-card structured-data .event=${seed}></event-card>
      <event-card .event=${{ name: 'Not opted in' }}></event-card>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<EventCard>('event-card')];
    await settled(a);
    await settled(b);
    await count(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(blocks()).to.have.length(1);
    const json = JSON.parse(blocks()[0].text);
    expect(json).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: seed.name,
      startDate: '2017-10-23T15:00:00+03:00',
      endDate: '2017-10-23T17:00:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(json.location[0]).to.deep.equal({
      '@type': 'Place',
      name: 'Park Inn by Radisson Прибалтийская',
      address: 'ул. Кораблестроителей, д. 14, Санкт-Петербург, 199226, RU',
      geo: { '@type': 'GeoCoordinates', latitude: 59.9516, longitude: 30.2133 },
    });
    a.remove();
    expect(blocks()).to.have.length(1);
    b.remove();
    expect(blocks()).to.have.length(0);
  });

  it('is built with JSON.stringify: markup in the data stays inert text', async () => {
    const name = '</script><script>window.__sd = 1</script>';
    const el = await fixture<EventCard>(
      html`<event-card structured-data .event=${{ name, startDate: '2030-01-01' }}></event-card>`,
    );
    await settled(el);
    await count(1);
    const [block] = blocks();
    expect(block.text).not.to.contain('</script>');
    expect(JSON.parse(block.text).name).to.equal(name);
    expect((window as any).__sd).to.equal(undefined);
    el.remove();
  });

  it('follows the attribute and the data', async () => {
    const el = await fixture<EventCard>(html`<event-card .event=${{ name: 'One' }}></event-card>`);
    await settled(el);
    expect(blocks()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    await count(1);
    expect(JSON.parse(blocks()[0].text).name).to.equal('One');
    el.event = { name: 'Two' };
    await settled(el);
    await el.updateComplete;
    await until(() => blocks().length === 1 && JSON.parse(blocks()[0].text).name === 'Two', 'the new block');
    el.structuredData = false;
    await el.updateComplete;
    expect(blocks()).to.have.length(0);
    el.remove();
  });
});

/**
 * The model as far as structured data can carry it: what a reader of the JSON-LD block gets back
 * (`timeZone`, not schema.org, is not written: so instants, which it gives, are left out; ids too).
 */
function carried(e: EventModel) {
  // (An entry of which nothing was understood, such as an offer with no field the model reads, or
  // an AggregateOffer with nothing but its type, says nothing.)
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v
          .map(strip)
          .filter(
            (x) =>
              !(x && typeof x == 'object' && Object.entries(x).every(([k, y]) => y === undefined || k === 'aggregate')),
          )
      : v && typeof v == 'object'
        ? 'wall' in v && 'source' in v
          ? (v as { source: string }).source
          : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]))
        : typeof v == 'string'
          ? // Text that reads as markup once written (a document's escaped "&lt;p&gt;") is read back
            // as HTML: compared without tags and spaces.
            v.replace(/<[^>]*>|\s+/g, '')
          : v;
  const { id: _id, timeZone: _tz, ...rest } = e;
  return JSON.parse(JSON.stringify(strip(rest)));
}

/** Every value in the block, with its path. */
function* leaves(v: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* leaves(x, `${path}[${i}]`);
  else if (v && typeof v == 'object')
    for (const [k, x] of Object.entries(v)) yield* leaves(x, path ? `${path}.${k}` : k);
  else yield [path, v];
}

const URL_KEYS = /(?:^|\.)(?:url|image|logo|thumbnailUrl)(?:\[\d+\])?$/;

describe('structured-data: true to its input', () => {
  it('keeps the type, the performers, the offers and the sub-events, and invents no status or attendance (synthetic)', () => {
    const result = parseEvent({
      '@context': 'https://schema.org',
      '@type': 'MusicEvent',
      name: 'Synthetic concert',
      startDate: '2027-05-01T20:00:00+02:00',
      doorTime: '19:00',
      location: { '@type': 'Place', name: 'Hall', address: 'Main St 1' },
      performer: [{ '@type': 'Person', name: 'A. Singer', url: 'javascript:alert(1)' }],
      offers: [
        { '@type': 'Offer', url: 'https://example.org/a', price: '20', priceCurrency: 'EUR', availability: 'SoldOut' },
        { '@type': 'Offer', url: 'https://example.org/b', price: '35', priceCurrency: 'EUR', availability: 'InStock' },
      ],
      subEvent: [{ '@type': 'Event', name: 'Support act', startDate: '2027-05-01T20:00:00+02:00' }],
    });
    if (!result.ok) throw new Error('not read');
    const json = toJsonLd(result.event);
    expect(json['@type']).to.equal('MusicEvent');
    expect(json).not.to.have.any.keys('eventStatus', 'eventAttendanceMode', 'organizer', 'image', 'sponsor');
    expect(json.doorTime).to.equal('19:00');
    // The unsafe link is not written; the rest of the performer is.
    expect(json.performer).to.deep.equal([{ '@type': 'Person', name: 'A. Singer' }]);
    expect((json.offers as { availability: string }[]).map((o) => o.availability)).to.deep.equal([
      'https://schema.org/SoldOut',
      'https://schema.org/InStock',
    ]);
    expect(json.subEvent).to.deep.equal([
      { '@type': 'Event', name: 'Support act', startDate: '2027-05-01T20:00:00+02:00' },
    ]);
  });

  it('writes a schedule back as it was given (real: schema.org 016)', async () => {
    const text = await (await fetch('/tests/fixtures/real/016-schemaorg-eventschedule-taichi.json')).text();
    const result = parseEvent(text);
    if (!result.ok) throw new Error('not read');
    const { '@type': _t, ...given } = JSON.parse(text).eventSchedule;
    const [written] = toJsonLd(result.event).eventSchedule as Record<string, unknown>[];
    expect(written).to.deep.equal({ '@type': 'Schedule', ...given, byDay: [given.byDay] });
    expect(toJsonLd(result.event).duration).to.equal('PT60M');
  });
});

describe('structured-data: the real documents', () => {
  const base = '/tests/fixtures/real/';
  let files: string[] = [];
  before(async () => {
    files = Object.keys(await (await fetch(`${base}expected.json`)).json());
  });

  it('says of each what its input says and nothing more, meeting the rich result rules where the input can', async () => {
    expect(files.length).to.be.at.least(40);
    for (const file of files) {
      const text = await (await fetch(base + file)).text();
      const input = parseEvent(text);
      if (!input.ok) throw new Error(`${file}: not read`);
      const json = toJsonLd(input.event);
      // Read back, the block gives the same event: the same type, name, dates, status given or
      // not, places, people, offers, sessions, schedules: nothing lost, nothing added.
      const back = parseEvent(JSON.stringify(json));
      if (!back.ok) throw new Error(`${file}: the block cannot be read back`);
      expect(carried(back.event), file).to.deep.equal(carried(input.event));
      // Every property written is one the document has (under its own name, maybe prefixed).
      for (const key of Object.keys(json)) {
        if (key === '@context' || (key === '@type' && json[key] === 'Event')) continue;
        // A performing group's own `event` list names it as their performer (002: a MusicGroup
        // page listing its concerts): the performer is written, named as the document names it.
        if (key === 'performer' && !text.includes('performer')) {
          for (const p of json.performer as { name: string }[]) expect(text, `${file}: performer`).to.contain(p.name);
          continue;
        }
        const name = key === '@type' ? String(json[key]) : key;
        expect(text, `${file}: ${key}`).to.contain(name);
      }
      for (const [path, v] of leaves(json)) {
        // No empty values, and only safe links.
        expect(v, `${file}: ${path}`).to.not.be.oneOf([undefined, null, '']);
        if (URL_KEYS.test(path)) expect(safeUrl(String(v)), `${file}: ${path}`).to.equal(v);
      }
      // Google's event rich result: name, startDate and location whenever the input has them.
      const e = input.event;
      if (e.start && (e.places.length || e.online.length)) {
        expect(json, file).to.include.keys('name', 'startDate', 'location');
      }
    }
  });
});
