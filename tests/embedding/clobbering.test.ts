import { expect } from '@open-wc/testing';

// DOM clobbering: markup with no script, which CMS sanitizers let through, puts a form on
// `window` under its id. One real page per global the library reads (its own
// EventEmbedLanguages, and the globals its bundled Lit reads as it starts), the form placed
// before the library's script. The library must work, and no longer see the form there.
// `trustedTypes` can be clobbered only where the engine lacks Trusted Types.
const TAGS = ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'];
const LIT_GLOBALS = [
  'trustedTypes',
  'ShadyCSS',
  'litNonce',
  'litPropertyMetadata',
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'litElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
];

async function load(clobber: string, scripts: string[], lang = 'en') {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  const query = new URLSearchParams(scripts.map((s) => ['s', s]));
  query.set('clobber', clobber);
  query.set('lang', lang);
  iframe.src = `/__test__/tt?${query}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis & { recorded: { errors: string[] } };
  const doc = iframe.contentDocument!;
  const widgets = TAGS.map((t) => doc.querySelector(t) as HTMLElement & { state?: string });
  const end = Date.now() + 8000;
  while (widgets.some((el) => el.state !== 'ready') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  const form = doc.getElementById(clobber);
  const result = {
    errors: win.recorded.errors,
    rendered: widgets.filter((el) => el.state === 'ready').length,
    // Lit adopts constructed sheets; a clobbered ShadyCSS would make it fall back to <style>.
    adopted: widgets.every((el) => el.shadowRoot && el.shadowRoot.adoptedStyleSheets.length > 0),
    formOnWindow: (win as unknown as Record<string, unknown>)[clobber] === form,
    formInPage: form !== null,
    text: widgets[0].shadowRoot?.textContent ?? '',
  };
  iframe.remove();
  return result;
}

describe('DOM clobbering of the globals the library reads', () => {
  for (const name of LIT_GLOBALS) {
    it(`<form id="${name}"> before the bundle`, async () => {
      const r = await load(name, ['m:/dist/event-embed.js']);
      expect({ ...r, text: undefined }).to.deep.equal({
        errors: [],
        rendered: 5,
        adopted: true,
        formOnWindow: false,
        formInPage: true,
        text: undefined,
      });
    });
  }

  it('<form id="EventEmbedLanguages"><input name="ru"> before the classic script and its Russian', async () => {
    const r = await load(
      'EventEmbedLanguages',
      ['c:/dist/event-embed.classic.js', 'c:/dist/chunks/ru.classic.js'],
      'ru',
    );
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(5);
    expect(r.formOnWindow).to.equal(false);
    expect(r.text).to.contain('Билеты');
  });

  it('<form id="EventEmbedLanguages"><input name="ru"> with the module and no language script', async () => {
    const r = await load('EventEmbedLanguages', ['m:/dist/event-embed.js'], 'ru');
    expect(r.errors).to.deep.equal([]);
    expect(r.rendered).to.equal(5);
    expect(r.text).to.contain('Билеты');
  });
});
