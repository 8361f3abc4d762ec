import { expect } from '@open-wc/testing';
import '../../../src/elements/event-organizers/define.js';
import type { EventOrganizers } from '../../../src/elements/event-organizers/event-organizers.js';
import { initials } from '../../../src/elements/event-organizers/view.js';
import { render, until } from '../../support/fixtures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.width), Math.round(r.height)];
};

const LONG = 'Ассоциация межрегионального социально-экономического взаимодействия «Центральный Федеральный Округ»';
const event = {
  name: 'Tiles',
  startDate: '2027-05-01',
  location: 'Hall',
  organizer: [
    { '@type': 'Organization', name: 'Fine Ltd', logo: '/demo/images/logos/quillmark.svg' },
    // A logo the server does not have (404), and one that never was.
    { '@type': 'Organization', name: 'Gone Ltd', url: 'https://example.org/gone', logo: '/__test__/status?code=404' },
    { '@type': 'Organization', name: LONG },
    { '@type': 'Person', name: 'Ada Lovelace' },
  ],
};

describe('<event-organizers> name tiles', () => {
  it('makes initials from the first two words, letters or digits, whatever the script', () => {
    expect(initials('Gone Ltd')).to.equal('GL');
    expect(initials('ГГУП СФ «Минерал»')).to.equal('ГС');
    expect(initials('«Леонтьевский центр»')).to.equal('ЛЦ');
    expect(initials('quillmark')).to.equal('Q');
    expect(initials('3M Company')).to.equal('3C');
    expect(initials('مؤسسة الثقافة')).to.equal('ما');
    expect(initials('𝒜lpha beta')).to.equal('𝒜B');
    expect(initials('—')).to.equal('—');
  });

  it('gives an entry without a logo, or whose logo 404s, a tile as tall as the logos: initials and the name', async () => {
    const el = await render<EventOrganizers>('event-organizers', event);
    await until(() => $$(el, '.tile').length === 3, 'the missing logo to turn into a name tile');
    const logo = $(el, 'img');
    const tiles = $$(el, '.tile');
    for (const tile of tiles) expect(box(tile)).to.deep.equal(box(logo));
    expect(box(logo)).to.deep.equal([160, 48]);
    expect(tiles.map((t) => t.querySelector('.initials')!.textContent)).to.deep.equal(['GL', 'АМ', 'AL']);
    // The name is the tile's text (the badge is hidden from assistive technology), and its tooltip.
    expect(tiles.map((t) => t.querySelector('.text')!.textContent)).to.deep.equal(['Gone Ltd', LONG, 'Ada Lovelace']);
    expect(tiles.map((t) => t.title)).to.deep.equal(['Gone Ltd', LONG, 'Ada Lovelace']);
    expect(tiles.every((t) => t.querySelector('.initials')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
    // A short name on one line; a long one on two, then cut, inside the tile.
    const lines = (t: HTMLElement) => {
      const text = t.querySelector<HTMLElement>('.text')!;
      return Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight));
    };
    expect(tiles.map(lines)).to.deep.equal([1, 2, 1]);
    const long = tiles[1].querySelector<HTMLElement>('.text')!;
    expect(getComputedStyle(long).webkitLineClamp).to.equal('2');
    expect(long.scrollHeight).to.be.above(long.clientHeight);
    const [inner, outer] = [long.getBoundingClientRect(), tiles[1].getBoundingClientRect()];
    expect(inner.right).to.be.at.most(outer.right);
    expect(inner.top).to.be.at.least(outer.top);
    expect(inner.bottom).to.be.at.most(outer.bottom);
    // A person's initials are round, an organization's square.
    expect(getComputedStyle(tiles[2].querySelector('.initials')!).borderRadius).to.equal('50%');
    expect(getComputedStyle(tiles[0].querySelector('.initials')!).borderRadius).to.not.equal('50%');
    // The link is named by the name alone.
    expect($(el, 'a').querySelector('.text')!.textContent).to.equal('Gone Ltd');
    await expect(el).to.be.accessible();
  });

  it('follows the logo height token, is themable, and mirrors right-to-left', async () => {
    const el = await render<EventOrganizers>('event-organizers', event, { lang: 'ar', dir: 'rtl' });
    await until(() => $$(el, '.tile').length === 3, 'the name tiles');
    el.style.setProperty('--event-organizers-logo-height', '64px');
    el.style.setProperty('--event-organizers-initials-background', 'rgb(1, 2, 3)');
    const tile = $$(el, '.tile')[0];
    expect(box(tile)[1]).to.equal(64);
    const badge = tile.querySelector('.initials')!;
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(1, 2, 3)');
    // Right to left, the badge is at the start: the right.
    const r = tile.getBoundingClientRect();
    const b = badge.getBoundingClientRect();
    expect(r.right - b.right).to.be.below(b.left - r.left);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in the dark theme, with names shown and in monochrome', async () => {
    const variants: Record<string, string>[] = [{ theme: 'dark' }, { 'show-names': '', monochrome: '' }];
    for (const attrs of variants) {
      const el = await render<EventOrganizers>('event-organizers', event, attrs);
      await until(() => $$(el, '.tile').length === 3, 'the name tiles');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
