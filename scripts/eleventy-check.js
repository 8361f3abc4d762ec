// The Eleventy example (docs/examples/eleventy/), built as a user builds it: its page holds the
// event pre-rendered by event-embed/ssr (a declarative shadow root with the name, the date, the
// sessions), the event's JSON-LD, and the hydrating build with its chunks beside it. Run after
// `npm run build` (`npm run check:node`; CI runs it). Exits 1 on any difference.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Eleventy } from '@11ty/eleventy';

const example = new URL('../docs/examples/eleventy/', import.meta.url);
const site = new URL('_site/', example);
rmSync(site, { recursive: true, force: true });
const eleventy = new Eleventy(undefined, undefined, {
  configPath: fileURLToPath(new URL('eleventy.config.js', example)),
  quietMode: true,
});
await eleventy.write();

const page = readFileSync(new URL('index.html', site), 'utf8');
const text = page
  .replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '')
  .replace(/<[^>]*>/g, ' ');
assert.match(
  page,
  /<event-announcement lang="ru" rendered="\d+ UTC"><template shadowroot="open" shadowrootmode="open">/,
);
assert.match(text, /Реализация стратегий устойчивого развития городов и регионов: от слов к делу/);
assert.match(page, /<time datetime="2017-10-23T15:00\+03:00">/);
assert.match(text, /Реализация 17 целей устойчивого развития 2030/);
assert.equal(page.split('<script type="application/ld+json">').length - 1, 1);
assert.match(page, /<script type="module" src="\/assets\/event-embed\.hydrate\.js"><\/script>/);
for (const file of ['assets/event-embed.hydrate.js', 'images/photos/photo-1.svg']) {
  assert.ok(existsSync(new URL(file, site)), `${file} in the built site`);
}
// Every chunk the hydrating build imports is there.
const entry = readFileSync(new URL('assets/event-embed.hydrate.js', site), 'utf8');
for (const [, chunk] of entry.matchAll(/from"\.\/(chunks\/hydrate\/[^"]+)"/g)) {
  assert.ok(existsSync(new URL(`assets/${chunk}`, site)), chunk);
}
rmSync(site, { recursive: true, force: true });
console.log(
  'The Eleventy example builds: its page holds the announcement pre-rendered, its JSON-LD, and the hydrating build.',
);
