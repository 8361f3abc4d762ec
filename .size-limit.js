// Size budgets, checked by `npm run size` (size-limit) after `npm run build`; CI fails over any.
// Sizes are gzip, in bytes; "kB" is 1,000 bytes. Each budget is the measurement plus less than
// 10% headroom, so that growth is seen; raising one is a decision to write down.
//
// - dist/event-embed.js, the one file partner pages load (Lit and every element): at most
//   20 kB, the project's promise (measured 17.6 kB once the agenda's view loaded on demand). What few pages use loads on demand from
//   dist/chunks/ (see the README's size section): a feature added to the first load pays for
//   itself here.
// - The library without its languages: that file plus every chunk it loads on demand (those
//   of dist/chunks/ with a hash in the name: calendar, lightbox, structured data, the
//   error box with its diagnostics, agenda filters, organizers layouts).
// - Each language (dist/chunks/<lang>.js): loaded only by pages that speak it; its problem
//   sentences (dist/chunks/<lang>.errors.js) only when some data there has a problem.
// - dist/event-embed.classic.js holds the same code in one classic script (languages apart).
// - Each element's npm entry (dist/lib/elements/<tag>/define.js), bundled by esbuild with
//   everything it imports from core, minified. `lit` stays external: it is a dependency that
//   the user's bundler shares between our elements (and any other Lit components on the page),
//   and Lit itself is budgeted in dist/event-embed.js; so each of these budgets guards only
//   code we write. Code loaded with `import()` (calendar, languages, lightbox) is left out too.
//
// A new element under src/elements/ fails `npm run size` (limit 0) until it has a budget here.
import { existsSync, readdirSync } from 'node:fs';

const ELEMENT_BUDGETS = {
  'event-agenda': 10400, // 9,930 B: its view (./view.ts) loads on demand; core grew with the card (#13, #16)
  'event-announcement': 14900, // 14,840 B: all four elements, three of their views on demand; the server paths (#15, below)
  'event-card': 14000, // 13,960 B: print styles, the status line by the clock, the offers reader (the event's and, since #13, each session's), badges, the viewer's time, the organizer line (its ticket tiers load on demand); since #15, the status line a pre-rendered card keeps, and the server's paths (a bundler that resolves Lit's browser build, where isServer is false, drops them: they are not in dist/event-embed.js)
  'event-gallery': 10100, // 9,550 B
  'event-organizers': 10300, // 9,800 B
};

const dist = (path) => ({ path, gzip: true, disablePlugins: ['@size-limit/esbuild'] });

/** esbuild, configured as the user's bundler would be, measuring an element's eager code. */
function element(tag) {
  return {
    name:
      `<${tag}> (dist/lib/elements/${tag}/define.js + core, minified, lit external, without lazy imports)` +
      (tag in ELEMENT_BUDGETS ? '' : ': NO BUDGET YET, add one to ELEMENT_BUDGETS in .size-limit.js'),
    path: `dist/lib/elements/${tag}/define.js`,
    gzip: true,
    limit: `${ELEMENT_BUDGETS[tag] ?? 0} B`,
    modifyEsbuildConfig(config) {
      return {
        ...config,
        format: 'esm',
        external: ['lit', 'lit/*', '@lit/*'],
        plugins: [
          {
            name: 'lazy-imports-external',
            setup(build) {
              build.onResolve({ filter: /.*/ }, (args) =>
                args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
              );
            },
          },
        ],
      };
    },
  };
}

const tags = existsSync('src/elements') ? readdirSync('src/elements').sort() : [];

const LANGUAGES = ['ar', 'da', 'de', 'et', 'fi', 'is', 'lt', 'lv', 'nb', 'pl', 'ru', 'sv'];

export default [
  { name: 'dist/event-embed.js (loaded by the page)', ...dist('dist/event-embed.js'), limit: '20 kB' },
  // The same with Lit's hydration support (@lit-labs/ssr-client, 2 kB) and src/hydration.ts, for
  // pages pre-rendered by event-embed/ssr (src/hydrate.ts): an entry of its own, so that pages
  // without server HTML do not load it.
  {
    name: 'dist/event-embed.hydrate.js (loaded by a pre-rendered page)',
    ...dist('dist/event-embed.hydrate.js'),
    limit: '23 kB',
  },
  {
    name: 'The library without languages: dist/event-embed.js + every chunk it loads on demand',
    ...dist(['dist/event-embed.js', 'dist/chunks/*-*.js']),
    // 56.1 kB: the lenient readers (real-world JSON-LD shapes, ~3 kB); the views of the agenda,
    // gallery, organizers and announcement; the card's ticket tiers, performers line, details
    // and recurring dates, the speakers section, the whole-agenda .ics (#13); video players,
    // responsive images, share and print (#16). None of it in the first load.
    limit: '58 kB',
  },
  // At most 1.55 kB (ar): the UI strings; a language's problem sentences are a chunk apart.
  ...LANGUAGES.map((lang) => ({ name: `dist/chunks/${lang}.js`, ...dist(`dist/chunks/${lang}.js`), limit: '1.7 kB' })),
  // At most 2.0 kB (ar): the 18 problems an editor can make, the JSON mistakes named among them,
  // loaded only when some data has a problem.
  ...LANGUAGES.map((lang) => ({
    name: `dist/chunks/${lang}.errors.js`,
    ...dist(`dist/chunks/${lang}.errors.js`),
    limit: '2.2 kB',
  })),
  {
    name: 'dist/event-embed.classic.js (the library in one classic script, languages apart)',
    ...dist('dist/event-embed.classic.js'),
    // 47.2 kB: one script holds every on-demand part (the lenient readers, #13 and #16 included):
    // a classic script cannot share the module build's chunks, which import its Lit.
    limit: '49 kB',
  },
  // The autoloader holds core/copies.ts (which copy runs the page), measured 501 B.
  { name: 'dist/autoloader.js', ...dist('dist/autoloader.js'), limit: '550 B' },
  ...tags.map(element),
];
