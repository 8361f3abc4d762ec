import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/event-agenda/define.js';
import type { EventAgenda } from '../../../src/elements/event-agenda/event-agenda.js';
import { captureConsole, data, render, settled, textOf, until } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The titles of the items shown (laid out, not only without `hidden`). */
const titles = (el: Element) =>
  $$(el, '.item')
    .filter((li) => li.getClientRects().length)
    .map((li) => text(li.querySelector('[part="title"]')));
const marked = (el: Element, mark: string) => $$(el, `[data-mark="${mark}"] [part="title"]`).map(text);
const at = (iso: string) => Date.parse(iso);

/** Opens a session's calendar menu and waits for its links (the calendar code loads on first open). */
async function openCalendar(details: HTMLDetailsElement) {
  details.open = true;
  await oneEvent(details, 'toggle');
  await until(() => details.querySelector('a'), 'calendar links');
  return [...details.querySelectorAll('a')];
}

/** A long agenda: `n` sessions over `days` days (in turn) in three rooms (three at a time), every tenth by Ada Kivistik. */
function conference(n: number, days = 3) {
  const rooms = ['Hall A', 'Hall B', 'Lab'];
  return {
    name: 'Big conference',
    startDate: '2027-09-14T09:00:00+03:00',
    timeZone: 'Europe/Tallinn',
    location: { name: 'Harbour Light Conference Centre' },
    subEvent: Array.from({ length: n }, (_, i) => {
      const day = 14 + (i % days);
      const slot = Math.floor(i / days);
      const start = `2027-09-${day}T${String(9 + Math.floor(slot / 3)).padStart(2, '0')}:${['00', '20', '40'][slot % 3]}:00+03:00`;
      return {
        name: `Session ${i + 1}`,
        startDate: start,
        location: { name: rooms[Math.floor(i / 3) % 3] },
        performer: { '@type': 'Person', name: i % 10 ? `Speaker ${i + 1}` : 'Ada Kivistik' },
      };
    }),
  };
}

describe('<event-agenda> with the seed event (untimed, Russian)', () => {
  it('lists the questions in the given order, without times, zone or filters', async () => {
    const seed = await data('seed.ru');
    const el = await render<EventAgenda>('event-agenda', seed, { lang: 'ru' });
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(seed.subEvent.map((s: { name: string }) => s.name));
    expect($(el, 'ol')!.localName).to.equal('ol');
    expect($$(el, '[part="time"]').every((p) => p.hidden && !p.getClientRects().length)).to.equal(true);
    expect($(el, '[part="zone"]')).to.equal(null);
    expect($(el, '[part="day"]')).to.equal(null);
    expect($(el, '[part="filters"]')).to.equal(null);
    expect($(el, 'details')).to.equal(null); // nothing to put in a calendar without a time
    const last = $$(el, '.item').at(-1)!;
    expect(text(last.querySelector('[part="speakers"]'))).to.equal(
      'Международный консорциум «Санкт-Петербургский кластер чистых технологий для городской среды»',
    );
    await expect(el).to.be.accessible();
  });

  it('clamps a long description behind a "more" toggle on a phone, and shows it whole when wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px" lang="ru"></div>`);
    const el = document.createElement('event-agenda') as EventAgenda;
    el.event = await data('seed.ru');
    wrapper.append(el);
    await settled(el);
    const buttons = $$(el, '[part="more"]');
    expect(buttons).to.have.length(1);
    const [more] = buttons;
    const description = more.previousElementSibling as HTMLElement;
    expect(description.textContent).to.match(/^Комплексное внедрение/);
    expect(description.classList.contains('clamp')).to.equal(true);
    const clamped = description.getBoundingClientRect().height;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(text(more)).to.equal('Показать полностью');
    more.focus();
    await sendKeys({ press: 'Enter' });
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Свернуть');
    expect(description.getBoundingClientRect().height).to.be.above(clamped);
    await sendKeys({ press: 'Enter' });
    expect(description.getBoundingClientRect().height).to.equal(clamped);
    wrapper.style.width = '800px';
    expect(more.getBoundingClientRect().height).to.equal(0); // no toggle needed
    expect(description.scrollHeight).to.be.at.most(description.clientHeight);
  });
});

describe('<event-agenda> with a timed three-day conference (English, viewer in Los Angeles)', () => {
  it('shows venue times, states the zone, and groups the days', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en' });
    expect(text($(el, '[part="zone"]'))).to.match(/^Times are in (Eastern European Summer Time|GMT\+03:00)$/);
    expect($$(el, '[part="day"]').map(text)).to.deep.equal([
      'Tuesday, September 14',
      'Wednesday, September 15',
      'Thursday, September 16',
    ]);
    expect($$(el, '[role="heading"]').every((h) => h.getAttribute('aria-level') === '3')).to.equal(true);
    expect($$(el, 'section')).to.have.length(3);
    expect($$(el, 'section')[0].querySelectorAll('.item')).to.have.length(7);
    const first = $$(el, '.item')[0];
    expect(text(first.querySelector('[part="time"]'))).to.match(/^9:00\sAM – 9:30\sAM$/);
    expect([...first.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2027-09-14T09:00+03:00',
      '2027-09-14T09:30+03:00',
    ]);
    const workshop = $$(el, '.item')[6];
    expect(text(workshop.querySelector('[part="time"]'))).to.match(/^1:30\sPM – 4:30\sPM$/);
    expect(text(workshop.querySelector('[part="room"]'))).to.equal('Workshop room');
    const keynote = $$(el, '.item')[1];
    expect(text(keynote.querySelector('[part="speakers"]'))).to.equal(
      'Maarja Kivistik, Principal Engineer, Northlight Web Guild',
    );
    expect(keynote.querySelector('img')!.getAttribute('src')).to.equal('/demo/images/people/maarja-kivistik.svg');
    expect(keynote.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect($$(el, '[part="calendar"]')).to.have.length(18);
    await expect(el).to.be.accessible();
  });

  it('with viewer-time, shows the viewer’s own times and days, and names that zone', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en', 'viewer-time': '' });
    expect(text($(el, '[part="zone"]'))).to.equal('Times are in Pacific Daylight Time');
    expect(text($(el, '[part="day"]'))).to.equal('Monday, September 13');
    expect(text($(el, '[part="time"]'))).to.match(/^11:00\sPM – 11:30\sPM$/);
    expect($$(el, '[part="day"]')).to.have.length(4);
    el.viewerTime = false;
    await el.updateComplete;
    expect(text($(el, '[part="day"]'))).to.equal('Tuesday, September 14');
  });

  it('sorts timed items by start and keeps untimed ones in place', async () => {
    const el = await render<EventAgenda>('event-agenda', {
      name: 'Mixed',
      timeZone: 'Europe/Moscow',
      subEvent: [
        { name: 'Welcome' },
        { name: 'Late', startDate: '2030-05-01T16:00' },
        { name: 'Floating note' },
        { name: 'Early', startDate: '2030-05-01T10:00', endDate: '2030-05-01T11:00' },
      ],
    });
    expect(titles(el)).to.deep.equal(['Welcome', 'Early', 'Floating note', 'Late']);
    expect($$(el, '[part="time"]:not([hidden])').map(text)).to.satisfy(
      ([a, b]: string[]) => /^10:00\sAM – 11:00\sAM$/.test(a) && /^4:00\sPM$/.test(b),
    );
    expect(text($(el, '[part="zone"]'))).to.match(/Moscow Standard Time|GMT\+03:00/);
  });

  it('adds a single session to a calendar, at its time and in its room at the venue', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en' });
    const details = $$(el, '[part="calendar"]')[1] as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('Add to calendar');
    const links = await openCalendar(details);
    expect(links).to.have.length(4);
    const ics = decodeURIComponent(links[0].href.slice(links[0].href.indexOf(',') + 1));
    expect(ics).to.contain('\r\nSUMMARY:Opening keynote: The web platform in 2030\r\n');
    expect(ics).to.contain('\r\nDTSTART:20270914T063000Z\r\n');
    expect(ics).to.contain('\r\nDTEND:20270914T071500Z\r\n');
    expect(ics.replace(/\r\n /g, '')).to.contain('LOCATION:Hall A\\, Harbour Light Conference Centre\\, Näidise tn 1');
    expect(new URL(links[1].href).searchParams.get('dates')).to.equal('20270914T063000Z/20270914T071500Z');
    // Two sessions are two calendar events, not one event overwritten.
    const other = $$(el, '[part="calendar"]')[2] as HTMLDetailsElement;
    await openCalendar(other);
    const uid = (d: Element) => /UID:(\S+)/.exec(decodeURIComponent(d.querySelector('a')!.href))![1];
    expect(uid(details)).not.to.equal(uid(other));
    await expect(el).to.be.accessible();
  });
});

describe('<event-agenda> now and next', () => {
  it('marks the current and next sessions at the time given, without rendering again', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en' });
    const items = $$(el, '.item');
    el.now = at('2027-09-14T10:40:00+03:00');
    expect(marked(el, 'now')).to.deep.equal([
      'Shipping custom elements without a framework',
      'Designing for slow networks',
    ]);
    expect(marked(el, 'next')).to.deep.equal(['Coffee break']);
    expect($$(el, '[aria-current="time"]')).to.have.length(2);
    expect(text(items[2].querySelector('[part="badge"]'))).to.equal('Now');
    expect(text(items[4].querySelector('[part="badge"]'))).to.equal('Next');
    await expect(el).to.be.accessible();

    el.now = at('2027-09-14T11:20:00+03:00');
    expect(marked(el, 'now')).to.deep.equal(['Coffee break']);
    expect(marked(el, 'next')).to.deep.equal(['Time zones are hard: lessons from calendar widgets']);
    expect(text(items[2].querySelector('[part="badge"]'))).to.equal('');
    expect(items[2].hasAttribute('aria-current')).to.equal(false);
    // The same elements: only the marks moved.
    expect($$(el, '.item').every((li, i) => li === items[i])).to.equal(true);

    el.now = at('2027-09-14T12:45:00+03:00'); // lunch: nothing on, the workshop is next
    expect(marked(el, 'now')).to.deep.equal([]);
    expect(marked(el, 'next')).to.deep.equal(['Workshop: Accessible components from scratch']);

    el.setAttribute('lang', 'ru'); // the badges follow the language (the list is made anew in it)
    await until(() => text($(el, '[part="day"]')) === 'Вторник, 14 сентября', 'Russian day headings');
    expect(text($$(el, '.item')[6].querySelector('[part="badge"]'))).to.equal('Далее');
  });

  it('marks nothing before the event or after it', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en' });
    el.now = at('2027-09-13T12:00:00+03:00');
    expect($$(el, '[data-mark="now"], [data-mark="next"]')).to.have.length(0);
    el.now = at('2027-09-16T14:00:00+03:00');
    expect($$(el, '[data-mark="now"], [data-mark="next"]')).to.have.length(0);
    el.now = at('2027-09-16T13:59:00+03:00');
    expect(marked(el, 'now')).to.deep.equal(['Closing keynote and farewell']);
  });

  it('follows the real clock: the marks move when a session ends', async function () {
    // A page in a background tab of a busy engine may have its timers held back for seconds
    // (Firefox's budget throttling): the mark must move, however late the timer fires.
    this.timeout(30_000);
    const t = Date.now() + 1500; // time enough to render first, even on a busy machine
    const iso = (ms: number) => new Date(ms).toISOString();
    const el = await render<EventAgenda>('event-agenda', {
      name: 'Live',
      subEvent: [
        { name: 'A', startDate: iso(t - 36e5), endDate: iso(t) },
        { name: 'B', startDate: iso(t), endDate: iso(t + 36e5) },
      ],
    });
    expect(marked(el, 'now')).to.deep.equal(['A']);
    expect(marked(el, 'next')).to.deep.equal(['B']);
    await until(() => marked(el, 'now')[0] === 'B', 'B is on', 25_000);
    expect(marked(el, 'now')).to.deep.equal(['B']);
    expect(marked(el, 'next')).to.deep.equal([]);
  });
});

describe('<event-agenda> filters and search on a long agenda', () => {
  it('filters by day and room, and searches titles and speakers, by keyboard', async () => {
    const el = await render<EventAgenda>('event-agenda', conference(30), { lang: 'en' });
    const count = $(el, '[role="status"]')!;
    expect(text(count)).to.equal('Showing 30 of 30');
    const [day, room] = $$(el, 'select') as HTMLSelectElement[];
    expect([...day.options].map((o) => o.text)).to.deep.equal([
      'All days',
      'Tuesday, September 14',
      'Wednesday, September 15',
      'Thursday, September 16',
    ]);
    expect([...room.options].map((o) => o.text)).to.deep.equal(['All rooms', 'Hall A', 'Hall B', 'Lab']);

    day.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(day.selectedIndex).to.equal(1);
    expect(titles(el)).to.have.length(10);
    expect(text(count)).to.equal('Showing 10 of 30');
    expect($$(el, 'section').map((s) => s.hidden)).to.deep.equal([false, true, true]);

    room.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(room.value).to.equal('1');
    // Day 1 (sessions 1, 4, 7, …) in Hall B (sessions 2, 5, 8, …): 4, 13, 22.
    expect(titles(el)).to.deep.equal(['Session 4', 'Session 13', 'Session 22']);
    expect(text(count)).to.equal('Showing 3 of 30');

    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'kivist' });
    expect(titles(el)).to.deep.equal([]);
    expect(text(count)).to.equal('Showing 0 of 30');
    expect($$(el, 'section').every((s) => s.hidden)).to.equal(true);
    await expect(el).to.be.accessible();

    day.focus();
    await sendKeys({ press: 'ArrowUp' });
    room.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(titles(el)).to.deep.equal(['Session 1', 'Session 11', 'Session 21']); // Ada Kivistik's
    search.focus();
    search.select();
    await sendKeys({ type: 'SION 2' }); // (WebKitWebDriver drops a repeated letter: none here)
    expect(titles(el).sort()).to.deep.equal([
      'Session 2',
      'Session 20',
      'Session 21',
      'Session 22',
      'Session 23',
      'Session 24',
      'Session 25',
      'Session 26',
      'Session 27',
      'Session 28',
      'Session 29',
    ]);
    expect(text(count)).to.equal('Showing 11 of 30');
    await expect(el).to.be.accessible();
  });

  it('has no filters for 20 items or fewer, and no room filter with one room', async () => {
    let el = await render<EventAgenda>('event-agenda', conference(20));
    expect($(el, '[part="filters"]')).to.equal(null);
    const one = conference(21, 1);
    for (const s of one.subEvent) s.location.name = 'Hall A';
    el = await render<EventAgenda>('event-agenda', one);
    expect($$(el, 'select')).to.have.length(0); // one day, one room
    expect($(el, 'input[type="search"]')).not.to.equal(null);
  });
});

describe('<event-agenda> bad data and states', () => {
  it('skips agenda items without a name or with bad dates, with a warning, and shows the rest', async () => {
    let el!: EventAgenda;
    const { warnings } = await captureConsole(async () => {
      el = await render<EventAgenda>('event-agenda', {
        name: 'Partly bad',
        subEvent: [
          { name: 'Good one', startDate: '2030-01-01T10:00Z' },
          { description: 'no name' },
          { name: 'Bad date', startDate: 'tomorrow' },
          'just text',
          { name: 'Also good' },
        ],
      });
    });
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Good one', 'Also good']);
    expect(warnings).to.include('event-embed <event-agenda>: subEvent[1]: an agenda item without a name is skipped');
    expect(
      warnings.some((w) => w.includes('subEvent[2]: the agenda item "Bad date" has a bad date and is skipped')),
    ).to.equal(true);
    expect(warnings.some((w) => w.includes('subEvent[3]'))).to.equal(true);
  });

  it('renders nothing for an event without an agenda, in :state(empty)', async () => {
    const el = await render<EventAgenda>('event-agenda', { name: 'No agenda', startDate: '2030-01-01' });
    expect(el.state).to.equal('empty');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(textOf(el)).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and in error', async () => {
    const el = await fixture<EventAgenda>(html`<event-agenda></event-agenda>`);
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    await captureConsole(async () => {
      el.setAttribute('event', '{"name": ');
      await settled(el);
    });
    expect(el.state).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('renders untrusted text as text', async () => {
    const payload = '<img src=x onerror="window.__xssAgenda=1">';
    const el = await render<EventAgenda>('event-agenda', {
      name: 'x',
      subEvent: [
        { name: payload, description: payload, location: payload, performer: { name: payload, jobTitle: payload } },
      ],
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__xssAgenda).to.equal(undefined);
    expect($$(el, 'img').every((img) => !img.hasAttribute('src') && img.hidden)).to.equal(true);
    expect(text($(el, '[part="title"]'))).to.equal(payload);
  });
});

describe('<event-agenda> layout', () => {
  it('puts the time above the title when narrow and beside it when wide, never overflowing', async () => {
    for (const width of [240, 320, 480, 800, 1200]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('event-agenda') as EventAgenda;
      el.event = conference(24);
      wrapper.append(el);
      await settled(el);
      el.now = at('2027-09-14T09:10:00+03:00');
      await openCalendar($(el, '[part="calendar"]') as HTMLDetailsElement);
      const root = $(el, '.root')!;
      expect(root.scrollWidth, `root at ${width}`).to.be.at.most(root.clientWidth + 1);
      const right = el.getBoundingClientRect().right + 1;
      for (const child of $$(el, '.root *')) {
        expect(child.getBoundingClientRect().right, `${child.className || child.localName} at ${width}`).to.be.at.most(
          right,
        );
      }
      const time = $(el, '[part="time"]')!.getBoundingClientRect();
      const title = $(el, '[part="title"]')!.getBoundingClientRect();
      if (width < 480) expect(time.bottom, `time above title at ${width}`).to.be.at.most(title.top + 1);
      else expect(time.right, `time beside title at ${width}`).to.be.at.most(title.left);
    }
  });

  it('has no axe violations in dark theme with marks', async () => {
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { lang: 'en', theme: 'dark' });
    el.now = at('2027-09-15T10:00:00+03:00');
    await expect(el).to.be.accessible();
  });
});
