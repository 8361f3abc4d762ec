/**
 * Recurring events (`eventSchedule`), `doorTime` and `duration`: what is read, the dates a
 * schedule gives, the sentence that says it, and the RRULE of the .ics, which a real iCalendar
 * parser (ical.js) expands to check that calendars get the same dates. Real documents first
 * (tests/fixtures/real/, see SOURCES.md); the synthetic cases after them say so.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { parseEvent } from '../../src/data.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';
import { toIcs } from '../../src/core/calendar.js';
import { endOf, occurrences } from '../../src/core/schedule/occurrences.js';
import { sentence } from '../../src/core/schedule/recurring.js';
import de from '../../src/core/locale/de.js';
import ar from '../../src/core/locale/ar.js';
import en from '../../src/core/locale/en.js';

const real = async (file: string, eventIndex?: number) =>
  ok(parseEvent(await (await fetch(`/tests/fixtures/real/${file}`)).text(), { eventIndex }));

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}

/** The .ics parsed by ical.js: its VEVENTs, with the zones it defines registered. */
function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent');
}

/** The first `n` starts (ISO, UTC) of a VEVENT as ical.js expands its RRULE and EXDATEs. */
function expand(vevent: InstanceType<typeof ICAL.Component>, n = 100): string[] {
  const it = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) out.push(t.toJSDate().toISOString().slice(0, 16));
  return out;
}

/** Intl's spaces (thin, narrow no-break) differ between engines: compared as plain spaces. */
const words = (s: string) => s.replace(/\s+/g, ' ');
const iso = (t: number | undefined) => new Date(t!).toISOString().slice(0, 16);
const NOW = new Date(Date.UTC(2027, 0, 10, 12));

describe('schedule: real documents', () => {
  it('016 (schema.org, weekly tai chi): Wednesdays 19:00–20:00 in London for 2017, all 52 in the calendar', async () => {
    const e = await real('016-schemaorg-eventschedule-taichi.json');
    const [s] = e.schedules;
    expect(s).to.include({ unit: 'W', every: 1, startTime: 19 * 60, endTime: 20 * 60, timeZone: 'Europe/London' });
    expect(s.byDay).to.deep.equal([{ day: 2 }]);
    expect(e.duration).to.equal('PT60M');
    const next = occurrences(e, s, Date.UTC(2017, 5, 1), 2, +NOW);
    // Summer time: 19:00 in London is 18:00 UTC.
    expect(next.map((o) => iso(o.start.instant))).to.deep.equal(['2017-06-07T18:00', '2017-06-14T18:00']);
    expect(iso(next[0].end!.instant)).to.equal('2017-06-07T19:00');
    expect(words(sentence(s, e, 'en', en))).to.equal('every Wednesday, 7:00 – 8:00 PM, until December 31, 2017');
    const [vevent] = parse(toIcs(e, NOW));
    expect(vevent.getFirstPropertyValue('rrule')!.toString()).to.equal('FREQ=WEEKLY;BYDAY=WE;UNTIL=20171231T235959Z');
    const dates = expand(vevent);
    expect(dates).to.have.length(52);
    expect(dates[0]).to.equal('2017-01-04T19:00');
    expect(dates).to.include('2017-06-07T18:00');
    expect(dates[51]).to.equal('2017-12-27T19:00');
  });

  it('013 (soberfounders.org): every Thursday at the time of its startDate, in New York', async () => {
    const e = await real('013-soberfounders-series-schedule-online.json', 1);
    expect(e.name).to.equal('Sober Founders Thursday Mastermind');
    const after = Date.UTC(2026, 3, 1);
    const next = occurrences(e, e.schedules[0], after, 3, after);
    expect(next.map((o) => iso(o.start.instant))).to.deep.equal([
      '2026-04-02T16:00',
      '2026-04-09T16:00',
      '2026-04-16T16:00',
    ]);
    expect(words(sentence(e.schedules[0], e, 'de', de))).to.equal('jeden Donnerstag, 12:00');
    const [vevent] = parse(toIcs(e, NOW));
    expect(expand(vevent, 3)).to.deep.equal(['2026-03-19T16:00', '2026-03-26T16:00', '2026-04-02T16:00']);
  });

  it('017 (schema.org): two schedules, weekdays 9–10 and 14–15, two VEVENTs with their own UIDs', async () => {
    const e = await real('017-schemaorg-eventschedule-array.json');
    expect(e.schedules).to.have.length(2);
    expect(words(sentence(e.schedules[0], e, 'en', en))).to.equal(
      'every Monday, Tuesday, Wednesday, Thursday, and Friday, 9:00 – 10:00 AM',
    );
    const events = parse(toIcs(e, NOW));
    expect(events).to.have.length(2);
    expect(events[0].getFirstPropertyValue('uid')).not.to.equal(events[1].getFirstPropertyValue('uid'));
    // No first day: from today (NOW, a Sunday): Monday the 11th, in Glace Bay (UTC−4 in winter).
    expect(expand(events[1], 6)).to.deep.equal([
      '2027-01-11T18:00',
      '2027-01-12T18:00',
      '2027-01-13T18:00',
      '2027-01-14T18:00',
      '2027-01-15T18:00',
      '2027-01-18T18:00',
    ]);
  });

  it('025 (schema.org): monthly on the 1st and 15th', async () => {
    const e = await real('025-schemaorg-eventschedule-bymonthday.json');
    const [s] = e.schedules;
    expect(s.byMonthDay).to.deep.equal([1, 15]);
    expect(occurrences(e, s, +NOW, 3, +NOW).map((o) => o.start.source)).to.deep.equal([
      '2027-01-15T09:00',
      '2027-02-01T09:00',
      '2027-02-15T09:00',
    ]);
    expect(words(sentence(s, e, 'en', en))).to.equal('every month on day 1 and 15, 9:00 – 10:00 AM');
    const [vevent] = parse(toIcs(e, NOW));
    expect(String(vevent.getFirstPropertyValue('rrule'))).to.equal('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(expand(vevent, 3)).to.deep.equal(['2027-01-15T13:00', '2027-02-01T13:00', '2027-02-15T13:00']);
  });

  it('026 (schema.org): ten days from 24 December 2016 (repeatCount), COUNT=10', async () => {
    const e = await real('026-schemaorg-eventschedule-repeatcount.json');
    const all = occurrences(e, e.schedules[0], -Infinity, 100, +NOW);
    expect(all).to.have.length(10);
    expect(all[9].start.source).to.equal('2017-01-02T09:00');
    const [vevent] = parse(toIcs(e, NOW));
    const dates = expand(vevent);
    expect(dates).to.have.length(10);
    expect(dates[0]).to.equal('2016-12-24T09:00');
    expect(dates[9]).to.equal('2017-01-02T09:00');
  });

  it('027 (schema.org): the second Monday of every month (iCalendar "2MO"), in Shanghai', async () => {
    const e = await real('027-schemaorg-eventschedule-ical-byday.json');
    expect(e.schedules[0].byDay).to.deep.equal([{ day: 0, nth: 2 }]);
    expect(occurrences(e, e.schedules[0], +NOW, 3, +NOW).map((o) => o.start.source)).to.deep.equal([
      '2027-01-11T18:00',
      '2027-02-08T18:00',
      '2027-03-08T18:00',
    ]);
    expect(words(sentence(e.schedules[0], e, 'en', en))).to.equal('every month on the second Monday, 6:00 – 7:30 PM');
    const [vevent] = parse(toIcs(e, NOW));
    expect(String(vevent.getFirstPropertyValue('rrule'))).to.equal('FREQ=MONTHLY;BYDAY=2MO');
    expect(expand(vevent, 2)).to.deep.equal(['2027-01-11T10:00', '2027-02-08T10:00']);
  });

  it('018 (schema.org B.B. King): doors at 18:30 on the day of the concert', async () => {
    const e = await real('018-schemaorg-bbking-rescheduled-text-prices.json');
    expect(e.doorTime).to.include({ wall: Date.UTC(2014, 3, 12, 18, 30), allDay: false, source: '18:30' });
  });
});

describe('schedule: synthetic edge cases', () => {
  const weekly = (extra: Record<string, unknown> = {}) =>
    ok(
      parseEvent({
        '@type': 'Event',
        name: 'Synthetic weekly meetup',
        location: { '@type': 'Place', name: 'Hall' },
        eventSchedule: {
          '@type': 'Schedule',
          repeatFrequency: 'P1W',
          byDay: 'https://schema.org/Tuesday',
          startTime: '19:00',
          endTime: '21:00',
          startDate: '2027-03-16',
          scheduleTimezone: 'Europe/Berlin',
          ...extra,
        },
      }),
    );

  it('weekly on Tuesday 19:00–21:00 in Berlin keeps 19:00 across the change to summer time (28 March 2027)', () => {
    const e = weekly();
    const next = occurrences(e, e.schedules[0], -Infinity, 3, +NOW);
    expect(next.map((o) => iso(o.start.instant))).to.deep.equal([
      '2027-03-16T18:00',
      '2027-03-23T18:00',
      '2027-03-30T17:00',
    ]);
    expect(next.map((o) => iso(o.end!.instant))).to.deep.equal([
      '2027-03-16T20:00',
      '2027-03-23T20:00',
      '2027-03-30T19:00',
    ]);
    const ics = toIcs(e, NOW);
    expect(ics).to.contain('DTSTART;TZID=Europe/Berlin:20270316T190000');
    expect(ics).to.contain('BEGIN:VTIMEZONE');
    expect(expand(parse(ics)[0], 3)).to.deep.equal(['2027-03-16T18:00', '2027-03-23T18:00', '2027-03-30T17:00']);
    expect(words(sentence(e.schedules[0], e, 'en', en))).to.equal('every Tuesday, 7:00 – 9:00 PM');
    expect(words(sentence(e.schedules[0], e, 'de', de))).to.equal('jeden Dienstag, 19:00–21:00 Uhr');
    expect(sentence(e.schedules[0], e, 'ar', ar)).to.contain('الثلاثاء');
  });

  it('exceptDate: the excepted Tuesday is left out, in the list and in the calendar (EXDATE)', () => {
    const e = weekly({ exceptDate: ['2027-03-23'], endDate: '2027-04-06' });
    expect(occurrences(e, e.schedules[0], -Infinity, 10, +NOW).map((o) => o.start.source)).to.deep.equal([
      '2027-03-16T19:00',
      '2027-03-30T19:00',
      '2027-04-06T19:00',
    ]);
    const ics = toIcs(e, NOW);
    expect(ics).to.contain('EXDATE;TZID=Europe/Berlin:20270323T190000');
    expect(expand(parse(ics)[0])).to.deep.equal(['2027-03-16T18:00', '2027-03-30T17:00', '2027-04-06T17:00']);
  });

  it('every two weeks, in words ("Weekly" and "P2W")', () => {
    const e = weekly({ repeatFrequency: 'P2W' });
    expect(occurrences(e, e.schedules[0], -Infinity, 2, +NOW).map((o) => o.start.source)).to.deep.equal([
      '2027-03-16T19:00',
      '2027-03-30T19:00',
    ]);
    expect(words(sentence(e.schedules[0], e, 'en', en))).to.equal('every 2 weeks on Tuesday, 7:00 – 9:00 PM');
    expect(weekly({ repeatFrequency: 'Weekly' }).schedules[0]).to.include({ unit: 'W', every: 1 });
    expect(String(parse(toIcs(e, NOW))[0].getFirstPropertyValue('rrule'))).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
  });

  for (const freq of ['PT1H', 'P1W2D', 'P0W', 'Sometimes']) {
    it(`an impossible repeatFrequency (${freq}) is warned about and gives no RRULE`, () => {
      const result = parseEvent({
        '@type': 'Event',
        name: 'Synthetic',
        startDate: '2027-03-16T19:00:00+01:00',
        eventSchedule: { '@type': 'Schedule', repeatFrequency: freq, byDay: 'Tuesday' },
      });
      const e = ok(result);
      expect(e.schedules).to.deep.equal([]);
      expect(result.warnings.map((w) => `${w.path}: ${w.code}`)).to.include(
        'eventSchedule.repeatFrequency: badFrequency',
      );
      expect(result.warnings.find((w) => w.code === 'badFrequency')!.message).to.contain('P1W');
      const ics = toIcs(e, NOW);
      expect(ics).not.to.contain('RRULE');
      expect(parse(ics)).to.have.length(1);
    });
  }

  it('a duration without an end: the end is computed for the card and the calendar, not written into the data', () => {
    const e = ok(
      parseEvent({ name: 'Synthetic', startDate: '2027-03-27T23:30:00', timeZone: 'Europe/Berlin', duration: 'PT2H' }),
    );
    expect(e.end).to.equal(undefined);
    // Across the change of the clocks at 02:00: two hours later is 02:30 on the clock.
    expect(endOf(e)!.instant! - e.start!.instant!).to.equal(2 * 36e5);
    const ev = new ICAL.Event(parse(toIcs(e, NOW))[0]);
    expect(ev.endDate.toUnixTime() - ev.startDate.toUnixTime()).to.equal(2 * 3600);
  });

  it('a day that is not one is warned about; a doorTime with a date is read as it is', () => {
    const result = parseEvent({
      name: 'Synthetic',
      startDate: '2027-03-16T19:00',
      doorTime: '2027-03-16T18:15',
      duration: 'two hours',
      eventSchedule: { repeatFrequency: 'P1W', byDay: ['Tuesday', 'Caturday'] },
    });
    const e = ok(result);
    expect(e.schedules[0].byDay).to.deep.equal([{ day: 1 }]);
    expect(e.doorTime?.wall).to.equal(Date.UTC(2027, 2, 16, 18, 15));
    expect(e.duration).to.equal(undefined);
    expect(result.warnings.map((w) => w.code)).to.include.members(['notDay', 'notDuration']);
  });
});
