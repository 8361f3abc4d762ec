import type { ReactiveController } from 'lit';
import type { Image } from '../../core/event/model.js';
import type { EventGallery } from './event-gallery.js';
import { open, photos } from './view.js';

/** The galleries on the page without an id, in the order they connected: each has its own hash. */
const unnamed: EventGallery[] = [];
/**
 * A gallery went back on closing (history.back()): the popstate to come is ours, for every
 * gallery of the page (one opened meanwhile gets its entry then); the event, once it came.
 */
let back: boolean | Event = false;

/**
 * Links to a photo: the lightbox open on photo 3 is `#event-photo-3` in the URL (photos count
 * from 1, in the data's order), or `#<id>-photo-3` for a gallery with an `id`; without ids, the
 * second gallery of a page is `#event-2-photo-3`, and so on. Opening a photo adds a history
 * entry, moving within the lightbox replaces it, Back closes the lightbox, and closing it goes
 * back to the URL before, adding no entry. A page loaded with such a hash (or navigating to one)
 * opens the lightbox there. Every other hash is the page's own and is left alone.
 */
export class PhotoLinks implements ReactiveController {
  /** Whether the URL of the photo is an entry of its own after the page's (to go back from). */
  private pushed = false;
  /** Closing because the URL changed: the history is already where it should be. */
  private popping = false;
  /** `event-photo-`, `event-2-photo-` or `<id>-photo-`, from when the gallery connected. */
  private prefix = '';

  constructor(private el: EventGallery) {
    el.addController(this);
  }

  hostConnected() {
    const el = this.el;
    if (!el.id) unnamed.push(el);
    const k = unnamed.indexOf(el);
    this.prefix = `${el.id || (k > 0 ? `event-${k + 1}` : 'event')}-photo-`;
    addEventListener('popstate', this.sync);
    addEventListener('hashchange', this.sync);
    // A page loaded with the hash of a photo: it opens once the thumbnails are there.
    this.pushed = false;
    this.el.updateComplete.then(() => this.sync());
  }

  hostDisconnected() {
    unnamed.splice(unnamed.indexOf(this.el) >>> 0, 1);
    removeEventListener('popstate', this.sync);
    removeEventListener('hashchange', this.sync);
  }

  /** The photo (from 0, in the data's order) that the URL names for this gallery, or -1. */
  private target() {
    let hash = location.hash.slice(1);
    try {
      hash = decodeURIComponent(hash);
    } catch {
      // Not percent-encoding: taken as written.
    }
    const prefix = this.prefix;
    const n = hash.startsWith(prefix) ? hash.slice(prefix.length) : '';
    return /^[1-9]\d{0,5}$/.test(n) && +n <= (this.el.data?.images.length ?? 0) ? +n - 1 : -1;
  }

  /** Makes the lightbox match the URL: open on its photo, or closed. */
  private sync = async (e?: Event) => {
    const el = this.el;
    if (e?.type === 'popstate' && (back === true || back === e)) {
      // Back where the lightbox was opened from; opened again meanwhile, it gets its entry again.
      back = e;
      const box = el.box;
      if (box && box.i >= 0) this.follow(box.images[box.i]);
      return;
    }
    const k = this.target();
    const box = el.box;
    const data = el.data;
    if (k < 0) {
      if (box && box.i >= 0) {
        this.popping = true;
        box.close();
        this.popping = false;
      }
      this.pushed = false;
      return;
    }
    if (!data || el.state !== 'ready') return;
    const shown = photos(el, data);
    const i = shown.indexOf(data.images[k]);
    // A photo that failed to load has no place to open in.
    if (i < 0 || box?.i === i) return;
    // Come to by navigation (a link, Forward): an entry after one of the page, to go back to.
    if (e) this.pushed = true;
    if (i >= el.limit && !el.all) {
      el.all = true;
      el.requestUpdate();
      await el.updateComplete;
    }
    const opener = el.shadowRoot!.querySelectorAll('.photo button')[i] as HTMLElement | undefined;
    if (opener) await open(el, i, opener);
  };

  /**
   * The lightbox shows `im` (undefined: it closed): the URL follows. History calls that the
   * engine refuses (WebKit allows 100 per 10 s; a sandboxed frame none) leave the URL as it
   * is: the lightbox works on, and nothing is thrown into the page.
   */
  follow(im?: Image) {
    try {
      this.move(im);
    } catch {
      // The URL stays as it was.
    }
  }

  private move(im?: Image) {
    const links = this.el.data?.images;
    if (!links) return;
    if (im) {
      if (back === true) return;
      const hash = `#${this.prefix}${links.indexOf(im) + 1}`;
      if (location.hash === hash) return;
      if (this.target() >= 0) history.replaceState(history.state, '', hash);
      else {
        history.pushState(history.state, '', hash);
        this.pushed = true;
      }
    } else if (!this.popping && this.target() >= 0) {
      // (A gallery taken off the page while open only takes its hash away.)
      if (this.pushed && this.el.isConnected) {
        back = true;
        history.back();
      } else history.replaceState(history.state, '', location.pathname + location.search);
      this.pushed = false;
    }
  }
}
