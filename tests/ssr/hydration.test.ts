/**
 * Pre-rendered HTML (`event-embed/ssr`) taken over by the library's hydrating entry
 * (src/hydrate.ts, dist/event-embed.hydrate.js), in every engine: the server's shadow DOM is
 * kept, node for node (nothing rendered again, the agenda's sessions and the speakers included),
 * nothing moves (every element's box measured before and after, and Chromium's layout-shift
 * entries), no console error or warning; then the widgets work: "show more", "add to calendar",
 * "share", a photo that failed before the library came.
 */
import { expect } from '@open-wc/testing';
import { hydrated, moved, prerendered, removePages } from '../support/ssr.js';

describe('pre-rendered HTML hydrated by the library', () => {
  afterEach(removePages);

  for (const [tag, data, lang] of [
    ['event-card', 'demo/data/seed.ru.json', 'ru'],
    ['event-organizers', 'demo/data/seed.ru.json', 'ru'],
    ['event-gallery', 'demo/data/seed.ru.json', 'ru'],
    ['event-agenda', 'demo/data/seed.ru.json', 'ru'],
    ['event-announcement', 'demo/data/seed.ru.json', 'ru'],
    ['event-agenda', 'demo/data/sample.en.json', 'en'],
    ['event-announcement', 'tests/fixtures/ssr/speakers.json', 'en'],
  ]) {
    it(`<${tag}> (${data.split('/').pop()}): kept node for node, nothing moves, no console error`, async () => {
      const html = await prerendered(tag, data, lang);
      const { page, win } = await hydrated(html, tag);
      expect(win.logged).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      const before: [Element, string][] = win.before;
      // What a widget does alone with a photo that fails (the seed's last one, a speaker's) is the
      // only change: the photo left out, or the speaker's initials shown.
      const failed = (x: Element) =>
        /missing\.jpg|no-such-photo/.test(x.querySelector('img')?.getAttribute('src') ?? x.getAttribute('src') ?? '');
      const gone = before.filter(([x]) => !x.isConnected).map(([x]) => x);
      expect(
        gone
          .filter((x) => !gone.some((g) => g !== x && g.contains(x)) && !failed(x))
          .map((x) => x.outerHTML.slice(0, 120)),
      ).to.deep.equal([]);
      const kept = new Set(before.map(([x]) => x));
      const added = win
        .snapshot()
        .filter(([x]: [Element]) => !kept.has(x) && x.localName !== 'script')
        .map(([x]: [Element]) => x.outerHTML.slice(0, 120));
      expect(added, 'elements made by the browser').to.deep.equal([]);
      // Nothing moved: every box where it was (those that held the failed photo aside).
      expect(moved(win, gone)).to.deep.equal([]);
      expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
      expect(win.words(), 'the text').to.equal(win.text);
    });
  }

  // What users run: the package's server module (dist/lib/ssr/) and the hydrating build, both
  // built, minified (Lit's production build shortens its private names; the templates' text is
  // minified on both sides alike).
  for (const tag of ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement']) {
    it(`<${tag}>, the shipped files (dist/lib/ssr, dist/event-embed.hydrate.js): kept, nothing moves, no error`, async () => {
      const html = await prerendered(tag, 'demo/data/seed.ru.json', 'ru', { dist: '1' });
      const { page, win, el } = await hydrated(html, tag, '', '/dist/event-embed.hydrate.js');
      expect(page.errors).to.deep.equal([]);
      expect(win.logged).to.deep.equal([]);
      const parts = [
        el,
        ...el.shadowRoot!.querySelectorAll<HTMLElement & { state: string }>(
          'event-card, event-agenda, event-organizers, event-gallery',
        ),
      ];
      expect(parts.map((x) => (x as { state?: string }).state)).to.deep.equal(parts.map(() => 'ready'));
      const before: [Element, string][] = win.before;
      const gone = before.filter(([x]) => !x.isConnected).map(([x]) => x);
      expect(
        gone.filter(
          (x) => !/missing\.jpg/.test(x.querySelector('img')?.getAttribute('src') ?? x.getAttribute('src') ?? ''),
        ).length,
        'elements replaced',
      ).to.be.at.most(gone.length ? gone.length - 1 : 0);
      expect(moved(win, gone)).to.deep.equal([]);
      expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
    });
  }

  it('then works: the card\'s "show more" and "add to calendar"', async () => {
    const { page, el } = await hydrated(await prerendered('event-card'), 'event-card');
    const root = el.shadowRoot!;
    const more = root.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('[part="description"]')!.classList.contains('clamped')).to.equal(false);
    const menu = root.querySelector<HTMLDetailsElement>('[part="calendar"]')!;
    menu.querySelector('summary')!.click();
    await page.until(() => menu.querySelector('[part="calendar-menu"]'), 'the calendar choices');
  });

  it('then works: the server\'s sessions, with "show more", their calendar menus, "share" and a failed photo', async () => {
    const html = await prerendered('event-agenda', 'tests/fixtures/ssr/speakers.json', 'en');
    const { page, el } = await hydrated(html, 'event-agenda');
    const root = el.shadowRoot!;
    const [first, second] = root.querySelectorAll<HTMLElement>('[part="item"]');
    expect((el as any).items).to.deep.equal([first, second]);
    const more = first.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.click();
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(first.querySelector('[part="description"]')!.textContent).to.match(/The end\.$/);
    const menu = first.querySelector<HTMLDetailsElement>('[part="calendar"]')!;
    menu.querySelector('summary')!.click();
    await page.until(() => menu.querySelector('[part="calendar-menu"]'), 'the session’s calendar choices');
    expect(menu.textContent).to.contain('Google');
    // The photo that could not load is gone; the initials under it show.
    expect(second.querySelector('[part="avatar"]')!.getAttribute('data-initials')).to.equal('IB');
    expect(second.querySelector('[part="avatar"] img')).to.equal(null);
    expect(first.querySelector<HTMLImageElement>('[part="avatar"] img')!.naturalWidth).to.be.greaterThan(0);
  });
});
