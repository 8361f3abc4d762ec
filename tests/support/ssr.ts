/**
 * Pre-rendered pages for the tests of tests/ssr/: the server's HTML in a page of its own, taken
 * over by the library's hydrating entry, watched before and after.
 */
import { framePage } from './frame.js';

/** The pages made, removed after each test (passed or failed: lazy images below the viewport would not load). */
const pages: { remove(): void }[] = [];
export const removePages = () => pages.splice(0).forEach((p) => p.remove());

/** What moved between the snapshot taken before the library and now: `box: before → after`, the boxes that hold `except` aside. */
export function moved(win: any, except: Element[] = []): string[] {
  const now = new Map<Element, string>(win.snapshot());
  return (win.before as [Element, string][])
    .filter(([x, box]) => x.isConnected && !except.some((g) => x.contains(g)) && now.get(x) !== box)
    .map(([x, box]) => `${x.localName}.${x.className}: ${box} → ${now.get(x)}`);
}

/**
 * The HTML that the test server's `event-embed/ssr` renders (tests/support/ssr-plugin.js) for a
 * data file or, with `params.json`, for data made by the test; for readers in Los Angeles, where
 * the browsers run (web-test-runner.config.js).
 */
export async function prerendered(
  tag: string,
  data = 'demo/data/seed.ru.json',
  lang = 'ru',
  params: Record<string, string> = {},
): Promise<string> {
  const q = new URLSearchParams({ tag, data, lang, timeZone: 'America/Los_Angeles', ...params });
  const answer = await (await fetch(`/__ssr__/render?${q}`)).json();
  if (!answer.html) throw new Error(`the server did not render <${tag}>: ${answer.error}`);
  return answer.html;
}

/** Runs before the library: console errors and warnings, layout shifts, and a snapshot of every box. */
export const WATCH = `<script>
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

/**
 * The page with the server's HTML, its boxes and text taken before the library loads
 * (`win.before`, `win.text`), then hydrated, every part ready and the images on screen loaded or
 * failed. `before` runs in the page before the library (to set a property, say); `script` is the
 * hydrating entry (the source, or the shipped dist/event-embed.hydrate.js).
 */
export async function hydrated(html: string, tag: string, before = '', script = '/src/hydrate.ts') {
  const page = await framePage(
    // The base the server resolved the data's relative URLs against (ssr-plugin.js): the browser
    // reads the same URLs from the JSON-LD.
    `<base href="/demo/data/">${WATCH}${html}<script>window.before = snapshot(); window.text = words(); ${before}</script><script type="module" src="${script}"></script>`,
  );
  pages.push(page);
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
