/**
 * "Add the whole agenda to calendar": one .ics file with the event and every session, beside
 * each session's own menu, loaded when opened. Checked with a real iCalendar parser (ical.js):
 * one VEVENT per session with its times, plus the event's, each UID distinct and the same at
 * every download. Real documents (tests/fixtures/real/) and the demo's conference.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../src/index.js';
import type { EventAgenda } from '../../../src/elements/event-agenda/event-agenda.js';
import type { EventEmbedElement } from '../../../src/core/element.js';
import { data, render, until } from '../../support/fixtures.js';

/** Opens the whole agenda's menu and gives the VEVENTs of its .ics file. */
async function download(el: EventEmbedElement) {
  const menu = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="calendar-all"]')!;
  menu.open = false;
  await new Promise((r) => setTimeout(r));
  menu.open = true;
  const find = () => menu.querySelector<HTMLAnchorElement>('a[href^="data:text/calendar"]');
  await until(find, 'the .ics link');
  const link = find()!;
  const text = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const utc = (t: InstanceType<typeof ICAL.Time>) => t.toJSDate().toISOString();

describe('event-agenda: the whole agenda to calendar', () => {
  const warn = console.warn;
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => (console.warn = warn));

  it('009 (artsdata, osm.ca series): the series and its two concerts in one file', async () => {
    const text = await (await fetch('/tests/fixtures/real/009-artsdata-osm-eventseries-context-aliases.json')).text();
    const el = await render<EventAgenda>('event-agenda', text);
    const sessions = el.data!.subEvents;
    const events = await download(el);
    expect(events).to.have.length(1 + sessions.length);
    expect(events.slice(1).map((e) => utc(e.startDate))).to.deep.equal(
      sessions.map((s) => new Date(s.start!.instant ?? s.start!.wall).toISOString()),
    );
    expect(events.slice(1).map((e) => e.summary)).to.deep.equal(sessions.map((s) => s.name));
    await expect(el).to.be.accessible();
  });

  it('the demo conference: every timed session, distinct UIDs, the same ones at every download', async () => {
    const sample = await data('sample.en');
    const el = await render<EventAgenda>('event-agenda', sample);
    const timed = el.data!.subEvents.filter((s) => s.start);
    const events = await download(el);
    expect(events).to.have.length(1 + timed.length);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).to.equal(uids.length);
    for (const [k, e] of events.slice(1).entries()) {
      expect(e.summary).to.equal(timed[k].name);
      if (timed[k].end) expect(e.endDate.compare(e.startDate)).to.equal(1);
    }
    expect((await download(el)).map((e) => e.uid)).to.deep.equal(uids);
    // The same event shown again (another page, another day) gives the same UIDs.
    const again = await render<EventAgenda>('event-agenda', await data('sample.en'));
    expect((await download(again)).map((e) => e.uid)).to.deep.equal(uids);
  });

  it('is in the announcement too, in its language', async () => {
    const el = await render<EventEmbedElement>('event-announcement', await data('sample.en'), { lang: 'de' });
    const agenda = () => el.shadowRoot!.querySelector<EventAgenda>('event-agenda')!;
    await until(() => agenda()?.shadowRoot?.querySelector('[part="calendar-all"]'), 'the menu');
    expect(agenda().shadowRoot!.querySelector('[part="calendar-all"] summary')!.textContent!.trim()).to.equal(
      'Ganzes Programm zum Kalender hinzufügen',
    );
    expect((await download(agenda())).length).to.be.greaterThan(1);
  });

  it('a cancelled event has no such menu, nor an agenda without times (synthetic)', async () => {
    const cancelled = await render<EventAgenda>('event-agenda', {
      name: 'Synthetic',
      eventStatus: 'EventCancelled',
      subEvent: [{ name: 'A', startDate: '2030-01-01T10:00:00Z' }],
    });
    expect(cancelled.shadowRoot!.querySelector('[part="calendar-all"]')).to.equal(null);
    const untimed = await render<EventAgenda>('event-agenda', { name: 'Synthetic', subEvent: [{ name: 'A' }] });
    expect(untimed.shadowRoot!.querySelector('[part="calendar-all"]')).to.equal(null);
  });
});
