import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/event-organizers/define.js';
import type { EventOrganizers } from '../../../src/elements/event-organizers/event-organizers.js';
import { captureConsole, data, render, settled, textOf, until } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const style = (el: Element) => getComputedStyle(el);
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

const organizers = (el: Element) => $$(el, 'ul:not(.copy) > li');
const headings = (el: Element) => $$(el, '[role="heading"]').map((h) => h.textContent!.trim());
/** Each entry as [text alternative or tile text, link or ''], from the lists a screen reader reads. */
const entries = (el: Element) =>
  organizers(el).map((li) => [
    li.querySelector('img')?.alt ?? li.querySelector('.text')!.textContent!.trim(),
    li.querySelector('a')?.getAttribute('href') ?? '',
  ]);

const SEED_NAMES = [
  'Министерство природных ресурсов и экологии Российской Федерации',
  'Правительство Санкт-Петербурга (Комитет по природопользованию, охране окружающей среды и обеспечению экологической безопасности)',
  'Совет государств Балтийского моря',
  'ГГУП СФ «Минерал»',
  'Ассоциация межрегионального социально-экономического взаимодействия «Центральный Федеральный Округ»',
  'МЦСЭИ «Леонтьевский центр»',
];

/** `n` organizations; every third without a logo, every other one with a link. */
const many = (n: number) => ({
  name: 'Big fair',
  sponsor: Array.from({ length: n }, (_, i) => ({
    '@type': 'Organization',
    name: `Sponsor ${i + 1}`,
    url: i % 2 ? `https://example.org/s${i + 1}` : undefined,
    logo: i % 3 ? '/demo/images/logos/quillmark.svg' : undefined,
  })),
});

/** Moves the pointer off the element (resetMouse alone leaves it where it was in Firefox). */
async function mouseAway() {
  await sendMouse({ type: 'move', position: [innerWidth - 2, innerHeight - 2] });
  await resetMouse();
}

/**
 * Tabs from `first` until focus leaves the element, and returns the elements focused in its
 * shadow root. A button after the element catches the focus, so that it never leaves the page.
 */
async function tabStops(el: EventOrganizers, first: HTMLElement) {
  const after = document.createElement('button');
  after.textContent = 'after';
  el.after(after);
  first.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 100; i++) {
    const active = el.shadowRoot!.activeElement;
    if (!active || document.activeElement !== el || stops.includes(active)) break;
    stops.push(active);
    await sendKeys({ press: 'Tab' });
  }
  const left = document.activeElement === after;
  after.remove();
  expect(left, 'Tab leaves the element for the next stop in the page').to.equal(true);
  return stops;
}

describe('<event-organizers> with the seed event', () => {
  it('shows the six organizers in Russian, with logos as images named by the organizer, and a text tile for the one without', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('seed.ru'), { lang: 'ru' });
    expect(el.state).to.equal('ready');
    expect(headings(el)).to.deep.equal(['Организаторы']);
    expect(entries(el)).to.deep.equal(SEED_NAMES.map((name) => [name, '']));
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Организаторы');
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    const imgs = $$(el, 'img') as HTMLImageElement[];
    expect(imgs).to.have.length(5);
    expect(imgs.every((img) => img.loading === 'lazy')).to.equal(true);
    expect(imgs[0].getAttribute('src')).to.equal('/demo/images/logos/minprirody.svg');
    expect($$(el, '.text').map((t) => t.textContent)).to.deep.equal([SEED_NAMES[4]]);
    expect($$(el, 'a')).to.have.length(0); // the seed gives no URLs
  });

  it('brings every logo to one box: a common height, a capped width, nothing shifting as they load', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('seed.ru'), { lang: 'ru' });
    const imgs = $$(el, 'img') as HTMLImageElement[];
    // Before and after loading, every logo box is 160 × 48 whatever the image's own shape.
    const boxes = () => imgs.map((img) => [img.getBoundingClientRect().width, img.getBoundingClientRect().height]);
    expect(boxes()).to.deep.equal(imgs.map(() => [160, 48]));
    await until(() => imgs.every((img) => img.complete && img.naturalWidth > 0), 'the logos load');
    expect(boxes()).to.deep.equal(imgs.map(() => [160, 48]));
    expect(imgs.every((img) => style(img).objectFit === 'contain')).to.equal(true);
    // The name tile of the one without a logo: the same box.
    const tile = $(el, '.tile')!;
    expect([tile.getBoundingClientRect().width, tile.getBoundingClientRect().height]).to.deep.equal([160, 48]);
    el.style.setProperty('--event-organizers-logo-height', '30px');
    expect(imgs[0].getBoundingClientRect().height).to.equal(30);
  });
});

describe('<event-organizers> roles', () => {
  it('shows organizers, sponsors and funders of the English sample under their headings, linked safely', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), { lang: 'en' });
    expect(headings(el)).to.deep.equal(['Organizers', 'Sponsors', 'Funders']);
    expect($$(el, 'ul').map((ul) => ul.getAttribute('aria-label'))).to.deep.equal([
      'Organizers',
      'Sponsors',
      'Funders',
    ]);
    expect(entries(el)).to.deep.equal([
      ['Northlight Web Guild', 'https://example.org/northlight'],
      ['Harbour Code Collective', 'https://example.org/harbour-code'],
      ['Amberline Cloud', 'https://example.com/amberline'],
      ['Quillmark Software', 'https://example.com/quillmark'],
      ['Fernwave Labs', 'https://example.com/fernwave'],
      ['Pinecone Data Works', 'https://example.com/pinecone'],
      ['Open Harbour Web Fund', 'https://example.org/open-harbour-fund'],
    ]);
    expect($$(el, 'a').every((a) => a.getAttribute('rel') === 'noopener')).to.equal(true);
    // The name under the logo is for the eyes only: the image's alt already names the link.
    expect($$(el, '.name').every((n) => n.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('selects and orders roles with `roles`, and hides the heading with `no-heading`', async () => {
    const sample = await data('sample.en');
    let el = await render<EventOrganizers>('event-organizers', sample, { roles: 'sponsor organizer' });
    expect(headings(el)).to.deep.equal(['Sponsors', 'Organizers']);
    expect(organizers(el)).to.have.length(6);
    el = await render<EventOrganizers>('event-organizers', sample, { roles: 'funders bogus funder' });
    expect(headings(el)).to.deep.equal(['Funders']);
    el = await render<EventOrganizers>('event-organizers', sample, { roles: 'sponsor', 'no-heading': '' });
    expect(headings(el)).to.deep.equal([]);
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Sponsors'); // still named for screen readers
    expect(organizers(el)).to.have.length(4);
    el = await render<EventOrganizers>('event-organizers', sample, { 'heading-level': '3' });
    expect($$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
  });

  it('is empty when no one has the selected roles, and follows later changes of `roles`', async () => {
    let el = await render<EventOrganizers>('event-organizers', { name: 'Alone', organizer: [] });
    expect(el.state).to.equal('empty');
    el = await render<EventOrganizers>('event-organizers', await data('seed.ru'), { roles: 'sponsor funder' });
    expect(el.state).to.equal('empty');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.root')).to.equal(null);
    el.roles = 'organizer';
    await until(() => el.state === 'ready', 'ready after roles change');
    await el.updateComplete;
    expect(organizers(el)).to.have.length(6);
    el.setAttribute('roles', 'funder');
    await until(() => el.state === 'empty', 'empty after roles change');
    el.removeAttribute('roles'); // back to all three
    await until(() => el.state === 'ready', 'ready without roles');
    await el.updateComplete;
    expect(organizers(el)).to.have.length(6);
  });

  it('shows a Person organizer by photo, as a round picture, and a plain-text organizer as a tile', async () => {
    const el = await render<EventOrganizers>('event-organizers', {
      name: 'Talk',
      organizer: [
        {
          '@type': 'Person',
          givenName: 'Hannah',
          familyName: 'Okafor',
          image: '/demo/images/people/hannah-okafor.svg',
          url: 'https://example.org/hannah',
        },
        'Plain Text Org',
      ],
    });
    expect(entries(el)).to.deep.equal([
      ['Hannah Okafor', 'https://example.org/hannah'],
      ['Plain Text Org', ''],
    ]);
    const photo = $(el, 'img')!;
    expect(photo.closest('li')!.classList.contains('Person')).to.equal(true);
    expect(style(photo).borderRadius).to.equal('50%');
    expect(photo.getBoundingClientRect().width).to.equal(48);
  });
});

describe('<event-organizers> missing and broken logos', () => {
  it('shows a text tile when a logo fails to load, never a broken image, and logs nothing', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.message);
    window.addEventListener('error', onError);
    let el!: EventOrganizers;
    const { errors, warnings } = await captureConsole(async () => {
      el = await render<EventOrganizers>('event-organizers', {
        name: 'Broken',
        startDate: '2027-05-01',
        sponsor: [
          { name: 'Gone Ltd', url: 'https://example.org/gone', logo: '/demo/images/logos/no-such-logo.svg' },
          { name: 'Fine Ltd', logo: '/demo/images/logos/quillmark.svg' },
          { name: 'Nothing Ltd' },
        ],
      });
      await until(() => $$(el, '.text').length === 2, 'the broken logo turns into a text tile');
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(thrown).to.deep.equal([]);
    expect($$(el, '.text').map((t) => t.textContent)).to.deep.equal(['Gone Ltd', 'Nothing Ltd']);
    expect(($$(el, 'img') as HTMLImageElement[]).map((i) => i.alt)).to.deep.equal(['Fine Ltd']);
    // The link keeps its name (the initials badge is hidden from assistive technology).
    expect($(el, 'a .text')!.textContent).to.equal('Gone Ltd');
    expect($(el, 'a .initials')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('<event-organizers> layouts', () => {
  it('wraps in centred rows by default, and every link is reached by Tab', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'));
    const ul = $(el, 'ul')!;
    expect(style(ul).flexWrap).to.equal('wrap');
    expect(style(ul).justifyContent).to.equal('center');
    const links = $$(el, 'a');
    expect(await tabStops(el, links[0])).to.deep.equal(links);
    el.layout = 'bogus' as EventOrganizers['layout'];
    await el.updateComplete;
    expect($(el, '.strip')!.classList.contains('wrap')).to.equal(true);
    expect([...el.attributes].map((a) => a.name)).to.deep.equal([]); // the host page's element is left as it was
  });

  it('row: one scrolling row with snapping, a focusable labelled scroller that the keyboard scrolls', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"></div>`);
    const el = document.createElement('event-organizers') as EventOrganizers;
    el.layout = 'row';
    el.roles = 'sponsor';
    el.event = await data('sample.en');
    wrapper.append(el);
    await settled(el);
    const scroller = $(el, '.scroller')!;
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('Sponsors');
    expect(style(scroller).scrollSnapType).to.match(/^x mandatory/);
    expect(style(scroller.querySelector('li')!).scrollSnapAlign).to.match(/center/);
    const tops = organizers(el).map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1); // one row
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(320);
    scroller.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => scroller.scrollLeft > 0, 'ArrowRight scrolls the row');
    await expect(el).to.be.accessible();
  });

  it('marquee: loops a hidden copy that is neither read nor tabbable, and its button pauses it', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), {
      layout: 'marquee',
      roles: 'sponsor',
    });
    const track = $(el, '.track')!;
    const copy = $(el, 'ul.copy')!;
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.hasAttribute('inert')).to.equal(true);
    expect(copy.hasAttribute('aria-label')).to.equal(false);
    expect(copy.textContent!.replace(/\s+/g, '')).to.equal($(el, 'ul:not(.copy)')!.textContent!.replace(/\s+/g, ''));
    expect(style(track).animationName).to.equal('marquee');
    expect(style(track).animationPlayState).to.equal('running');
    // 4 sponsors at 3 s each
    expect(style(track).animationDuration).to.equal('12s');
    const links = $$(el, 'ul:not(.copy) a');
    const button = $(el, 'button')!;
    expect(await tabStops(el, button)).to.deep.equal([button, ...links]);

    expect(button.textContent!.trim()).to.equal('Pause');
    button.click();
    await el.updateComplete;
    expect(style(track).animationPlayState).to.equal('paused');
    expect(button.textContent!.trim()).to.equal('Play');
    button.click();
    await el.updateComplete;
    expect(style(track).animationPlayState).to.equal('running');
    await expect(el).to.be.accessible();
  });

  it('marquee: chosen after the logos show, it takes over once its code is there', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), { roles: 'sponsor' });
    expect($(el, '.track')).to.equal(null);
    el.layout = 'marquee';
    await until(() => !!$(el, '.track'), 'the marquee');
    expect(style($(el, '.track')!).animationName).to.equal('marquee');
    expect($(el, 'button')!.textContent!.trim()).to.equal('Pause');
  });

  it('marquee: pauses on hover and while a logo has focus', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), {
      layout: 'marquee',
      lang: 'ru',
    });
    const tracks = $$(el, '.track');
    expect(tracks).to.have.length(3);
    const track = tracks[1];
    expect($(el, 'button')!.textContent!.trim()).to.equal('Пауза');
    const box = $$(el, '.viewport')[1].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    try {
      await until(() => style(track).animationPlayState === 'paused', 'hover pauses');
      expect(style(tracks[0]).animationPlayState).to.equal('running');
    } finally {
      await mouseAway();
    }
    await until(() => style(track).animationPlayState === 'running', 'runs again after the hover');
    track.querySelector('a')!.focus();
    expect(style(track).animationPlayState).to.equal('paused');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    expect(style(track).animationPlayState).to.equal('running');
  });

  it('marquee: stands still under prefers-reduced-motion, with every logo shown once and no button', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), { layout: 'marquee' });
    const track = $(el, '.track')!;
    const check = () => {
      expect(style(track).animationName).to.equal('none');
      expect(style($(el, '.copy')!).display).to.equal('none');
      expect(style($(el, 'button')!).display).to.equal('none');
      const ul = $(el, 'ul')!;
      expect(style(ul).flexWrap).to.equal('wrap');
      expect(ul.scrollWidth).to.be.at.most(el.getBoundingClientRect().width);
    };
    let emulated = true;
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      emulated = false; // the engine's driver cannot emulate it (WebDriver); see below
    }
    if (emulated) {
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        check();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      expect(style(track).animationName).to.equal('marquee');
    } else {
      // Apply the element's own reduced-motion rules, unconditionally, and check their effect.
      const root = el.shadowRoot!;
      const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
      const rules = sheets
        .flatMap((s) => [...s.cssRules])
        .filter(
          (r): r is CSSMediaRule =>
            r instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(r.conditionText),
        )
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
      const forced = new CSSStyleSheet();
      forced.replaceSync(rules.join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
      check();
    }
  });
});

describe('<event-organizers> names and monochrome', () => {
  it('shows names under the logos with `show-names`; otherwise reveals the name on hover and focus', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), { roles: 'sponsor' });
    const name = $(el, '.name')!;
    expect(name.textContent).to.equal('Amberline Cloud');
    expect(style(name).opacity).to.equal('0');
    name.closest('li')!.querySelector('a')!.focus();
    expect(style(name).opacity).to.equal('1');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    const box = name.closest('li')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 10)] });
    try {
      await until(() => style(name).opacity === '1', 'hover reveals the name');
    } finally {
      await mouseAway();
    }
    el.showNames = true;
    await el.updateComplete;
    expect(style(name).opacity).to.equal('1');
    expect(style(name).position).to.equal('static');
    expect(name.getBoundingClientRect().top).to.be.at.least($(el, 'img')!.getBoundingClientRect().bottom);
    await expect(el).to.be.accessible();
  });

  it('greys the logos with `monochrome` or the token, until hover or focus', async () => {
    const el = await render<EventOrganizers>('event-organizers', await data('sample.en'), { roles: 'sponsor' });
    const img = $(el, 'img')!;
    expect(style(img).filter).to.equal('grayscale(0)');
    // (the filter has a short transition: wait for its end)
    const filter = (value: string) =>
      until(() => style(img).filter === value, `filter ${value}, not ${style(img).filter}`);
    el.monochrome = true;
    await el.updateComplete;
    await filter('grayscale(1)');
    img.closest('a')!.focus();
    await filter('none');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await filter('grayscale(1)');
    el.monochrome = false;
    await el.updateComplete;
    el.style.setProperty('--event-organizers-monochrome', '0.5');
    await filter('grayscale(0.5)');
  });
});

describe('<event-organizers> safety, size and accessibility', () => {
  it('renders names with markup as text, and never lets javascript: or data:text/html reach the DOM', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    let el!: EventOrganizers;
    await captureConsole(async () => {
      el = await render<EventOrganizers>('event-organizers', {
        name: 'XSS',
        organizer: [
          { name: payload, url: 'javascript:window.__xss=1', logo: 'data:text/html,<script>window.__xss=1</script>' },
          { name: 'Two', url: 'data:text/html,<script>window.__xss=1</script>', logo: 'java\tscript:window.__xss=1' },
          {
            name: 'Three',
            url: ' JAVASCRIPT:window.__xss=1',
            logo: { '@type': 'ImageObject', contentUrl: 'javascript:1' },
          },
        ],
      });
    });
    await tick(50);
    expect((window as any).__xss).to.equal(undefined);
    expect($$(el, 'script')).to.have.length(0);
    expect($$(el, 'img')).to.have.length(0);
    expect($$(el, 'a')).to.have.length(0);
    expect($$(el, '.text').map((t) => t.textContent)).to.deep.equal([payload, 'Two', 'Three']);
    const attrs = $$(el, '*').flatMap((n) => [...n.attributes].map((a) => a.value));
    expect(attrs.some((v) => /javascript|data:/i.test(v))).to.equal(false);
  });

  it('lays out 60 entries in every layout, from 240 px to full width, without horizontal page scroll', async () => {
    const big = many(60);
    for (const layout of ['wrap', 'row', 'marquee']) {
      for (const width of [240, 320, 600, document.body.clientWidth]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el = document.createElement('event-organizers') as EventOrganizers;
        el.layout = layout as EventOrganizers['layout'];
        el.event = big;
        wrapper.append(el);
        await settled(el);
        const root = $(el, '.root')!;
        expect(organizers(el), layout).to.have.length(60);
        expect(el.getBoundingClientRect().width, `${layout} at ${width}`).to.equal(width);
        expect(root.scrollWidth, `${layout} at ${width}`).to.be.at.most(root.clientWidth + 1);
        expect(document.documentElement.scrollWidth, `${layout} at ${width}`).to.be.at.most(innerWidth);
      }
    }
    const el = await render<EventOrganizers>('event-organizers', big, { layout: 'marquee' });
    expect(style($(el, '.track')!).animationDuration).to.equal('180s');
    expect($$(el, '.copy li')).to.have.length(60);
    expect($$(el, 'a:not(.copy a)').filter((a) => !a.closest('[inert]'))).to.have.length(30);
  });

  it('has no axe violations in every layout, in Russian and English, light and dark, with names and monochrome', async () => {
    for (const layout of ['wrap', 'row', 'marquee']) {
      for (const [name, lang, theme] of [
        ['seed.ru', 'ru', 'light'],
        ['sample.en', 'en', 'dark'],
      ] as const) {
        const el = await render<EventOrganizers>('event-organizers', await data(name), { lang, theme, layout });
        await expect(el).to.be.accessible();
        el.showNames = el.monochrome = true;
        el.noHeading = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    }
  });

  it('is accessible while loading and in error', async () => {
    const el = await fixture<EventOrganizers>(html`<event-organizers></event-organizers>`);
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    await captureConsole(async () => {
      el.setAttribute('event', '{"name": ');
      await settled(el);
    });
    expect(el.state).to.equal('error');
    expect(textOf(el)).to.contain('not valid JSON');
    await expect(el).to.be.accessible();
  });
});
