import { expect } from '@open-wc/testing';
import { parseEvent } from '../../src/data.js';
import { offsetIn } from '../../demo/builder/form.js';
import { jsonLines, lineOf } from '../../demo/builder/json-lines.js';
import { buildSnippet, escapeHtml, fallbackHtml, jsonForScript } from '../../demo/builder/snippet.js';

const tricky = {
  '@type': 'Event',
  name: `Tom & Jerry's "Open" <b>Meetup</b> </script><!-- «Ёлка»`,
  startDate: '2027-03-01T18:00:00+02:00',
  timeZone: 'Europe/Helsinki',
  location: { '@type': 'Place', name: `O'Neil & Sons <Hall>` },
  url: 'https://example.org/?a=1&b="2"',
};

/** The snippet parsed as a page would parse it, with no script run. */
const inert = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');

describe('snippet', () => {
  it('escapes text and attribute values', () => {
    expect(escapeHtml(`a & b "c" 'd' <e>`)).to.equal(`a &amp; b &quot;c&quot; 'd' &lt;e&gt;`);
  });

  it('keeps </script and <!-- from ending or confusing a script block, and the JSON the same', () => {
    const json = JSON.stringify({ a: '</script><!-- </SCRIPT >' });
    const safe = jsonForScript(json);
    expect(safe).not.to.match(/<\/script|<!--/i);
    expect(JSON.parse(safe)).to.deep.equal(JSON.parse(json));
  });

  it('puts the event in the attribute so that the page reads back the same data', () => {
    const html = buildSnippet(tricky, {
      scriptUrl: 'https://cdn.example/e.js?a=1&b=2',
      tags: ['event-card'],
      form: 'attribute',
      lang: 'ru',
    });
    const doc = inert(html);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('https://cdn.example/e.js?a=1&b=2');
    const el = doc.querySelector('event-card')!;
    expect(JSON.parse(el.getAttribute('event')!)).to.deep.equal(tricky);
    expect(el.getAttribute('lang')).to.equal('ru');
    expect(el.children).to.have.length(0);
  });

  it('puts the event in an inline JSON-LD block that parses back to the same data', () => {
    const html = buildSnippet(tricky, {
      scriptUrl: '/e.js',
      tags: ['event-card'],
      form: 'block',
      theme: 'dark',
      accent: '#00695c',
    });
    const doc = inert(html);
    const el = doc.querySelector('event-card')!;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('style')).to.equal('--event-embed-accent: #00695c');
    const block = el.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(block.textContent!)).to.deep.equal(tricky);
    // Nothing after the block was swallowed by it.
    expect(doc.body.lastElementChild).to.equal(el);
  });

  it('shares one block between several widgets', () => {
    const doc = inert(
      buildSnippet(tricky, { scriptUrl: '/e.js', tags: ['event-card', 'event-agenda'], form: 'block' }),
    );
    const block = doc.querySelector('body > script[type="application/ld+json"]')!;
    expect(block.id).to.match(/^event-[a-z0-9]+$/);
    expect([...doc.querySelectorAll('event-card, event-agenda')].map((e) => e.getAttribute('src'))).to.deep.equal([
      `#${block.id}`,
      `#${block.id}`,
    ]);
    expect(JSON.parse(block.textContent!)).to.deep.equal(tricky);
  });

  it('writes readable fallback HTML with every piece of data escaped', () => {
    const result = parseEvent(tricky);
    if (!result.ok) throw new Error('the test data must parse');
    const fallback = fallbackHtml(result.event, 'en', 'Details');
    const doc = inert(buildSnippet(tricky, { scriptUrl: '/e.js', tags: ['event-card'], form: 'attribute', fallback }));
    const p = doc.querySelector('event-card > p')!;
    expect(p.querySelector('strong')!.textContent).to.equal(tricky.name);
    expect(p.querySelectorAll('b, script')).to.have.length(0);
    expect(p.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-01T18:00+02:00');
    expect(p.querySelector('time')!.textContent).to.match(
      /March 1, 2027.*6:00\sPM.*\(Eastern European Standard Time\)/,
    );
    expect(p.textContent).to.contain(`O'Neil & Sons <Hall>`);
    expect(p.querySelector('a')!.getAttribute('href')).to.equal(tricky.url);
  });
});

describe('JSON lines', () => {
  const text =
    '{\n  "name": "x",\n  "location": [\n    { "name": "a" },\n    {\n      "url": "b"\n    }\n  ],\n  "o": { "p": [1, 2] }\n}';

  it('finds the line of every key and list item under the paths the parser uses', () => {
    const lines = jsonLines(text);
    expect(lines.get('')).to.equal(1);
    expect(lines.get('name')).to.equal(2);
    expect(lines.get('location')).to.equal(3);
    expect(lines.get('location[0]')).to.equal(4);
    expect(lines.get('location[0].name')).to.equal(4);
    expect(lines.get('location[1]')).to.equal(5);
    expect(lines.get('location[1].url')).to.equal(6);
    expect(lines.get('o.p[1]')).to.equal(9);
  });

  it('falls back to the nearest part that exists', () => {
    const lines = jsonLines(text);
    expect(lineOf(lines, 'location[1].geo.latitude')).to.equal(5);
    expect(lineOf(lines, 'startDate')).to.equal(1);
  });
});

describe('offsetIn', () => {
  it('gives the offset of a wall-clock time in a zone, summer time included', () => {
    expect(offsetIn('Europe/Moscow', '2017-10-23T15:00')).to.equal('+03:00');
    expect(offsetIn('Europe/Helsinki', '2027-03-01T18:00')).to.equal('+02:00');
    expect(offsetIn('Europe/Helsinki', '2027-07-01T18:00')).to.equal('+03:00');
    expect(offsetIn('America/St_Johns', '2027-01-10T09:00')).to.equal('-03:30');
    expect(offsetIn('UTC', '2027-01-10T09:00')).to.equal('+00:00');
  });
});
