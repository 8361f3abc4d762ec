// The docs site: every Markdown page of docs/ (and CHANGELOG.md) as HTML, with one navigation,
// at the same relative paths as on GitHub (docs/theming.md -> docs/theming.html, a folder's
// README.md -> its index.html), so links between the pages work in both places.
// A code block marked ```html example``` is shown as code and, beside it, live: the widgets on
// the page are the real ones, loaded from the site's dist/event-embed.js.
// Used by scripts/site.js (npm run site), the dev server (vite.config.ts) and the tests' server
// (tests/support/docs-plugin.js), which all serve the pages under /docs/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, Renderer } from 'marked';
import { elements, readManifest } from './manifest.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The pages, in the order of the navigation: [source in the repository, label]. */
function sources() {
  return [
    ['docs/README.md', 'Overview'],
    ['docs/embedding.md', 'Embedding'],
    ['docs/prerendering.md', 'Pre-rendered HTML'],
    ['docs/elements/README.md', 'Elements'],
    ...elements(readManifest()).map((el) => [`docs/elements/${el.tagName}.md`, `<${el.tagName}>`, 'element']),
    ['docs/theming.md', 'Theming'],
    ['docs/editors.md', 'For CMS editors'],
    ['docs/data-format.md', 'The data format'],
    ['docs/csp.md', 'Content-Security-Policy'],
    ['docs/development.md', 'Development'],
    ['CHANGELOG.md', 'Changelog'],
  ].map(([source, label, kind]) => ({ source, label, kind, path: pagePath(source) }));
}

/** Where a source's page is on the site. */
function pagePath(source) {
  if (source === 'CHANGELOG.md') return 'docs/changelog.html';
  return source.replace(/(^|\/)README\.md$/, '$1index.md').replace(/\.md$/, '.html');
}

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
/** `to` relative to the folder of `from`, both paths from the site's root. */
const relative = (from, to) => posix.relative(posix.dirname(from), to) || posix.basename(to);

/**
 * A link of a Markdown source, made to work on the site: to another page, or to what the site
 * also holds (the demo pages and data, the screenshots). Anything else is a mistake in the docs.
 */
function siteHref(href, source, page, pages) {
  if (/^([a-z]+:|#|\/\/)/i.test(href)) return href;
  const [path, hash = ''] = href.split('#');
  const target = posix.normalize(posix.join(posix.dirname(source), path));
  const other = pages.find((p) => p.source === target);
  if (other) return relative(page, other.path) + (hash && `#${hash}`);
  if (/^(demo\/|docs\/screenshots\/|custom-elements\.json$)/.test(target) && existsSync(`${root}${target}`)) return href;
  throw new Error(`${source} links to ${href}, which the docs site does not have`);
}

function renderer(source, page, pages) {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(inner)}">${inner}</h${depth}>\n`;
      },
      code({ text, lang = '' }) {
        const [language, mode] = lang.split(/\s+/);
        const shown = `<pre tabindex="0"><code${language ? ` class="language-${escape(language)}"` : ''}>${escape(text)}</code></pre>`;
        if (mode !== 'example') return `${shown}\n`;
        return `<div class="example"><div class="live">\n${text}\n</div>${shown}</div>\n`;
      },
      // HTML in a line of text is shown as text (a `<script …>` quoted in prose would swallow
      // the rest of the page); blocks of HTML are the page's own markup.
      html({ text, block }) {
        return block ? text : escape(text);
      },
      table(token) {
        // Wide tables scroll on their own, and so can be reached with the keyboard.
        return `<div class="table" tabindex="0">${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
    },
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') token.href = siteHref(token.href, source, page, pages);
    },
  });
  return marked;
}

function layout({ title, body, page, pages, script }) {
  const up = '../'.repeat(page.split('/').length - 1);
  const link = (p) => {
    const current = p.path === page ? ' aria-current="page"' : '';
    const label = p.kind === 'element' ? `<code>${escape(p.label)}</code>` : escape(p.label);
    return `<li${p.kind ? ` class="${p.kind}"` : ''}><a href="${relative(page, p.path)}"${current}>${label}</a></li>`;
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · event-embed</title>
    <link rel="stylesheet" href="${relative(page, 'docs/assets/docs.css')}" />
    <script type="module" src="${script ?? `${up}dist/event-embed.js`}"></script>
  </head>
  <body>
    <a class="skip" href="#content">Skip to the content</a>
    <header class="site">
      <a class="brand" href="${relative(page, 'docs/index.html')}">event-embed</a>
      <nav aria-label="Site">
        <a href="${relative(page, 'docs/index.html')}">Docs</a>
        <a href="${up}demo/index.html">Demo</a>
        <a href="${up}demo/builder.html">Snippet builder</a>
        <a href="${up}demo/reference.html">Reference</a>
      </nav>
    </header>
    <div class="docs">
      <nav class="pages" aria-label="Documentation">
        <ul>
          ${pages.map(link).join('\n          ')}
        </ul>
      </nav>
      <main id="content">
${body}
      </main>
    </div>
  </body>
</html>
`;
}

/**
 * Every page of the docs site: `{ path, source, html }`, `path` from the site's root
 * (docs/…). `script`: the URL of the library the pages load (default: the site's
 * dist/event-embed.js, relative).
 */
export function docsPages({ script } = {}) {
  const pages = sources();
  return pages.map(({ source, path }) => {
    const markdown = readFileSync(`${root}${source}`, 'utf8');
    const body = renderer(source, path, pages).parse(markdown);
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1].replace(/<[^>]*>/g, '') ?? 'event-embed';
    const plain = title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#39;/g, "'");
    return { path, source, html: layout({ title: plain, body, page: path, pages, script }) };
  });
}

/** The page at `path` (docs/…), or undefined. */
export function docsPage(path, options) {
  return docsPages(options).find((p) => p.path === path);
}

/** Writes the docs site into `out` (the site's root): the pages, their stylesheet, the screenshots, a root page. */
export function writeDocs(out) {
  for (const { path, html } of docsPages()) {
    mkdirSync(dirname(`${out}/${path}`), { recursive: true });
    writeFileSync(`${out}/${path}`, html);
  }
  // The site's root leads to the docs (and names the demo, for a reader who looks there).
  writeFileSync(
    `${out}/index.html`,
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>event-embed</title>
    <meta http-equiv="refresh" content="0; url=docs/index.html" />
  </head>
  <body>
    <p><a href="docs/index.html">The docs</a> · <a href="demo/index.html">the demo</a></p>
  </body>
</html>
`,
  );
  for (const dir of ['assets', 'screenshots']) {
    cpSync(`${root}docs/${dir}`, `${out}/docs/${dir}`, { recursive: true });
  }
  return readdirSync(`${out}/docs`);
}
