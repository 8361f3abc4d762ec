/**
 * Property-based tests (fast-check) of the data core and of every element.
 *
 * - parseEvent, given any JSON value, any JavaScript value, any string, or JSON cut short,
 *   returns an event or a problem and never throws; the event holds only plain text and
 *   allowed URLs; and the safety net in parseEvent (a try/catch that turns a bug into a
 *   generic problem) is never what answered.
 * - Every registered element, given any string in every text and URL field, shows it as text:
 *   no markup, no script, no URL outside http, https, mailto, tel and relative in the shadow DOM.
 *
 * Seeds are random. A failure prints fast-check's `seed` and `path`; to replay it, pass them
 * to the failing `fc.assert` (`{ seed, path, endOnFailure: true }`).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { libraryTags } from '../support/tags.js';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import type { ParseResult } from '../../src/data.js';
import { parseEvent, problemLanguages, problemMessage } from '../../src/data.js';
import { safeUrl } from '../../src/core/url.js';
import { eventWith } from '../support/every-field.js';
import { captureConsole, settled } from '../support/fixtures.js';
import { blockExternalLoads, deepElements, inertProblems, openMenus, pageErrors, xssHits } from '../support/inert.js';

// A failing case reports the assertion that failed, not only the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

/** Cases per property; the element property renders each case in every element. */
const RUNS = { parse: 300, elements: 60 };

const FATAL = [
  'empty',
  'json',
  'notObject',
  'notEvent',
  'noEvent',
  'noName',
  'fetch',
  'status',
  'timeout',
  'body',
  'noBlock',
];
const URL_KEYS = new Set(['url', 'logo', 'image', 'thumbnail']);

/** Everything that must hold of any result of parseEvent. */
function checkResult(result: ParseResult, root: unknown) {
  expect(result).to.be.an('object');
  expect(result.warnings).to.be.an('array');
  for (const w of result.warnings) {
    expect(w.fatal).to.equal(false);
    expect(w.path).to.be.a('string');
    expect(w.message).to.be.a('string');
  }
  if (!result.ok) {
    expect(FATAL).to.include(result.problem.code);
    expect(result.problem.message).to.equal(problemMessage(result.problem, 'en'));
    // The try/catch in parseEvent answers `notObject` for a bug; for an object or a list,
    // `notObject` can only come from there.
    const container = typeof root === 'object' && root !== null;
    expect(
      container && result.problem.code === 'notObject',
      `parseEvent's safety net caught: ${result.problem.args.found}`,
    ).to.equal(false);
    // The message never shows a missing argument ("undefined"), unless the data itself says it.
    const quoted = JSON.stringify(result.problem.args).includes('undefined');
    for (const lang of problemLanguages) {
      expect(problemMessage(result.problem, lang))
        .to.be.a('string')
        .and.not.match(quoted ? /\[object Object\]/ : /\bundefined\b|\[object Object\]/);
    }
    return;
  }
  expect(result.event.name).to.be.a('string').and.not.equal('');
  // Only plain data: strings, finite numbers, booleans, lists and plain objects; every URL allowed.
  const walk = (v: unknown, key: string, path: string): void => {
    if (v === undefined || typeof v === 'boolean') return;
    if (typeof v === 'number') return void expect(Number.isFinite(v), `${path} is ${v}`).to.equal(true);
    if (typeof v === 'string') {
      if (URL_KEYS.has(key)) expect(safeUrl(v), `${path}: ${JSON.stringify(v)}`).to.equal(v);
      return;
    }
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, key, `${path}[${i}]`));
    expect(Object.getPrototypeOf(v), `${path} is not a plain object`).to.equal(Object.prototype);
    for (const [k, x] of Object.entries(v as object)) walk(x, k, `${path}.${k}`);
  };
  walk(result.event, '', 'event');
}

/** parseEvent as the element calls it, with what a thrown error would look like. */
function parse(input: unknown): ParseResult {
  try {
    return parseEvent(input);
  } catch (error) {
    throw new Error(`parseEvent threw: ${(error as Error)?.stack ?? error}`, { cause: error });
  }
}

/** Strings made of whatever breaks naive code: markup, entities, quotes, controls, lone surrogates, RTL marks. */
const MARKUP = [
  '<i data-xss>',
  '</i>',
  `<img data-xss src=x onerror="__xss('fuzz img')">`,
  `<script data-xss>__xss('fuzz script')</script>`,
  `<svg data-xss onload="__xss('fuzz svg')">`,
  `"><b data-xss>`,
  `'><b data-xss>`,
  '</style><i data-xss>',
  '</p></div>',
  '<!--',
  '-->',
  '&lt;i&gt;',
  '&amp;',
  '&#60;i data-xss&#62;',
  '${__xss(1)}',
  '{{__xss(1)}}',
  '\n\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  'javascript:__xss(1)',
];
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit, maxLength: 4 }),
  fc.constantFrom(...MARKUP),
);
const anyText = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
const HOSTILE_URLS = [
  'javascript:__xss("fuzz url")',
  'JaVaScRiPt:__xss("fuzz url")',
  ' \t\n javascript:__xss("fuzz url")',
  '\u0001javascript:__xss("fuzz url")',
  'java\tscript:__xss("fuzz url")',
  'java\u0000script:__xss("fuzz url")',
  'data:text/html,<script>__xss("fuzz url")</script>',
  'DATA:image/svg+xml,<svg onload=__xss(1)>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/1',
  'file:///etc/passwd',
  '//example.org/protocol-relative',
  '/relative/path?x=<i data-xss>',
  'mailto:someone@example.org',
  'tel:+123',
];
const anyUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(...HOSTILE_URLS),
  anyText,
  fc.tuple(fc.constantFrom(...HOSTILE_URLS), anyText).map(([u, t]) => u + t),
);

describe('fuzz: parseEvent never throws and returns only safe data', () => {
  let started = 0;
  beforeEach(() => (started = performance.now()));
  afterEach(function () {
    console.log(`${this.currentTest?.title}: ${Math.round(performance.now() - started)} ms`);
  });

  it(`any JSON value, as a value and as JSON text (${RUNS.parse} cases)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkResult(parse(value), value);
        checkResult(parse(JSON.stringify(value) ?? ''), value);
      }),
      { numRuns: RUNS.parse },
    );
  });

  it(`any JavaScript value: boxed values, Map, Set, Date, typed and sparse arrays, null prototypes, bigints (${RUNS.parse} cases)`, () => {
    const anything = fc.anything({
      maxDepth: 4,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => checkResult(parse(value), value)),
      { numRuns: RUNS.parse },
    );
  });

  it(`any string, and JSON cut short anywhere (${RUNS.parse} cases each)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parse(text);
        checkResult(result, undefined);
        if (!result.ok && result.problem.code === 'json') {
          expect(result.problem.args.line).to.be.at.least(1);
          expect(result.problem.args.column).to.be.at.least(1);
        }
      }),
      { numRuns: RUNS.parse },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % (json.length + 1));
        let root: unknown;
        try {
          root = JSON.parse(text);
        } catch {
          root = undefined; // cut where it is not JSON
        }
        checkResult(parse(text), root);
      }),
      { numRuns: RUNS.parse },
    );
  });

  it(`event-shaped documents with any value in any field, @id references and @graph (${RUNS.parse} cases)`, () => {
    const value = fc.oneof(
      anyText,
      anyUrl,
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant({ '@id': '#a' }),
      fc.constant({ '@id': '#b' }),
    );
    const node = fc.dictionary(
      fc.constantFrom(
        '@id',
        '@type',
        '@value',
        'name',
        'description',
        'url',
        'contentUrl',
        'logo',
        'image',
        'startDate',
        'endDate',
        'timeZone',
        'location',
        'address',
        'organizer',
        'performer',
        'subEvent',
        'superEvent',
        'mainEntity',
        'offers',
        'geo',
        'latitude',
        'caption',
        'thumbnail',
        'givenName',
      ),
      value,
    );
    const withIds = fc.tuple(node, node).map(([a, b]) => [
      { ...a, '@id': '#a' },
      { ...b, '@id': '#b' },
    ]);
    const doc = fc.oneof(
      fc
        .record({ '@type': fc.constantFrom('Event', 'Festival', ['Thing', 'Event']), name: value })
        .chain((head) => node.map((rest) => ({ ...rest, ...head }))),
      fc.tuple(node, withIds).map(([event, ids]) => ({ '@graph': [{ ...event, '@type': 'Event' }, ...ids] })),
      fc.tuple(node, withIds).map(([event, ids]) => [{ ...event, '@type': 'Event', name: { '@id': '#a' } }, ...ids]),
    );
    fc.assert(
      fc.property(doc, (d) => {
        checkResult(parse(d), d);
        checkResult(parse(JSON.stringify(d)), d);
      }),
      { numRuns: RUNS.parse },
    );
  });
});

describe('fuzz: every element shows any text as text', () => {
  // Read from customElements: every event-* tag the library defines.
  const tags = libraryTags();

  it(`every element, any string in every text and URL field (${RUNS.elements} cases × ${tags.length} elements)`, async function () {
    this.timeout(240_000);
    await blockExternalLoads(); // the generated URLs name random hosts
    const reached = Object.fromEntries(tags.map((t) => [t, 0]));
    const host = document.createElement('div');
    document.body.append(host);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(anyText, { minLength: 12, maxLength: 12 }),
          fc.array(anyUrl, { minLength: 8, maxLength: 8 }),
          fc.constantFrom('en', 'ru'),
          async (texts, urls, lang) => {
            let t = 0;
            let u = 0;
            const event = eventWith(
              () => texts[t++ % texts.length],
              () => urls[u++ % urls.length],
            );
            // One photo that loads (the gallery leaves out the photos that fail, and the generated
            // URLs are blocked): its caption, from the texts, must reach the gallery as text too.
            (event.image as unknown[]).push({
              '@type': 'ImageObject',
              contentUrl: '/demo/images/photos/photo-1.svg',
              caption: texts.find((s) => MARKUP.some((m) => m.includes('<') && s.includes(m))) ?? texts[0],
            });
            const markers = MARKUP.filter((m) => m.includes('<') && texts.some((s) => s.includes(m)));
            for (const tag of tags) {
              const el = document.createElement(tag) as EventEmbedElement;
              el.lang = lang;
              el.event = event;
              const shown = () =>
                deepElements(el.shadowRoot!)
                  .map((n) => [...n.attributes].map((a) => a.value).join(' '))
                  .join(' ') + (el.shadowRoot!.textContent ?? '');
              // What shows at once (the gallery then leaves out the photos the page's policy
              // blocks, captions and all), and once the menus are open.
              let first = '';
              const errors = await pageErrors(() =>
                captureConsole(async () => {
                  host.append(el);
                  await settled(el);
                  first = shown();
                  await openMenus(el);
                }),
              );
              const problems = inertProblems(el);
              const dom = first + shown();
              if (markers.some((m) => dom.includes(m))) reached[tag]++;
              el.remove();
              expect(errors.join('\n'), `<${tag}> threw into the page`).to.equal('');
              expect(problems, `<${tag}>`).to.deep.equal([]);
              expect(xssHits, `<${tag}> ran a payload`).to.deep.equal([]);
            }
          },
        ),
        { numRuns: RUNS.elements },
      );
    } finally {
      host.remove();
    }
    // The data did reach every element (as text): the property is not vacuous.
    for (const tag of tags)
      expect(reached[tag], `<${tag}> never showed any of the markup it was given, as text`).to.be.greaterThan(0);
  });
});
