/**
 * The card's attendance badge, status details, the viewer's own time and the organizer line.
 * Real documents first (tests/fixtures/real/, sources in SOURCES.md), then synthetic cases, said
 * so. The browsers run in America/Los_Angeles (web-test-runner.config.js): the events here are
 * in other zones.
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { render } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const fold = (s: string | null | undefined) => (s ?? '').replace(/[\s\u202f]+/g, ' ').trim();
const text = (el: EventCard, part: string) => fold($(el, `[part="${part}"]`)?.textContent);
const real = async (file: string) => (await fetch(`/tests/fixtures/real/${file}`)).text();

describe('<event-card> online events: real documents', () => {
  it('038 (Meetup): the Online badge, the join link, the venue’s time first and the viewer’s after, the organizer', async () => {
    const el = await render<EventCard>('event-card', await real('038-meetup-virtuallocation.json'));
    expect(text(el, 'attendance')).to.equal('Online');
    const join = $(el, '[part="online"] a') as HTMLAnchorElement;
    expect(join.textContent).to.equal('Join online');
    expect(join.getAttribute('href')).to.equal('https://www.meetup.com/STRV-Meetups/events/276248017/');
    expect(text(el, 'when')).to.match(/^February 25, 2021.*6:00 – 8:00 PM \(UTC\+1\)$/);
    expect(text(el, 'viewer-time')).to.match(/^Your time: Thu,? 9:00\s?–\s?11:00\sAM$/);
    // The venue's time comes first.
    const [when, yours] = [$(el, '[part="when"]')!, $(el, '[part="viewer-time"]')!];
    expect(when.compareDocumentPosition(yours) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text(el, 'organizer')).to.equal('Organized by STRV Meetups');
    expect($(el, '[part="organizer"] a')!.getAttribute('href')).to.equal('https://www.meetup.com/STRV-Meetups/');
  });

  it('039 (Eventbrite): online, in Prague time, and in the viewer’s; in Russian too', async () => {
    const doc = await real('039-eventbrite-education-online-keys-last.json');
    let el = await render<EventCard>('event-card', doc);
    expect(text(el, 'attendance')).to.equal('Online');
    expect(text(el, 'viewer-time')).to.match(/^Your time: Thu,? 9:00\s?–\s?11:00\sAM$/);
    expect(text(el, 'organizer')).to.equal('Organized by STRV');
    el = await render<EventCard>('event-card', doc, { lang: 'ru' });
    expect(text(el, 'attendance')).to.equal('Онлайн');
    expect(text(el, 'viewer-time')).to.match(/^Ваше время: чт,? 09:00\s?–\s?11:00$/);
    expect(text(el, 'organizer')).to.equal('Организатор: STRV');
  });

  it('044 (PDF Days): moved online says so once, with the join link and the viewer’s time', async () => {
    const el = await render<EventCard>(
      'event-card',
      await real('044-mvalvekens-pdfdays-videoobject-recordedat-movedonline.json'),
    );
    expect(text(el, 'status')).to.equal('Moved online');
    expect($(el, '[part="attendance"]') === null).to.equal(true);
    expect($(el, '[part="online"] a')!.getAttribute('href')).to.equal(
      'https://www.pdfa.org/presentation/cryptography-in-pdf-future-perspectives/',
    );
    expect(text(el, 'viewer-time')).to.match(/^Your time: Tue,? 7:00\s?–\s?7:40\sAM$/);
  });

  it('has no axe violations, light and dark, in English and Arabic', async () => {
    const doc = await real('038-meetup-virtuallocation.json');
    for (const attrs of [{ theme: 'light' }, { theme: 'dark', lang: 'ar', dir: 'rtl' }] as Record<string, string>[]) {
      const el = await render<EventCard>('event-card', doc, attrs);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<event-card> status details: real documents', () => {
  it('018 (B.B. King): "Rescheduled, was September 30, 2013"', async () => {
    const el = await render<EventCard>('event-card', await real('018-schemaorg-bbking-rescheduled-text-prices.json'));
    expect(text(el, 'status')).to.equal('Rescheduled, was September 30, 2013');
    expect($(el, '[part="attendance"]') === null).to.equal(true); // in person
    expect($(el, '[part="viewer-time"]') === null).to.equal(true); // a local time without zone
  });

  it('004 (Hi-Dive): cancelled', async () => {
    const el = await render<EventCard>('event-card', await real('004-extruct-microdata-cancelled.json'));
    expect(text(el, 'status')).to.equal('Cancelled');
    expect($(el, '.card')!.classList.contains('cancelled')).to.equal(true);
  });
});

describe('<event-card> status, badges and the viewer’s time: synthetic cases', () => {
  const berlin = {
    name: 'Synthetic talk',
    startDate: '2099-10-07T11:00:00+02:00',
    endDate: '2099-10-07T12:00:00+02:00',
    timeZone: 'Europe/Berlin',
    location: { '@type': 'Place', name: 'Hall', address: 'Berlin' },
  };

  it('in person: the viewer’s time only with viewer-time (attribute or property)', async () => {
    const el = await render<EventCard>('event-card', berlin);
    expect($(el, '[part="viewer-time"]') === null).to.equal(true);
    expect($(el, '[part="attendance"]') === null).to.equal(true);
    el.viewerTime = true;
    await el.updateComplete;
    expect(text(el, 'viewer-time')).to.match(/^Your time: Wed,? 2:00\s?–\s?3:00\sAM$/);
    const attr = await render<EventCard>('event-card', berlin, { 'viewer-time': '' });
    expect(text(attr, 'viewer-time')).to.match(/^Your time: Wed,? 2:00\s?–\s?3:00\sAM$/);
  });

  it('mixed: "Online and in person", and the viewer’s time by default; none when the zones agree', async () => {
    const mixed = {
      ...berlin,
      location: [berlin.location, { '@type': 'VirtualLocation', url: 'https://live.example/' }],
    };
    const el = await render<EventCard>('event-card', mixed);
    expect(text(el, 'attendance')).to.equal('Online and in person');
    expect(text(el, 'viewer-time')).to.match(/^Your time: Wed,? 2:00\s?–\s?3:00\sAM$/);
    const here = await render<EventCard>('event-card', {
      ...mixed,
      startDate: '2099-10-07T11:00:00-07:00',
      endDate: undefined,
      timeZone: 'America/Los_Angeles',
    });
    expect($(here, '[part="viewer-time"]') === null).to.equal(true);
  });

  it('postponed with its previous start on the same day gives the time it was; the words in German', async () => {
    const el = await render<EventCard>(
      'event-card',
      { ...berlin, eventStatus: 'EventPostponed', previousStartDate: '2099-10-07T09:00:00+02:00' },
      { lang: 'de' },
    );
    expect(text(el, 'status')).to.match(/^Verschoben, zuvor 7\. Oktober 2099 um 09:00$/);
    const scheduled = await render<EventCard>('event-card', { ...berlin, previousStartDate: '2099-09-30' });
    expect($(scheduled, '[part="status"]') === null).to.equal(true); // not said of an event that has not moved
  });

  it('organizers: each named, linked only with a URL', async () => {
    const el = await render<EventCard>('event-card', {
      ...berlin,
      organizer: [
        { '@type': 'Organization', name: 'One', url: 'https://one.example/' },
        { '@type': 'Person', name: 'Two' },
        { '@type': 'Organization', name: 'Three', url: 'javascript:alert(1)' },
      ],
    });
    expect(text(el, 'organizer')).to.equal('Organized by One, Two, Three');
    expect($$(el, '[part="organizer"] a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://one.example/']);
  });
});
