import { html } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import { onDemand } from '../../core/lazy.js';
import type { EventModel, Image } from '../../core/event/model.js';
import type { PhotoLinks } from './deep-link.js';
import type { Lightbox } from './lightbox.js';

/**
 * The gallery's view (its template and styles, ./view.ts): it loads when the first gallery
 * connects, beside its data, and the gallery stays in `loading` until it is there. Galleries sit
 * below the fold; pages without one never download it.
 */
const view = onDemand(() => import('./view.js'));

/**
 * The event's photos as a grid of thumbnails that open a lightbox, and its videos.
 *
 * Photos are the event's `image` list (URLs or ImageObjects). Where an ImageObject gives the
 * widths of its files (its own `width`, and `thumbnail` ImageObjects with theirs), the tiles get
 * a `srcset` and take the smallest file that fits, and the lightbox the largest it needs. A
 * photo whose file cannot load is left out; when none is left (and there is no video), the
 * gallery is `empty` and shows nothing (inside `<event-announcement>`, its heading goes too).
 *
 * Videos are the VideoObjects of the event's `image`, of `video` and of `subjectOf` (a
 * CreativeWork about the event, as schema.org has it), shown first, each as its poster
 * (`thumbnailUrl`, `thumbnail` or `image`) with a play button and its caption. The player
 * loads only when asked: YouTube's privacy-enhanced embed (youtube-nocookie.com), Vimeo's
 * player, or `<video controls>` for a file (`embedUrl`, else `contentUrl`, else `url`).
 *
 * Links to a photo: the lightbox open on photo 3 is `#event-photo-3` in the page's URL (photos
 * count from 1, in the data's order), or `#<id>-photo-3` for a gallery with an `id` (give each
 * gallery of a page one; without ids, the second gallery to connect is `#event-2-photo-3`, and so
 * on). A page loaded, or navigated, to such a hash opens the lightbox on that photo; Back closes
 * it; closing it goes back to the URL before without adding a history entry. Other hashes are the
 * page's own (hash routing) and are left alone.
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
 * @csspart video - Each video (a list item as wide as the gallery).
 * @csspart play - The poster button that plays a video ("Play video: caption").
 * @csspart player - The video's player (`<iframe>` or `<video>`), once asked for.
 * @csspart video-caption - The caption under a video.
 * @csspart lightbox - The lightbox (`<dialog>`).
 * @csspart lightbox-caption - The counter and caption under the photo in the lightbox.
 * @csspart lightbox-button - The close, previous and next buttons of the lightbox.
 *
 * @cssprop [--event-gallery-row-height=10em] - Height a row aims at in the `rows` layout.
 * @cssprop [--event-gallery-backdrop=rgb(0 0 0 / 0.95)] - Background of the lightbox.
 * @cssprop [--event-gallery-play-color=#fff] - Colour of the play triangle on a video's poster.
 * @cssprop [--event-gallery-play-background=rgb(0 0 0 / 0.7)] - Background of the play button on a video's poster.
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
  /** The links to its photos in the URL. @internal */
  links?: PhotoLinks;

  constructor() {
    super();
    this.layout = 'grid';
    this.limit = 12;
  }

  protected override isEmpty(event: EventModel) {
    // Photos that failed to load are left out: with none left (and no video), nothing shows.
    return !event.videos?.length && event.images.every((im) => this.failed.has(im));
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
