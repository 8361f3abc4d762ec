import { html } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import { onDemand } from '../../core/lazy.js';
import type { EventModel, Image } from '../../core/event/model.js';
import type { Lightbox } from './lightbox.js';

/**
 * The gallery's view (its template and styles, ./view.ts): it loads when the first gallery
 * connects, beside its data, and the gallery stays in `loading` until it is there. Galleries sit
 * below the fold; pages without one never download it.
 */
const view = onDemand(() => import('./view.js'));

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
  static override properties = {
    ...EventEmbedElement.properties,
    layout: {},
    limit: { type: Number },
  };

  /** `grid` (square crops) or `rows` (justified rows keeping aspect ratios). */
  declare layout: 'grid' | 'rows';
  /** How many photos show before "Show all N photos". */
  declare limit: number;
  /** Whether every photo shows ("Show all" was pressed). @internal */
  all = false;
  /** Photos whose thumbnail failed to load. @internal */
  failed = new WeakSet<Image>();
  /** The lightbox: its code loads when a photo is first opened. @internal */
  box?: Lightbox;

  constructor() {
    super();
    this.layout = 'grid';
    this.limit = 12;
  }

  protected override isEmpty(event: EventModel) {
    return !event.images.length;
  }

  override connectedCallback() {
    super.connectedCallback();
    view.load();
  }

  protected override needs() {
    return view.settled() ? undefined : view.load();
  }

  protected override renderEvent(event: EventModel) {
    const v = view.get();
    // Offline, the view could not load: the page's fallback content stays.
    return v ? v.render(this, event, this.strings) : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-gallery': EventGallery;
  }
}
