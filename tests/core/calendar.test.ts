import { expect } from '@open-wc/testing';
import type { EventModel, When } from '../../src/core/event/model.js';
import { googleCalendarUrl, icsDataUrl, outlookCalendarUrl, toIcs } from '../../src/core/calendar.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

const at = (h: number, offset = 180): When => ({
  wall: utc(2017, 10, 23, h),
  allDay: false,
  offset,
  instant: utc(2017, 10, 23, h) - offset * 6e4,
  source: `2017-10-23T${h}:00:00+03:00`,
});
const day = (d: number): When => ({
  wall: utc(2017, 10, d),
  allDay: true,
  source: `2017-10-${d}`,
});
const floating = (h: number): When => ({
  wall: utc(2017, 10, 23, h),
  allDay: false,
  source: `2017-10-23T${h}:00:00`,
});

const NAME = 'Реализация стратегий устойчивого развития городов и регионов: от слов к делу';
const DESCRIPTION =
  'Конференция для представителей органов власти, бизнеса и экспертного сообщества; ' +
  'обсудим, как перейти от деклараций к проектам.\n' +
  'Программа: пленарное заседание, круглые столы, нетворкинг;\n' +
  'регистрация обязательна, количество мест ограничено.';
const PLACE = 'Park Inn by Radisson Прибалтийская';
const ADDRESS = 'ул. Кораблестроителей, д. 14, Санкт-Петербург';
const URL_ = 'https://example.org/events/sustainable-cities-2017';

const seed: EventModel = {
  type: 'Event',
  name: NAME,
  description: DESCRIPTION,
  start: at(15),
  end: at(17),
  timeZone: 'Europe/Moscow',
  status: 'scheduled',
  statusGiven: false,
  attendance: 'offline',
  attendanceGiven: false,
  schedules: [],
  places: [{ name: PLACE, address: ADDRESS }],
  online: [],
  organizers: [],
  sponsors: [],
  funders: [],
  performers: [],
  subEvents: [],
  images: [],
  url: URL_,
  offers: [],
  inLanguage: 'ru',
  id: URL_,
};

/** The seed with changes; `undefined` removes a field (also under exactOptionalPropertyTypes). */
const ev = (patch: { [K in keyof EventModel]?: EventModel[K] | undefined }): EventModel => {
  const e: Record<string, unknown> = { ...seed, ...patch };
  for (const k in e) if (e[k] === undefined) delete e[k];
  return e as unknown as EventModel;
};

const NOW = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** A small RFC 5545 reader: unfolds, splits `NAME;PARAMS:VALUE`, unescapes TEXT. */
function parse(ics: string): Prop[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/s.exec(l);
      if (!m) throw new Error(`bad content line: ${JSON.stringify(l)}`);
      const [, name = '', params = '', value = ''] = m;
      return { name, params, value };
    });
}
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c) => (/n/i.test(c) ? '\n' : c));
const raw = (props: Prop[], name: string) => props.find((p) => p.name === name);
const val = (props: Prop[], name: string) => {
  const p = raw(props, name);
  return p && unescape(p.value);
};

/** The structural rules every generated file must follow. */
function checkShape(ics: string) {
  expect(ics.endsWith('END:VCALENDAR\r\n'), 'ends with END:VCALENDAR CRLF').to.equal(true);
  expect(ics.replace(/\r\n/g, ''), 'bare CR or LF').not.to.match(/[\r\n]/);
  const enc = new TextEncoder();
  for (const line of ics.split('\r\n')) {
    expect(enc.encode(line).length, line).to.be.at.most(75);
    // A split surrogate pair would leave a lone surrogate at a line edge.
    expect(line, 'split character').not.to.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  }
  const stack: string[] = [];
  for (const p of parse(ics)) {
    if (p.name === 'BEGIN') stack.push(p.value);
    if (p.name === 'END') expect(stack.pop()).to.equal(p.value);
  }
  expect(stack).to.deep.equal([]);
  const props = parse(ics);
  expect(props[0]).to.deep.include({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).to.deep.equal(['VCALENDAR', 'VEVENT']);
  return props;
}

describe('calendar: toIcs', () => {
  it('writes the seed event with exact text, UTC times and required properties', () => {
    const ics = toIcs(seed, NOW);
    const p = checkShape(ics);
    expect(val(p, 'VERSION')).to.equal('2.0');
    expect(val(p, 'PRODID')).to.equal('-//event-embed//EN');
    expect(val(p, 'CALSCALE')).to.equal('GREGORIAN');
    expect(val(p, 'METHOD')).to.equal('PUBLISH');
    expect(val(p, 'SUMMARY')).to.equal(NAME);
    expect(val(p, 'DESCRIPTION')).to.equal(`${DESCRIPTION}\n\n${URL_}`);
    expect(val(p, 'LOCATION')).to.equal(`${PLACE}, ${ADDRESS}`);
    expect(raw(p, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: '', value: '20171023T120000Z' });
    expect(raw(p, 'DTEND')).to.deep.equal({ name: 'DTEND', params: '', value: '20171023T140000Z' });
    expect(val(p, 'DTSTAMP')).to.equal('20240102T030405Z');
    expect(val(p, 'UID')).to.match(/^[0-9a-z]+@event-embed$/);
    expect(val(p, 'URL')).to.equal(URL_);
    expect(val(p, 'STATUS')).to.equal('CONFIRMED');
    // The long Cyrillic lines really were folded.
    expect(ics).to.contain('\r\n ');
  });

  it('folds at 75 octets without splitting multi-byte characters', () => {
    for (let n = 60; n < 80; n++) {
      // Shift the fold point across 1-, 2-, 3- and 4-byte characters.
      const name = 'x'.repeat(n % 4) + 'Жж€😀'.repeat(n);
      const ics = toIcs(ev({ name }), NOW);
      expect(val(checkShape(ics), 'SUMMARY')).to.equal(name);
    }
    // ASCII fills a line to exactly 75 octets; continuation lines carry one space plus 74.
    const lines = toIcs(ev({ name: 'a'.repeat(300) }), NOW).split('\r\n');
    const first = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines[first]).to.have.length(75);
    expect(lines[first + 1]).to.equal(' ' + 'a'.repeat(74));
  });

  it('escapes TEXT values and keeps them exact after unescaping', () => {
    const tricky = 'a\\b; c, d\\,e\\n literal\r\nline two\rthree\nfour;;,,\\';
    const p = checkShape(
      toIcs(ev({ name: tricky, description: tricky, url: undefined, places: [{ name: tricky }] }), NOW),
    );
    const norm = tricky.replace(/\r\n?/g, '\n');
    expect(val(p, 'SUMMARY')).to.equal(norm);
    expect(val(p, 'DESCRIPTION')).to.equal(norm);
    expect(val(p, 'LOCATION')).to.equal(norm);
    expect(raw(p, 'SUMMARY')!.value).to.equal(
      'a\\\\b\\; c\\, d\\\\\\,e\\\\n literal\\nline two\\nthree\\nfour\\;\\;\\,\\,\\\\',
    );
  });

  it('cannot be made to inject properties or components', () => {
    const evil = 'Talk\r\nEND:VEVENT\r\nBEGIN:VALARM\nACTION:AUDIO\u0000\u001b';
    const ics = toIcs(ev({ name: evil, url: 'https://e.org/a b\r\nX-EVIL:1' }), NOW);
    const p = checkShape(ics);
    expect(p.map((x) => x.name)).not.to.include('ACTION');
    expect(p.map((x) => x.name)).not.to.include('X-EVIL');
    expect(val(p, 'SUMMARY')).to.equal('Talk\nEND:VEVENT\nBEGIN:VALARM\nACTION:AUDIO');
    expect(val(p, 'URL')).to.equal('https://e.org/a%20b%0D%0AX-EVIL:1');
  });

  it('keeps the UID stable for the same event and distinct for others', () => {
    const uid = (e: EventModel, now = NOW) => val(parse(toIcs(e, now)), 'UID');
    expect(uid(seed)).to.equal(uid({ ...seed }, new Date(0)));
    expect(uid(seed)).not.to.equal(uid(ev({ id: URL_ + '#2' })));
    const anon = ev({ id: undefined });
    expect(uid(anon)).to.equal(uid({ ...anon, description: 'changed' }, new Date(0)));
    expect(uid(anon)).not.to.equal(uid({ ...anon, start: at(16) }));
    expect(uid(anon)).not.to.equal(uid({ ...anon, name: 'Другое событие' }));
    expect(uid(anon)).not.to.equal(uid(seed));
  });

  it('writes a single all-day date with an exclusive end', () => {
    for (const end of [undefined, day(23)]) {
      const p = checkShape(toIcs(ev({ start: day(23), end }), NOW));
      expect(raw(p, 'DTSTART')).to.deep.include({ params: ';VALUE=DATE', value: '20171023' });
      expect(raw(p, 'DTEND')).to.deep.include({ params: ';VALUE=DATE', value: '20171024' });
    }
  });

  it('turns an inclusive multi-day endDate into the exclusive next day', () => {
    const p = checkShape(toIcs(ev({ start: day(23), end: day(24) }), NOW));
    expect(raw(p, 'DTSTART')).to.deep.include({ params: ';VALUE=DATE', value: '20171023' });
    expect(raw(p, 'DTEND')).to.deep.include({ params: ';VALUE=DATE', value: '20171025' });
    // Month and year boundaries.
    const ny = checkShape(
      toIcs(ev({ start: day(23), end: { wall: utc(2017, 12, 31), allDay: true, source: '2017-12-31' } }), NOW),
    );
    expect(val(ny, 'DTEND')).to.equal('20180101');
  });

  it('writes floating local times without Z', () => {
    const p = checkShape(toIcs(ev({ timeZone: undefined, start: floating(15), end: floating(17) }), NOW));
    expect(raw(p, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: '', value: '20171023T150000' });
    expect(raw(p, 'DTEND')).to.deep.equal({ name: 'DTEND', params: '', value: '20171023T170000' });
  });

  it('gives a timed event without an end one hour', () => {
    const p = checkShape(toIcs(ev({ end: undefined }), NOW));
    expect(val(p, 'DTSTART')).to.equal('20171023T120000Z');
    expect(val(p, 'DTEND')).to.equal('20171023T130000Z');
    const f = checkShape(toIcs(ev({ start: floating(15), end: undefined }), NOW));
    expect(val(f, 'DTEND')).to.equal('20171023T160000');
  });

  it('ignores an end before the start', () => {
    const p = checkShape(toIcs(ev({ end: at(14) }), NOW));
    expect(val(p, 'DTEND')).to.equal('20171023T130000Z');
  });

  it('maps the status', () => {
    const status = (s: EventModel['status']) => val(parse(toIcs(ev({ status: s }), NOW)), 'STATUS');
    expect(status('cancelled')).to.equal('CANCELLED');
    expect(status('postponed')).to.equal('TENTATIVE');
    expect(status('rescheduled')).to.equal('CONFIRMED');
    expect(status('movedOnline')).to.equal('CONFIRMED');
  });

  it('uses the online URL as location and omits empty properties', () => {
    const online = 'https://meet.example.org/room?id=1,2;3';
    const p = checkShape(
      toIcs(
        ev({ description: undefined, url: undefined, places: [], online: [{ url: online }], attendance: 'online' }),
        NOW,
      ),
    );
    expect(val(p, 'LOCATION')).to.equal(online);
    expect(val(p, 'DESCRIPTION')).to.equal(online);
    expect(raw(p, 'URL')).to.equal(undefined);
    const bare = checkShape(toIcs(ev({ description: undefined, url: undefined, places: [] }), NOW));
    expect(bare.filter((x) => ['DESCRIPTION', 'LOCATION', 'URL'].includes(x.name))).to.deep.equal([]);
  });

  it('keeps a very long description whole', () => {
    const long = 'Слово, ещё; '.repeat(500);
    const p = checkShape(toIcs(ev({ description: long, url: undefined }), NOW));
    expect(val(p, 'DESCRIPTION')).to.equal(long);
  });
});

describe('calendar: googleCalendarUrl', () => {
  it('links the seed event with UTC dates', () => {
    const u = new URL(googleCalendarUrl(seed));
    expect(u.origin + u.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(u.searchParams.get('action')).to.equal('TEMPLATE');
    expect(u.searchParams.get('text')).to.equal(NAME);
    expect(u.searchParams.get('dates')).to.equal('20171023T120000Z/20171023T140000Z');
    expect(u.searchParams.get('location')).to.equal(`${PLACE}, ${ADDRESS}`);
    expect(u.searchParams.get('details')).to.equal(`${DESCRIPTION}\n\n${URL_}`);
    expect(u.searchParams.has('ctz')).to.equal(false);
    // Spaces are %20, never `+`, and a literal `+` survives.
    expect(u.search).not.to.contain('+');
    expect(new URL(googleCalendarUrl(ev({ name: 'C++ & a=b' }))).searchParams.get('text')).to.equal('C++ & a=b');
  });

  it('uses dates with an exclusive end for all-day events', () => {
    const u = new URL(googleCalendarUrl(ev({ start: day(23), end: day(24) })));
    expect(u.searchParams.get('dates')).to.equal('20171023/20171025');
    expect(new URL(googleCalendarUrl(ev({ start: day(23), end: undefined }))).searchParams.get('dates')).to.equal(
      '20171023/20171024',
    );
  });

  it('writes floating times with the event zone as ctz', () => {
    const u = new URL(googleCalendarUrl(ev({ start: floating(15), end: floating(17) })));
    expect(u.searchParams.get('dates')).to.equal('20171023T150000/20171023T170000');
    expect(u.searchParams.get('ctz')).to.equal('Europe/Moscow');
    const noZone = new URL(googleCalendarUrl(ev({ timeZone: undefined, start: floating(15), end: undefined })));
    expect(noZone.searchParams.get('dates')).to.equal('20171023T150000/20171023T160000');
    expect(noZone.searchParams.has('ctz')).to.equal(false);
  });

  it('truncates a very long description but keeps the event URL', () => {
    const long = 'Ж'.repeat(5000);
    const href = googleCalendarUrl(ev({ description: long }));
    const details = new URL(href).searchParams.get('details')!;
    expect(details.length).to.be.below(1100);
    expect(details.startsWith('ЖЖЖ')).to.equal(true);
    expect(details).to.contain('…');
    expect(details.endsWith(URL_)).to.equal(true);
    // Never cuts a surrogate pair in half (URLSearchParams would turn the half into U+FFFD).
    const emoji = new URL(googleCalendarUrl(ev({ description: '😀'.repeat(2000), url: undefined })));
    expect(emoji.searchParams.get('details')).to.match(/^(😀)+…$/u);
  });
});

describe('calendar: outlookCalendarUrl', () => {
  it('links the seed event on outlook.live.com and outlook.office.com', () => {
    for (const service of ['live', 'office'] as const) {
      const u = new URL(outlookCalendarUrl(seed, service));
      expect(u.origin + u.pathname).to.equal(`https://outlook.${service}.com/calendar/0/action/compose`);
      const q = u.searchParams;
      expect(q.get('path')).to.equal('/calendar/action/compose');
      expect(q.get('rru')).to.equal('addevent');
      expect(q.get('subject')).to.equal(NAME);
      expect(q.get('startdt')).to.equal('2017-10-23T12:00:00Z');
      expect(q.get('enddt')).to.equal('2017-10-23T14:00:00Z');
      expect(q.has('allday')).to.equal(false);
      expect(q.get('body')).to.equal(`${DESCRIPTION}\n\n${URL_}`);
      expect(q.get('location')).to.equal(`${PLACE}, ${ADDRESS}`);
      expect(u.search).not.to.contain('+');
    }
  });

  it('never lets the service choose another host', () => {
    const u = new URL(outlookCalendarUrl(seed, 'evil.example/x' as 'live'));
    expect(u.host).to.equal('outlook.live.com');
  });

  it('writes all-day dates with allday=true', () => {
    const q = new URL(outlookCalendarUrl(ev({ start: day(23), end: day(24) }), 'office')).searchParams;
    expect(q.get('startdt')).to.equal('2017-10-23');
    expect(q.get('enddt')).to.equal('2017-10-25');
    expect(q.get('allday')).to.equal('true');
  });

  it('writes floating times as local ISO times', () => {
    const q = new URL(outlookCalendarUrl(ev({ start: floating(15), end: floating(17) }), 'live')).searchParams;
    expect(q.get('startdt')).to.equal('2017-10-23T15:00:00');
    expect(q.get('enddt')).to.equal('2017-10-23T17:00:00');
  });

  it('truncates a very long description', () => {
    const q = new URL(outlookCalendarUrl(ev({ description: 'a, b; '.repeat(2000) }), 'live')).searchParams;
    expect(q.get('body')!.length).to.be.below(1100);
    expect(q.get('body')!.endsWith(URL_)).to.equal(true);
  });
});

describe('calendar: icsDataUrl', () => {
  it('encodes the whole file as a text/calendar data URL', () => {
    const ics = toIcs(seed, NOW);
    const url = icsDataUrl(ics);
    const prefix = 'data:text/calendar;charset=utf-8,';
    expect(url.startsWith(prefix)).to.equal(true);
    expect(url).not.to.match(/[\s#]/);
    expect(decodeURIComponent(url.slice(prefix.length))).to.equal(ics);
  });
});
