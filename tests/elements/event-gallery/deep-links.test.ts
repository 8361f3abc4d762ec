import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/event-announcement/define.js';
import type { EventAnnouncement } from '../../../src/elements/event-announcement/event-announcement.js';
import type { EventGallery } from '../../../src/elements/event-gallery/event-gallery.js';
import { captureConsole, render, settled, until } from '../../support/fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const thumbs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="thumb"]')];
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog');
const isOpen = (el: Element) => !!dialog(el)?.open;
const counter = (el: Element) => $(el, '.count')?.textContent;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One entry more than `before`, or none where the engine's cap on entries is reached (Chromium keeps 50). */
const oneMore = (before: number) => (before >= 50 ? [before, before + 1] : [before + 1]);

const photos = (n: number) => ({
  name: 'Photos',
  startDate: '2027-05-01',
  location: 'Hall',
  image: Array.from({ length: n }, (_, k) => ({
    contentUrl: `/demo/images/photos/photo-${k + 1}.svg`,
    caption: `Photo ${k + 1}`,
    width: 1200,
    height: 800,
  })),
});

/** The test page's own URL, restored after each test. */
const page = location.pathname + location.search;
const hash = () => location.hash;

/** A gallery created with the page already at `at` (as if loaded from a link). */
async function loadedAt(at: string, attrs: Record<string, string> = {}, n = 5) {
  history.replaceState(null, '', page + at);
  return render<EventGallery>('event-gallery', photos(n), attrs);
}

describe('<event-gallery> links to a photo', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('puts the photo shown in the hash (#event-photo-N), one history entry; closing goes back to the URL before', async () => {
    history.replaceState({ host: 'state' }, '', page + (location.search ? '&' : '?') + 'q=1');
    const el = await render<EventGallery>('event-gallery', photos(4));
    const before = history.length;
    thumbs(el)[1].click();
    await until(() => isOpen(el), 'the lightbox');
    expect(hash()).to.equal('#event-photo-2');
    expect(history.length).to.be.oneOf(oneMore(before));
    // The page's own history state is kept.
    expect(history.state).to.deep.equal({ host: 'state' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('4 / 4');
    expect(hash()).to.equal('#event-photo-4');
    expect(history.length, 'moving replaces the entry').to.be.oneOf(oneMore(before));
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el) && hash() === '', 'the URL before');
    expect(location.search).to.match(/[?&]q=1$/);
    expect(history.state).to.deep.equal({ host: 'state' });
    expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[1]);
  });

  it('closes on Back, and opens again on Forward', async () => {
    const el = await render<EventGallery>('event-gallery', photos(3));
    thumbs(el)[2].click();
    await until(() => isOpen(el), 'the lightbox');
    expect(hash()).to.equal('#event-photo-3');
    history.back();
    await until(() => !isOpen(el), 'Back to close the lightbox');
    expect(hash()).to.equal('');
    history.forward();
    await until(() => isOpen(el) && counter(el) === '3 / 3', 'Forward to open it again');
    // Then closing goes back (the entry is there), adding none. Closed by a real key press, as a
    // reader does: WebKit may not go back in history for a script's click (no user activation).
    const length = history.length;
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el) && hash() === '', 'closing');
    await wait(50);
    expect(history.length).to.equal(length);
    expect(isOpen(el)).to.equal(false);
  });

  it('opens at the photo of the hash the page loaded with; closing takes the hash away, adding no entry', async () => {
    const length = history.length;
    const el = await loadedAt('#event-photo-3');
    await until(() => isOpen(el), 'the lightbox to open from the hash');
    await el.updateComplete;
    expect(counter(el)).to.equal('3 / 5');
    expect(dialog(el)!.getAttribute('aria-label')).to.equal('Photo 3 of 5');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el), 'closing');
    expect(hash()).to.equal('');
    expect(location.pathname + location.search).to.equal(page);
    expect(history.length).to.equal(length);
    // Focus goes to the photo's thumbnail.
    expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[2]);
  });

  it('opens a photo beyond the limit, showing them all', async () => {
    const el = await loadedAt('#event-photo-5', { limit: '2' });
    await until(() => isOpen(el), 'the lightbox');
    await el.updateComplete;
    expect(counter(el)).to.equal('5 / 5');
    expect(thumbs(el)).to.have.length(5);
  });

  it('opens when the page navigates to the hash later (a link), and ignores hashes not of its form', async () => {
    const el = await render<EventGallery>('event-gallery', photos(3));
    for (const other of [
      '#event-photo-0',
      '#event-photo-4',
      '#event-photo-1x',
      '#/event-photo-1',
      '#photos',
      '#event-photo-',
    ]) {
      location.hash = other;
      await wait(30);
      expect(isOpen(el), other).to.equal(false);
      expect(hash(), 'left as the page set it').to.equal(other);
    }
    location.hash = '#event-photo-2';
    await until(() => isOpen(el), 'the lightbox to open on the link');
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 3');
    // Closing goes back to where the page was.
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el) && hash() === '#event-photo-', 'the URL before the link');
  });

  it('leaves a host page’s hash routing alone: its hash comes back on close, and its hashchange handlers run as before', async () => {
    history.replaceState(null, '', page + '#/events/5');
    const routes: string[] = [];
    const router = () => routes.push(location.hash);
    addEventListener('hashchange', router);
    try {
      const el = await render<EventGallery>('event-gallery', photos(2));
      expect(isOpen(el)).to.equal(false);
      expect(hash()).to.equal('#/events/5');
      thumbs(el)[0].click();
      await until(() => isOpen(el), 'the lightbox');
      expect(hash()).to.equal('#event-photo-1');
      await sendKeys({ press: 'Escape' });
      await until(() => hash() === '#/events/5', 'the route back');
      await wait(50);
      expect(isOpen(el)).to.equal(false);
      // The route the router sees last is its own.
      expect(routes.at(-1) ?? '#/events/5').to.equal('#/events/5');
      // And the page's own navigation while open closes the lightbox without touching the URL.
      thumbs(el)[1].click();
      await until(() => isOpen(el), 'the lightbox again');
      location.hash = '#/events/6';
      await until(() => !isOpen(el), 'the page navigating away');
      await wait(50);
      expect(hash()).to.equal('#/events/6');
    } finally {
      removeEventListener('hashchange', router);
    }
  });

  it('gives each gallery of a page its own hash: its id, else its order', async () => {
    history.replaceState(null, '', page + '#talks-photo-2');
    const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
    const make = (id?: string) => {
      const g = document.createElement('event-gallery') as EventGallery;
      if (id) g.id = id;
      g.event = photos(3);
      wrapper.append(g);
      return g;
    };
    const first = make();
    const talks = make('talks');
    const second = make();
    await Promise.all([first, talks, second].map((g) => settled(g)));
    await until(() => isOpen(talks), 'the gallery with that id to open');
    expect(isOpen(first) || isOpen(second)).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(talks), 'closing');
    thumbs(second)[0].click();
    await until(() => isOpen(second), 'the second unnamed gallery');
    expect(hash()).to.equal('#event-2-photo-1');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(second) && hash() === '', 'closing');
    thumbs(first)[2].click();
    await until(() => isOpen(first), 'the first gallery');
    expect(hash()).to.equal('#event-photo-3');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(first) && hash() === '', 'closing');
  });

  it('names the photos of an announcement by its id', async () => {
    history.replaceState(null, '', page + '#fest-photo-2');
    const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
    const a = document.createElement('event-announcement') as EventAnnouncement;
    a.id = 'fest';
    a.event = photos(3);
    wrapper.append(a);
    await captureConsole(() => settled(a));
    const gallery = () => a.shadowRoot!.querySelector<EventGallery>('event-gallery')!;
    await until(() => gallery() && isOpen(gallery()), 'the announcement’s lightbox');
    await gallery().updateComplete;
    expect(counter(gallery())).to.equal('2 / 3');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(gallery()) && hash() === '', 'closing');
  });

  it('takes its hash away, and goes nowhere, when it leaves the page while open', async () => {
    const el = await render<EventGallery>('event-gallery', photos(2));
    thumbs(el)[0].click();
    await until(() => isOpen(el), 'the lightbox');
    const length = history.length;
    el.remove();
    await wait(50);
    expect(hash()).to.equal('');
    expect(location.pathname + location.search).to.equal(page);
    expect(history.length).to.equal(length);
  });
});
