/**
 * The readers for what real sites publish beyond plain JSON-LD (src/core/event/lenient/): one
 * block per concern. The real documents these shapes come from are in tests/fixtures/real/
 * (tests/core/real-documents.test.ts); here each rule is pinned down on its own.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEvent } from '../../src/data.js';
import { needsLenient, readEvent } from '../../src/core/event/normalize.js';
import { plain } from '../../src/core/event/lenient/html-text.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}
const warningsOf = (result: ParseResult) => result.warnings.map((w) => `${w.path}: ${w.message}`);
const event = (name: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  name,
  startDate: '2027-03-01T18:00:00+02:00',
  location: { '@type': 'Place', name: 'Hall' },
  ...extra,
});

describe('lenient readers: only for documents that need them', () => {
  it('reads plain JSON-LD without them, and marks the shapes that need them', () => {
    expect(needsLenient.has(readEvent(event('Plain')))).to.equal(false);
    for (const doc of [
      [[event('A')]],
      { '@type': 'ItemList', itemListElement: [event('A')] },
      { type: ['http://schema.org/Event'], properties: { name: ['A'] } },
      event('A', { description: '<p>Hello</p>' }),
      event('A', { name: { en: 'A', fr: 'B' } }),
      event('A', { subEvents: [event('B')] }),
      [event('A'), event('B')],
    ]) {
      expect(needsLenient.has(readEvent(doc)), JSON.stringify(doc)).to.equal(true);
    }
  });
});

describe('lenient readers: containers', () => {
  it('finds an event in lists nested in lists, and says which of several is shown', () => {
    const r = parseEvent([[event('First'), event('Second')], [event('Third')]]);
    expect(ok(r).name).to.equal('First');
    expect(warningsOf(r)).to.deep.equal([
      '[0][0]: the data holds 3 events; the first, "First", is shown (set event-id to the @id, url or identifier of another, or event-index to its position from 0)',
    ]);
  });

  it('reads an ItemList of events, as nodes and as ListItem.item', () => {
    const list = (items: unknown[]) => ({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: items,
    });
    expect(ok(parseEvent(list([event('Node')]))).name).to.equal('Node');
    const r = parseEvent(
      list([
        { '@type': 'ListItem', position: 1, item: event('Item') },
        { '@type': 'ListItem', item: event('Two') },
      ]),
    );
    expect(ok(r).name).to.equal('Item');
    expect(r.warnings[0].path).to.equal('itemListElement[0].item');
  });

  it('reads a @graph with several events, a WebPage.mainEntity and an EventSeries', () => {
    const graph = { '@graph': [{ '@type': 'WebPage', name: 'Page' }, event('One'), event('Two')] };
    expect(ok(parseEvent(graph)).name).to.equal('One');
    expect(ok(parseEvent({ '@type': 'WebPage', mainEntity: event('Main') })).name).to.equal('Main');
    const series = { '@type': 'EventSeries', name: 'Series', subEvent: [event('Part 1'), event('Part 2')] };
    const s = ok(parseEvent(series));
    expect([s.name, s.subEvents.map((x) => x.name)]).to.deep.equal(['Series', ['Part 1', 'Part 2']]);
  });

  it('picks an event by @id, url, identifier or index, sub-events of a series included', () => {
    const doc = {
      '@graph': [
        event('One', { '@id': 'https://example.org/#one' }),
        event('Two', { url: 'https://example.org/events/two' }),
        event('Three', { identifier: { '@type': 'PropertyValue', value: 'evt-3' } }),
        { '@type': 'EventSeries', name: 'Series', subEvent: [event('Deep', { '@id': '#deep' })] },
      ],
    };
    const name = (o: object) => ok(parseEvent(doc, o)).name;
    expect(name({ eventId: '#one' })).to.equal('One');
    expect(name({ eventId: 'https://example.org/#one' })).to.equal('One');
    expect(name({ eventId: 'two' })).to.equal('Two');
    expect(name({ eventId: 'evt-3' })).to.equal('Three');
    expect(name({ eventId: 'deep' })).to.equal('Deep');
    expect(name({ eventIndex: 1 })).to.equal('Two');
    expect(parseEvent(doc, { eventIndex: 1 }).warnings).to.deep.equal([]);
  });

  it('says so when the event asked for is not there', () => {
    const r = parseEvent([event('One'), event('Two')], { eventId: 'nope' });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.problem.code).to.equal('noSuchEvent');
    expect(parseEvent([event('One')], { eventIndex: 4 }).ok).to.equal(false);
  });
});

describe('lenient readers: shapes', () => {
  it('reads microdata converted to JSON, in an items wrapper, with nested items', () => {
    const doc = {
      items: [
        {
          type: ['http://schema.org/Event'],
          id: 'urn:x',
          properties: {
            name: ['Microdata night'],
            startDate: ['2027-03-01T19:00'],
            location: [
              { type: ['http://schema.org/Place'], properties: { name: ['Old Hall'], address: ['1 Main St'] } },
            ],
            performer: [{ type: ['http://schema.org/Person'], properties: { name: ['Ann'] } }],
          },
        },
      ],
    };
    const e = ok(parseEvent(doc));
    expect([e.name, e.start?.source, e.places[0].name, e.places[0].address]).to.deep.equal([
      'Microdata night',
      '2027-03-01T19:00',
      'Old Hall',
      '1 Main St',
    ]);
  });

  it('reads expanded JSON-LD: full IRIs as property names and every value in a list', () => {
    const doc = [
      {
        '@id': '_:b0',
        '@type': ['http://schema.org/MusicEvent'],
        'http://schema.org/name': [{ '@value': 'Expanded' }],
        'http://schema.org/startDate': [{ '@value': '2027-05-01T20:00:00Z' }],
        'http://schema.org/location': [{ '@id': '_:b1' }],
      },
      { '@id': '_:b1', '@type': ['http://schema.org/Place'], 'http://schema.org/name': [{ '@value': 'Club' }] },
    ];
    const e = ok(parseEvent(doc));
    expect([e.name, e.start?.instant, e.places[0]?.name]).to.deep.equal(['Expanded', Date.UTC(2027, 4, 1, 20), 'Club']);
  });

  it('reads the legacy plurals subEvents and performers', () => {
    const e = ok(parseEvent(event('Fest', { subEvents: [{ name: 'Talk', performers: [{ name: 'Bo' }] }] })));
    expect(e.subEvents.map((s) => [s.name, s.performers.map((p) => p.name)])).to.deep.equal([['Talk', ['Bo']]]);
  });

  it('keeps a node’s own fields when unrelated nodes reuse its @id', () => {
    const doc = {
      '@graph': [
        event('The real event', { '@id': 'Event', organizer: { '@id': 'Person' } }),
        { '@type': 'Organization', '@id': 'Event', name: 'Not the event' },
        { '@type': 'Person', '@id': 'Person', name: 'Ann' },
      ],
    };
    const e = ok(parseEvent(doc));
    expect([e.name, e.organizers.map((o) => o.name)]).to.deep.equal(['The real event', ['Ann']]);
  });
});

describe('lenient readers: languages', () => {
  const doc = event('x', {
    name: { nl: 'Concert in het park', en: 'Concert in the park', 'fr-CA': 'Concert au parc' },
    description: [
      { '@value': 'Gratis', '@language': 'nl' },
      { '@value': 'Free', '@language': 'en' },
    ],
    inLanguage: 'nl',
  });

  it('reads text in the widget’s language, else the event’s inLanguage, else the first', () => {
    const read = (lang?: string) => {
      const e = ok(parseEvent(doc, { lang }));
      return [e.name, e.description];
    };
    expect(read('en')).to.deep.equal(['Concert in the park', 'Free']);
    expect(read('en-GB')).to.deep.equal(['Concert in the park', 'Free']);
    expect(read('fr')).to.deep.equal(['Concert au parc', 'Gratis']);
    expect(read('de')).to.deep.equal(['Concert in het park', 'Gratis']);
    expect(read()).to.deep.equal(['Concert in het park', 'Gratis']);
    const noLang = { ...doc, inLanguage: undefined };
    expect(ok(parseEvent(noLang, { lang: 'ru' })).name).to.equal('Concert in het park');
  });

  it('reads a single value object and a place name in languages', () => {
    const e = ok(
      parseEvent(
        event('x', {
          name: { '@value': 'Fête', '@language': 'fr' },
          location: { '@type': 'Place', name: { de: 'Halle', en: 'Hall' } },
        }),
        { lang: 'de' },
      ),
    );
    expect([e.name, e.places[0].name]).to.deep.equal(['Fête', 'Halle']);
  });

  it('reads an address given in languages, one PostalAddress per language (UiTdatabank)', () => {
    const address = (street: string) => ({ streetAddress: street, addressLocality: 'Leuven', addressCountry: 'BE' });
    const doc = event('x', {
      name: { nl: 'Punkfest' },
      location: { name: { nl: 'Hungaria' }, address: { nl: address('Vaartkom 35'), fr: address('Quai 35') } },
    });
    const read = (lang: string) => ok(parseEvent(doc, { lang })).places[0].address;
    expect(read('nl')).to.equal('Vaartkom 35, Leuven, BE');
    expect(read('fr')).to.equal('Quai 35, Leuven, BE');
    expect(read('de')).to.equal('Vaartkom 35, Leuven, BE');
  });
});

describe('lenient readers: HTML in text', () => {
  it('keeps paragraphs and line breaks, decodes entities and drops every tag', () => {
    expect(plain('<p>Rock &amp; roll</p><p>Doors&nbsp;open<br>at 7</p>')).to.equal(
      'Rock & roll\n\nDoors\u00a0open\nat 7',
    );
    expect(plain('<ul><li>One</li><li>Two &#8211; &#x2014;</li></ul>')).to.equal('• One\n• Two – —');
    expect(plain('Read <a href="javascript:alert(1)">this</a><script>alert(1)</script><!-- x -->')).to.equal(
      'Read this',
    );
    expect(plain('Tom &amp; Jerry\n\nSecond paragraph')).to.equal('Tom & Jerry\n\nSecond paragraph');
    expect(plain('a < b and 3 <4')).to.equal('a < b and 3 <4');
    expect(plain('&unknown; &#0; &#xD800;')).to.equal('&unknown; \ufffd \ufffd');
  });

  it('gives the model plain text for descriptions and names written in HTML', () => {
    const e = ok(
      parseEvent(
        event('Rock &amp; Roll', { description: '<p>Line one<br/>line two</p>\n<p>&lt;b&gt; is not bold</p>' }),
      ),
    );
    expect([e.name, e.description]).to.deep.equal(['Rock & Roll', 'Line one\nline two\n\n<b> is not bold']);
  });
});

describe('reader: values that are not what they seem', () => {
  for (const value of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`does not take "${value}" as a status, a mode or an availability`, () => {
      const r = parseEvent(
        event('x', { eventStatus: value, eventAttendanceMode: value, offers: { url: '/t', availability: value } }),
      );
      const e = ok(r);
      expect([e.status, e.attendance, e.offers[0].availability]).to.deep.equal(['scheduled', 'offline', undefined]);
      expect(warningsOf(r).filter((w) => w.includes('is not one of'))).to.have.length(3);
    });
  }

  it('warns when the event has no date, and no place', () => {
    const r = parseEvent({ '@type': 'Event', name: 'Someday' });
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['noDate', 'noPlace']);
    expect(ok(r).name).to.equal('Someday');
  });

  it('refuses impossible offsets and years whose calendar end would overflow', () => {
    for (const startDate of ['2027-03-01T10:00:00+99:99', '2027-03-01T10:00:00+15:00', '2027-13-01', '9999-12-31']) {
      const r = parseEvent(event('x', { startDate }));
      expect(ok(r).start, startDate).to.equal(undefined);
      expect(r.warnings[0].code, startDate).to.equal('notDate');
    }
    const e = ok(parseEvent(event('x', { startDate: '2027-03-01T10:00:00-0400' })));
    expect(e.start?.instant).to.equal(Date.UTC(2027, 2, 1, 14));
  });

  it('reads a document nested far deeper than the call stack without throwing', () => {
    let deep: unknown = event('Deep');
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const r = parseEvent([event('Shallow', { extra: deep })]);
    expect(ok(r).name).to.equal('Shallow');
  });
});

describe('lenient readers: any nesting of containers (property-based)', () => {
  type Wrap = (inner: unknown, decoy: unknown) => unknown;
  const wraps: Record<string, Wrap> = {
    list: (e, d) => [d, e],
    'list of one': (e) => [e],
    graph: (e, d) => ({ '@context': 'https://schema.org', '@graph': [d, e] }),
    'ItemList of nodes': (e) => ({ '@type': 'ItemList', itemListElement: [e] }),
    'ItemList of ListItems': (e) => ({
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'ListItem', position: 1, item: e }],
    }),
    'WebPage.mainEntity': (e) => ({ '@type': 'WebPage', name: 'Page', mainEntity: e }),
    'a group’s events': (e) => ({ '@type': 'MusicGroup', name: 'Band', event: [e] }),
    'an extractor’s output': (e) => ({ 'json-ld': [e], microdata: [] }),
  };

  it('finds the event in every container and every nesting of them', () => {
    const decoy = fc.constantFrom<unknown>(
      { '@type': 'Organization', name: 'Org' },
      { '@type': 'WebSite', name: 'Site', url: 'https://example.org/' },
      { '@type': 'BreadcrumbList', itemListElement: [] },
      [],
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(wraps)), decoy), { maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/[<&]/.test(s)),
        (layers, name) => {
          let doc: unknown = event(name.trim());
          for (const [wrap, d] of layers) doc = wraps[wrap](doc, d);
          const r = parseEvent(JSON.stringify(doc));
          return r.ok && r.event.name === name.trim() && r.event.places[0]?.name === 'Hall';
        },
      ),
      { numRuns: 300 },
    );
  });
});
