import { expect } from '@open-wc/testing';

// Real pages served with the real Content-Security-Policy header (tests/support/server.js, route
// /__test__/tt): every way a page may load the library, under `require-trusted-types-for 'script'`
// and a `trusted-types` list without 'allow-duplicates'. Chromium and Firefox enforce Trusted
// Types; in an engine without them (say WebKit builds that lack it) the same pages must still
// work, with no error, so the test runs there too and checks the same counts.
const TAGS = ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'];
const MODULE = 'm:/dist/event-embed.js';
const CLASSIC = 'c:/dist/event-embed.classic.js';
const AUTO = 'm:/dist/autoloader.js';
const V2 = 'm:/__test__/v2/dist/event-embed.js';
const HOST_LIT = 'm:/tests/embedding/pages/host-lit.js';

type Recorded = { errors: string[]; violations: string[]; warnings: string[] };

async function load(scripts: string[], csp: 'bundle' | 'strict' = 'bundle') {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  const query = new URLSearchParams(scripts.map((s) => ['s', s]));
  query.set('csp', csp);
  iframe.src = `/__test__/tt?${query}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis & { recorded: Recorded };
  const doc = iframe.contentDocument!;
  const widgets = TAGS.map((t) => doc.querySelector(t) as HTMLElement & { state?: string });
  const end = Date.now() + 8000;
  while (widgets.some((el) => el.state !== 'ready') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  // The structured data's code loads on demand once the widgets are ready: waited for, then a
  // moment more for anything it might log.
  const block = () => doc.head.querySelector('script[type="application/ld+json"]');
  while (!block() && Date.now() < end + 4000) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100));
  const result = {
    errors: win.recorded.errors,
    violations: win.recorded.violations,
    // The host's own Lit is served in development mode, whose notices ("Lit is in dev mode",
    // "Multiple versions of Lit loaded", as our bundle holds a Lit too) are its own.
    warnings: win.recorded.warnings.filter((w) => !/^(Lit is in dev mode|Multiple versions of Lit)/.test(w)),
    defined: TAGS.filter((t) => win.customElements.get(t)).length,
    rendered: widgets.filter((el) => el.state === 'ready' && el.shadowRoot!.querySelector('.root')).length,
    structuredData: doc.head.querySelectorAll('script[type="application/ld+json"]').length,
    hostApp: doc.querySelector('host-app')!.shadowRoot?.textContent?.trim() ?? null,
  };
  iframe.remove();
  return result;
}

const works = { errors: [], violations: [], warnings: [], defined: 5, rendered: 5, structuredData: 1 };

describe('Trusted Types: every way of loading the library, under the CSP of docs/csp.md', () => {
  it('one copy (the module) needs only the policy event-embed', async () => {
    expect(await load([MODULE])).to.deep.equal({ ...works, hostApp: null });
  });

  it('the classic script and the autoloader, alone, need only event-embed', async () => {
    expect(await load([CLASSIC])).to.deep.equal({ ...works, hostApp: null });
    expect(await load([AUTO])).to.deep.equal({ ...works, hostApp: null });
  });

  it('two copies of one version, from two URLs: the second does nothing, silently', async () => {
    expect(await load([MODULE, `${MODULE}?again`])).to.deep.equal({ ...works, hostApp: null });
  });

  it('the module and the classic script, in both orders, and with the autoloader', async () => {
    expect(await load([CLASSIC, MODULE])).to.deep.equal({ ...works, hostApp: null });
    expect(await load([MODULE, 'd:/dist/event-embed.classic.js'])).to.deep.equal({ ...works, hostApp: null });
    expect(await load([AUTO, MODULE, CLASSIC])).to.deep.equal({ ...works, hostApp: null });
  });

  it('two versions: the first runs the page, the second says so once in the console', async () => {
    const warning = 'event-embed: version 0.1.0 runs this page; this copy (0.2.0) is not used.';
    expect(await load([MODULE, V2])).to.deep.equal({ ...works, warnings: [warning], hostApp: null });
    expect(await load([V2, MODULE])).to.deep.equal({
      ...works,
      warnings: ['event-embed: version 0.2.0 runs this page; this copy (0.1.0) is not used.'],
      hostApp: null,
    });
  });

  it('a host page built with Lit, loaded before the library and after it, allowing lit-html for itself', async () => {
    expect(await load([HOST_LIT, MODULE], 'strict')).to.deep.equal({ ...works, hostApp: 'host app' });
    expect(await load([MODULE, HOST_LIT], 'strict')).to.deep.equal({ ...works, hostApp: 'host app' });
    expect(await load([HOST_LIT, CLASSIC, AUTO], 'strict')).to.deep.equal({ ...works, hostApp: 'host app' });
  });
});
