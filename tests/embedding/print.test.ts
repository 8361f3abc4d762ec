/**
 * The announcement on paper (#16): black on white whatever the theme, no buttons or menus,
 * links written out, descriptions whole, sessions never split across pages, every logo of a
 * scrolling row printed. In Chromium and Firefox the print media is emulated; in WebKit (no
 * emulation over WebDriver) the elements' print rules are forced, and their effect checked.
 */
import { expect } from '@open-wc/testing';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import '../../src/index.js';
import { data, render, settled } from '../support/fixtures.js';
import { underMedia } from '../support/media.js';
import { shoot } from '../support/screenshots.js';

/** The widget and every widget inside it (the announcement holds four). */
const roots = (el: Element): ShadowRoot[] => {
  const root = el.shadowRoot!;
  return [root, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap(roots)];
};
const inside = (el: Element, selector: string) =>
  roots(el).flatMap((r) => [...r.querySelectorAll<HTMLElement>(selector)]);
const shown = (e: Element) => getComputedStyle(e).display !== 'none';

/** Waits until each widget has its print styles (they are added as it connects, out of the first load). */
async function printable(el: Element) {
  const has = (root: ShadowRoot) =>
    [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)].some((sheet) =>
      [...sheet.cssRules].some((r) => r instanceof CSSMediaRule && /\bprint\b/.test(r.conditionText)),
    );
  const end = Date.now() + 10_000;
  while (!roots(el).every(has) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  expect(roots(el).every(has), 'every widget has its print styles').to.equal(true);
}

describe('print', () => {
  it('prints the announcement without its controls, links written out, in black on white', async () => {
    const seed = await data('seed.ru');
    // A long description, so that it is clamped on screen.
    seed.description = `${seed.description}\n\n${'Подробности. '.repeat(80)}`;
    seed.url = 'https://example.org/round-table';
    const el = await render<EventAnnouncement>('event-announcement', seed, { theme: 'dark', lang: 'ru' });
    for (const part of el.shadowRoot!.querySelectorAll<EventEmbedElement>(
      'event-card, event-agenda, event-organizers',
    )) {
      await settled(part);
    }
    const card = inside(el, 'article')[0];
    const description = inside(el, '.description')[0];
    const controls = () => inside(el, 'button, summary, .actions, .map');
    const link = inside(el, 'a[href^="https://example.org"]')[0];

    await printable(el);
    // On screen: controls shown, the description clamped, the dark theme.
    expect(controls().filter(shown).length).to.be.greaterThan(3);
    expect(getComputedStyle(description).maxHeight).not.to.equal('none');
    const screenText = getComputedStyle(card).color;

    await underMedia(
      { media: 'print' },
      () => roots(el),
      async () => {
        expect(
          controls()
            .filter(shown)
            .map((e) => e.outerHTML.slice(0, 80)),
        ).to.deep.equal([]);
        expect(getComputedStyle(description).maxHeight).to.equal('none');
        expect(getComputedStyle(card).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(card).color).not.to.equal(screenText);
        // Chromium and WebKit give the address itself; Firefox the declaration, unresolved.
        expect(getComputedStyle(link, '::after').content).to.match(/https:\/\/example\.org\/round-table|attr\(href\)/);
        const sessions = inside(el, '[part="item"]');
        expect(sessions.length).to.be.greaterThan(1);
        for (const s of sessions) expect(getComputedStyle(s).breakInside).to.equal('avoid');
        await shoot(el, 'tests/output/print-announcement.png');
      },
    );
    // Back on screen.
    expect(controls().filter(shown).length).to.be.greaterThan(3);
  });

  it('prints every logo of a scrolling row, and a marquee standing still', async () => {
    const seed = await data('sample.en');
    for (const layout of ['row', 'marquee']) {
      const el = await render('event-organizers', seed, { layout, roles: 'sponsor' });
      const ul = el.shadowRoot!.querySelector('ul')!;
      await printable(el);
      await underMedia(
        { media: 'print' },
        () => [el.shadowRoot!],
        () => {
          expect(ul.scrollWidth, layout).to.be.at.most(el.getBoundingClientRect().width + 1);
          for (const b of el.shadowRoot!.querySelectorAll('button, .copy')) expect(shown(b), layout).to.equal(false);
          const track = el.shadowRoot!.querySelector('.track');
          if (track) expect(getComputedStyle(track).animationName, layout).to.equal('none');
        },
      );
    }
  });
});
