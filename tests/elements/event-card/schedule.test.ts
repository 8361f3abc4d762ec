/**
 * The card of a recurring event (its rule in words and its next dates), of a concert with its
 * doors time, and of an event with a duration and no end. Real documents first
 * (tests/fixtures/real/); the clock is fixed through the schedule module's `clock`.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { clock } from '../../../src/core/schedule/recurring.js';
import { settled } from '../../support/fixtures.js';

const real = async (file: string) => (await fetch(`/tests/fixtures/real/${file}`)).text();
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function card(event: string | object, lang = 'en', dir?: string) {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  if (dir) wrapper.dir = dir;
  const el = document.createElement('event-card') as EventCard;
  el.lang = lang;
  el.event = event;
  wrapper.append(el);
  await settled(el);
  return el;
}

const $ = (el: EventCard, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const $$ = (el: EventCard, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];

describe('event-card: recurring events, doors and duration', () => {
  const now = clock.now;
  const warn = console.warn;
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => {
    clock.now = now;
    console.warn = warn;
  });

  it('016 (schema.org tai chi): the rule in words and the next three Wednesdays from the clock', async () => {
    clock.now = () => Date.UTC(2017, 5, 1, 12);
    const el = await card(await real('016-schemaorg-eventschedule-taichi.json'));
    expect(el.state).to.equal('ready');
    expect(words($(el, 'schedule-rule')?.textContent)).to.match(
      /^every Wednesday, 7:00 – 8:00 PM, until December 31, 2017 \(.+\)$/,
    );
    const dates = $$(el, 'occurrences')[0].querySelectorAll('li');
    expect(dates).to.have.length(3);
    expect(dates[0].querySelector('time')!.getAttribute('datetime')).to.equal('2017-06-07T18:00:00.000Z');
    expect(words(dates[0].textContent)).to.contain('June 7, 2017');
    // Every schedule has a calendar, even without a startDate.
    expect(el.shadowRoot!.querySelector('[part="calendar"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the next dates follow the clock; a schedule that is over lists no dates', async () => {
    clock.now = () => Date.UTC(2018, 0, 10);
    const el = await card(await real('016-schemaorg-eventschedule-taichi.json'));
    expect($(el, 'occurrences')).to.equal(null);
    expect(words($(el, 'schedule-rule')?.textContent)).to.contain('every Wednesday');
  });

  it('013 (soberfounders.org): a weekly session whose startDate is past is not "Ended"', async () => {
    clock.now = () => Date.UTC(2026, 3, 1);
    const text = await real('013-soberfounders-series-schedule-online.json');
    const el = await card(JSON.parse(text)[2]);
    expect($(el, 'status')).to.equal(null);
    expect(words($(el, 'schedule-rule')?.textContent)).to.match(/^every Tuesday, 12:00 PM/);
    expect($$(el, 'occurrences')[0].querySelectorAll('li')).to.have.length(3);
  });

  it('in German and in Arabic (right to left), the words of the language', async () => {
    clock.now = () => Date.UTC(2017, 5, 1, 12);
    const text = await real('016-schemaorg-eventschedule-taichi.json');
    const de = await card(text, 'de');
    expect(words($(de, 'schedule-rule')?.textContent)).to.match(
      /^jeden Mittwoch, 19:00–20:00 Uhr, bis 31\. Dezember 2017/,
    );
    expect(words(de.shadowRoot!.querySelector('.schedule .label')!.textContent)).to.equal('Nächste Termine');
    const ar = await card(text, 'ar', 'rtl');
    expect(words($(ar, 'schedule-rule')?.textContent)).to.contain('الأربعاء');
    expect(getComputedStyle($(ar, 'schedule')!).direction).to.equal('rtl');
    await expect(ar).to.be.accessible();
  });

  it('018 (schema.org B.B. King): "Doors 6:30 PM"', async () => {
    const el = await card(await real('018-schemaorg-bbking-rescheduled-text-prices.json'));
    expect(words($(el, 'doors')?.textContent)).to.equal('Doors 6:30 PM');
    expect($(el, 'doors')!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-04-12T18:30');
  });

  it('a duration and no end: the date line shows the end (synthetic)', async () => {
    const el = await card({ name: 'Synthetic', startDate: '2030-05-01T19:00:00+02:00', duration: 'PT2H30M' });
    const times = [...$(el, 'when')!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2030-05-01T19:00+02:00', '2030-05-01T21:30+02:00']);
  });

  it('themable: the parts can be styled from the page', async () => {
    clock.now = () => Date.UTC(2017, 5, 1, 12);
    const el = await card(await real('016-schemaorg-eventschedule-taichi.json'));
    const style = document.createElement('style');
    style.textContent = 'event-card::part(schedule-rule) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      expect(getComputedStyle($(el, 'schedule-rule')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});
