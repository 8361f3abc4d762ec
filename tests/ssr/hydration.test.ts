/**
 * Pre-rendered HTML (`event-embed/ssr`) taken over by the library's hydrating entry
 * (src/hydrate.ts, dist/event-embed.hydrate.js), in every engine: the server's shadow DOM is
 * kept, node for node (nothing rendered again, the agenda's sessions and the speakers included),
 * nothing moves (every element's box measured before and after, and Chromium's layout-shift
 * entries), no console error or warning; then the widgets work: "show more", "add to calendar",
 * "share", a photo that failed before the library came.
 */
import { expect } from '@open-wc/testing';
import { framePage } from '../support/frame.js';

async function prerendered(tag: string, data = 'demo/data/seed.ru.json', lang = 'ru'): Promise<string> {
  const q = new URLSearchParams({ tag, data, lang, timeZone: 'America/Los_Angeles' });
  const answer = await (await fetch(`/__ssr__/render?${q}`)).json();
  if (!answer.html) throw new Error(`the server did not render <${tag}>: ${answer.error}`);
  return answer.html;
}

/** Runs before the library: console errors and warnings, layout shifts, and a snapshot of every box. */
const WATCH = `<script>
  window.shifts = [];
  window.logged = [];
  for (const kind of ['error', 'warn']) {
    const original = console[kind];
    console[kind] = (...a) => {
      // (What Lit's development build, which the tests load, says once.)
      if (!String(a[0]).startsWith('Lit is in dev mode')) logged.push(kind + ': ' + a.join(' '));
      original.apply(console, a);
    };
  }
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
    new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  // Every element, in the page and in every shadow root, with where its box starts (what a
  // layout shift moves; an image drawn in a box of its own may change size as it loads).
  window.snapshot = () => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        out.push([el, [r.x, r.y].map(Math.round).join(' ')]);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  };
  // The text of every shadow root, styles aside.
  window.words = () => [document.body, ...snapshot().map(([el]) => el.shadowRoot).filter(Boolean)]
    .map((root) => [...root.childNodes].filter((n) => n.localName !== 'style').map((n) => n.textContent).join(' '))
    .join(' ').replace(/\\s+/g, ' ');
</script>`;

type Ready = HTMLElement & { state: string; updateComplete: Promise<unknown> };

/** The page with the server's HTML, its boxes taken before the library loads, then hydrated. */
async function hydrated(html: string, tag: string) {
  const page = await framePage(
    `${WATCH}${html}<script>window.before = snapshot(); window.text = words()</script><script type="module" src="/src/hydrate.ts"></script>`,
  );
  current = page;
  const win = page.win as any;
  const el = page.doc.querySelector(tag) as Ready;
  const parts = () => [
    el,
    ...el.shadowRoot!.querySelectorAll<Ready>('event-card, event-agenda, event-organizers, event-gallery'),
  ];
  await page.until(
    () => win.customElements.get(tag) && parts().every((x) => ['ready', 'empty'].includes(x.state)),
    `<${tag}> ready`,
  );
  for (const x of parts()) await x.updateComplete;
  // Every image on screen has loaded or failed (and a failed one has been handled); lazy ones
  // further down do not load.
  const images = () =>
    win
      .snapshot()
      .filter(([x]: [Element]) => x.localName === 'img' && x.getBoundingClientRect().top < win.innerHeight)
      .map(([x]: [HTMLImageElement]) => x);
  await page
    .until(() => images().every((img: HTMLImageElement) => img.complete), 'the images')
    .catch((e) => {
      throw new Error(
        `${e.message}: ${images()
          .filter((img: HTMLImageElement) => !img.complete)
          .map((img: HTMLImageElement) => img.outerHTML)}`,
      );
    });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { page, win, el };
}

/** The page of the test running, removed after it, passed or failed (lazy images below the viewport would not load). */
let current: { remove(): void } | undefined;

describe('pre-rendered HTML hydrated by the library', () => {
  afterEach(() => current?.remove());

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
      const now = new Map<Element, string>(win.snapshot());
      const moved = before
        .filter(([x, box]) => x.isConnected && !gone.some((g) => x.contains(g)) && now.get(x) !== box)
        .map(([x, box]) => `${x.localName}.${x.className}: ${box} → ${now.get(x)}`);
      expect(moved).to.deep.equal([]);
      expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
      expect(win.words(), 'the text').to.equal(win.text);
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
