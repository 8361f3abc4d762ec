/**
 * Right-to-left: under `dir="rtl"` (on <html> or any ancestor) the widgets mirror. Their shadow
 * roots inherit `direction` from the host, and their styles use logical properties, so text
 * starts on the right, the wide card has its image on the right, the agenda's time column is
 * on the right, logos run from right to left and the marquee moves the other way.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import { data, settled } from '../support/fixtures.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const box = (e: Element) => e.getBoundingClientRect();
/** The content box of an element (its border box less borders and padding). */
function content(e: Element) {
  const r = box(e);
  const s = getComputedStyle(e);
  const px = (p: string) => parseFloat(s.getPropertyValue(p));
  return {
    left: r.left + px('border-left-width') + px('padding-left'),
    right: r.right - px('border-right-width') - px('padding-right'),
  };
}
/** The extent of each line of text inside an element (a line can hold several bidi runs). */
function lines(e: Element) {
  const range = document.createRange();
  range.selectNodeContents(e);
  const found: { top: number; left: number; right: number }[] = [];
  for (const r of range.getClientRects()) {
    if (!r.width) continue;
    const line = found.find((l) => Math.abs(l.top - r.top) < 2);
    if (line) [line.left, line.right] = [Math.min(line.left, r.left), Math.max(line.right, r.right)];
    else found.push({ top: r.top, left: r.left, right: r.right });
  }
  return found;
}

/** Mounts `<tag>` in a `dir`/`lang` box of a given width, and waits until it has settled. */
async function mount<T extends EventEmbedElement>(
  tag: string,
  width: number,
  attrs: Record<string, string> = {},
  dir = 'rtl',
) {
  const event = await data('sample.en');
  event.eventStatus = 'https://schema.org/EventPostponed';
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang="ar" style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.event = event;
  wrapper.append(el);
  await settled(el);
  // The card's image (not lazy) is laid out once decoded.
  await Promise.all($$(el, 'img:not([loading="lazy"])').map((i) => (i as HTMLImageElement).decode().catch(() => {})));
  return el;
}

describe('right-to-left', () => {
  it('the card: text starts on the right, the image is on the right at wide widths', async () => {
    const el = await mount('event-card', 800);
    expect(el.state).to.equal('ready');
    expect(getComputedStyle($(el, '.root')).direction).to.equal('rtl');
    // The widget's root fills the host in both directions (theme.ts floats it left).
    expect(box($(el, '.root')).left).to.be.closeTo(box(el).left, 0.5);
    expect(box($(el, '.root')).right).to.be.closeTo(box(el).right, 0.5);

    const body = content($(el, '.body'));
    const img = box($(el, 'img'));
    expect(img.left, 'image right of the body').to.be.at.least(box($(el, '.body')).right - 1);
    expect(img.right).to.be.closeTo(box($(el, '.card')).right - 1, 1.5);

    // Every line of the title ends at the body's right edge; the short ones leave room on the left.
    const title = lines($(el, '[part="title"]'));
    for (const line of title) expect(line.right, 'title line right edge').to.be.closeTo(body.right, 1.5);
    expect(Math.min(...title.map((l) => l.left)), 'title text starts on the right').to.be.greaterThan(body.left + 10);

    const status = box($(el, '[part="status"]'));
    expect(status.right, 'status badge on the right').to.be.closeTo(body.right, 1.5);
    expect(status.left).to.be.greaterThan(body.left + 10);

    const [tickets, details] = $$(el, 'a[part="button"]').map(box);
    expect(tickets.right, 'first button on the right').to.be.closeTo(body.right, 1.5);
    expect(details.right, 'the next one to its left').to.be.at.most(tickets.left);
    await expect(el).to.be.accessible();
  });

  it('the card follows <html dir="rtl" lang="ar">', async () => {
    const root = document.documentElement;
    const saved = [root.getAttribute('dir'), root.getAttribute('lang')];
    root.setAttribute('dir', 'rtl');
    root.setAttribute('lang', 'ar');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement('event-card') as EventEmbedElement;
      el.event = await data('sample.en');
      wrapper.append(el);
      await settled(el);
      expect($(el, '[part="more"]').textContent!.trim()).to.equal('عرض المزيد');
      expect(box($(el, 'img')).left).to.be.at.least(box($(el, '.body')).right - 1);
      const body = content($(el, '.body'));
      for (const line of lines($(el, '[part="title"]'))) expect(line.right).to.be.closeTo(body.right, 1.5);
      await expect(el).to.be.accessible();
    } finally {
      for (const [name, value] of [
        ['dir', saved[0]],
        ['lang', saved[1]],
      ] as const) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    }
  });

  it('error messages keep their code left-to-right inside Arabic sentences', async () => {
    const cases: [string, string, string][] = [
      ['event', '{"@type": "Event"}', '"name": "…"'],
      ['event', '{"@type": "Thing", "name": "x"}', '@type: «Thing»'],
      ['event', '[]', '"@type": "Event"'],
      ['event', '42', '{"name": …, "startDate": …}'],
      ['src', '#no-such-block', '<script type="application/ld+json">'],
    ];
    for (const [attr, value, code] of cases) {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 900px"></div>`);
      const el = document.createElement('event-card') as EventEmbedElement;
      el.setAttribute(attr, value);
      wrapper.append(el);
      await settled(el);
      expect(el.state).to.equal('error');
      const text = [...$(el, '[role="alert"] p').childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE)!;
      const at = text.data.indexOf(code);
      expect(at, `${code} in ${text.data}`).to.be.at.least(0);
      // Character by character, the code runs from left to right.
      const lefts = [...code].map((_, i) => {
        const range = document.createRange();
        range.setStart(text, at + i);
        range.setEnd(text, at + i + 1);
        return range.getBoundingClientRect().left;
      });
      for (let i = 1; i < lefts.length; i++)
        expect(lefts[i], `${code}: “${code[i]}” after “${code[i - 1]}”`).to.be.greaterThan(lefts[i - 1]);
      await expect(el).to.be.accessible();
    }
  });

  it('the agenda: the time column is on the right, the session to its left', async () => {
    const el = await mount('event-agenda', 640);
    expect(el.state).to.equal('ready');
    const item = $(el, '.item');
    const time = box(item.querySelector('.time')!);
    const body = box(item.querySelector('.body')!);
    expect(time.right, 'time column on the right').to.be.closeTo(content(item).right, 1.5);
    expect(body.right, 'session to the left of the time').to.be.at.most(time.left);
    const title = item.querySelector('.title')!;
    for (const line of lines(title)) expect(line.right, 'session title from the right').to.be.closeTo(body.right, 1.5);
    const day = $(el, '[part="day"]');
    for (const line of lines(day))
      expect(line.right, 'day heading from the right').to.be.closeTo(content(day).right, 1.5);
    await expect(el).to.be.accessible();
  });

  it('the organizers: logos run from right to left', async () => {
    const el = await mount('event-organizers', 800, { roles: 'sponsor' });
    expect(el.state).to.equal('ready');
    const [first, second] = $$(el, '[part="item"]').map(box);
    expect(Math.abs(first.top - second.top), 'one row').to.be.lessThan(1);
    expect(first.left, 'the first logo on the right').to.be.greaterThan(second.right);
    await expect(el).to.be.accessible();
  });

  it('the organizers marquee: starts at the right and moves to the right, looping seamlessly', async () => {
    const el = await mount('event-organizers', 400, { roles: 'sponsor', layout: 'marquee' });
    const viewport = box($(el, '.viewport'));
    const track = $(el, '.track');
    const [list, copy] = [...track.children] as HTMLElement[];
    const animation = track.getAnimations()[0];
    animation.pause();
    animation.currentTime = 0;
    expect(box(list).right, 'the logos start at the right edge').to.be.closeTo(viewport.right, 1);
    expect(box(copy).right, 'the copy follows on the left').to.be.closeTo(box(list).left, 1);
    const duration = Number(animation.effect!.getComputedTiming().duration);
    const width = box(track).width;
    const start = box(track).left;
    animation.currentTime = duration / 2;
    expect(box(track).left - start, 'moved right by a quarter of the track').to.be.closeTo(width / 4, 2);
    animation.currentTime = duration * 0.999;
    // At the end of a loop the copy stands where the logos started: the restart is invisible.
    expect(box(copy).right).to.be.closeTo(viewport.right, width * 0.001 + 1);
    animation.play();
    await expect(el).to.be.accessible();
  });
});
