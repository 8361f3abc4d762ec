import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Image } from '../../core/event/model.js';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';
import { lightboxStyles } from './lightbox.styles.js';
import { srcset } from './view.js';

/** The lightbox shows a photo as large as the screen allows: the full width, or the full height. */
const sizes = (im: Image) => `min(100vw, ${Math.round((im.width! / im.height! || 4 / 3) * 100)}vh)`;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The gallery's lightbox: a native modal `<dialog>` in the host's shadow root, so the platform
 * gives focus on open, the top layer and an inert page; this adds the keys, the gestures, the
 * scroll lock and focus return. It adds no listener to document or window: keys are heard on
 * the dialog and pointers are captured by the stage.
 */
export class Lightbox implements ReactiveController {
  /** The photo shown, -1 when closed. */
  i = -1;
  /** 0 loading, 1 shown, 2 failed. */
  private st = 0;
  private zoom = false;
  private opener?: HTMLElement;
  /**
   * The scroll lock: a stylesheet of its own, adopted by the document while open and dropped on
   * close, so the host's own styles on <html> (inline or not, changed while open or not) are
   * never written to, and closing undoes only the lock.
   */
  private lock = new CSSStyleSheet();
  /** The pointer that is down: where it started, where it was last, and whether on the image. */
  private p?: { x: number; y: number; lx: number; ly: number; img: boolean };
  private tap = 0;
  /** The photos it shows (the gallery's, at its last render). */
  images: Image[] = [];

  /** `follow` hears which photo shows (none once closed): the URL follows (./deep-link.ts). */
  constructor(
    private host: Host,
    private follow?: (im?: Image) => void,
  ) {
    host.addController(this);
    adopt(host.shadowRoot!, lightboxStyles);
  }

  hostDisconnected() {
    this.close();
  }

  private dialog = () => this.host.shadowRoot?.querySelector('dialog');
  private stage = () => this.host.shadowRoot!.querySelector<HTMLElement>('.stage')!;

  /** Opens on photo `i`; focus returns to `opener` on close. */
  async open(i: number, opener: HTMLElement) {
    this.opener = opener;
    this.show(i);
    await this.host.updateComplete;
    const d = this.dialog();
    // The gallery may have left the page while its code loaded.
    if (!d || d.open || !d.isConnected) return;
    d.showModal();
    // No scrolling behind; where the page has a scrollbar its place stays, so nothing jumps:
    // scrollbar-gutter, or padding where an engine does not keep the gutter of the root.
    const root = document.documentElement;
    const w = root.clientWidth;
    const lock = this.lock;
    lock.replaceSync(`:root{overflow:hidden!important;${innerWidth > w ? 'scrollbar-gutter:stable!important' : ''}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((x) => x !== lock), lock];
    const gap = root.clientWidth - w;
    if (gap > 0)
      lock.insertRule(`:root{padding-right:${parseFloat(getComputedStyle(root).paddingRight) + gap}px!important}`);
  }

  /** Shows photo `i` (wrapping around), preloading its neighbours. */
  show(i: number) {
    const n = this.images.length || 1;
    i = (i + n) % n;
    if (i === this.i) return;
    this.i = i;
    this.st = 0;
    this.zoom = false;
    for (const j of [i - 1, i + 1]) {
      const next = this.images[(j + n) % n];
      if (!next) continue;
      // The file that the lightbox's srcset would take.
      const img = new Image();
      img.sizes = sizes(next);
      img.srcset = srcset(next) ?? '';
      img.src = next.url;
    }
    this.host.requestUpdate();
    this.follow?.(this.images[i]);
  }

  close = () => {
    this.dialog()?.close();
    this.closed();
  };

  /** After the dialog closed (or the host left the page): undo everything. */
  private closed = () => {
    // A late close event may follow a quick reopen.
    if (this.i < 0 || this.dialog()?.open) return;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== this.lock);
    this.i = -1;
    this.p = undefined;
    this.host.requestUpdate();
    this.opener?.focus();
    this.follow?.();
  };

  /** A physical direction (key, swipe): mirrored right-to-left. */
  private step(d: number) {
    this.show(this.i + (getComputedStyle(this.host).direction === 'rtl' ? -d : d));
  }

  private key = (e: KeyboardEvent) => {
    const k = e.key;
    const d = k === 'ArrowLeft' ? -1 : k === 'ArrowRight' ? 1 : 0;
    if (d) this.step(d);
    else if (k === 'Home') this.show(0);
    else if (k === 'End') this.show(-1);
    else if (k === 'Escape') this.close();
    else if (k === 'Tab') {
      // Keep Tab inside the dialog rather than letting it reach the browser's own controls.
      const b = [...this.dialog()!.querySelectorAll('button')];
      const edge = e.shiftKey ? b[0] : b[b.length - 1];
      if (this.host.shadowRoot!.activeElement !== edge) return;
      (e.shiftKey ? b[b.length - 1] : b[0]).focus();
    } else return;
    e.preventDefault();
  };

  private down = (e: PointerEvent) => {
    const { clientX: x, clientY: y } = e;
    this.p = { x, y, lx: x, ly: y, img: (e.target as Element).localName === 'img' };
    try {
      this.stage().setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser does not know (synthetic events): the stage still hears it.
    }
  };

  /** Zoomed, a drag pans the image. */
  private move = (e: PointerEvent) => {
    const p = this.p;
    if (!p || !this.zoom) return;
    const s = this.stage();
    s.scrollLeft -= e.clientX - p.lx;
    s.scrollTop -= e.clientY - p.ly;
    p.lx = e.clientX;
    p.ly = e.clientY;
  };

  /** A swipe moves (sideways) or closes (down); a tap outside the image closes; a double tap zooms. */
  private up = async (e: PointerEvent) => {
    const p = this.p;
    if (!p) return;
    this.p = undefined;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    const ax = Math.abs(dx);
    const ay = Math.abs(dy);
    if (ax < 10 && ay < 10) {
      if (e.timeStamp - this.tap < 400) {
        this.tap = 0;
        // Zoom to the image's natural size, keeping the tapped point in view.
        const s = this.stage();
        const img = s.querySelector('img')!;
        const r = img.getBoundingClientRect();
        this.zoom = !this.zoom;
        this.host.requestUpdate();
        await this.host.updateComplete;
        s.scrollLeft = ((e.clientX - r.left) / r.width) * img.offsetWidth - s.clientWidth / 2;
        s.scrollTop = ((e.clientY - r.top) / r.height) * img.offsetHeight - s.clientHeight / 2;
      } else {
        this.tap = e.timeStamp;
        if (!p.img) this.close();
      }
    } else if (!this.zoom) {
      if (ax > ay && ax > 40) this.step(dx < 0 ? 1 : -1);
      else if (dy > 60 && ay > ax) this.close();
    }
  };

  private loaded(st: number) {
    this.st = st;
    this.host.requestUpdate();
  }

  /* eslint-disable lit-a11y/no-autofocus -- in a modal dialog, autofocus names the control
     that showModal() focuses, as HTML recommends */
  render(images: Image[], strings: Loaded['gallery'], alt: (im: Image) => string) {
    const t = { ...enLater.gallery, ...strings };
    this.images = images;
    const n = images.length;
    const im = images[this.i];
    const text = im && alt(im);
    return html`<dialog part="lightbox" aria-label=${im ? t.photo(this.i + 1, n) : t.title} @close=${this.closed} @keydown=${this.key}>
      ${
        im
          ? html`<div
              class="stage${this.zoom ? ' zoom' : ''}"
              @pointerdown=${this.down}
              @pointermove=${this.move}
              @pointerup=${this.up}
              @pointercancel=${() => (this.p = undefined)}
            >
              <img
                class=${this.st === 1 ? '' : 'hide'}
                src=${im.url}
                srcset=${srcset(im) ?? nothing}
                sizes=${sizes(im)}
                alt=${text}
                draggable="false"
                @load=${() => this.loaded(1)}
                @error=${() => this.loaded(2)}
              />
            </div>
            ${this.st ? (this.st > 1 ? html`<p class="msg" role="alert">${t.failed}</p>` : nothing) : html`<p class="msg wait" role="status">${t.loading}</p>`}
            <p class="bar" part="lightbox-caption"><span class="count">${this.i + 1} / ${n}</span> ${text}</p>
            <button class="close" part="lightbox-button" aria-label=${t.close} autofocus @click=${this.close}>×</button>
            ${
              n > 1
                ? html`<button class="prev" part="lightbox-button" aria-label=${t.prev} @click=${() => this.show(this.i - 1)}>‹</button
                  ><button class="next" part="lightbox-button" aria-label=${t.next} @click=${() => this.show(this.i + 1)}>›</button>`
                : nothing
            }`
          : nothing
      }
    </dialog>`;
  }
  /* eslint-enable lit-a11y/no-autofocus */
}
