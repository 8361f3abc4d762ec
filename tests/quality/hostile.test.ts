/**
 * Hostile inputs, in the browser: a corpus of XSS payloads put in every text and URL field of
 * every registered element, as a property, as JSON text in the `event` attribute, as an inline
 * JSON-LD block, as the raw (broken) `event` attribute, in `src`, and in every other attribute.
 * Each payload calls `__xss(label)` if it ever runs; none may, no markup may be made from
 * data, and no URL outside http, https, mailto, tel and relative may reach the shadow DOM or
 * the page (the structured-data block included). The calendar menus are opened every time;
 * with the data as a property, every control is also used once (a "more" toggle, the gallery's
 * photos and lightbox, Escape), so that what only shows on demand is checked too.
 */
import { expect } from '@open-wc/testing';
import { libraryTags } from '../support/tags.js';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import { eventWith } from '../support/every-field.js';
import { captureConsole, settled, until } from '../support/fixtures.js';
import {
  activateAll,
  badUrl,
  blockExternalLoads,
  deepElements,
  inertProblems,
  openMenus,
  pageErrors,
  xssHits,
} from '../support/inert.js';

/** Markup and script payloads: for text fields (and as URLs too). */
const MARKUP = [
  `<script data-xss>__xss('script')</script>`,
  `<ScRiPt data-xss>__xss('script-mixed-case')</sCrIpT>`,
  `<scr<script>ipt data-xss>__xss('script-nested')</scr</script>ipt>`,
  `<img data-xss src=x onerror=__xss('img-onerror')>`,
  `<img data-xss src="x" onerror="__xss('img-onerror-quoted')">`,
  `<img data-xss src=x onerror=\u0000__xss('img-onerror-null')>`,
  `"><svg data-xss onload=__xss('svg-onload')>`,
  `'><svg/data-xss/onload=__xss('svg-onload-slash')>`,
  `" onmouseover="__xss('attribute-breakout')" data-xss="`,
  `</style><script data-xss>__xss('style-breakout')</script>`,
  `</title><script data-xss>__xss('title-breakout')</script>`,
  `</textarea><script data-xss>__xss('textarea-breakout')</script>`,
  `</script><script data-xss>__xss('script-breakout')</script>`,
  `<!--<img data-xss src=x onerror=__xss('comment')>-->`,
  `<details data-xss open ontoggle=__xss('details-ontoggle')>`,
  `<input data-xss autofocus onfocus=__xss('autofocus')>`,
  `<body data-xss onload=__xss('body-onload')>`,
  `<video data-xss><source onerror=__xss('video-source')></video>`,
  `<iframe data-xss srcdoc="<script>parent.__xss('iframe-srcdoc')</script>"></iframe>`,
  `<iframe data-xss src="javascript:parent.__xss('iframe-javascript')"></iframe>`,
  `<object data-xss data="javascript:__xss('object')"></object>`,
  `<embed data-xss src="javascript:__xss('embed')">`,
  `<base data-xss href="javascript:__xss('base')//">`,
  `<meta data-xss http-equiv="refresh" content="0;url=javascript:__xss('meta-refresh')">`,
  `<a data-xss href="javascript:__xss('anchor')">link</a>`,
  `<svg data-xss><a xlink:href="javascript:__xss('svg-xlink')"><text>x</text></a></svg>`,
  `<math data-xss><mtext><table><mglyph><style><img src=x onerror=__xss('mutation')>`,
  `<div data-xss style="background:url(javascript:__xss('css-url'))">`,
  `<style data-xss>@import 'javascript:__xss("css-import")';</style>`,
  `&lt;img data-xss src=x onerror=__xss('entity')&gt;`,
  `&#x3C;img data-xss src=x onerror=__xss('hex-entity')&#x3E;`,
  `&#60;script&#62;__xss('decimal-entity')&#60;/script&#62;`,
  '${__xss("template-literal")}',
  `{{constructor.constructor('__xss("template-expression")')()}}`,
  `\u2028\u2029<script data-xss>__xss('line-separators')</script>`,
  `\ufeff<img data-xss src=x onerror=__xss('bom')>`,
];

/** URL payloads: for URL fields (and as text too). */
const URLS = [
  `javascript:__xss('javascript')`,
  `JaVaScRiPt:__xss('javascript-mixed-case')`,
  `  javascript:__xss('javascript-leading-spaces')`,
  `\t\n\rjavascript:__xss('javascript-leading-whitespace')`,
  `\u0000javascript:__xss('javascript-leading-null')`,
  `\u0001\u001f\u007fjavascript:__xss('javascript-leading-controls')`,
  `\u00a0javascript:__xss('javascript-leading-nbsp')`,
  `java\tscript:__xss('javascript-inner-tab')`,
  `java\nscript:__xss('javascript-inner-newline')`,
  `java\u0000script:__xss('javascript-inner-null')`,
  `javascript://%0a__xss('javascript-comment')`,
  `javascript&colon;__xss('javascript-entity-colon')`,
  `&#106;avascript:__xss('javascript-entity')`,
  `\u202ejavascript:__xss('javascript-rlo')`,
  `data:text/html,<script>__xss('data-html')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5fX3hzcygnZGF0YS1iYXNlNjQnKTwvc2NyaXB0Pg==`,
  ` data:image/svg+xml,<svg onload=__xss('data-svg')>`,
  `vbscript:__xss('vbscript')`,
  `VBScript:msgbox('vbscript-mixed-case')`,
  `livescript:__xss('livescript')`,
  `file:///etc/passwd`,
  `blob:https://example.org/0b8a3c1e-d3a7-4c1b-9a39-2f1a0c6d7e5f`,
  `filesystem:https://example.org/temporary/x`,
  `https://example.org/"><svg data-xss onload=__xss('url-attribute-breakout')>`,
  `x" onerror="__xss('url-quote-breakout')`,
];

const PAYLOADS = [...MARKUP, ...URLS];

/** Payloads with a scheme other than http(s): safe to put in `src`, which is fetched. */
const SRC_PAYLOADS = URLS.filter((u) => badUrl(u));

describe('hostile inputs: XSS payloads in every field of every element', () => {
  let host: HTMLElement;
  before(async () => {
    await blockExternalLoads(); // image URLs in payloads must not reach the network
    host = document.createElement('div');
    document.body.append(host);
  });
  after(() => host.remove());
  afterEach(() => {
    // Leftover structured-data blocks from a failing test would be counted by the next one.
    for (const s of document.head.querySelectorAll('script[data-event-embed]')) s.remove();
  });

  /** Mounts, waits, opens the menus (and with `use`, uses every control), checks, removes. */
  async function check(label: string, el: EventEmbedElement, setup: () => void = () => {}, use = false) {
    const errors = await pageErrors(() =>
      captureConsole(async () => {
        setup();
        host.append(el);
        await settled(el);
        await openMenus(el);
        if (use) await activateAll(el);
      }),
    );
    const problems = inertProblems(el);
    const page = pageProblems();
    el.remove();
    expect(errors.join('\n'), `${label}: threw into the page`).to.equal('');
    expect(problems, label).to.deep.equal([]);
    expect(page, label).to.deep.equal([]);
    expect(xssHits, `${label}: payloads ran`).to.deep.equal([]);
  }

  /** The host page: nothing made from data there either; the JSON-LD block stays inert even re-parsed. */
  function pageProblems(): string[] {
    const problems = [...document.querySelectorAll('[data-xss]')].map((n) => `page: <${n.localName} data-xss>`);
    for (const script of document.querySelectorAll('script[data-event-embed]')) {
      if (/<\/?script/i.test(script.textContent ?? '')) problems.push('structured data holds a raw <script> tag');
      const reparsed = new DOMParser().parseFromString(`<head>${script.outerHTML}</head>`, 'text/html');
      if (reparsed.querySelectorAll('script').length !== 1 || reparsed.querySelector('[data-xss]')) {
        problems.push('structured data breaks out of its <script> when the page is serialized');
      }
    }
    return problems;
  }

  for (const tag of libraryTags()) {
    it(`<${tag}>: ${PAYLOADS.length} payloads in every text and URL field, as a property and as JSON in the event attribute`, async function () {
      this.timeout(120_000);
      for (const payload of PAYLOADS) {
        const event = eventWith(
          () => payload,
          () => payload,
        );
        const byProperty = document.createElement(tag) as EventEmbedElement;
        byProperty.setAttribute('structured-data', '');
        await check(`${JSON.stringify(payload)} (property)`, byProperty, () => (byProperty.event = event), true);
        const byAttribute = document.createElement(tag) as EventEmbedElement;
        byAttribute.setAttribute('event', JSON.stringify(event));
        await check(`${JSON.stringify(payload)} (attribute)`, byAttribute);
      }
    });

    it(`<${tag}>: payloads in an inline JSON-LD block, as broken JSON, in src and in every attribute`, async function () {
      this.timeout(120_000);
      const attributes = (
        customElements.get(tag) as unknown as { observedAttributes: string[] }
      ).observedAttributes.filter((a) => a !== 'event' && a !== 'src');
      for (const payload of PAYLOADS) {
        const inline = document.createElement(tag) as EventEmbedElement;
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify(
          eventWith(
            () => payload,
            () => 'https://example.org/',
          ),
        );
        inline.append(script);
        await check(`${JSON.stringify(payload)} (inline JSON-LD)`, inline);

        // Not JSON: the error state quotes what it found.
        const broken = document.createElement(tag) as EventEmbedElement;
        broken.setAttribute('event', `{"name": ${payload}`);
        await check(`${JSON.stringify(payload)} (broken JSON)`, broken);
        const raw = document.createElement(tag) as EventEmbedElement;
        raw.setAttribute('event', payload);
        await check(`${JSON.stringify(payload)} (raw event attribute)`, raw);

        const attributed = document.createElement(tag) as EventEmbedElement;
        for (const a of attributes) attributed.setAttribute(a, payload);
        await check(`${JSON.stringify(payload)} (every attribute: ${attributes.join(', ')})`, attributed, () => {
          attributed.event = { '@type': 'Event', name: 'Talk', startDate: '2030-06-01T10:00:00Z' };
        });
      }
      for (const payload of SRC_PAYLOADS) {
        const fetched = document.createElement(tag) as EventEmbedElement;
        fetched.setAttribute('src', payload);
        await check(`${JSON.stringify(payload)} (src)`, fetched);
      }
    });
  }

  it('the checks themselves catch markup, a bad URL and a payload that runs', async () => {
    // The same checks on a deliberately unsafe element: each must report.
    class Unsafe extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = `${MARKUP[3]}<a href="${URLS[1]}">x</a>`;
      }
    }
    customElements.define('quality-unsafe', Unsafe);
    const el = document.createElement('quality-unsafe');
    host.append(el);
    // onerror of an <img src=x> runs once the engine has tried the load (late on a busy machine).
    await until(() => xssHits.length, 'the payload to run');
    const problems = inertProblems(el);
    el.remove();
    expect(problems.join('\n'))
      .to.match(/data-xss/)
      .and.match(/onerror/)
      .and.match(/javascript: URL/);
    // onerror of an <img src=x> runs (x is not an image), and __xss records it.
    expect(xssHits).to.deep.equal(['img-onerror']);
    xssHits.length = 0;
    expect(deepElements(document).length).to.be.greaterThan(0);
  });
});
