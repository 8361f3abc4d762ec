/**
 * Pre-rendered HTML (`event-embed/ssr`) taken over by the library's hydrating entry
 * (src/hydrate.ts, dist/event-embed.hydrate.js): the server's shadow DOM is kept, not rendered
 * again (no mutation of it, the agenda's sessions apart, which it makes with the DOM), with no
 * layout shift (measured where the engine can: Chromium) and no console error or warning; then
 * the widget works (the calendar menu opens, "show more" expands).
 */
import { expect } from '@open-wc/testing';
import { framePage } from '../support/frame.js';

const measurable = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

async function prerendered(tag: string): Promise<string> {
  const q = new URLSearchParams({ tag, data: 'demo/data/seed.ru.json', lang: 'ru', timeZone: 'America/Los_Angeles' });
  const answer = await (await fetch(`/__ssr__/render?${q}`)).json();
  if (!answer.html) throw new Error(`the server did not render <${tag}>: ${answer.error}`);
  return answer.html;
}

/** Before the library loads: layout shifts, console errors and warnings, and every change to the shadow DOM. */
const WATCH = `<script>
  window.shifts = [];
  window.logged = [];
  window.changed = [];
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
  const observe = (root) => {
    new MutationObserver((records) => {
      for (const r of records) changed.push(r.target);
    }).observe(root, { childList: true, subtree: true, characterData: true });
    root.querySelectorAll('*').forEach((el) => el.shadowRoot && observe(el.shadowRoot));
  };
</script>`;

const tags = ['event-card', 'event-organizers', 'event-gallery', 'event-agenda', 'event-announcement'];

describe('pre-rendered HTML hydrated by the library', () => {
  for (const tag of tags) {
    it(`<${tag}>: kept as the server wrote it, no layout shift, no console error`, async () => {
      const html = await prerendered(tag);
      const page = await framePage(
        `${WATCH}${html}<script>document.querySelectorAll('body > *').forEach((el) => el.shadowRoot && observe(el.shadowRoot));</script>` +
          `<script type="module" src="/src/hydrate.ts"></script>`,
        { timeout: 8000 },
      );
      const win = page.win as any;
      const el = page.doc.querySelector(tag) as HTMLElement & { state: string; updateComplete: Promise<unknown> };
      const before = el.shadowRoot!.textContent;
      await page.until(() => win.customElements.get(tag) && el.state === 'ready', `<${tag}> ready`);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(win.logged).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      // Only the agenda's own shadow roots were rendered again, and the photo that failed to
      // load became its caption, as in the browser alone.
      const changed = (win.changed as Node[]).filter(
        (node) =>
          (node.getRootNode() as ShadowRoot).host.localName !== 'event-agenda' &&
          !(node as Element).closest?.('button')?.textContent?.includes('Кофе-брейк'),
      );
      expect(changed.map((node) => node.nodeName)).to.deep.equal([]);
      const words = (text: string) => text.replace(/Кофе-брейк/g, '').replace(/\s+/g, ' ');
      expect(words(el.shadowRoot!.textContent!)).to.equal(words(before!));
      if (measurable) expect(win.shifts, 'layout shifts').to.deep.equal([]);
      page.remove();
    });
  }

  it('then works: "show more" and "add to calendar" in the hydrated card', async () => {
    const page = await framePage(
      `${await prerendered('event-card')}<script type="module" src="/src/hydrate.ts"></script>`,
    );
    const el = page.doc.querySelector('event-card') as HTMLElement & {
      state: string;
      updateComplete: Promise<unknown>;
    };
    await page.until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const more = root.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('[part="description"]')!.classList.contains('clamped')).to.equal(false);
    const menu = root.querySelector<HTMLDetailsElement>('[part="calendar"]')!;
    menu.querySelector('summary')!.click();
    await page.until(() => menu.querySelector('[part="calendar-menu"]'), 'the calendar choices');
    page.remove();
  });
});
