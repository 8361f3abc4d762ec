import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { captureConsole, data, render, settled, textOf, until } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function openCalendar(el: EventCard) {
  const details = $(el, 'details') as HTMLDetailsElement;
  details.open = true;
  await oneEvent(details, 'toggle');
  // The calendar code loads on first open.
  await until(() => $$(el, '[part="calendar-menu"] a').length > 0, 'calendar links');
  return $$(el, '[part="calendar-menu"] a') as HTMLAnchorElement[];
}

describe('<event-card> with the seed event', () => {
  it('renders it in Russian, in Moscow time, wherever the viewer is', async () => {
    const el = await render<EventCard>('event-card', await data('seed.ru'), { lang: 'ru' });
    expect(el.state).to.equal('ready');
    expect($(el, '[part="title"]')!.textContent).to.equal(
      'Реализация стратегий устойчивого развития городов и регионов: от слов к делу',
    );
    const when = $(el, '[part="when"]')!.textContent!.replace(/\s+/g, ' ');
    expect(when).to.match(/23 октября 2017/);
    expect(when).to.match(/15:00\s?–\s?17:00/);
    expect($(el, '[part="zone"]')!.textContent).to.match(/Москва/);
    const times = $$(el, 'time').map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2017-10-23T15:00+03:00', '2017-10-23T17:00+03:00']);
    expect($(el, '[part="where"]')!.textContent).to.contain(
      'Park Inn by Radisson Прибалтийская, ул. Кораблестроителей, д. 14, Санкт-Петербург',
    );
    expect(($(el, '.map') as HTMLAnchorElement).href).to.contain('query=59.9516%2C30.2133');
    expect($(el, '[part="status"]')!.textContent).to.equal('Завершилось');
    expect($(el, '[part="super-event"]')!.textContent).to.contain('Стратегическое планирование');
    expect($$(el, '[part="description"] p')).to.have.length(2);
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('title');
  });

  it('clamps the long description behind a keyboard-operable toggle', async () => {
    const el = await render<EventCard>('event-card', await data('seed.ru'), { lang: 'ru' });
    const more = $(el, '[part="more"]') as HTMLButtonElement;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="description"]')!.classList.contains('clamped')).to.equal(true);
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Свернуть');
    expect($(el, '[part="description"]')!.classList.contains('clamped')).to.equal(false);
  });

  it('offers an .ics file that imports at the right time, and Google and Outlook links', async () => {
    const el = await render<EventCard>('event-card', await data('seed.ru'), { lang: 'ru' });
    const links = await openCalendar(el);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Apple Календарь, Outlook (файл .ics)',
      'Google Календарь',
      'Outlook.com',
      'Microsoft 365',
    ]);
    const [ics, google, outlook, office] = links;
    expect(ics.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(ics.getAttribute('download')).to.match(/^Реализация-стратегий.*\.ics$/);
    const file = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
    expect(file).to.contain('\r\nDTSTART:20171023T120000Z\r\n');
    expect(file).to.contain('\r\nDTEND:20171023T140000Z\r\n');
    expect(new URL(google.href).searchParams.get('dates')).to.equal('20171023T120000Z/20171023T140000Z');
    expect(new URL(outlook.href).host).to.equal('outlook.live.com');
    expect(new URL(office.href).host).to.equal('outlook.office.com');
    expect(new URL(outlook.href).searchParams.get('startdt')).to.equal('2017-10-23T12:00:00Z');
  });
});

describe('<event-card> in English', () => {
  it('renders the sample conference with its links', async () => {
    const el = await render<EventCard>('event-card', await data('sample.en'), { lang: 'en' });
    const when = $(el, '[part="when"]')!.textContent!.replace(/\s+/g, ' ');
    expect(when).to.match(/September 14, 2027.*9:00\sAM/);
    expect(when).to.match(/September 16, 2027/);
    expect($(el, '[part="zone"]')!.textContent).to.match(/Eastern European Summer Time|GMT\+3/);
    const buttons = $$(el, 'a[part="button"]').map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(buttons).to.deep.equal([
      ['Tickets', 'https://example.org/tickets'],
      ['Details', 'https://example.org/bwpd-2027'],
    ]);
    expect($(el, '[part="online"] a')!.getAttribute('href')).to.equal('https://example.org/live');
    expect($(el, '[part="status"]')).to.equal(null); // 2027: not ended yet
  });

  it('takes the language from the nearest ancestor, and follows changes of its own lang', async () => {
    const seed = await data('seed.ru');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><event-card .event=${seed}></event-card></div>`);
    const el = await settled(wrapper.querySelector('event-card')!);
    expect($(el, '[part="status"]')!.textContent).to.equal('Завершилось');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[part="status"]')!.textContent).to.equal('Ended');
    expect($(el, '[part="when"]')!.textContent).to.match(/October 23, 2017/);
  });

  it('is "ready" only once the event shows in its language, when the language changes as the data arrives', async () => {
    // What an editor's preview does: data and language set in the same task, the language's
    // strings not loaded yet (Polish: no other test in this file loads it).
    const el = document.createElement('event-card') as EventCard;
    el.event = JSON.stringify(await data('sample.en'));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el); // settles in English at once, its "ready" still to come in a microtask
    el.setAttribute('lang', 'pl');
    // Watched at every task, so that a "ready" said too early cannot slip by.
    while (el.state === 'loading') await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect($(el, '[part="title"]')?.textContent).to.contain('Baltic');
    expect($(el, '[part="when"]')!.textContent).to.match(/września/);
  });

  it('announces its event once, when the language changes in the same task as it connects', async () => {
    const el = document.createElement('event-card') as EventCard;
    el.event = JSON.stringify(await data('sample.en'));
    const heard: Event[] = [];
    el.addEventListener('event-embed-load', (e) => heard.push(e));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    el.setAttribute('lang', 'en-GB'); // English's strings, at once: settles again at once
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.state).to.equal('ready');
    expect(heard).to.have.length(1);
  });

  it('comes back to "ready" when the language is switched, then switched back before its strings arrive', async () => {
    const el = await render<EventCard>('event-card', await data('sample.en'));
    el.setAttribute('lang', 'sv'); // not loaded yet: loading again
    expect(el.state).to.equal('loading');
    el.setAttribute('lang', 'en');
    await until(() => el.state === 'ready', 'ready again, in English');
    await el.updateComplete;
    expect($(el, '[part="title"]')?.textContent).to.contain('Baltic');
  });

  it('shows statuses, "Register" for free events, "sold out", all-day and floating forms', async () => {
    const base = { name: 'Workshop', startDate: '2099-05-01', endDate: '2099-05-02' };
    let el = await render<EventCard>('event-card', { ...base, eventStatus: 'EventCancelled' });
    expect($(el, '[part="status"]')!.textContent).to.equal('Cancelled');
    expect($(el, 'details')).to.equal(null); // no calendar for a cancelled event
    expect(textOf(el)).to.match(/May 1\s?–\s?2, 2099/);
    el = await render<EventCard>('event-card', {
      ...base,
      eventStatus: 'https://schema.org/EventMovedOnline',
      offers: { url: '/r', price: '0' },
    });
    expect($(el, '[part="status"]')!.textContent).to.equal('Moved online');
    expect($(el, 'a.primary')!.textContent!.trim()).to.equal('Register');
    el = await render<EventCard>('event-card', {
      ...base,
      eventStatus: 'EventPostponed',
      offers: { availability: 'SoldOut' },
    });
    expect($(el, '[part="status"]')!.textContent).to.equal('Postponed');
    expect(textOf(el)).to.contain('Sold out');
    el = await render<EventCard>('event-card', { name: 'Local', startDate: '2099-05-01T19:30' });
    expect($(el, '[part="when"]')!.textContent).to.match(/7:30\sPM/);
    expect($(el, '[part="zone"]')).to.equal(null);
  });
});

describe('<event-card> states and messages', () => {
  it('shows a CMS editor where the JSON breaks, in the widget, and fires event-embed-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-card') as EventCard;
    el.setAttribute('event', '{"name": "Meetup", "startDate": "2027-01-01" "endDate": "2027-01-02"}');
    const { errors } = await captureConsole(async () => {
      const fired = oneEvent(wrapper, 'event-embed-error');
      wrapper.append(el);
      const event = await fired;
      expect(event.detail.message).to.equal(
        'The event data is not valid JSON: at line 1, column 46 it expects a comma or a closing }, but finds “"endDate": "2027”.',
      );
    });
    expect(el.state).to.equal('error');
    expect(el.matches(':state(error)')).to.equal(true);
    expect($(el, '[role="alert"]')!.textContent).to.contain('at line 1, column 46');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('words the message in the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
    const el = document.createElement('event-card') as EventCard;
    el.setAttribute('event', '{"@type": "Event", "startDate": "2027-01-01"}');
    await captureConsole(async () => {
      wrapper.append(el);
      await settled(el);
    });
    expect(textOf(el)).to.contain('Не удаётся показать событие');
    expect(textOf(el)).to.contain('name: у события нет названия; добавьте "name": "…".');
  });

  const cases: [string, string, RegExp][] = [
    ['empty', '   ', /The event data is empty\./],
    ['not an object', '[1, 2]', /The data holds no event/],
    ['wrong type', '{"@type": "Organization", "name": "ACME"}', /@type: “Organization” is not an event/],
    ['no name', '{"startDate": "2027-01-01"}', /name: the event has no name/],
    ['single quotes', "{'name': 'x'}", /at line 1, column 2 text is in single quotes; JSON needs double quotes/],
    [
      'trailing comma',
      '{"name": "x",}',
      /the comma at line 1, column 13 comes after the last entry, just before the closing }; remove that comma\./,
    ],
    ['unclosed', '{"name": "x"', /the { opened at line 1, column 1 is never closed; add the closing } where it ends\./],
    ['a missing comma', '{"name": "x" "url": 1}', /at line 1, column 14 it expects a comma or a closing }, but finds/],
  ];
  for (const [label, json, message] of cases) {
    it(`explains ${label}`, async () => {
      const el = document.createElement('event-card') as EventCard;
      el.setAttribute('event', json);
      await captureConsole(async () => {
        await fixture(el);
        await settled(el);
      });
      expect(el.state).to.equal('error');
      expect(textOf(el)).to.match(message);
    });
  }

  it('warns about recoverable problems in the console and renders the rest', async () => {
    let el!: EventCard;
    const { warnings } = await captureConsole(async () => {
      el = await render<EventCard>('event-card', {
        name: 'Partly bad',
        startDate: 'next Tuesday',
        url: 'javascript:alert(1)',
      });
    });
    expect(el.state).to.equal('ready');
    expect(warnings).to.include(
      'event-embed <event-card>: startDate: "next Tuesday" is not a date; expected ISO 8601 such as 2017-10-23T15:00:00+03:00',
    );
    expect(warnings.some((w) => w.includes('url: "javascript:alert(1)" is not an allowed link'))).to.equal(true);
    expect($(el, '[part="when"]')).to.equal(null);
    expect($$(el, '[href]').every((a) => !/javascript/i.test(a.getAttribute('href')!))).to.equal(true);
  });

  it('fires event-embed-load and matches :state(ready)', async () => {
    const el = document.createElement('event-card') as EventCard;
    el.event = await data('sample.en');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const fired = oneEvent(wrapper, 'event-embed-load');
    wrapper.append(el);
    const event = await fired;
    expect(event.detail.event.name).to.equal('Baltic Web Platform Days 2027');
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('reads an inline JSON-LD child, and waits in :state(loading) without data', async () => {
    const seed = await data('seed.ru');
    const el = await fixture<EventCard>(html`<event-card></event-card>`);
    expect(el.state).to.equal('loading');
    expect(el.matches(':state(loading)')).to.equal(true);
    expect($(el, '[role="status"]')!.textContent).to.equal('Loading event…');
    await expect(el).to.be.accessible();
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(seed);
    el.append(script);
    // By now (axe takes a while) the card may already say it has no data: the block replaces that.
    for (let i = 0; i < 200 && el.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 10));
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.data?.name).to.equal(seed.name);
  });

  it('renders untrusted text as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const el = await render<EventCard>('event-card', {
      name: payload,
      description: payload,
      startDate: '2099-01-01T10:00Z',
      location: { name: payload, address: payload },
      superEvent: { name: payload },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__xss).to.equal(undefined);
    expect($$(el, 'script')).to.have.length(0);
    expect($$(el, 'img')).to.have.length(0);
    expect($(el, '[part="title"]')!.textContent).to.equal(payload);
  });
});

describe('<event-card> accessibility and layout', () => {
  it('has no axe violations, ready, in Russian and English, light and dark', async () => {
    for (const [name, lang, theme] of [
      ['seed.ru', 'ru', 'light'],
      ['sample.en', 'en', 'dark'],
    ] as const) {
      const el = await render<EventCard>('event-card', await data(name), { lang, theme });
      await openCalendar(el);
      await expect(el).to.be.accessible();
    }
  });

  it('has no horizontal scrollbar from 240 px to full width', async () => {
    for (const width of [240, 320, 480, 800, 1200]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('event-card') as EventCard;
      el.event = await data('sample.en');
      wrapper.append(el);
      await settled(el);
      await openCalendar(el);
      const card = $(el, '.card')!;
      expect(el.getBoundingClientRect().width, `host at ${width}`).to.be.at.most(width);
      expect(card.scrollWidth, `card at ${width}`).to.be.at.most(card.clientWidth + 1);
      for (const child of $$(el, '.card *')) {
        expect(child.getBoundingClientRect().right, `${child.className || child.localName} at ${width}`).to.be.at.most(
          el.getBoundingClientRect().right + 1,
        );
      }
    }
  });

  it('keeps its own typography under hostile global CSS', async () => {
    const clean = await render<EventCard>('event-card', await data('seed.ru'));
    const styleOf = (el: EventCard) => {
      const s = getComputedStyle($(el, '[part="title"]')!);
      const a = getComputedStyle($(el, '.map')!);
      return [
        s.fontFamily,
        s.color,
        s.lineHeight,
        s.letterSpacing,
        s.textTransform,
        s.textAlign,
        a.color,
        el.getBoundingClientRect().height,
      ];
    };
    const before = styleOf(clean);
    const hostile = document.createElement('style');
    hostile.textContent = `
      * { font-family: "Comic Sans MS", cursive !important; color: red !important; line-height: 4 !important;
          letter-spacing: 3px !important; text-transform: uppercase !important; text-align: right !important;
          box-sizing: content-box !important; word-spacing: 10px !important; }
      html { font-size: 8px !important; }
      a { color: lime !important; text-decoration: none !important; }
      p { margin: 40px !important; }
      img { display: none !important; }
      :root { --accent: pink; --text: yellow; }`;
    document.head.append(hostile);
    try {
      const under = await render<EventCard>('event-card', await data('seed.ru'));
      expect(styleOf(under)).to.deep.equal(before);
    } finally {
      hostile.remove();
    }
  });

  it('is themed through the --event-embed-* tokens and ::part', async () => {
    const el = await render<EventCard>('event-card', await data('seed.ru'));
    el.style.setProperty('--event-embed-accent', 'rgb(200, 0, 0)');
    expect(getComputedStyle($(el, '.map')!).color).to.equal('rgb(200, 0, 0)');
    el.setAttribute('theme', 'dark');
    el.style.removeProperty('--event-embed-accent');
    expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(31, 32, 35)');
  });
});
