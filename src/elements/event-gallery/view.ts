/**
 * What `<event-gallery>` shows: the thumbnails, "Show all", and the lightbox once opened, with
 * their styles. Loaded on demand by ./event-gallery.ts (see `loadView` there).
 */
import { html, nothing } from 'lit';
import type { EventModel, Image } from '../../core/event/model.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';
import { styles } from './event-gallery.styles.js';
import type { EventGallery } from './event-gallery.js';

/** Images already warned about, so a re-render does not repeat the warning. */
const warned = new WeakSet<Image>();

/** The text alternative: caption, else name, else description; a warning when there is none. */
function alt(el: EventGallery, im: Image) {
  const text = im.caption ?? im.name ?? im.description ?? '';
  if (!text && !warned.has(im)) {
    warned.add(im);
    const i = el.data!.images.indexOf(im);
    console.warn(
      `event-embed <${el.localName}>: image[${i}] (${im.url}) has no caption, name or description; add "caption": "…"`,
    );
  }
  return text;
}

async function open(el: EventGallery, i: number, opener: HTMLElement) {
  if (!el.box) {
    const { Lightbox } = await import('./lightbox.js');
    if (!el.isConnected) return;
    el.box ??= new Lightbox(el);
    // One render hands it the photos before it opens.
    el.requestUpdate();
    await el.updateComplete;
  }
  await el.box.open(i, opener);
}

async function showAll(el: EventGallery, from: number) {
  el.all = true;
  el.requestUpdate();
  await el.updateComplete;
  // The button is gone: focus goes to the first photo it revealed.
  el.shadowRoot!.querySelectorAll('li')[from]?.querySelector('button')!.focus();
}

export function render(el: EventGallery, event: EventModel, strings: Loaded) {
  adopt(el.shadowRoot!, styles);
  const t = strings.gallery;
  const images = event.images;
  const n = images.length;
  const shown = el.all ? n : Math.max(1, el.limit) || 12;
  const text = (im: Image) => alt(el, im);
  return html`<div class="root">
    <ul class=${el.layout === 'rows' ? 'rows' : 'grid'} part="list" aria-label=${t.title}>
      ${images.slice(0, shown).map((im, i) => {
        const label = text(im);
        return html`<li .style=${`--_ee-ratio:${im.width! / im.height! || 4 / 3}`}>
          <button
            part="thumb"
            aria-label=${t.open(i + 1, n) + (label && ': ' + label)}
            @click=${(e: Event) => open(el, i, e.currentTarget as HTMLElement)}
          >
            ${
              el.failed.has(im)
                ? html`<span>${label}</span>`
                : html`<img
                  loading="lazy"
                  decoding="async"
                  src=${im.thumbnail ?? im.url}
                  alt=${label}
                  width=${im.width ?? nothing}
                  height=${im.height ?? nothing}
                  @error=${() => {
                    el.failed.add(im);
                    el.requestUpdate();
                  }}
                />`
            }
          </button>
        </li>`;
      })}
    </ul>
    ${n > shown ? html`<button class="all" part="show-all" @click=${() => showAll(el, shown)}>${t.showAll(n)}</button>` : nothing}
    ${el.box?.render(images, t, text) ?? nothing}
  </div>`;
}
