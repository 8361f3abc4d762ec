// The server renderer (`event-embed/ssr`) and its command (`event-embed render`) in Node, with no
// browser: every element for the seed event, the languages, the attributes, the time zone, the
// safety rules and the errors. Run after `npm run build` (`npm run check:node`; CI runs it).
// Exits 1 on any difference. What the HTML looks like in browsers: tests/ssr/prerendered.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const { render, RenderError, tags } = await import('../dist/lib/ssr/index.js');
const { parseEvent, problemLanguages, problemMessage } = await import('../dist/lib/data.js');

const seedFile = fileURLToPath(new URL('../demo/data/seed.ru.json', import.meta.url));
const seed = await readFile(seedFile, 'utf8');
const cli = fileURLToPath(new URL('../dist/lib/ssr/cli.js', import.meta.url));

/** The text of some HTML: tags and Lit's comment markers gone, blanks collapsed. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
const count = (html, s) => html.split(s).length - 1;
const dsd = '<template shadowroot="open" shadowrootmode="open">';

// Every element: itself, a declarative shadow root with its styles, its content, its data, and
// the moment and readers' zone it was made for (`rendered`, which the browser hydrates with).
const now = Date.parse('2017-10-20T12:00:00Z');
const stamp = `${now} UTC`;
const out = {};
for (const tag of tags) {
  const html = (out[tag] = await render(tag, seed, { lang: 'ru', now }));
  assert.ok(
    html.startsWith(`<${tag} lang="ru" rendered="${stamp}">${dsd}<style>:host{`),
    `${tag}: ${html.slice(0, 200)}`,
  );
  assert.ok(html.endsWith(`</script></${tag}>`), tag);
  assert.equal(count(html, '<script type="application/ld+json">'), 1, tag);
  assert.doesNotMatch(text(html), /Loading|Загрузка/, `${tag} is not in its loading state`);
}
const card = text(out['event-card']);
assert.match(card, /Реализация стратегий устойчивого развития городов и регионов: от слов к делу/);
assert.match(card, /23 октября 2017 г., 15:00 – 17:00 \(Москва, стандартное время\)/);
assert.match(card, /Park Inn by Radisson Прибалтийская, ул\. Кораблестроителей, д\. 14/);
assert.match(card, /Добавить в календарь/);
assert.match(out['event-card'], /<time datetime="2017-10-23T15:00\+03:00">/);
// The agenda's sessions, made with the server's DOM (src/ssr/nodes.ts) as in the browser, with
// the agenda's styles, which the browser adopts when its view loads.
assert.equal(out['event-agenda'].match(/<li class="item" part="item" data-session="\d">/g)?.length, 9);
assert.match(text(out['event-agenda']), /Реализация 17 целей устойчивого развития 2030/);
assert.match(out['event-agenda'], /\.item\{display:grid/);
assert.equal(count(out['event-organizers'], 'part="logo"'), 5);
assert.match(text(out['event-organizers']), /Организаторы.*Ассоциация межрегионального/);
assert.equal(count(out['event-gallery'], 'part="thumb"'), 9);
assert.match(out['event-gallery'], /aria-label="Фотогалерея"/);
// The announcement: its four parts, each pre-rendered in its own shadow root, its data once.
const whole = out['event-announcement'];
for (const part of ['event-card', 'event-agenda', 'event-organizers', 'event-gallery']) {
  assert.match(whole, new RegExp(`<${part}\\s+part="[a-z]+" lang="ru"[^>]* defer-hydration>${dsd}<style>`), part);
}
assert.equal(count(whole, dsd), 5);
assert.equal(count(whole, 'application/ld+json'), 1);
assert.match(text(whole), /Программа.*Реализация 17 целей.*Организаторы.*Фотогалерея/);

// The corpus of real documents (tests/fixtures/real/, sources in SOURCES.md), each from its text
// as published and in its own language: the card holds its name, date and place, and the other
// elements render it too (an event with no agenda, say, renders as an empty element).
const real = new URL('../tests/fixtures/real/', import.meta.url);
const expected = JSON.parse(await readFile(new URL('expected.json', real), 'utf8'));
const folded = (s) => s.replace(/\s+/g, ' ').trim();
const warn = console.warn;
console.warn = () => {}; // real data has many small problems, logged as the widgets log them
const unescaped = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
for (const [file, want] of Object.entries(expected)) {
  const doc = await readFile(new URL(file, real), 'utf8');
  const card = await render('event-card', doc, { lang: want.lang });
  const shown = folded(unescaped(text(card)));
  assert.ok(shown.includes(folded(want.name)), `${file}: ${want.name} in ${shown.slice(0, 300)}`);
  const day = want.start ?? want.end;
  if (day) assert.match(card, new RegExp(`<time datetime="${day.slice(0, 10)}`), file);
  if (want.place) assert.ok(shown.includes(folded(want.place)), `${file}: ${want.place}`);
  for (const tag of tags.slice(1)) assert.ok((await render(tag, doc, { lang: want.lang })).startsWith(`<${tag}`));
}
console.warn = warn;
assert.equal(globalThis.document, undefined, 'no document is left in the process');

// The time zone of the readers: the event's own is named only when it differs.
assert.doesNotMatch(text(await render('event-card', seed, { lang: 'ru', timeZone: 'Europe/Moscow' })), /Москва/);
assert.match(text(await render('event-card', seed, { timeZone: 'Asia/Tokyo' })), /Moscow Standard Time/);
assert.equal(process.env.TZ, undefined, 'the process keeps its time zone');

// Every UI language at once, with no loading state.
const galleryLabels = new Set();
for (const lang of problemLanguages) {
  const html = await render('event-gallery', seed, { lang, now });
  assert.ok(html.startsWith(`<event-gallery lang="${lang}" rendered="${stamp}">`));
  galleryLabels.add(/aria-label="([^"]+)"/.exec(html)[1]);
}
assert.equal(galleryLabels.size, problemLanguages.length - 2); // no and nn are Bokmål

// The attributes, as in HTML.
const attributed = await render('event-card', seed, {
  now,
  attributes: { 'heading-level': 4, theme: 'dark', 'no-calendar': true, 'no-image': false },
});
assert.ok(
  attributed.startsWith(`<event-card heading-level="4" theme="dark" no-calendar lang="en" rendered="${stamp}">`),
  attributed.slice(0, 80),
);
assert.match(attributed, /role="heading" aria-level="4"/);
assert.doesNotMatch(text(attributed), /Add to calendar/);
const sections = await render('event-announcement', seed, { attributes: { sections: 'gallery card' } });
assert.ok(sections.indexOf('<event-gallery') < sections.indexOf('<event-card'));
assert.doesNotMatch(sections, /<event-agenda/);
await assert.rejects(render('event-card', seed, { attributes: { onclick: 'x' } }), TypeError);
await assert.rejects(render('event-card', seed, { attributes: { src: 'x.json' } }), TypeError);
await assert.rejects(render('event-calendar', seed), TypeError);
await assert.rejects(render('event-card', seed, { timeZone: 'Mars/Olympus' }), TypeError);

// Event data is never HTML, and only safe URLs are written.
const hostile = await render('event-card', {
  name: '<img src=x onerror=alert(1)>',
  startDate: '2027-05-01T10:00:00Z',
  description: '</script><script>alert(2)</script>',
  url: 'javascript:alert(3)',
  image: 'javascript:alert(4)',
});
// (The JSON-LD block holds the data as given, inert: the reader reads it again in the browser.)
const [shown, data] = hostile.split('<script type="application/ld+json">');
assert.doesNotMatch(shown, /<img src=x|<script|javascript:/);
assert.doesNotMatch(data.slice(0, -'</script></event-card>'.length), /</);
assert.match(hostile, /&lt;img src=x onerror=alert\(1\)&gt;/);
assert.match(hostile, /\\u003c\/script>\\u003cscript>alert\(2\)/);
// Parts made with the DOM (speakers, sessions: src/ssr/nodes.ts) write the data as text too.
const people = await render('event-announcement', {
  name: 'x',
  startDate: '2027-05-01T10:00:00Z',
  performer: { name: '<b>"P" & Co</b>', url: 'https://e.org/?a=1&b="2"', image: 'https://e.org/p.jpg?"><script>' },
  subEvent: [{ name: '<i>talk</i>', startDate: '2027-05-01T11:00:00Z', performer: { name: '<u>S</u>' } }],
});
assert.doesNotMatch(people.split('application/ld+json')[0], /<b>|<i>|<u>|<script>/);
assert.match(people, /&lt;b&gt;&quot;P&quot; &amp; Co&lt;\/b&gt;/);
assert.match(people, /href="https:\/\/e\.org\/\?a=1&amp;b=&quot;2&quot;"/);
assert.match(people, /&lt;i&gt;talk&lt;\/i&gt;/);

// Data that cannot be shown: the widget's sentence, in its language; warnings as it logs them.
const error = await render('event-card', '{"name": "x",}', { lang: 'de' }).catch((e) => e);
assert.ok(error instanceof RenderError);
assert.match(error.message, /^Die Veranstaltungsdaten sind kein gültiges JSON: Das Komma in Zeile 1, Spalte 13/);
assert.equal(error.problem.code, 'json');
const warnings = [];
await render(
  'event-card',
  { name: 'y', startDate: '2027-05-01', url: 'javascript:x' },
  { onWarning: (w) => warnings.push(w.code) },
);
assert.deepEqual(warnings, ['badLink']);

// The command, as `npx event-embed render` runs it.
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const ok = run([
  'render',
  seedFile,
  '--tag',
  'event-announcement',
  '--lang',
  'ru',
  '--script-url',
  'https://cdn.example.org/event-embed.js',
  '--now',
  new Date(now).toISOString(),
]);
assert.equal(ok.status, 0, ok.stderr);
assert.equal(ok.stdout, `${whole}\n<script type="module" src="https://cdn.example.org/event-embed.js"></script>\n`);
const piped = run(['render', '-', '--tag', 'event-card', '--attr', 'heading-level=3', '--attr', 'no-image'], seed);
assert.equal(piped.status, 0, piped.stderr);
assert.ok(piped.stdout.startsWith('<event-card heading-level="3" no-image lang="en" rendered="'));
assert.doesNotMatch(piped.stdout, /<script type="module"/); // no script without --script-url
const bad = run(['render', '-', '--lang', 'ru'], '{"name": "x",}');
assert.equal(bad.status, 1);
assert.equal(bad.stdout, '');
assert.equal(bad.stderr, `${problemMessage(parseEvent('{"name": "x",}').problem, 'ru')}\n`);
const unnamed = run(['render', '-', '--lang', 'de'], '{"startDate": "2027-05-01"}');
assert.equal(unnamed.status, 1);
assert.equal(unnamed.stderr, 'name: Die Veranstaltung hat keinen Namen; ergänzen Sie "name": "…".\n');
const warned = run(
  ['render', '-', '--tag', 'event-card'],
  '{"name": "y", "startDate": "2027-05-01", "url": "javascript:x"}',
);
assert.equal(warned.status, 0);
assert.match(warned.stderr, /^event-embed <event-card>: url: "javascript:x" is not an allowed link/);
for (const args of [
  [],
  ['render'],
  ['render', seedFile, '--tag', 'event-x'],
  ['render', seedFile, '--script-url', 'javascript:x'],
  ['render', seedFile, '--attr', 'onclick=x'],
  ['render', seedFile, '--now', 'soon'],
]) {
  const usage = run(args);
  assert.equal(usage.status, 2, args.join(' '));
  assert.match(usage.stderr, /Usage: event-embed render/);
}
assert.equal(run(['render', 'no-such-file.json']).status, 1);

console.log(
  `event-embed/ssr works in Node: ${tags.length} elements pre-rendered for the seed event and ${Object.keys(expected).length} real documents, in ${galleryLabels.size} languages; the command renders, and fails on bad data with the widget's words.`,
);
