import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/event-gallery/define.js';
import type { EventGallery } from '../../../src/elements/event-gallery/event-gallery.js';
import { captureConsole, data, render, settled, until } from '../../support/fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const thumbs = (el: Element) => $$<HTMLButtonElement>(el, '[part="thumb"]');
/** The lightbox's dialog; it exists from the first opening on (its code loads then). */
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const counter = (el: Element) => $(el, '.count')?.textContent;
const focused = (el: Element) => el.shadowRoot!.activeElement;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `count()` has not changed for a second (at most 8 s). */
async function stable(count: () => number) {
  for (let i = 0, last = -1, same = 0; i < 80 && same < 10; i++, last = count()) {
    same = count() === last ? same + 1 : 0;
    await wait(100);
  }
}

const photo = (k: number, query = '') => `/demo/images/photos/photo-${(k % 12) + 1}.svg${query}`;
/** An event with `n` photos (unique URLs when `tag` is given). */
const withPhotos = (n: number, tag = '') => ({
  name: 'Photos',
  image: Array.from({ length: n }, (_, k) => ({
    contentUrl: photo(k, tag && `?g=${tag}-${k}`),
    caption: `Photo ${k + 1}`,
    width: 1200,
    height: 800,
  })),
});

/**
 * The seed event in Russian, once its broken photo (the ninth, a missing file) has been left
 * out: eight photos.
 */
async function seed(el?: EventGallery) {
  if (!el)
    await captureConsole(
      async () => (el = await render<EventGallery>('event-gallery', await data('seed.ru'), { lang: 'ru' })),
    );
  thumbs(el!).at(-1)!.scrollIntoView();
  await until(() => thumbs(el!).length === 8, 'the broken photo to be left out');
  await el!.updateComplete;
  return el!;
}

/** Opens the lightbox on thumbnail `i` and waits until its image has loaded (or failed). */
async function open(el: EventGallery, i = 0) {
  thumbs(el)[i].click();
  await until(() => dialog(el)?.open && $(el, '.stage img'), 'the lightbox to open');
  await settle(el);
}
async function settle(el: EventGallery) {
  await el.updateComplete;
  await until(() => !$(el, '.wait'), 'the lightbox image to load or fail');
  await el.updateComplete;
}

/** Dispatches a synthetic pointer event at a point of the viewport. */
function pointer(target: Element, type: string, x: number, y: number) {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 7,
      pointerType: 'touch',
      isPrimary: true,
    }),
  );
}
function swipe(target: Element, dx: number, dy: number) {
  const r = target.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  pointer(target, 'pointerdown', x, y);
  pointer(target, 'pointermove', x + dx / 2, y + dy / 2);
  pointer(target, 'pointermove', x + dx, y + dy);
  pointer(target, 'pointerup', x + dx, y + dy);
}
function tap(target: Element, x?: number, y?: number) {
  const r = target.getBoundingClientRect();
  x ??= r.left + r.width / 2;
  y ??= r.top + r.height / 2;
  pointer(target, 'pointerdown', x, y);
  pointer(target, 'pointerup', x, y);
}

/** Shift+Tab: WebDriver sessions can only press single keys, so there the trap's handler gets a synthetic keydown. */
async function shiftTab(el: Element) {
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } catch {
    const init = { key: 'Tab', shiftKey: true, bubbles: true, composed: true, cancelable: true };
    focused(el)!.dispatchEvent(new KeyboardEvent('keydown', init));
  }
}

describe('<event-gallery> with the seed event', () => {
  it('shows the photos as labelled, lazy thumbnails with reserved sizes, in Russian', async () => {
    const el = await seed();
    expect(el.state).to.equal('ready');
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Фотогалерея');
    const buttons = thumbs(el);
    expect(buttons).to.have.length(8);
    expect(buttons[2].getAttribute('aria-label')).to.equal('Открыть фото 3 из 8: Зал отеля Park Inn');
    const imgs = $$<HTMLImageElement>(el, 'li img');
    expect(imgs[0].getAttribute('src')).to.equal('/demo/images/photos/photo-1-thumb.svg');
    expect(imgs[1].getAttribute('src')).to.equal('/demo/images/photos/photo-2.svg');
    for (const img of imgs) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
    }
    expect([imgs[2].getAttribute('width'), imgs[2].getAttribute('height'), imgs[2].alt]).to.deep.equal([
      '1280',
      '720',
      'Зал отеля Park Inn',
    ]);
    // Square tiles in the default layout: sized before any image arrives.
    for (const b of buttons) expect(Math.abs(b.offsetWidth - b.offsetHeight)).to.be.below(2);
    expect($(el, '[part="show-all"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves out a photo whose file is missing (404), numbering the others', async () => {
    // The missing file's 404 comes a second late, so the tile is there first, as on a slow
    // network, whatever an engine's lazy-loading margin (WebKit asked for it at once).
    const event = await data('seed.ru');
    const missing = event.image.find((i: { contentUrl: string }) => i.contentUrl.endsWith('/missing.jpg'));
    missing.contentUrl = '/__test__/status?code=404&delay=1000&k=coffee';
    let el!: EventGallery;
    await captureConsole(async () => (el = await render<EventGallery>('event-gallery', event, { lang: 'ru' })));
    expect(thumbs(el).map((b) => b.getAttribute('aria-label')!.split(':')[1]?.trim())).to.include('Кофе-брейк');
    await seed(el);
    expect(thumbs(el).map((b) => b.getAttribute('aria-label')!.split(':')[1].trim())).to.not.include('Кофе-брейк');
    expect(thumbs(el).at(-1)!.getAttribute('aria-label')).to.equal('Открыть фото 8 из 8: Общая фотография участников');
    expect($$(el, 'li span')).to.deep.equal([]); // no text tile in its place
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('has nothing to show for an event without images: state empty', async () => {
    const el = await render<EventGallery>('event-gallery', { name: 'No photos' });
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
  });
});

describe('<event-gallery> text alternatives', () => {
  it('takes caption, else name, else description, and warns naming an image without any', async () => {
    const event = {
      name: 'Alts',
      image: [
        { contentUrl: photo(0), caption: 'Cap', name: 'Name', description: 'Desc' },
        { contentUrl: photo(1), name: 'Name', description: 'Desc' },
        { contentUrl: photo(2), description: 'Desc' },
        { contentUrl: photo(3) },
      ],
    };
    let el!: EventGallery;
    const { warnings } = await captureConsole(async () => (el = await render<EventGallery>('event-gallery', event)));
    expect($$<HTMLImageElement>(el, 'li img').map((i) => i.alt)).to.deep.equal(['Cap', 'Name', 'Desc', '']);
    expect(thumbs(el)[3].getAttribute('aria-label')).to.equal('Open photo 4 of 4');
    expect(thumbs(el)[0].getAttribute('aria-label')).to.equal('Open photo 1 of 4: Cap');
    const mine = warnings.filter((w) => w.includes('<event-gallery>: image['));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('image[3]').and.contain('/demo/images/photos/photo-4.svg');
    // A re-render does not repeat it.
    const again = await captureConsole(async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(again.warnings).to.deep.equal([]);
  });
});

describe('<event-gallery> layouts', () => {
  async function sized(width: number, attrs: Record<string, string> = {}) {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const el = document.createElement('event-gallery') as EventGallery;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.event = await data('seed.ru');
    wrapper.append(el);
    await captureConsole(() => settled(el));
    return el;
  }
  const columns = (el: EventGallery) => new Set(thumbs(el).map((b) => Math.round(b.getBoundingClientRect().left))).size;

  it('is one column at 240 px and several on wide containers, never wider than its box', async () => {
    let el = await sized(240);
    expect(columns(el)).to.equal(1);
    expect($(el, 'ul')!.scrollWidth).to.be.at.most(240);
    el = await sized(760);
    expect(columns(el)).to.be.at.least(3);
    el = await sized(1200);
    expect(columns(el)).to.be.at.least(5);
  });

  it('lays out justified rows keeping each aspect ratio (layout="rows")', async () => {
    const el = await sized(760, { layout: 'rows' });
    const boxes = thumbs(el).map((b) => b.getBoundingClientRect());
    // Declared sizes keep their ratio: photo 3 is 1280×720, photo 4 is 800×1200.
    expect(boxes[2].width / boxes[2].height).to.be.closeTo(1280 / 720, 0.03);
    expect(boxes[3].width / boxes[3].height).to.be.closeTo(800 / 1200, 0.03);
    // Every full row has one height; rows fill the width.
    const rows = new Map<number, DOMRect[]>();
    for (const b of boxes) rows.set(Math.round(b.top), [...(rows.get(Math.round(b.top)) ?? []), b]);
    expect(rows.size).to.be.at.least(2);
    const [first] = rows.values();
    for (const b of first) expect(b.height).to.be.closeTo(first[0].height, 1);
    expect(first[first.length - 1].right - first[0].left).to.be.closeTo(760, 2);
    // Photo 7 declares no size: its tile keeps the size it was given (4:3) when the 900×1200
    // image arrives, cropped rather than shifting the rows.
    const img = $$<HTMLImageElement>(el, 'li img')[6];
    await until(() => img.complete && img.naturalWidth, 'photo 7');
    const tile = thumbs(el)[6].getBoundingClientRect();
    expect(tile.width / tile.height).to.be.closeTo(4 / 3, 0.02);
    await expect(el).to.be.accessible();
  });
});

describe('<event-gallery> large galleries', () => {
  it('shows `limit` photos and a "Show all N photos" button, with Russian plurals', async () => {
    let el = await render<EventGallery>('event-gallery', withPhotos(15));
    expect(thumbs(el)).to.have.length(12);
    const all = $<HTMLButtonElement>(el, '[part="show-all"]')!;
    expect(all.textContent!.trim()).to.equal('Show all 15 photos');
    await expect(el).to.be.accessible();
    all.focus();
    all.click();
    await el.updateComplete;
    await until(() => focused(el) === thumbs(el)[12], 'focus on the first revealed photo');
    expect(thumbs(el)).to.have.length(15);
    expect($(el, '[part="show-all"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const plurals: [number, string][] = [
      [5, 'Показать все 5 фотографий'],
      [3, 'Показать все 3 фотографии'],
      [21, 'Показать все 21 фотографию'],
      [12, 'Показать все 12 фотографий'],
    ];
    for (const [n, text] of plurals) {
      el = await render<EventGallery>('event-gallery', withPhotos(n), { lang: 'ru', limit: '2' });
      expect(thumbs(el)).to.have.length(2);
      expect($(el, '[part="show-all"]')!.textContent!.trim()).to.equal(text);
    }
  });

  it('with 500 images requests no more images than the thumbnails shown until expanded', async function () {
    this.timeout(30_000);
    performance.setResourceTimingBufferSize(2000);
    performance.clearResourceTimings();
    const tag = Math.random().toString(36).slice(2);
    const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes(`g=${tag}`)).length;
    const el = await render<EventGallery>('event-gallery', withPhotos(500, tag));
    expect(thumbs(el)).to.have.length(12);
    await until(() => requests() > 0, 'the first thumbnails');
    await stable(requests);
    expect(requests()).to.be.at.most(12);
    expect($(el, '[part="show-all"]')!.textContent!.trim()).to.equal('Show all 500 photos');
    // Expanded without scrolling: only what is near the viewport loads.
    $<HTMLButtonElement>(el, '[part="show-all"]')!.click();
    await el.updateComplete;
    window.scrollTo(0, 0);
    await stable(requests);
    expect(thumbs(el)).to.have.length(500);
    expect(requests()).to.be.below(150);
  });
});

describe('<event-gallery> lightbox', () => {
  it('is used from the keyboard alone: Tab, Enter, arrows, Home, End, trapped Tab, Escape, focus back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = document.createElement('event-gallery') as EventGallery;
    el.setAttribute('lang', 'ru');
    el.event = await data('seed.ru');
    wrapper.append(el);
    await captureConsole(() => settled(el));
    await seed(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const second = thumbs(el)[1];
    expect(focused(el)).to.equal(second);
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.open, 'the dialog to open');
    await el.updateComplete;
    expect(dialog(el).contains(focused(el))).to.equal(true);
    expect(dialog(el).getAttribute('aria-label')).to.equal('Фото 2 из 8');
    // Styled by the sheet that came with its code: the whole viewport (but a scrollbar's gutter,
    // which the scroll lock keeps), the close button in its corner.
    const box = dialog(el).getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, clientWidth, clientHeight]);
    const close = $(el, '.close')!.getBoundingClientRect();
    expect(close.top).to.be.below(40);
    expect(clientWidth - close.right).to.be.below(40);
    expect(counter(el)).to.equal('2 / 8');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 8');
    expect($(el, '.bar')!.textContent).to.contain('Зал отеля Park Inn');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(counter(el)).to.equal('8 / 8');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 8');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('8 / 8');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 8');
    // Tab goes round the three buttons and never leaves the dialog.
    const seen = new Set<Element | null>();
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      seen.add(focused(el));
      expect(dialog(el).contains(focused(el)), `Tab ${i}`).to.equal(true);
    }
    expect(seen.size).to.equal(3);
    // Shift+Tab from the first button goes round to the last.
    const buttons = $$(el, 'dialog button');
    buttons[0].focus();
    await shiftTab(el);
    expect(focused(el)).to.equal(buttons[2]);
    const labels = $$(el, 'dialog button').map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Закрыть', 'Предыдущее фото', 'Следующее фото']);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'the dialog to close');
    await el.updateComplete;
    expect(focused(el)).to.equal(second);
    expect(document.activeElement).to.equal(el);
  });

  it('opens, moves and closes with its buttons; preloads the neighbours', async () => {
    performance.clearResourceTimings();
    const tag = Math.random().toString(36).slice(2);
    const event = withPhotos(5, tag);
    // Thumbnails of their own: the full images load only when the lightbox asks for them.
    event.image.forEach((im, k) => Object.assign(im, { thumbnail: photo(k) }));
    const el = await render<EventGallery>('event-gallery', event);
    await open(el, 2);
    expect(counter(el)).to.equal('3 / 5');
    // English, from the strings that come with the lightbox's code.
    expect(dialog(el).getAttribute('aria-label')).to.equal('Photo 3 of 5');
    expect($$(el, 'dialog button').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Close',
      'Previous photo',
      'Next photo',
    ]);
    expect($<HTMLImageElement>(el, '.stage img')!.getAttribute('src')).to.equal(photo(2, `?g=${tag}-2`));
    const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);
    await until(
      () => loaded().some((n) => n.endsWith(`g=${tag}-1`)) && loaded().some((n) => n.endsWith(`g=${tag}-3`)),
      'photos 2 and 4 to be preloaded',
    );
    expect(loaded().filter((n) => n.includes(`g=${tag}`)).length).to.equal(3);
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('4 / 5');
    $<HTMLButtonElement>(el, '.prev')!.click();
    $<HTMLButtonElement>(el, '.prev')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 5');
    $<HTMLButtonElement>(el, '.close')!.click();
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)).to.equal(thumbs(el)[2]);
  });

  it('uses the full image, not the thumbnail, and shows the caption and counter', async () => {
    const el = await seed();
    await open(el, 0);
    const img = $<HTMLImageElement>(el, '.stage img')!;
    expect(img.getAttribute('src')).to.equal('/demo/images/photos/photo-1.svg');
    expect(img.alt).to.equal('Участники круглого стола');
    expect($(el, '.bar')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 / 8 Участники круглого стола');
    await expect(el).to.be.accessible();
  });

  it('locks the page scroll without a jump, and restores it on close', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    // A classic scrollbar where the engine lets a page ask for one (Chromium, WebKit), so that
    // losing it would show as a change of width.
    const style = document.createElement('style');
    style.textContent = '::-webkit-scrollbar { width: 15px; background: #eee }';
    document.body.append(spacer, style);
    const root = document.documentElement;
    root.style.overflow = '';
    try {
      const el = await render<EventGallery>('event-gallery', withPhotos(3));
      el.scrollIntoView();
      const box = () => JSON.stringify(el.getBoundingClientRect());
      const where = box();
      const before = getComputedStyle(root).overflow;
      await open(el, 0);
      expect(getComputedStyle(root).overflowY).to.equal('hidden');
      expect(box()).to.equal(where);
      $<HTMLButtonElement>(el, '.close')!.click();
      await until(() => !dialog(el).open, 'the dialog to close');
      expect(getComputedStyle(root).overflow).to.equal(before);
      expect(root.style.overflow).to.equal('');
      expect(root.style.scrollbarGutter ?? '').to.equal('');
      expect(root.style.paddingRight).to.equal('');
      expect(box()).to.equal(where);
    } finally {
      spacer.remove();
      style.remove();
    }
  });

  it('undoes only its own lock on close: what the host changed on <html> while it was open stays', async () => {
    const root = document.documentElement;
    root.style.overflow = 'clip';
    root.style.paddingRight = '3px';
    try {
      const el = await render<EventGallery>('event-gallery', withPhotos(3));
      await open(el, 0);
      expect(getComputedStyle(root).overflowY).to.equal('hidden');
      // The host changes the page while the lightbox is open.
      root.style.overflow = 'scroll';
      root.style.paddingRight = '5px';
      $<HTMLButtonElement>(el, '.close')!.click();
      await until(() => !dialog(el).open, 'the dialog to close');
      expect([root.style.overflow, root.style.paddingRight]).to.deep.equal(['scroll', '5px']);
      expect(getComputedStyle(root).overflowY).to.equal('scroll');
      expect(getComputedStyle(root).paddingRight).to.equal('5px');
      expect(document.adoptedStyleSheets).to.deep.equal([]);
    } finally {
      root.style.overflow = '';
      root.style.paddingRight = '';
    }
  });

  it('swipes to move, swipes down and taps outside the image to close (synthetic pointers)', async () => {
    const el = await render<EventGallery>('event-gallery', withPhotos(4));
    await open(el, 1);
    const stage = () => $(el, '.stage')!;
    swipe(stage(), -150, 10);
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 4');
    swipe(stage(), 150, -5);
    swipe(stage(), 150, 0);
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 4');
    // A short move is no swipe; a tap on the image does not close.
    swipe(stage(), 20, 0);
    await settle(el);
    tap($(el, '.stage img')!);
    await wait(450);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(counter(el)).to.equal('1 / 4');
    swipe(stage(), 10, 200);
    await until(() => !dialog(el).open, 'swipe down to close');
    await open(el, 0);
    const r = stage().getBoundingClientRect();
    tap(stage(), r.left + 5, r.top + 5); // the stage around the image, not the image
    await until(() => !dialog(el).open, 'a tap outside the image to close');
    expect(focused(el)).to.equal(thumbs(el)[0]);
  });

  it('zooms to the natural size on double tap and pans by dragging', async () => {
    const el = await render<EventGallery>('event-gallery', withPhotos(2));
    await open(el, 0);
    const img = $<HTMLImageElement>(el, '.stage img')!;
    const stage = $(el, '.stage')!;
    // photo-1.svg is 1200×800 (WebKit reports an SVG's rendered size as natural until zoomed).
    expect(img.offsetWidth).to.be.below(1200);
    expect(img.offsetHeight).to.be.at.most(stage.clientHeight);
    tap(img);
    tap(img);
    await el.updateComplete;
    expect(stage.classList.contains('zoom')).to.equal(true);
    expect([img.offsetWidth, img.offsetHeight]).to.deep.equal([1200, 800]);
    const x = stage.scrollLeft;
    const y = stage.scrollTop;
    swipe(img, -100, -60); // zoomed, a drag pans instead of moving to the next photo
    await el.updateComplete;
    expect(stage.scrollLeft).to.be.closeTo(Math.min(x + 100, stage.scrollWidth - stage.clientWidth), 1);
    expect(stage.scrollTop).to.be.closeTo(Math.min(y + 60, stage.scrollHeight - stage.clientHeight), 1);
    expect(counter(el)).to.equal('1 / 2');
    tap(img);
    tap(img);
    await el.updateComplete;
    expect(stage.classList.contains('zoom')).to.equal(false);
    expect(img.offsetWidth).to.be.below(1200);
  });

  it('mirrors arrows and swipes right-to-left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('event-gallery') as EventGallery;
    el.event = withPhotos(4);
    wrapper.append(el);
    await settled(el);
    await open(el, 1);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 4');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 4');
    swipe($(el, '.stage')!, 150, 0);
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 4');
    // The buttons keep their meaning and sit mirrored: "previous" on the right.
    expect($(el, '.prev')!.getBoundingClientRect().left).to.be.above($(el, '.next')!.getBoundingClientRect().left);
    $<HTMLButtonElement>(el, '.next')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 4');
    await expect(el).to.be.accessible();
  });

  it('handles images of unknown size without moving its controls', async () => {
    const tag = Math.random().toString(36).slice(2);
    const el = await render<EventGallery>('event-gallery', {
      name: 'Unknown sizes',
      image: [
        // Thumbnails of their own, so that the full images are not in the cache yet.
        { contentUrl: `/__test__/image?file=photo-7&delay=500&u=${tag}`, thumbnail: photo(0), caption: 'Tall' },
        { contentUrl: `/__test__/image?file=photo-8&delay=500&u=${tag}`, thumbnail: photo(1), caption: 'Wide' },
      ],
    });
    const img0 = $<HTMLImageElement>(el, 'li img')!;
    expect(img0.hasAttribute('width')).to.equal(false);
    thumbs(el)[0].click();
    await until(() => dialog(el)?.open, 'the lightbox'); // the image takes 500 ms to arrive
    expect(dialog(el).open).to.equal(true);
    const img = $<HTMLImageElement>(el, '.stage img')!;
    const where = () => $$(el, 'dialog button, .bar').map((b) => JSON.stringify(b.getBoundingClientRect()));
    const before = where();
    expect(img.complete && img.naturalWidth > 0).to.equal(false);
    await settle(el);
    const box = img.getBoundingClientRect();
    expect(box.height / box.width).to.be.closeTo(1200 / 900, 0.02);
    expect(box.height).to.be.above(200);
    expect(where()).to.deep.equal(before);
  });

  it('shows a loading indicator for slow images and a message for failed ones', async () => {
    const el = await render<EventGallery>('event-gallery', {
      name: 'Slow and broken',
      image: [
        { contentUrl: '/__test__/never', caption: 'Slow' },
        // (Its thumbnail loads: a photo whose thumbnail fails is left out of the gallery.)
        { contentUrl: '/__test__/status?code=404', thumbnail: photo(1), caption: 'Broken' },
      ],
    });
    thumbs(el)[0].click();
    await until(() => dialog(el)?.open, 'the lightbox');
    await el.updateComplete;
    const wait_ = $(el, '[role="status"]')!;
    expect(wait_.textContent).to.equal('Loading photo…');
    await until(() => getComputedStyle(wait_).opacity === '1', 'the indicator to show');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect($(el, '[role="alert"]')!.textContent).to.equal('The photo could not be loaded.');
    expect($(el, '.stage img')!.classList.contains('hide')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('adds no listener to document or window that outlives it, and undoes the lock when removed while open', async () => {
    const counts = new Map<string, number>();
    const targets = [document, window] as const;
    const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
    targets.forEach((t, i) => {
      t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(`${i}:${type}`, (counts.get(`${i}:${type}`) ?? 0) + 1);
        return (originals[i][0] as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof t.addEventListener;
      t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(`${i}:${type}`, (counts.get(`${i}:${type}`) ?? 0) - 1);
        return (originals[i][1] as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof t.removeEventListener;
    });
    const root = document.documentElement;
    try {
      const el = await render<EventGallery>('event-gallery', withPhotos(3));
      await open(el, 0);
      swipe($(el, '.stage')!, -150, 0);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el).open, 'the dialog to close');
      // While on the page it hears only the navigations to the hash of a photo (./deep-link.ts).
      expect(
        [...counts].every(([k, n]) => n === (k === '1:popstate' || k === '1:hashchange' ? 1 : 0)),
        JSON.stringify([...counts]),
      ).to.equal(true);
      await open(el, 1);
      expect(getComputedStyle(root).overflowY).to.equal('hidden');
      el.remove();
      await wait(0);
      expect(getComputedStyle(root).overflowY).not.to.equal('hidden');
      expect(document.adoptedStyleSheets).to.deep.equal([]);
      expect(dialog(el).open).to.equal(false);
      expect(
        [...counts.values()].every((n) => n === 0),
        JSON.stringify([...counts]),
      ).to.equal(true);
    } finally {
      targets.forEach((t, i) => {
        t.addEventListener = originals[i][0];
        t.removeEventListener = originals[i][1];
      });
    }
  });

  it('lets transitions and animations go under prefers-reduced-motion', async () => {
    const el = await render<EventGallery>('event-gallery', withPhotos(2));
    await open(el, 0);
    expect(getComputedStyle(dialog(el)).animationName).to.equal('in');
    // The shadow root's styles hold a rule that stops every animation and transition when the
    // reader asks for reduced motion (browsers cannot all emulate the media feature in tests).
    const sheets = el.shadowRoot!.adoptedStyleSheets.length
      ? el.shadowRoot!.adoptedStyleSheets
      : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
    const reduce = sheets
      .flatMap((s) => [...s.cssRules])
      .filter(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(r.conditionText),
      );
    const all = reduce
      .flatMap((r) => [...r.cssRules])
      .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '*')!;
    expect(all.style.getPropertyValue('animation-name')).to.equal('none');
    expect(all.style.getPropertyPriority('animation-name')).to.equal('important');
    expect(all.style.getPropertyValue('transition-property')).to.equal('none');
    expect(all.style.getPropertyPriority('transition-property')).to.equal('important');
  });
});
