import { expect } from '@open-wc/testing';
import { parseEvent } from '../../src/data.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';
import { data } from '../support/fixtures.js';

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}
const warningsOf = (result: ParseResult) => result.warnings.map((w) => `${w.path}: ${w.message}`);

describe('parseEvent: the seed event', () => {
  it('reads every field of the seed announcement', async () => {
    const e = ok(parseEvent(await data('seed.ru')));
    expect(e.name).to.equal('Реализация стратегий устойчивого развития городов и регионов: от слов к делу');
    expect(e.start?.instant).to.equal(Date.UTC(2017, 9, 23, 12, 0));
    expect(e.end?.instant).to.equal(Date.UTC(2017, 9, 23, 14, 0));
    expect(e.start?.offset).to.equal(180);
    expect(e.timeZone).to.equal('Europe/Moscow');
    expect(e.status).to.equal('scheduled');
    expect(e.attendance).to.equal('offline');
    expect(e.places).to.have.length(1);
    expect(e.places[0].name).to.equal('Park Inn by Radisson Прибалтийская');
    expect(e.places[0].address).to.equal('ул. Кораблестроителей, д. 14, Санкт-Петербург, 199226, RU');
    expect(e.places[0].geo).to.deep.equal({ latitude: 59.9516, longitude: 30.2133 });
    expect(e.organizers.map((o) => o.name)).to.include('Совет государств Балтийского моря');
    expect(e.organizers).to.have.length(6);
    expect(e.subEvents.length).to.be.greaterThan(2);
    expect(e.subEvents.every((s) => !s.start)).to.equal(true);
    expect(e.images.length).to.be.greaterThan(4);
    expect(e.inLanguage).to.equal('ru');
    expect(e.superEvent?.name).to.contain('Стратегическое планирование');
    expect(e.description).to.contain('\n\n');
  });

  it('reads the same data given as JSON text, with a byte-order mark and whitespace', async () => {
    const seed = await data('seed.ru');
    const e = ok(parseEvent(`\uFEFF \n${JSON.stringify(seed, null, 2)}\n\t`));
    expect(e.name).to.equal(seed.name);
  });
});

describe('parseEvent: schema.org shapes', () => {
  const base = { name: 'Meetup', startDate: '2027-03-01T18:00:00+02:00' };

  it('accepts plain JSON without @context or @type', () => {
    expect(ok(parseEvent(base)).name).to.equal('Meetup');
  });

  for (const type of [
    'Event',
    'BusinessEvent',
    'https://schema.org/Festival',
    'schema:EducationEvent',
    ['Thing', 'MusicEvent'],
  ]) {
    it(`accepts @type ${JSON.stringify(type)}`, () => {
      expect(ok(parseEvent({ '@type': type, ...base })).name).to.equal('Meetup');
    });
  }

  it('rejects a @type that is not an event, naming it', () => {
    const r = parseEvent({ '@type': 'Organization', name: 'ACME' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problem).to.deep.include({ code: 'notEvent', path: '@type', args: { type: 'Organization' } });
  });

  it('takes the first Event of a @graph and resolves @id references', () => {
    const e = ok(
      parseEvent({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Org One', logo: 'https://example.org/l.svg' },
          { '@type': 'Place', '@id': '#hall', name: 'Great Hall' },
          { '@type': 'Event', name: 'First', location: { '@id': '#hall' }, organizer: { '@id': '#org' } },
          { '@type': 'Event', name: 'Second' },
        ],
      }),
    );
    expect(e.name).to.equal('First');
    expect(e.places[0].name).to.equal('Great Hall');
    expect(e.organizers[0]).to.include({ name: 'Org One', logo: 'https://example.org/l.svg' });
  });

  it('takes the first Event of an array and an Event under mainEntity', () => {
    expect(
      ok(
        parseEvent([
          { '@type': 'WebPage', name: 'Page' },
          { '@type': 'Event', name: 'In list' },
        ]),
      ).name,
    ).to.equal('In list');
    expect(
      ok(parseEvent({ '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'Event', name: 'Main' } })).name,
    ).to.equal('Main');
  });

  it('reads multi-valued and language-tagged text', () => {
    const e = ok(
      parseEvent({
        name: [
          { '@value': 'Круглый стол', '@language': 'ru' },
          { '@value': 'Round table', '@language': 'en' },
        ],
        description: { '@value': 'Текст', '@language': 'ru' },
      }),
    );
    expect(e.name).to.equal('Круглый стол');
    expect(e.description).to.equal('Текст');
  });

  it('reads enum values in full and short form', () => {
    expect(ok(parseEvent({ ...base, eventStatus: 'https://schema.org/EventCancelled' })).status).to.equal('cancelled');
    expect(ok(parseEvent({ ...base, eventStatus: 'EventPostponed' })).status).to.equal('postponed');
    expect(ok(parseEvent({ ...base, eventStatus: 'http://schema.org/EventMovedOnline' })).status).to.equal(
      'movedOnline',
    );
    expect(ok(parseEvent({ ...base, eventAttendanceMode: 'OnlineEventAttendanceMode' })).attendance).to.equal('online');
  });

  it('reads every kind of location', () => {
    const e = ok(
      parseEvent({
        ...base,
        location: [
          {
            '@type': 'Place',
            name: 'Hall',
            address: 'Main St 1, Tallinn',
            geo: { latitude: '59.43', longitude: '24.75' },
          },
          { '@type': 'VirtualLocation', url: 'https://example.org/live' },
          'Room 5',
        ],
      }),
    );
    expect(e.places).to.deep.equal([
      { name: 'Hall', address: 'Main St 1, Tallinn', geo: { latitude: 59.43, longitude: 24.75 }, url: undefined },
      { name: 'Room 5' },
    ]);
    expect(e.online).to.deep.equal([{ url: 'https://example.org/live', name: undefined }]);
    expect(e.attendance).to.equal('mixed');
  });

  it('reads organizers, sponsors and funders as Organizations or Persons', () => {
    const e = ok(
      parseEvent({
        ...base,
        organizer: { '@type': 'Person', givenName: 'Anna', familyName: 'Ivanova', url: 'https://example.org/anna' },
        sponsor: [
          'ACME',
          { '@type': 'Organization', name: 'Beta', logo: { '@type': 'ImageObject', contentUrl: '/beta.svg' } },
        ],
        funder: { '@type': 'Organization', name: 'Fund', image: 'https://example.org/fund.png' },
      }),
    );
    expect(e.organizers[0]).to.include({ type: 'Person', name: 'Anna Ivanova', url: 'https://example.org/anna' });
    expect(e.sponsors.map((s) => [s.name, s.logo])).to.deep.equal([
      ['ACME', undefined],
      ['Beta', '/beta.svg'],
    ]);
    expect(e.funders[0].logo).to.equal('https://example.org/fund.png');
  });

  it('reads images as URLs and ImageObjects', () => {
    const e = ok(
      parseEvent({
        ...base,
        image: [
          'https://example.org/a.jpg',
          {
            '@type': 'ImageObject',
            contentUrl: 'b.jpg',
            caption: 'B',
            width: 800,
            height: '600',
            thumbnail: { contentUrl: 'b-small.jpg' },
          },
          { url: 'c.jpg', name: 'C', width: { '@type': 'QuantitativeValue', value: 10 } },
        ],
      }),
    );
    expect(e.images).to.deep.equal([
      { url: 'https://example.org/a.jpg' },
      {
        url: 'b.jpg',
        thumbnail: 'b-small.jpg',
        caption: 'B',
        name: undefined,
        description: undefined,
        width: 800,
        height: 600,
      },
      {
        url: 'c.jpg',
        thumbnail: undefined,
        caption: undefined,
        name: 'C',
        description: undefined,
        width: 10,
        height: undefined,
      },
    ]);
  });

  it('reads offers, url, inLanguage, superEvent and subEvent', () => {
    const e = ok(
      parseEvent({
        ...base,
        url: 'https://example.org/e',
        offers: {
          url: 'https://example.org/t',
          price: 0,
          priceCurrency: 'EUR',
          availability: 'https://schema.org/SoldOut',
        },
        inLanguage: 'et',
        superEvent: { '@type': 'Event', name: 'Festival', url: 'https://example.org/f' },
        subEvent: [
          {
            name: 'Keynote',
            startDate: '2027-03-01T18:00:00+02:00',
            endDate: '2027-03-01T19:00:00+02:00',
            performer: {
              '@type': 'Person',
              name: 'Mari',
              jobTitle: 'CTO',
              affiliation: { '@type': 'Organization', name: 'ACME' },
            },
            location: { '@type': 'Place', name: 'Hall A' },
          },
        ],
      }),
    );
    expect(e.url).to.equal('https://example.org/e');
    expect(e.id).to.equal('https://example.org/e');
    expect(e.offers[0]).to.deep.equal({
      url: 'https://example.org/t',
      name: undefined,
      price: 0,
      lowPrice: undefined,
      highPrice: undefined,
      priceCurrency: 'EUR',
      availability: 'soldOut',
      validFrom: undefined,
      validThrough: undefined,
    });
    expect(e.inLanguage).to.equal('et');
    expect(e.superEvent).to.deep.equal({ name: 'Festival', url: 'https://example.org/f' });
    expect(e.subEvents[0]).to.deep.include({ name: 'Keynote', location: 'Hall A' });
    expect(e.subEvents[0].performers[0]).to.include({
      type: 'Person',
      name: 'Mari',
      jobTitle: 'CTO',
      affiliation: 'ACME',
    });
  });
});

describe('parseEvent: time', () => {
  it('reads an offset date-time as an instant', () => {
    const s = ok(parseEvent({ name: 'x', startDate: '2017-10-23T15:00:00+03:00' })).start!;
    expect(s).to.include({ allDay: false, offset: 180, instant: Date.UTC(2017, 9, 23, 12) });
  });
  it('reads Z, -hhmm and fractions', () => {
    expect(ok(parseEvent({ name: 'x', startDate: '2017-10-23T12:00:00.5Z' })).start!.instant).to.equal(
      Date.UTC(2017, 9, 23, 12, 0, 0, 500),
    );
    expect(ok(parseEvent({ name: 'x', startDate: '2017-10-23T07:00-0500' })).start!.offset).to.equal(-300);
  });
  it('keeps a local time without offset as written, resolving it in the IANA timeZone when given', () => {
    const floating = ok(parseEvent({ name: 'x', startDate: '2017-10-23T15:00' })).start!;
    expect(floating.instant).to.equal(undefined);
    expect(floating.wall).to.equal(Date.UTC(2017, 9, 23, 15));
    const zoned = ok(parseEvent({ name: 'x', startDate: '2017-10-23T15:00', timeZone: 'Europe/Moscow' })).start!;
    expect(zoned.instant).to.equal(Date.UTC(2017, 9, 23, 12));
    // Across a daylight-saving change: Berlin is UTC+2 in summer and UTC+1 in winter.
    const summer = ok(parseEvent({ name: 'x', startDate: '2027-07-01T10:00', timeZone: 'Europe/Berlin' })).start!;
    const winter = ok(parseEvent({ name: 'x', startDate: '2027-12-01T10:00', timeZone: 'Europe/Berlin' })).start!;
    expect(summer.instant).to.equal(Date.UTC(2027, 6, 1, 8));
    expect(winter.instant).to.equal(Date.UTC(2027, 11, 1, 9));
  });
  it('reads a bare date as all-day', () => {
    expect(ok(parseEvent({ name: 'x', startDate: '2017-10-23' })).start).to.include({
      allDay: true,
      wall: Date.UTC(2017, 9, 23),
    });
  });
});

describe('parseEvent: bad input', () => {
  const problem = (input: unknown) => {
    const r = parseEvent(input);
    if (r.ok) throw new Error('expected a problem');
    return r.problem;
  };

  it('says where the JSON breaks', () => {
    expect(problem('{"name": "x",\n  "startDate": "2017-10-23" "endDate": 1}')).to.deep.include({
      code: 'json',
      args: { line: 2, column: 29, expected: 'comma-brace', found: '"endDate": 1}' },
    });
    expect(problem('{"name": "x"} trailing').args).to.include({ expected: 'end' });
    expect(problem('{"name": "x" "url": 1}').args).to.deep.equal({
      line: 1,
      column: 14,
      expected: 'comma-brace',
      found: '"url": 1}',
    });
  });
  it('names the mistakes editors make most, where they are', () => {
    // The comma's own line, not the line of the bracket after it.
    expect(problem('{"name": "x",\n  "startDate": "2017-10-23",\n}').args).to.deep.equal({
      line: 2,
      column: 28,
      expected: 'key',
      found: '}',
      mistake: 'trailingComma',
      close: '}',
    });
    expect(problem('{"image": ["a.jpg", ]}').args).to.include({
      mistake: 'trailingComma',
      line: 1,
      column: 19,
      close: ']',
    });
    // The bracket never closed: where it opened.
    expect(problem('{"name": "x",\n "location": {"name": "y"}').args).to.include({
      mistake: 'unclosed',
      line: 1,
      column: 1,
      bracket: '{',
      close: '}',
    });
    expect(problem('{"name": "x", "image": [\n"a.jpg"').args).to.include({
      mistake: 'unclosed',
      line: 1,
      column: 24,
      bracket: '[',
      close: ']',
    });
    // …or closed by the other kind of bracket.
    expect(problem('{"name": [1, 2}').args).to.deep.equal({
      line: 1,
      column: 10,
      expected: 'comma-bracket',
      found: '}',
      mistake: 'unclosed',
      bracket: '[',
      close: ']',
    });
    expect(problem('{"name": "x"').args).to.include({ mistake: 'unclosed', line: 1, column: 1 });
    // Text whose closing quote is missing: where the text starts.
    expect(problem('{\n  "name": "Round table,\n  "startDate": "2017-10-23"\n}').args).to.include({
      mistake: 'unclosedText',
      line: 2,
      column: 11,
    });
    expect(problem('{"name": "Round table').args).to.include({ mistake: 'unclosedText', line: 1, column: 10 });
    expect(problem("{'name': 'x'}").args).to.include({ mistake: 'singleQuotes', expected: 'key', column: 2 });
    expect(problem('{"name": \'x\'}').args).to.include({ mistake: 'singleQuotes', expected: 'value', column: 10 });
    // None of these: said as what is expected there.
    expect(problem('{"name": x}').args).to.not.have.property('mistake');
    expect(problem('{"name": ').args).to.not.have.property('mistake');
    expect(problem('{"name"').args).to.not.have.property('mistake');
    expect(problem('{"name": undefined}').args).to.include({ expected: 'value' });
  });
  it('reports empty data', () => {
    expect(problem('').code).to.equal('empty');
    expect(problem('  \n ').code).to.equal('empty');
  });
  it('reports data that is not an object', () => {
    expect(problem('42').code).to.equal('notObject');
    expect(problem(null).code).to.equal('notObject');
    expect(problem('"text"').code).to.equal('notObject');
  });
  it('reports a missing name with its path', () => {
    expect(problem({ '@type': 'Event', startDate: '2017-10-23' })).to.deep.include({ code: 'noName', path: 'name' });
    expect(problem({ '@type': 'Event', name: '   ' }).code).to.equal('noName');
    expect(problem({ '@graph': [{ '@type': 'Event' }] })).to.deep.include({ code: 'noName', path: '@graph[0].name' });
  });
  it('reports a document with no event', () => {
    expect(problem({ '@graph': [] }).code).to.equal('noEvent');
    expect(problem([]).code).to.equal('noEvent');
  });
  it('skips bad dates with a warning naming the path and the expected form', () => {
    const r = parseEvent({ name: 'x', startDate: 'next Tuesday', endDate: '2017-02-30' });
    expect(ok(r).start).to.equal(undefined);
    expect(warningsOf(r)).to.deep.equal([
      'startDate: "next Tuesday" is not a date; expected ISO 8601 such as 2017-10-23T15:00:00+03:00',
      'endDate: "2017-02-30" is not a date; expected ISO 8601 such as 2017-10-23T15:00:00+03:00',
      'startDate: the event has no date; add "startDate" (search engines require it)',
      'location: the event has no place; add "location": a Place, or a VirtualLocation with a URL for an online event',
    ]);
  });
  it('drops an end before the start', () => {
    const r = parseEvent({ name: 'x', startDate: '2017-10-23T15:00+03:00', endDate: '2017-10-23T14:00+03:00' });
    expect(ok(r).end).to.equal(undefined);
    expect(warningsOf(r)[0]).to.match(/^endDate: .* is before the start/);
  });
  it('skips unknown enum values, bad zones, images without URLs and nameless entries with warnings', () => {
    const r = parseEvent({
      name: 'x',
      eventStatus: 'EventMaybe',
      timeZone: 'Moscow',
      image: [{ caption: 'no url' }, 'ok.jpg'],
      organizer: [{ '@type': 'Organization' }, { name: 'Good' }],
      subEvent: [{ description: 'no name' }, { name: 'Bad date', startDate: 'soon' }, { name: 'Fine' }],
      location: { '@type': 'Place', geo: { latitude: 200, longitude: 0 }, name: 'Somewhere' },
    });
    const e = ok(r);
    expect(e.status).to.equal('scheduled');
    expect(e.timeZone).to.equal(undefined);
    expect(e.images.map((i) => i.url)).to.deep.equal(['ok.jpg']);
    expect(e.organizers.map((o) => o.name)).to.deep.equal(['Good']);
    expect(e.subEvents.map((s) => s.name)).to.deep.equal(['Fine']);
    expect(e.places[0].geo).to.equal(undefined);
    const w = warningsOf(r);
    expect(w).to.include(
      'eventStatus: "EventMaybe" is not one of EventScheduled, EventCancelled, EventPostponed, EventRescheduled, EventMovedOnline; it is ignored',
    );
    expect(w).to.include('timeZone: "Moscow" is not an IANA time zone such as Europe/Moscow; it is ignored');
    expect(w).to.include('image[0]: an image without a usable URL (contentUrl or url) is skipped');
    expect(w).to.include('organizer[0]: an entry without a name is skipped');
    expect(w).to.include('subEvent[0]: an agenda item without a name is skipped');
    expect(w.some((x) => x.startsWith('subEvent[1].startDate: "soon" is not a date'))).to.equal(true);
    expect(w.some((x) => x.startsWith('location.geo: coordinates need'))).to.equal(true);
  });
  it('drops unsafe URLs with a warning, everywhere', () => {
    const r = parseEvent({
      name: 'x',
      url: 'javascript:alert(1)',
      image: [' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>'],
      organizer: { name: 'Evil', url: 'java\tscript:alert(1)', logo: 'vbscript:msgbox' },
      offers: { url: '\u0001javascript:alert(1)' },
      location: { '@type': 'VirtualLocation', url: 'data:text/html,x' },
    });
    const e = ok(r);
    expect(e.url).to.equal(undefined);
    expect(e.images).to.deep.equal([]);
    expect(e.organizers[0]).to.include({ url: undefined, logo: undefined });
    expect(e.offers[0].url).to.equal(undefined);
    expect(e.online).to.deep.equal([]);
    expect(warningsOf(r).filter((w) => w.includes('is not an allowed link'))).to.have.length(7);
  });
  it('never throws, whatever the value', () => {
    const weird: unknown[] = [
      undefined,
      0,
      true,
      [],
      [[]],
      { '@graph': 'x' },
      { name: { nested: { deep: 1 } } },
      { name: 'x', location: [null, 1, {}] },
    ];
    const cyclic: Record<string, unknown> = { name: 'cycle' };
    cyclic.self = cyclic;
    cyclic.organizer = cyclic;
    weird.push(cyclic);
    for (const w of weird) expect(() => parseEvent(w)).not.to.throw();
  });
});

describe('parseEvent: where the JSON breaks, counted as the editor sees it', () => {
  it('counts lines from the start of the text, blank lines and a byte-order mark included', () => {
    const r = parseEvent('\uFEFF\n\n  {"name": "x",\n   "startDate" "2017"}');
    if (r.ok) throw new Error('expected a problem');
    expect(r.problem.args).to.include({ line: 4, column: 16, expected: 'colon' });
  });
});
