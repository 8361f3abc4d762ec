import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel, Image } from '../../core/event/model.js';
import type { Lightbox } from './lightbox.js';
import { styles } from './event-gallery.styles.js';

/** Images already warned about, so a re-render does not repeat the warning. */
const warned = new WeakSet<Image>();

/**
 * The event's photos as a grid of thumbnails that open a lightbox.
 *
 * @summary A photo gallery with a lightbox, from the event's `image` list.
 * @tagname event-gallery
 *
 * @attr {'grid' | 'rows'} layout - `grid`: square crops (default); `rows`: justified rows that keep each photo's aspect ratio.
 * @attr {number} limit - How many photos show before a "Show all N photos" button. Default 12.
 *
 * @csspart list - The list of thumbnails.
 * @csspart thumb - Each thumbnail button.
 * @csspart show-all - The "Show all N photos" button.
 * @csspart lightbox - The lightbox (`<dialog>`).
 * @csspart lightbox-caption - The counter and caption under the photo in the lightbox.
 * @csspart lightbox-button - The close, previous and next buttons of the lightbox.
 *
 * @cssprop [--event-gallery-row-height=10em] - Height a row aims at in the `rows` layout.
 * @cssprop [--event-gallery-backdrop=rgb(0 0 0 / 0.95)] - Background of the lightbox.
 */
export class EventGallery extends EventEmbedElement {
  static override styles = [EventEmbedElement.styles, styles];

  static override properties = {
    ...EventEmbedElement.properties,
    layout: {},
    limit: { type: Number },
  };

  /** `grid` (square crops) or `rows` (justified rows keeping aspect ratios). */
  declare layout: 'grid' | 'rows';
  /** How many photos show before "Show all N photos". */
  declare limit: number;
  private all = false;
  private failed = new WeakSet<Image>();
  /** The lightbox: its code loads when a photo is first opened. */
  private box?: Lightbox;

  constructor() {
    super();
    this.layout = 'grid';
    this.limit = 12;
  }

  protected override isEmpty(event: EventModel) {
    return !event.images.length;
  }

  /** The text alternative: caption, else name, else description; a warning when there is none. */
  private alt = (im: Image) => {
    const text = im.caption ?? im.name ?? im.description ?? '';
    if (!text && !warned.has(im)) {
      warned.add(im);
      const i = this.data!.images.indexOf(im);
      console.warn(
        `event-embed <${this.localName}>: image[${i}] (${im.url}) has no caption, name or description; add "caption": "…"`,
      );
    }
    return text;
  };

  private async open(i: number, opener: HTMLElement) {
    if (!this.box) {
      const { Lightbox } = await import('./lightbox.js');
      if (!this.isConnected) return;
      this.box ??= new Lightbox(this);
      // One render hands it the photos before it opens.
      this.requestUpdate();
      await this.updateComplete;
    }
    await this.box.open(i, opener);
  }

  private async showAll(from: number) {
    this.all = true;
    this.requestUpdate();
    await this.updateComplete;
    // The button is gone: focus goes to the first photo it revealed.
    this.shadowRoot!.querySelectorAll('li')[from]?.querySelector('button')!.focus();
  }

  protected override renderEvent(event: EventModel) {
    const t = this.strings.gallery;
    const images = event.images;
    const n = images.length;
    const shown = this.all ? n : Math.max(1, this.limit) || 12;
    return html`<div class="root">
      <ul class=${this.layout === 'rows' ? 'rows' : 'grid'} part="list" aria-label=${t.title}>
        ${images.slice(0, shown).map((im, i) => {
          const text = this.alt(im);
          return html`<li .style=${`--_ee-ratio:${im.width! / im.height! || 4 / 3}`}>
            <button
              part="thumb"
              aria-label=${t.open(i + 1, n) + (text && ': ' + text)}
              @click=${(e: Event) => this.open(i, e.currentTarget as HTMLElement)}
            >
              ${
                this.failed.has(im)
                  ? html`<span>${text}</span>`
                  : html`<img
                    loading="lazy"
                    decoding="async"
                    src=${im.thumbnail ?? im.url}
                    alt=${text}
                    width=${im.width ?? nothing}
                    height=${im.height ?? nothing}
                    @error=${() => {
                      this.failed.add(im);
                      this.requestUpdate();
                    }}
                  />`
              }
            </button>
          </li>`;
        })}
      </ul>
      ${n > shown ? html`<button class="all" part="show-all" @click=${() => this.showAll(shown)}>${t.showAll(n)}</button>` : nothing}
      ${this.box?.render(images, t, this.alt) ?? nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-gallery': EventGallery;
  }
}
