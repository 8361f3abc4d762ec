// Checks the built site in dist-site/ (run after `npm run site`; `npm run site:check` does
// both): every docs page is there, one per element of custom-elements.json among them, and every
// relative link, script, stylesheet and image of every page (docs and demo) names a file the
// site holds (and an id in it, for a link with #id), so nothing that works from the sources breaks once built.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements } from './docs/manifest.js';
import { docsPages } from './docs/site.js';

const site = fileURLToPath(new URL('../dist-site/', import.meta.url));
const problems = [];

const expected = docsPages().map((p) => p.path);
for (const el of elements()) {
  if (!expected.includes(`docs/elements/${el.tagName}.html`)) problems.push(`no page for <${el.tagName}>`);
}
for (const path of expected) if (!existsSync(`${site}${path}`)) problems.push(`${path} is missing`);

const htmlFiles = (dir) =>
  readdirSync(`${site}${dir}`, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => posix.join(posix.relative(site, f.parentPath ?? f.path), f.name));

let links = 0;
const pages = ['index.html', 'demo', 'docs'].flatMap((p) => {
  if (!existsSync(`${site}${p}`)) {
    problems.push(`${p} is missing`);
    return [];
  }
  return p.endsWith('.html') ? [p] : htmlFiles(p);
});
for (const page of pages) {
  const html = readFileSync(`${site}${page}`, 'utf8');
  for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    if (/^([a-z]+:|#|\/\/)/i.test(url)) continue;
    links++;
    const [path, hash] = url.split('#');
    const target = posix.normalize(posix.join(posix.dirname(page), path.split('?')[0]));
    if (target.startsWith('..') || !existsSync(`${site}${target}`)) problems.push(`${page}: ${url} is not in the site`);
    else if (hash && !readFileSync(`${site}${target}`, 'utf8').includes(` id="${hash}"`)) {
      problems.push(`${page}: ${url} names no id of ${target}`);
    }
  }
}

if (problems.length) {
  console.error(`dist-site/ has problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `dist-site/: ${expected.length} docs pages, ${pages.length} pages in all, ${links} relative links, all there.`,
);
