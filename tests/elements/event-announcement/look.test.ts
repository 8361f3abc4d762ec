/**
 * How the announcement reads as one page (#16, Look): every section the same shape (a heading
 * at the start, then its content), nothing said twice, the sessions' Share quieter than the
 * sessions, and the organizer strip usable on a phone.
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/event-announcement/define.js';
import type { EventAnnouncement } from '../../../src/elements/event-announcement/event-announcement.js';
import type { EventEmbedElement } from '../../../src/core/element.js';
import { data, render, settled, until } from '../../support/fixtures.js';

const inside = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;
const style = (el: Element) => getComputedStyle(el);

async function announcement(
  attrs: Record<string, string> = {},
  width = 960,
  which: 'seed.ru' | 'conference.en' = 'seed.ru',
) {
  const el = await render<EventAnnouncement>('event-announcement', await data(which), { lang: 'ru', ...attrs });
  el.parentElement!.style.width = `${width}px`;
  for (const part of el.shadowRoot!.querySelectorAll<EventEmbedElement>('event-card, event-agenda, event-organizers')) {
    await settled(part);
  }
  return el;
}

describe('<event-announcement> look', () => {
  it('does not list the organizers in the card when they have a section of their own', async () => {
    const el = await announcement();
    const card = inside(el, 'event-card');
    const line = inside(card, '[part="organizer"]');
    expect(line.textContent).to.contain('Министерство природных ресурсов');
    expect(style(line).display).to.equal('none');
    // Without the organizers section, the card says who organizes.
    const alone = await announcement({ sections: 'card agenda' });
    expect(style(inside(inside(alone, 'event-card'), '[part="organizer"]')).display).to.not.equal('none');
  });

  it('gives the organizers a heading like the other sections, at the start, over a panel like the agenda', async () => {
    const el = await announcement();
    const section = inside(el, '[part="heading"]');
    const organizers = inside(el, 'event-organizers');
    const heading = inside(organizers, '[part="heading"]');
    expect(heading.textContent).to.equal('Организаторы');
    for (const prop of ['fontSize', 'fontWeight', 'lineHeight'] as const) {
      expect(style(heading)[prop], prop).to.equal(style(section)[prop]);
    }
    expect(heading.getBoundingClientRect().left).to.equal(el.getBoundingClientRect().left);
    // The panel is the list's, not the whole strip's; the first logo at its start.
    const strip = inside(organizers, '[part="strip"]');
    expect(style(strip).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const list = inside(organizers, '[part="list"]');
    const agenda = inside(inside(el, 'event-agenda'), '[part="agenda"]');
    for (const prop of ['backgroundColor', 'borderTopWidth', 'borderTopColor', 'borderTopLeftRadius'] as const) {
      expect(style(list)[prop], prop).to.equal(style(agenda)[prop]);
    }
    expect(style(list).borderTopWidth).to.equal('1px');
    const first = list.querySelector('li')!.getBoundingClientRect();
    expect(first.left - list.getBoundingClientRect().left).to.be.below(40);
  });

  it("makes each session's Share smaller and quieter than the session, and plain until pointed at", async () => {
    const el = await announcement();
    const agenda = inside(el, 'event-agenda');
    const share = inside(agenda, '.item .share');
    const title = inside(agenda, '.item .title');
    expect(parseFloat(style(share).fontSize)).to.be.below(parseFloat(style(title).fontSize));
    expect(style(share).textDecorationLine).to.equal('none');
    const quiet = style(share).color;
    expect(quiet).to.not.equal(style(title).color);
    // Focused from the keyboard, it looks like a link again.
    share.focus();
    await until(() => share.matches(':focus-visible'), 'the Share button to take focus');
    expect(style(share).color).to.not.equal(quiet);
    expect(style(share).textDecorationLine).to.equal('underline');
  });

  it('puts two organizer tiles to a row on a phone, not one tall column', async () => {
    const el = await announcement({}, 358);
    const organizers = inside(el, 'event-organizers');
    await until(() => inside(organizers, '.tile'), 'the name tile of the organizer without a logo');
    const items = [...organizers.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    expect(items).to.have.length(6);
    const rows = new Set(items.map((r) => Math.round(r.top)));
    expect(rows.size).to.equal(3);
    const list = inside(organizers, '[part="list"]').getBoundingClientRect();
    for (const r of items) expect(r.right).to.be.at.most(list.right);
    // The long name takes two lines of its tile.
    const text = inside(organizers, '.tile .text');
    const lines = text.getBoundingClientRect().height / parseFloat(style(text).lineHeight);
    expect(Math.round(lines)).to.equal(2);
  });

  it("starts the agenda's time-zone line, whole-agenda menu and sessions at one edge", async () => {
    const el = await announcement({ lang: 'en' }, 960, 'conference.en');
    const agenda = inside(el, 'event-agenda');
    await until(() => inside(agenda, '.zone') && inside(agenda, '.calendar'), 'the zone line and the menu');
    const start = (e: HTMLElement) => e.getBoundingClientRect().left + parseFloat(style(e).paddingLeft);
    const item = inside(agenda, '.item');
    for (const line of [inside(agenda, '.zone'), inside(agenda, '.calendar')]) {
      expect(Math.round(start(line))).to.equal(Math.round(start(item)));
    }
  });

  it('lets a lone speaker take the whole row rather than a third of it', async () => {
    const el = await announcement();
    await until(() => inside(el, '.speaker'), 'the speakers section');
    const list = inside(el, '.speaker').parentElement!.getBoundingClientRect();
    expect(el.shadowRoot!.querySelectorAll('.speaker')).to.have.length(1);
    expect(Math.round(inside(el, '.speaker').getBoundingClientRect().width)).to.equal(Math.round(list.width));
  });
});
