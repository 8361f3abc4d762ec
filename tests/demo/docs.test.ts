import { expect } from '@open-wc/testing';

// The docs site's pages (scripts/docs/site.js), as a reader gets them: served at /docs/… by
// tests/support/docs-server.js, with the built library from /dist/ and the demo's data, each in
// an iframe of its own. What they list is compared with custom-elements.json itself.
type Widget = HTMLElement & { state?: string };
type Page = { win: Window & { axe?: any }; doc: Document; widgets: Widget[] };

const manifest = await (await fetch('/custom-elements.json')).json();
const elements: any[] = manifest.modules
  .flatMap((m: any) => m.declarations ?? [])
  .filter((d: any) => d.tagName)
  .sort((a: any, b: any) => a.tagName.localeCompare(b.tagName));
const PAGES = [
  'docs/index.html',
  'docs/embedding.html',
  'docs/prerendering.html',
  'docs/elements/index.html',
  ...elements.map((el) => `docs/elements/${el.tagName}.html`),
  'docs/theming.html',
  'docs/editors.html',
  'docs/data-format.html',
  'docs/csp.html',
  'docs/development.html',
  'docs/changelog.html',
];

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** The page, once every widget in it has settled (or 10 s have passed). */
async function open(path: string): Promise<Page> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 800px; border: 0';
  frame.src = `/${path}`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<Widget>('main *')].filter((e) => e.localName.startsWith('event-'));
  const end = Date.now() + 10_000;
  while (widgets.some((w) => w.state === 'loading' || w.state === undefined) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return { win, doc, widgets };
}

/** axe-core run in the page itself, on the whole document: the violations, in words. */
async function violations({ win, doc }: Page): Promise<string[]> {
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await loaded;
  const results = await win.axe.run(doc);
  return results.violations.map(
    (v: any) => `${v.id} (${v.help}): ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
  );
}

/** The first column of the table after the heading with this id, as text. */
function column(doc: Document, headingId: string): string[] {
  const heading = doc.getElementById(headingId);
  let next = heading?.nextElementSibling;
  while (next && !next.querySelector('table')) next = next.nextElementSibling;
  return [...(next?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])].map((tr) =>
    tr.cells[0].textContent!.trim(),
  );
}

const other = (el: any) =>
  (el.members ?? []).filter(
    (m: any) =>
      m.kind === 'field' && !m.privacy && !m.static && !(el.attributes ?? []).some((a: any) => a.fieldName === m.name),
  );

describe('docs site', () => {
  it('has a page per element of the manifest, and every page lists every other in its navigation', async () => {
    expect(elements.length).to.be.greaterThan(0);
    const page = await open('docs/index.html');
    const nav = page.doc.querySelector('nav[aria-label="Documentation"]')!;
    const hrefs = [...nav.querySelectorAll('a')].map((a) => new URL(a.href).pathname.slice(1));
    expect(hrefs).to.deep.equal(PAGES);
    expect(nav.querySelector('[aria-current="page"]')!.textContent).to.equal('Overview');
  });

  for (const el of elements) {
    const tag = el.tagName;
    it(`<${tag}>: every attribute, property, event, state, slot, part and token, a live example, no axe violations`, async function () {
      this.timeout(30_000);
      const page = await open(`docs/elements/${tag}.html`);
      const { doc } = page;
      expect(doc.querySelector('h1')!.textContent).to.equal(`<${tag}>`);
      expect(doc.title).to.equal(`<${tag}> · event-embed`);
      expect(column(doc, 'attributes-and-properties'), 'attributes').to.deep.equal(
        (el.attributes ?? []).map((a: any) => a.name),
      );
      expect(column(doc, 'other-properties'), 'properties').to.deep.equal(other(el).map((m: any) => m.name));
      expect(column(doc, 'events'), 'events').to.deep.equal((el.events ?? []).map((e: any) => e.name));
      expect(column(doc, 'states'), 'states').to.deep.equal((el.cssStates ?? []).map((s: any) => `:state(${s.name})`));
      expect(column(doc, 'slots'), 'slots').to.deep.equal((el.slots ?? []).map((s: any) => s.name || '(default)'));
      expect(column(doc, 'parts'), 'parts').to.deep.equal((el.cssParts ?? []).map((p: any) => `::part(${p.name})`));
      expect(column(doc, 'css-custom-properties'), 'tokens').to.deep.equal(
        (el.cssProperties ?? []).map((p: any) => p.name),
      );
      const undescribed = [...doc.querySelectorAll<HTMLTableRowElement>('main tbody tr')]
        .filter((tr) => !tr.cells[tr.cells.length - 1].textContent!.trim())
        .map((tr) => tr.cells[0].textContent);
      expect(undescribed, 'rows without a description').to.deep.equal([]);
      const live = doc.querySelector<Widget>(`.example .live ${tag}`)!;
      expect(live, 'the live example').to.exist;
      expect(live.state).to.equal('ready');
      expect(live.shadowRoot!.querySelector('.root'), 'rendered').to.exist;
      expect(doc.querySelector('.example pre')!.textContent).to.contain(`<${tag}`);
      expect(doc.querySelector('nav [aria-current="page"]')!.textContent).to.equal(`<${tag}>`);
      expect(await violations(page)).to.deep.equal([]);
    });
  }

  it('theming: every token and every part of every element, and live examples styled by them', async function () {
    this.timeout(30_000);
    const page = await open('docs/theming.html');
    const { doc } = page;
    const tokens = [...new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p: any) => p.name)))];
    expect(tokens.filter((t) => t.startsWith('--event-embed-')).length).to.be.greaterThan(5);
    expect(column(doc, 'tokens')).to.deep.equal(tokens);
    for (const el of elements.filter((e) => e.cssParts?.length)) {
      expect(column(doc, el.tagName), `parts of <${el.tagName}>`).to.deep.equal(
        el.cssParts.map((p: any) => `::part(${p.name})`),
      );
    }
    expect(page.widgets.length).to.be.greaterThan(3);
    expect(page.widgets.map((w) => `${w.className}: ${w.state}`)).to.deep.equal(
      page.widgets.map((w) => `${w.className}: ready`),
    );
    const styleOf = (cls: string, part: string) => {
      const card = doc.querySelector(`.live .${cls}`)!;
      return getComputedStyle(card.shadowRoot!.querySelector(`[part~="${part}"]`)!);
    };
    const brand = doc.querySelector('.live .brand-green')!;
    expect(getComputedStyle(brand).getPropertyValue('--event-embed-accent').trim()).to.equal('#00695c');
    expect(styleOf('brand-green', 'title').fontFamily).to.contain('Georgia');
    expect(styleOf('loud', 'title').textTransform).to.equal('uppercase');
    expect(styleOf('compact', 'card').borderRadius).to.equal('0px');
    expect(await violations(page)).to.deep.equal([]);
  });

  it('editors: the live example of broken data shows the error an editor gets, in words', async function () {
    this.timeout(30_000);
    const page = await open('docs/editors.html');
    expect(page.widgets.map((w) => w.state)).to.deep.equal(['error']);
    const message = page.widgets[0].shadowRoot!.querySelector('[part~="error"]')!.textContent!;
    expect(message).to.contain('not valid JSON').and.to.contain('comma');
    expect(await violations(page)).to.deep.equal([]);
  });

  for (const path of PAGES.filter((p) => !/^docs\/(elements\/event-|theming|editors)/.test(p))) {
    it(`${path}: a heading, its own place in the navigation, live examples ready, no axe violations`, async function () {
      this.timeout(30_000);
      const page = await open(path);
      expect(page.doc.querySelectorAll('h1')).to.have.length(1);
      expect(page.doc.title).to.match(/ · event-embed$/);
      const current = page.doc.querySelector<HTMLAnchorElement>('nav [aria-current="page"]')!;
      expect(new URL(current.href).pathname).to.equal(`/${path}`);
      expect(page.widgets.map((w) => `${w.localName}: ${w.state}`)).to.deep.equal(
        page.widgets.map((w) => `${w.localName}: ready`),
      );
      expect(await violations(page)).to.deep.equal([]);
    });
  }
});
