/**
 * What `event-embed/ssr` renders, in real browsers: the seed event in every element, in a page
 * whose scripts cannot run (an iframe sandboxed without `allow-scripts`: what a reader with
 * JavaScript off, or a crawler that runs none, gets). The declarative shadow roots must attach,
 * and the name, date, place, agenda, organizers and photos be there, visible and styled. The
 * HTML comes from the test server (tests/support/ssr-plugin.js), which runs the server module.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/event-agenda/define.js';
import type { EventAgenda } from '../../src/elements/event-agenda/event-agenda.js';
import { data, render } from '../support/fixtures.js';

/** The HTML that the server renders for a data file. */
async function prerendered(tag: string, params: Record<string, string> = {}): Promise<string> {
  const q = new URLSearchParams({ tag, data: 'demo/data/seed.ru.json', lang: 'ru', ...params });
  const answer = await (await fetch(`/__ssr__/render?${q}`)).json();
  if (!answer.html) throw new Error(`the server did not render <${tag}>: ${answer.error}`);
  return answer.html;
}

/** A page with the HTML in which no script can run, as with JavaScript off. */
async function withoutScripts(body: string, lang = 'ru') {
  const iframe = document.createElement('iframe');
  iframe.sandbox.add('allow-same-origin'); // readable from here; no allow-scripts
  iframe.style.cssText = 'width: 900px; height: 3000px; border: 0';
  // A script that would run would change the title.
  iframe.srcdoc =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<title>no script ran</title><script>document.title = 'a script ran'</script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  expect(doc.title).to.equal('no script ran');
  return { doc, remove: () => iframe.remove() };
}

/** The shadow root the parser attached to an element (none: the element would show nothing). */
function shadow(host: Element | null | undefined): ShadowRoot {
  expect(host, 'the element').to.exist;
  expect(host!.shadowRoot, `<${host!.localName}>'s declarative shadow root`).to.exist;
  return host!.shadowRoot!;
}

const $ = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector)!;
const text = (el: Node) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** On screen: laid out with a size, not hidden. */
function visible(el: HTMLElement | null) {
  expect(el).to.exist;
  const box = el!.getBoundingClientRect();
  expect(box.width * box.height, `${el!.localName}.${el!.className} has a size`).to.be.greaterThan(0);
  expect(getComputedStyle(el!).visibility).to.equal('visible');
}

/** Waits for an image to load (the SVGs of the demo are small and local). */
async function loaded(img: HTMLImageElement) {
  for (let i = 0; i < 200 && !(img.complete && img.naturalWidth); i++) await new Promise((r) => setTimeout(r, 25));
  expect(img.naturalWidth, `${img.src} loaded`).to.be.greaterThan(0);
}

describe('pre-rendered HTML (event-embed/ssr) without JavaScript', () => {
  it('<event-card>: name, date, zone, place, styled, with its image', async () => {
    const { doc, remove } = await withoutScripts(await prerendered('event-card'));
    const root = shadow($(doc, 'event-card'));
    const title = $(root, '[part="title"]');
    visible(title);
    expect(text(title)).to.equal('Реализация стратегий устойчивого развития городов и регионов: от слов к делу');
    expect(getComputedStyle(title).fontWeight).to.equal('700');
    expect(text($(root, '[part="when"]'))).to.equal('23 октября 2017 г., 15:00–17:00 (Москва, стандартное время)');
    expect($(root, 'time').getAttribute('datetime')).to.equal('2017-10-23T15:00+03:00');
    visible($(root, '[part="where"]'));
    expect(text($(root, '[part="where"]'))).to.contain('Park Inn by Radisson Прибалтийская, ул. Кораблестроителей');
    const card = $(root, '[part="card"]');
    expect(getComputedStyle(card).borderTopLeftRadius).to.equal('12px');
    expect(getComputedStyle(card).display).to.equal('grid');
    await loaded($(root, '[part="image"]') as HTMLImageElement);
    // The data stays in the element, inert, for the library to read once it loads.
    expect($(doc, 'event-card > script[type="application/ld+json"]')).to.exist;
    remove();
  });

  it('<event-agenda>: every session, styled', async () => {
    const { doc, remove } = await withoutScripts(await prerendered('event-agenda'));
    const root = shadow($(doc, 'event-agenda'));
    const items = [...root.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(items).to.have.length(9);
    items.forEach(visible);
    expect(getComputedStyle(items[0]).display).to.equal('grid');
    expect(text($(items[0], '[part="title"]'))).to.equal('Реализация 17 целей устойчивого развития 2030');
    expect($(items[0], '[part="time"]').hidden).to.equal(true); // the seed's sessions have no times
    expect(text(items[8])).to.contain('Международный консорциум «Санкт-Петербургский кластер');
    remove();
  });

  it('<event-organizers>: the logos and the name tile, under their heading', async () => {
    const { doc, remove } = await withoutScripts(await prerendered('event-organizers'));
    const root = shadow($(doc, 'event-organizers'));
    expect(text($(root, '[part="heading"]'))).to.equal('Организаторы');
    const logos = [...root.querySelectorAll<HTMLImageElement>('[part="logo"]')];
    expect(logos).to.have.length(5);
    for (const logo of logos) {
      visible(logo);
      await loaded(logo);
    }
    // The logo box of the organizers' own styles (a view that loads on demand in the browser).
    expect(getComputedStyle(logos[0]).height).to.equal('48px');
    visible($(root, '[part="text"]'));
    remove();
  });

  it('<event-gallery>: the photos, as a grid of square thumbnails', async () => {
    const { doc, remove } = await withoutScripts(await prerendered('event-gallery'));
    const root = shadow($(doc, 'event-gallery'));
    const list = $(root, '[part="list"]');
    expect(list.getAttribute('aria-label')).to.equal('Фотогалерея');
    expect(getComputedStyle(list).display).to.equal('grid');
    const thumbs = [...root.querySelectorAll<HTMLElement>('[part="thumb"]')];
    expect(thumbs).to.have.length(9);
    thumbs.forEach(visible);
    const li = thumbs[0].parentElement!.getBoundingClientRect();
    expect(Math.round(li.width)).to.equal(Math.round(li.height));
    await loaded($(root, '[part="thumb"] img') as HTMLImageElement);
    remove();
  });

  it('<event-announcement>: its four parts, each in its own shadow root', async () => {
    const { doc, remove } = await withoutScripts(await prerendered('event-announcement'));
    const root = shadow($(doc, 'event-announcement'));
    const headings = [...root.querySelectorAll('[part="heading"]')].map(text);
    expect(headings).to.deep.equal(['Программа', 'Спикеры', 'Фотогалерея']);
    visible($(shadow($(root, 'event-card')), '[part="title"]'));
    expect(shadow($(root, 'event-agenda')).querySelectorAll('[part="item"]')).to.have.length(9);
    expect(shadow($(root, 'event-organizers')).querySelectorAll('[part="logo"]')).to.have.length(5);
    expect(shadow($(root, 'event-gallery')).querySelectorAll('[part="thumb"]')).to.have.length(9);
    for (const part of root.querySelectorAll<HTMLElement>('section > *')) visible(part);
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    remove();
  });

  /** The items' markup without Lit's comment markers, image URLs made absolute. */
  const markup = (root: ShadowRoot) =>
    [...root.querySelectorAll('[part="item"]')].map((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments: Node[] = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.parentNode!.removeChild(c));
      copy.querySelectorAll('img').forEach((img) => img.setAttribute('src', img.src));
      copy.normalize();
      return copy.outerHTML;
    });

  // The seed: long descriptions with their "show more"; the sample: times, rooms, speakers with
  // and without photos. The server's reader is in Moscow, this test's viewer in Los Angeles: the
  // zone is named in the agenda's sentence, not in the items, which are the same.
  for (const [name, lang, has] of [
    ['seed.ru', 'ru', 'class="more"'],
    ['sample.en', 'en', 'aria-hidden="true"><img'],
  ] as const) {
    it(`the server makes the same sessions as the browser, with the same code (${name})`, async () => {
      const q = { data: `demo/data/${name}.json`, lang, timeZone: 'Europe/Moscow' };
      const { doc, remove } = await withoutScripts(await prerendered('event-agenda', q), lang);
      const el = await render<EventAgenda>('event-agenda', await data(name), { lang });
      el.now = 0; // no "now" or "next" marks
      const server = markup(shadow($(doc, 'event-agenda')));
      expect(server.length).to.be.greaterThan(5);
      expect(server.join('')).to.contain(has);
      expect(server).to.deep.equal(markup(el.shadowRoot!));
      remove();
    });
  }
});
