// The data API (`event-embed/data`) in Node, without a DOM: what a CMS can run before it saves
// an editor's data. Run after `npm run build`; CI runs it. Exits 1 on any difference.
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';

const { parseEvent, problemMessage, problemLanguages } = await import('../dist/lib/data.js');

const seed = parseEvent(await readFile(new URL('../demo/data/seed.ru.json', import.meta.url), 'utf8'));
assert.equal(seed.ok, true);
assert.equal(seed.event.start.instant, Date.UTC(2017, 9, 23, 12, 0));
assert.deepEqual(seed.warnings, []);

const broken = parseEvent('{"name": "x",\n "startDate" "2027-05-01"}');
assert.equal(broken.ok, false);
assert.equal(
  problemMessage(broken.problem),
  'The event data is not valid JSON: at line 2, column 14 it expects a colon, but finds “"2027-05-01"}”.',
);

// A fatal problem has its English message, and is worded in every UI language, synchronously.
assert.equal(broken.problem.message, problemMessage(broken.problem));
const unnamed = parseEvent({ startDate: '2027-05-01' });
assert.equal(unnamed.problem.message, 'name: the event has no name; add "name": "…".');
assert.equal(
  problemMessage(unnamed.problem, 'de'),
  'name: Die Veranstaltung hat keinen Namen; ergänzen Sie "name": "…".',
);
assert.equal(problemMessage(unnamed.problem, 'fr'), unnamed.problem.message);
const worded = new Set(problemLanguages.map((lang) => problemMessage(unnamed.problem, lang)));
assert.equal(worded.size, problemLanguages.length - 2); // no and nn are Bokmål

const warned = parseEvent({ name: 'y', startDate: '2027-05-01', url: 'javascript:alert(1)' });
assert.deepEqual(
  warned.warnings.map((w) => `${w.path}: ${w.code}: ${w.message}`),
  [
    'url: badLink: "javascript:alert(1)" is not an allowed link; only http, https, mailto, tel and relative URLs are used',
  ],
);
assert.equal(warned.event.url, undefined);

console.log(
  `event-embed/data works in Node: the seed event, a JSON error, a warning, problems in ${worded.size} languages.`,
);
