/**
 * Performers and speakers in the widgets: the card's "With …" line, each agenda session's
 * speakers, and the announcement's speakers section. Real documents first (tests/fixtures/real/,
 * sources in SOURCES.md); then demo/data/conference.en.json, a synthetic conference written for
 * this (3 sessions, 4 speakers, one speaking twice, one photo that does not exist), and inline
 * synthetic edge cases, each labelled as such.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { data, render, settled, until } from '../support/fixtures.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const real = async (file: string) => (await fetch(`/tests/fixtures/real/${file}`)).text();

/** Renders a tag with a document's text, the way an editor pastes it, quietly (real data has small problems). */
async function show<T extends EventEmbedElement>(tag: string, doc: unknown, attrs: Record<string, string> = {}) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await render<T>(tag, doc, attrs);
  } finally {
    console.warn = warn;
  }
}

/** The announcement and its parts, settled. */
async function announcement(doc: unknown, attrs: Record<string, string> = {}) {
  const el = await show<EventAnnouncement>('event-announcement', doc, attrs);
  await el.updateComplete;
  for (const part of $$(el, 'event-card, event-agenda')) await settled(part as EventEmbedElement);
  return el;
}

/**
 * Waits until the photos have loaded or failed (and their error handlers have run), for at most
 * 3 s: a lazy photo out of view may not load at all.
 */
async function photosSettled(root: Element) {
  const imgs = [...root.shadowRoot!.querySelectorAll('img')];
  const each = imgs.map((img) =>
    img.complete
      ? undefined
      : new Promise((r) => {
          img.addEventListener('load', r, { once: true });
          img.addEventListener('error', () => setTimeout(r), { once: true });
        }),
  );
  await Promise.race([Promise.all(each), new Promise((r) => setTimeout(r, 3000))]);
  await new Promise((r) => setTimeout(r, 50));
}

describe('performers on the card: real documents', () => {
  it('006 Songkick: "With" the MusicGroup, linked to its Songkick page, initials without a photo', async () => {
    const card = await show('event-card', await real('006-songkick-elysian-fields-owl.json'), { lang: 'en' });
    const line = $(card, '[part="performers"]')!;
    expect(text(line)).to.equal('With Elysian Fields');
    expect(line.getAttribute('aria-label')).to.equal('With');
    const link = line.querySelector('a')!;
    expect(link.textContent).to.equal('Elysian Fields');
    expect(link.getAttribute('href')).to.match(/^http:\/\/www\.songkick\.com\/artists\/236156-elysian-fields/);
    expect(line.querySelector<HTMLElement>('[part="avatar"]')!.dataset.initials).to.equal('EF');
    await expect(card).to.be.accessible();
  });

  it('043 Lisboa em Tango (Portuguese): the PerformingGroup, in Portuguese pages English strings', async () => {
    const card = await show('event-card', await real('043-lisboaemtango-pt-org-nested-danceevent.json'), {
      lang: 'pt',
    });
    expect(text($(card, '[part="performers"]'))).to.equal("With Os melhores professores e DJ's de Lisboa");
    // No URL: the name is text, not a link.
    expect(!$(card, '[part="performers"] a')).to.equal(true);
  });

  it('035 SITCON: a performer who is the organizer is not repeated on the card', async () => {
    const card = await show('event-card', await real('035-sitcon-zh-eventvenue-offers.json'), { lang: 'zh' });
    expect(card.state).to.equal('ready');
    expect(!$(card, '[part="performers"]')).to.equal(true);
  });

  it('002 extruct microdata: the MusicGroup whose events these are is their performer', async () => {
    const card = await show('event-card', await real('002-extruct-microdata-musicgroup-events.json'));
    expect(text($(card, '[part="performers"]'))).to.equal('With Foo Fighters');
    expect($(card, '[part="performers"] [part="avatar"]')!.dataset.initials).to.equal('FF');
  });

  it('008 Songkick: the headliner and the support act, in the order given', async () => {
    const card = await show('event-card', await real('008-songkick-years-and-years-nested-arrays.json'));
    expect($$(card, '[part="performers"] .name').map((n) => n.textContent)).to.deep.equal(['Years & Years', 'Shamir']);
  });
});

describe('performers and speakers: real documents in the announcement', () => {
  it('045 mpj.io: the speaker of a talk is its one speaker, linked to his site', async () => {
    const el = await announcement(await real('045-mpj-itemlist-listitem-talks.json'), { lang: 'en' });
    const speakers = $$(el, '[part="speaker"]');
    expect(speakers.map((s) => text(s))).to.deep.equal(['Abdu Mappuji']);
    expect(speakers[0].querySelector('a')!.getAttribute('href')).to.equal('https://mpj.io');
    expect(text($(el, '.people')!.previousElementSibling)).to.equal('Speakers');
    await expect(el).to.be.accessible();
  });

  it('007 Songkick: music groups make the section "Performers"', async () => {
    const el = await announcement(await real('007-extruct-output-songkick-elysianfields.json'), { lang: 'en' });
    expect(text($(el, '.people')!.previousElementSibling)).to.equal('Performers');
    expect($(el, '.people')!.getAttribute('aria-label')).to.equal('Performers');
  });

  it('035 SITCON: no speakers section when the only performer is the organizer', async () => {
    const el = await announcement(await real('035-sitcon-zh-eventvenue-offers.json'), { lang: 'zh' });
    expect(el.state).to.equal('ready');
    expect(!$(el, 'section.speakers')).to.equal(true);
    expect(!!$(el, 'section.organizers')).to.equal(true);
  });
});

describe('speakers: a synthetic conference (demo/data/conference.en.json)', () => {
  it('the agenda: each session its speakers, with role or job title, links, and initials for a broken photo', async () => {
    const el = await show('event-agenda', await data('conference.en'), { lang: 'en' });
    await photosSettled(el);
    const sessions = $$(el, '[part="speakers"]');
    expect(sessions.map((s) => [...s.children].map((li) => text(li)))).to.deep.equal([
      ['Maarja Kivistik, Principal Engineer, Northlight Web Guild'],
      ['Tomas Vilkaitis, Design Systems Lead, Amberline Cloud', 'Priya Raman, Accessibility Specialist'],
      ['Hannah Okafor, Moderator', 'Maarja Kivistik'],
    ]);
    const [tomas, priya] = sessions[1].querySelectorAll<HTMLElement>('[part="avatar"]');
    // The photo that loads is shown over the initials; the one that fails is removed, the initials stay.
    expect(tomas.querySelector('img')!.getAttribute('src')).to.equal('/demo/images/people/tomas-vilkaitis.svg');
    expect(!priya.querySelector('img')).to.equal(true);
    expect(priya.dataset.initials).to.equal('PR');
    // The style sheet draws them (Firefox gives the computed value as written, unresolved).
    expect(['"PR"', 'attr(data-initials)']).to.include(getComputedStyle(priya, '::before').content);
    expect(priya.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(priya.getAttribute('aria-hidden')).to.equal('true');
    // Hannah has no photo at all: initials; her name links to her page.
    const hannah = sessions[2].children[0];
    expect(hannah.querySelector<HTMLElement>('[part="avatar"]')!.dataset.initials).to.equal('HO');
    expect(hannah.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/people/hannah-okafor');
    await expect(el).to.be.accessible();
  });

  it('the announcement: four speakers, each once, with the sessions they give', async () => {
    const el = await announcement(await data('conference.en'), { lang: 'en', sections: 'card speakers agenda' });
    await photosSettled(el);
    const speakers = $$(el, '[part="speaker"]');
    expect(
      speakers.map((s) => [
        text(s.querySelector('[part="speaker-name"]')),
        text(s.querySelector('[part="speaker-role"]')),
        [...s.querySelectorAll('[part="speaker-sessions"] li')].map((li) => text(li)),
      ]),
    ).to.deep.equal([
      // The event's keynote speaker (a PerformanceRole) is the same @id as in two sessions.
      [
        'Maarja Kivistik',
        'Keynote, Northlight Web Guild',
        ['Opening keynote: Accessible by default', 'Panel: Testing with real users'],
      ],
      ['Tomas Vilkaitis', 'Design Systems Lead, Amberline Cloud', ['Workshop: Forms that everyone can fill in']],
      ['Priya Raman', 'Accessibility Specialist', ['Workshop: Forms that everyone can fill in']],
      ['Hannah Okafor', 'Moderator', ['Panel: Testing with real users']],
    ]);
    expect(speakers[0].querySelector('a')!.getAttribute('href')).to.equal('https://example.org/people/maarja-kivistik');
    expect(!speakers[2].querySelector('img')).to.equal(true);
    expect(speakers[2].querySelector<HTMLElement>('[part="avatar"]')!.dataset.initials).to.equal('PR');
    expect(text(speakers[0].querySelector('[part="speaker-sessions"] > span'))).to.equal('Sessions');
    // The section sits where the sections attribute puts it, with its heading one level below the card's.
    expect($$(el, 'section').map((s) => s.className)).to.deep.equal(['card', 'speakers', 'agenda']);
    const heading = $(el, 'section.speakers [part="heading"]')!;
    expect([heading.textContent, heading.getAttribute('aria-level')]).to.deep.equal(['Speakers', '3']);
    // The card names the event's own performer: the keynote speaker.
    const card = $(el, 'event-card')!;
    expect(text($(card, '[part="performers"]'))).to.equal('With Maarja Kivistik');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language: German and Arabic', async () => {
    const de = await announcement(await data('conference.en'), { lang: 'de' });
    expect(text($(de, 'section.speakers [part="heading"]'))).to.equal('Vortragende');
    expect(text($(de, '[part="speaker-sessions"] > span'))).to.equal('Beiträge');
    expect(text($($(de, 'event-card')!, '[part="performers"] > li'))).to.equal('Mit');
    const ar = await announcement(await data('conference.en'), { lang: 'ar' });
    expect(text($(ar, 'section.speakers [part="heading"]'))).to.equal('المتحدثون');
    expect(text($($(ar, 'event-card')!, '[part="performers"] > li'))).to.equal('بمشاركة');
  });

  it('mirrors right to left: the photo is on the right of the name', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 800px"></div>`);
    const el = document.createElement('event-announcement') as EventAnnouncement;
    el.event = await data('conference.en');
    wrapper.append(el);
    await settled(el);
    await el.updateComplete;
    const speaker = $(el, '[part="speaker"]')!;
    const avatar = speaker.querySelector('[part="avatar"]')!.getBoundingClientRect();
    const name = speaker.querySelector('[part="speaker-name"]')!.getBoundingClientRect();
    expect(avatar.left, 'avatar right of the name').to.be.at.least(name.right - 0.5);
    // The first speaker starts at the right edge of the list.
    const list = $(el, '.people')!.getBoundingClientRect();
    expect(speaker.getBoundingClientRect().right).to.be.closeTo(list.right, 1);
    const card = $(el, 'event-card')!;
    await settled(card as EventEmbedElement);
    const [label, first] = $$(card, '[part="performers"] > li');
    expect(label.getBoundingClientRect().left, '"With" right of the names').to.be.at.least(
      first.getBoundingClientRect().right - 0.5,
    );
  });

  it('is themable: ::part and the avatar tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .themed event-announcement::part(speaker-name) {
          color: rgb(200, 0, 0);
        }
        .themed event-announcement {
          --event-announcement-avatar-size: 80px;
          --event-embed-avatar-radius: 0px;
        }
      </style>
      <div class="themed"></div>
    </div>`);
    const el = document.createElement('event-announcement') as EventAnnouncement;
    el.event = await data('conference.en');
    wrapper.querySelector('.themed')!.append(el);
    await settled(el);
    await el.updateComplete;
    const name = $(el, '[part="speaker-name"]')!;
    expect(getComputedStyle(name).color).to.equal('rgb(200, 0, 0)');
    const avatar = $(el, '[part="speaker"] [part="avatar"]')!;
    expect(avatar.getBoundingClientRect().width).to.be.closeTo(80, 0.5);
    expect(getComputedStyle(avatar).borderTopLeftRadius).to.equal('0px');
  });
});

describe('speakers: synthetic edge cases', () => {
  it('(synthetic) a javascript: url gives no link, anywhere', async () => {
    const doc = {
      '@type': 'Event',
      name: 'Talks',
      startDate: '2027-03-01T18:00:00+02:00',
      location: 'Hall',
      performer: { '@type': 'Person', name: 'Eve Evil', url: 'javascript:alert(1)' },
      subEvent: [{ name: 'Talk', performer: { '@type': 'Person', name: 'Eve Evil', url: 'javascript:alert(1)' } }],
    };
    const el = await announcement(doc);
    const card = $(el, 'event-card')!;
    const agenda = $(el, 'event-agenda')!;
    for (const root of [el, card, agenda]) {
      expect(
        $$(root, 'a')
          .map((a) => a.getAttribute('href'))
          .filter((h) => /javascript/i.test(h ?? '')),
      ).to.deep.equal([]);
    }
    expect(text($(card, '[part="performers"]'))).to.equal('With Eve Evil');
    expect(!$(card, '[part="performers"] a')).to.equal(true);
    expect(!$(agenda, '[part="speakers"] a')).to.equal(true);
    expect($(el, '[part="speaker-name"]')!.localName).to.equal('span');
  });

  it('(synthetic) names as markup stay text, and odd names get sensible initials', async () => {
    const payload = '<img src=x onerror="window.__xssSpeakers=1">';
    const el = await announcement({
      '@type': 'Event',
      name: 'x',
      subEvent: [
        {
          name: 'A',
          performer: [{ name: payload, jobTitle: payload }, { name: '“Élodie” de la Tour' }, { name: '李小龍' }],
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __xssSpeakers?: number }).__xssSpeakers).to.equal(undefined);
    expect($$(el, '[part="speaker-name"]').map((n) => n.textContent)).to.deep.equal([
      payload,
      '“Élodie” de la Tour',
      '李小龍',
    ]);
    expect($$(el, '[part="speaker"] [part="avatar"]').map((a) => a.dataset.initials)).to.deep.equal(['IO', 'ÉT', '李']);
  });

  it('(synthetic) many performers: the card names eight and counts the others', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `Band ${i + 1}`);
    const card = await render('event-card', {
      '@type': 'MusicEvent',
      name: 'Festival',
      startDate: '2027-07-01',
      performer: names.map((name) => ({ '@type': 'MusicGroup', name })),
    });
    expect($$(card, '[part="performers"] .name').map((n) => n.textContent)).to.deep.equal(names.slice(0, 8));
    expect(text($$(card, '[part="performers"] > li').at(-1))).to.equal('+3');
  });

  it('(synthetic) the card keeps its performers line as it is while it updates (a broken photo stays initials)', async () => {
    const card = await render('event-card', {
      '@type': 'Event',
      name: 'Talk',
      startDate: '2027-03-01',
      description: 'Long. '.repeat(100),
      performer: { '@type': 'Person', name: 'Priya Raman', image: '/demo/images/people/no-such-photo.svg' },
    });
    const avatar = $(card, '[part="performers"] [part="avatar"]')!;
    await until(() => !avatar.querySelector('img'), 'the broken photo is removed');
    $(card, '[part="more"]')!.click();
    await card.updateComplete;
    expect($(card, '[part="more"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(card, '[part="performers"] [part="avatar"]') === avatar, 'the same avatar').to.equal(true);
    expect(avatar.querySelectorAll('img').length).to.equal(0);
  });

  it('(synthetic) without "speakers" in the sections attribute, no section; added later, it appears', async () => {
    const el = await announcement(await data('conference.en'), { sections: 'card agenda' });
    expect(!$(el, 'section.speakers')).to.equal(true);
    el.sections = 'speakers card';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect($$(el, 'section').map((s) => s.className)).to.deep.equal(['speakers', 'card']);
  });

  it('(synthetic) an event without performers loads no speakers code and shows no performers line', async () => {
    const el = await announcement({ '@type': 'Event', name: 'Quiet', startDate: '2027-03-01' });
    expect(!$(el, 'section.speakers')).to.equal(true);
    expect(!$($(el, 'event-card')!, '[part="performers"]')).to.equal(true);
  });
});
