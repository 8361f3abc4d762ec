/**
 * The corpus of real documents (tests/fixtures/real/, each with its source in SOURCES.md):
 * JSON-LD as sites, platforms, CMS plugins and extractors publish it, none written here. Every
 * document is rendered by every element, in its own language, from its text as published; the
 * card shows the name, date and place the document holds, and nothing reaches the page as an
 * error. (The expectations in expected.json were read off each document by hand.)
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import { settled } from '../support/fixtures.js';

interface Expected {
  name: string;
  start: string | null;
  /** The end, for a document that has one and no start (a deadline): the card shows that day. */
  end?: string;
  place: string | null;
  lang: string;
  events: number;
}

const base = '/tests/fixtures/real/';
const expected: Record<string, Expected> = await (await fetch(`${base}expected.json`)).json();
const TAGS = ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'];

/** Renders `tag` with the document's text as its `event` attribute, the way an editor pastes it. */
async function show(tag: string, text: string, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  const el = document.createElement(tag) as EventEmbedElement;
  el.setAttribute('lang', lang);
  el.setAttribute('event', text);
  wrapper.append(el);
  await settled(el);
  return el;
}

const folded = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('real documents, in every element', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('has at least 40 documents, each with its source', async () => {
    const sources = await (await fetch(`${base}SOURCES.md`)).text();
    const files = Object.keys(expected);
    expect(files.length).to.be.at.least(40);
    for (const file of files) expect(sources, file).to.contain(`- ${file} — `);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: the card shows its name, date and place; the other elements render without error`, async () => {
      const text = await (await fetch(base + file)).text();
      const warn = console.warn;
      console.warn = () => {}; // real data has many small problems; they are logged, and not the point here
      try {
        const card = await show('event-card', text, want.lang);
        expect(card.state, card.errorMessage).to.equal('ready');
        const root = card.shadowRoot!;
        expect(folded(root.querySelector('[part="title"]')?.textContent)).to.equal(folded(want.name));
        const day = want.start ?? want.end;
        if (day) {
          expect(root.querySelector('[part="when"] time')?.getAttribute('datetime')?.slice(0, 10)).to.equal(
            day.slice(0, 10),
          );
        }
        if (want.place) expect(folded(root.textContent)).to.contain(folded(want.place));
        for (const tag of TAGS.slice(1)) {
          const el = await show(tag, text, want.lang);
          expect(['ready', 'empty'], `${tag}: ${el.errorMessage}`).to.include(el.state);
        }
        expect(errors).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }
});
