import { expect } from '@open-wc/testing';
import { framePage } from '../support/frame.js';

// These load the built files (`npm test` builds dist/ first).
const ready = (doc: Document, selector: string) => () =>
  (doc.querySelector(selector) as (HTMLElement & { state?: string }) | null)?.state === 'ready';
const resources = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('loading the way partners need', () => {
  it('works as a classic (non-module) script', async () => {
    const page = await framePage(`<script src="/dist/event-embed.classic.js"></script>
      <event-card event='{"name": "Classic script"}'></event-card>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    expect(page.doc.querySelector('event-card')!.shadowRoot!.textContent).to.contain('Classic script');
    expect(page.errors).to.deep.equal([]);
    page.remove();
  });

  it('autoloads only the elements a page uses, also those added later', async () => {
    const page = await framePage(`<script type="module" src="/dist/autoloader.js"></script>
      <event-card event='{"name": "Autoloaded"}'></event-card>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    const loaded = resources(page.win);
    expect(loaded.some((p) => /^\/dist\/auto\/event-card-[\w-]+\.js$/.test(p))).to.equal(true);
    expect(loaded.filter((p) => /gallery|agenda|organizers/.test(p))).to.deep.equal([]);
    // An element added later is loaded then.
    page.doc.body.insertAdjacentHTML(
      'beforeend',
      `<event-organizers event='{"name": "Later", "organizer": "ACME"}'></event-organizers>`,
    );
    await page.until(ready(page.doc, 'event-organizers'), 'the organizers');
    expect(resources(page.win).some((p) => /^\/dist\/auto\/event-organizers-[\w-]+\.js$/.test(p))).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    page.remove();
  });

  it('never throws when the library is loaded twice, from two URLs, as module and classic script, with the autoloader', async () => {
    const page = await framePage(`
      <script type="module" src="/dist/event-embed.js"></script>
      <script type="module" src="/dist/event-embed.js?again"></script>
      <script src="/dist/event-embed.classic.js"></script>
      <script src="/dist/event-embed.classic.js?again"></script>
      <script type="module" src="/dist/autoloader.js"></script>
      <event-card event='{"name": "Loaded five times"}'></event-card>`);
    const warnings: string[] = [];
    page.win.console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    await page.until(ready(page.doc, 'event-card'), 'the card');
    await new Promise((r) => setTimeout(r, 200));
    expect(page.errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    page.remove();
  });
});

describe('the classic script and languages', () => {
  it('loads the language chunks of the module build beside it, not every language inline', async () => {
    const page = await framePage(`<script src="/dist/event-embed.classic.js"></script>
      <event-card lang="de" event='{"name": "Klassisch", "eventStatus": "EventCancelled"}'></event-card>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    expect(page.doc.querySelector('event-card')!.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal(
      'Abgesagt',
    );
    expect(resources(page.win).filter((p) => p.startsWith('/dist/chunks/'))).to.deep.equal(['/dist/chunks/de.js']);
    page.remove();
  });
});

describe("a language's problem sentences, a chunk apart from its UI strings", () => {
  for (const script of [
    '<script type="module" src="/dist/event-embed.js"></script>',
    '<script src="/dist/event-embed.classic.js"></script>',
  ]) {
    it(`come only with a problem, in the page's language (${/classic/.test(script) ? 'classic' : 'module'})`, async () => {
      const page = await framePage(`${script}
        <event-card id="right" lang="de" event='{"name": "Richtig", "startDate": "2027-05-01T10:00:00Z"}'></event-card>
        <event-card id="rätt" lang="sv" event='{"name": "Rätt", "startDate": "2027-05-01T10:00:00Z"}'></event-card>`);
      await page.until(ready(page.doc, '#right'), 'the card');
      await page.until(ready(page.doc, '#rätt'), 'the Swedish card');
      await new Promise((r) => setTimeout(r, 100));
      const languages = () =>
        resources(page.win)
          .filter((p) => /^\/dist\/chunks\/[a-z]{2}\./.test(p))
          .sort();
      expect(languages()).to.deep.equal(['/dist/chunks/de.js', '/dist/chunks/sv.js']);

      const broken = page.doc.createElement('event-card') as HTMLElement & { state: string; errorMessage?: string };
      broken.setAttribute('lang', 'de');
      broken.setAttribute('event', '{"name": "Kaputt",}');
      page.doc.body.append(broken);
      await page.until(() => broken.state === 'error', 'the error box');
      expect(languages()).to.deep.equal(['/dist/chunks/de.errors.js', '/dist/chunks/de.js', '/dist/chunks/sv.js']);
      const box = broken.shadowRoot!.querySelector('[role="alert"]')!;
      expect(box.querySelector('p')!.textContent).to.equal(
        'Die Veranstaltungsdaten sind kein gültiges JSON: Das Komma in Zeile 1, Spalte 18 steht nach dem letzten Eintrag, direkt vor der schließenden }; entfernen Sie dieses Komma.',
      );
      expect(box.querySelector('.hint')!.textContent).to.equal(
        'Prüfen Sie die Veranstaltungsdaten. Details stehen in der Browserkonsole.',
      );
      expect(broken.errorMessage).to.equal(box.querySelector('p')!.textContent);

      // Switched to a language whose UI strings are loaded but not its sentences: they load,
      // and the box speaks it.
      broken.setAttribute('lang', 'sv');
      (broken as unknown as { updateLang(): void }).updateLang();
      await page.until(() => /Evenemangets data/.test(broken.shadowRoot!.textContent ?? ''), 'the Swedish box');
      expect(broken.state).to.equal('error');
      expect(languages()).to.include('/dist/chunks/sv.errors.js');
      page.remove();
    });
  }
});

describe('the words for problems with the data, loaded only when there is one', () => {
  const diagnostics = (win: Window) => resources(win).filter((p) => /^\/dist\/chunks\/error-box-/.test(p));

  it('are not downloaded when the data is right', async () => {
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-card event='{"name": "Right", "startDate": "2027-05-01T10:00:00Z"}'></event-card>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    await new Promise((r) => setTimeout(r, 100));
    expect(diagnostics(page.win)).to.deep.equal([]);
    page.remove();
  });

  it('come with the first problem: the error box says where the JSON breaks, warnings are logged in words', async () => {
    // The console is watched from the start: the words may come before the frame's load event.
    const page = await framePage(`<script>
        window.warned = [];
        console.warn = (...a) => warned.push(a.join(' '));
        console.error = () => {};
      </script>
      <script type="module" src="/dist/event-embed.js"></script>
      <event-card id="broken" event='{"name": "Broken",
        "startDate" "2027-05-01"}'></event-card>
      <event-card id="warned" event='{"name": "Warned", "startDate": "soon"}'></event-card>`);
    const warnings = (page.win as unknown as { warned: string[] }).warned;
    const broken = page.doc.getElementById('broken') as HTMLElement & { state: string; errorMessage?: string };
    await page.until(() => broken.state === 'error', 'the error box');
    const box = broken.shadowRoot!.querySelector('[role="alert"]')!;
    expect(box.textContent).to.contain(
      'The event data is not valid JSON: at line 2, column 21 it expects a colon, but finds “"2027-05-01"}”.',
    );
    expect(broken.errorMessage).to.equal(box.querySelector('p')!.textContent);
    // The box's words and styles come with it.
    expect(box.querySelector('.hint')!.textContent).to.equal(
      'Check the event data. Details are in the browser console.',
    );
    expect(getComputedStyle(box.querySelector('strong')!).color).to.equal('rgb(179, 38, 30)');
    await page.until(ready(page.doc, '#warned'), 'the card with a warning');
    await page.until(() => warnings.length > 0, 'the warning logged');
    expect(warnings).to.deep.equal([
      'event-embed <event-card>: startDate: "soon" is not a date; expected ISO 8601 such as 2017-10-23T15:00:00+03:00',
      'event-embed <event-card>: startDate: the event has no date; add "startDate" (search engines require it)',
      'event-embed <event-card>: location: the event has no place; add "location": a Place, or a VirtualLocation with a URL for an online event',
    ]);
    expect(diagnostics(page.win)).to.have.length(1);
    page.remove();
  });
});

describe('the lenient readers, loaded only for data that needs them', () => {
  const lenient = (win: Window) => resources(win).filter((p) => /^\/dist\/chunks\/lenient-/.test(p));

  it('are not downloaded for plain JSON-LD, and come for an ItemList', async () => {
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-card id="plain" event='{"name": "Plain", "startDate": "2027-05-01T10:00:00Z", "location": "Hall"}'></event-card>`);
    await page.until(ready(page.doc, '#plain'), 'the plain card');
    await new Promise((r) => setTimeout(r, 100));
    expect(lenient(page.win)).to.deep.equal([]);
    page.doc.body.insertAdjacentHTML(
      'beforeend',
      `<event-card id="listed" event='{"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": {"@type": "Event", "name": "Listed", "startDate": "2027-05-01", "location": "Hall"}}]}'></event-card>`,
    );
    await page.until(ready(page.doc, '#listed'), 'the listed card');
    expect(page.doc.querySelector('#listed')!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'Listed',
    );
    expect(lenient(page.win)).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    page.remove();
  });
});

describe('the built bundle', () => {
  it('ships the licenses of the code it includes (Lit’s BSD-3-Clause notice)', async () => {
    const text = await (await fetch('/dist/THIRD-PARTY-LICENSES.txt')).text();
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
      expect(text).to.match(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(BSD-3-Clause\\)$`, 'm'));
    }
    expect(text).to.contain('Copyright (c) 2017 Google LLC');
  });

  /** What a reader sees of each widget of the seed announcement: its rendered text, by element. */
  const seen = (root: ParentNode) =>
    [...root.querySelectorAll('event-announcement, event-card, event-agenda, event-organizers, event-gallery')].map(
      (el) => `<${el.localName}> ${(el.shadowRoot!.querySelector('.root') as HTMLElement | null)?.innerText ?? ''}`,
    );

  it('renders the seed announcement exactly as the sources do (its minified templates included)', async () => {
    const seed = await (await fetch('/demo/data/seed.ru.json')).json();
    // Without the demo's deliberately missing photo: when it fails would change what each page shows.
    seed.image = seed.image.filter((i: { contentUrl?: string }) => !/missing/.test(JSON.stringify(i)));
    const json = JSON.stringify(seed).replaceAll('../images/', '/demo/images/');
    const body = `<script type="application/ld+json" id="seed">${json.replace(/</g, '\\u003c')}</script>
      <event-announcement src="#seed" lang="ru" style="width: 760px"></event-announcement>`;
    const built = await framePage(`<script type="module" src="/dist/event-embed.js"></script>${body}`);
    const sources = await framePage(`<script type="module" src="/src/index.ts"></script>${body}`);
    try {
      for (const page of [built, sources]) {
        const el = page.doc.querySelector<HTMLElement & { state: string }>('event-announcement')!;
        await page.until(() => el.state === 'ready', 'the announcement');
        // Its four widgets settle on their own.
        const parts = [...el.shadowRoot!.querySelectorAll<HTMLElement & { state: string }>('[part]')].filter((p) =>
          p.localName.startsWith('event-'),
        );
        await page.until(() => parts.length === 4 && parts.every((p) => p.state === 'ready'), 'its four widgets');
        await new Promise((r) => setTimeout(r, 100));
      }
      const a = seen(built.doc.querySelector('event-announcement')!.shadowRoot!);
      const b = seen(sources.doc.querySelector('event-announcement')!.shadowRoot!);
      expect(a.length).to.be.at.least(4);
      expect(a.join('\n')).to.contain('23 октября 2017');
      expect(a).to.deep.equal(b);
    } finally {
      built.remove();
      sources.remove();
    }
  });
});

describe('layouts and controls that few pages use, loaded only by those that do', () => {
  const chunks = (win: Window, name: string) =>
    resources(win).filter((p) => new RegExp(`^/dist/chunks/${name}-`).test(p));

  it('a long agenda: its filters loaded, its items made meanwhile, in the language that loads with them', async () => {
    const sessions = Array.from({ length: 25 }, (_, i) => ({
      name: `Session ${i + 1}`,
      startDate: `2027-09-14T${String(9 + (i % 9)).padStart(2, '0')}:00:00+03:00`,
    }));
    const data = JSON.stringify({ name: 'x', startDate: '2027-09-14', subEvent: sessions }).replace(/'/g, '&#39;');
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-agenda lang="de" event='${data}'></event-agenda>`);
    await page.until(ready(page.doc, 'event-agenda'), 'the agenda');
    const root = page.doc.querySelector('event-agenda')!.shadowRoot!;
    expect(chunks(page.win, 'filters')).to.have.length(1);
    expect(root.querySelectorAll('.item')).to.have.length(25);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('25 von 25 angezeigt');
    expect(root.querySelector('.item summary')!.textContent).to.equal('Zum Kalender hinzufügen');
    page.remove();
  });

  it('the organizers row and marquee: not for the default layout; there, whole, when the widget is ready', async () => {
    const data = `event='{"name": "x", "sponsor": ["A", "B", "C"]}'`;
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-organizers ${data}></event-organizers>`);
    await page.until(ready(page.doc, 'event-organizers'), 'the organizers');
    await new Promise((r) => setTimeout(r, 100));
    expect(chunks(page.win, 'layouts')).to.deep.equal([]);
    page.doc.body.insertAdjacentHTML(
      'beforeend',
      `<event-organizers layout="row" ${data}></event-organizers><event-organizers layout="marquee" ${data}></event-organizers>`,
    );
    await page.until(ready(page.doc, '[layout="row"]'), 'the row');
    const scroller = page.doc.querySelector('[layout="row"]')!.shadowRoot!.querySelector('.scroller')!;
    expect(page.win.getComputedStyle(scroller).overflowX).to.equal('auto');
    await page.until(ready(page.doc, '[layout="marquee"]'), 'the marquee');
    const track = page.doc.querySelector('[layout="marquee"]')!.shadowRoot!.querySelector('.track')!;
    expect(page.win.getComputedStyle(track).animationName).to.equal('marquee');
    expect(chunks(page.win, 'layouts')).to.have.length(1);
    page.remove();
  });
});
