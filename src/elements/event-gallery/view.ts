/**
 * What `<event-gallery>` shows: the videos, the thumbnails, "Show all", and the lightbox once
 * opened, with their styles. Loaded on demand by ./event-gallery.ts (see `loadView` there).
 */
import { html, nothing } from 'lit';
import type { EventModel, Image, Video } from '../../core/event/model.js';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { vars } from '../../core/style-vars.js';
import { adopt } from '../../core/styles.js';
import { PhotoLinks } from './deep-link.js';
import { styles } from './event-gallery.styles.js';
import type { EventGallery } from './event-gallery.js';

/** Images already warned about, so a re-render does not repeat the warning. */
const warned = new WeakSet<Image | Video>();
/** Videos asked to play: their player shows in place of the poster. */
const playing = new WeakSet<Video>();
/** The players' code (./player.ts), once a video was first asked to play. */
let players: typeof import('./player.js') | undefined;

/** The text alternative: caption, else name, else description; a warning when there is none. */
function alt(el: EventGallery, im: Image | Video) {
  const text = im.caption ?? im.name ?? im.description ?? '';
  if (!text && !warned.has(im)) {
    warned.add(im);
    const what = 'url' in im ? `image[${el.data!.images.indexOf(im)}] (${im.url})` : `video (${im.urls[0]})`;
    console.warn(`event-embed <${el.localName}>: ${what} has no caption, name or description; add "caption": "…"`);
  }
  return text;
}

/**
 * The files of an image with their widths, as a `srcset` (none when fewer than two are known).
 * Whitespace, and a comma at either end, would end a candidate early: they are escaped.
 */
export const srcset = (im: Image | Video) =>
  (im.sources?.length ?? 0) > 1
    ? im.sources!.map(([url, w]) => `${url.replace(/\s|^,|,$/g, encodeURIComponent)} ${w}w`).join(', ')
    : undefined;

/** The photos that can show: those whose thumbnail has not failed. @internal */
export const photos = (el: EventGallery, event: EventModel) => event.images.filter((im) => !el.failed.has(im));

/** Opens the lightbox on photo `i` (of the photos shown); focus returns to `opener` on close. */
export async function open(el: EventGallery, i: number, opener: HTMLElement) {
  if (!el.box) {
    const { Lightbox } = await import('./lightbox.js');
    if (!el.isConnected) return;
    el.box ??= new Lightbox(el, (im) => el.links?.follow(im));
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
  el.shadowRoot!.querySelectorAll('.photo')[from]?.querySelector('button')!.focus();
}

async function play(el: EventGallery, v: Video) {
  players ??= await import('./player.js').catch(() => undefined);
  if (!players || !el.isConnected) return;
  playing.add(v);
  el.requestUpdate();
  await el.updateComplete;
  // Focus goes to the player, where the poster's button was.
  el.shadowRoot!.querySelector<HTMLElement>(`[data-playing="${el.data!.videos!.indexOf(v)}"]`)?.focus();
}

function video(el: EventGallery, v: Video, k: number, t: typeof enLater.gallery & Loaded['gallery']) {
  const label = alt(el, v);
  const ratio = v.width! / v.height! || 16 / 9;
  return html`<li class="video" part="video" style=${vars({ '--_ee-ratio': ratio })}>
    <figure>
      <div class="frame">
        ${
          players && playing.has(v)
            ? players.player(v, label || t.video, k)
            : html`<button class="poster" part="play" aria-label=${t.play(label)} @click=${() => play(el, v)}>
              ${
                v.poster
                  ? html`<img
                      loading="lazy"
                      decoding="async"
                      src=${v.poster}
                      srcset=${srcset(v) ?? nothing}
                      sizes=${srcset(v) ? '100vw' : nothing}
                      alt=""
                      width=${v.width ?? nothing}
                      height=${v.height ?? nothing}
                    />`
                  : nothing
              }
              <svg class="icon" viewBox="0 0 68 48" aria-hidden="true">
                <rect width="68" height="48" rx="12" /><path d="M27 14v20l18-10z" />
              </svg>
            </button>`
        }
      </div>
      ${label ? html`<figcaption part="video-caption">${label}</figcaption>` : nothing}
    </figure>
  </li>`;
}

export function render(el: EventGallery, event: EventModel, strings: Loaded) {
  adopt(el.shadowRoot!, styles);
  const t = { ...enLater.gallery, ...strings.gallery };
  el.links ??= new PhotoLinks(el);
  const images = photos(el, event);
  const n = images.length;
  const shown = el.all ? n : Math.max(1, el.limit) || 12;
  const rows = el.layout === 'rows';
  const text = (im: Image) => alt(el, im);
  return html`<div class="root">
    <ul class=${rows ? 'rows' : 'grid'} part="list" aria-label=${t.title}>
      ${(event.videos ?? []).map((v, k) => video(el, v, k, t))}
      ${images.slice(0, shown).map((im, i) => {
        const label = text(im);
        const ratio = im.width! / im.height! || 4 / 3;
        // The width a tile takes, about (not sizes="auto": Chromium keeps removed lazy images
        // sized so alive, tests/quality/leaks.test.ts).
        const set = srcset(im);
        return html`<li class="photo" style=${vars({ '--_ee-ratio': ratio })}>
          <button
            part="thumb"
            aria-label=${t.open(i + 1, n) + (label && ': ' + label)}
            @click=${(e: Event) => open(el, i, e.currentTarget as HTMLElement)}
          >
            <img
              loading="lazy"
              decoding="async"
              src=${im.thumbnail ?? im.url}
              srcset=${set ?? nothing}
              sizes=${set ? (rows ? `${+(ratio * 12).toFixed(2)}em` : '16em') : nothing}
              alt=${label}
              width=${im.width ?? nothing}
              height=${im.height ?? nothing}
              @error=${() => {
                // A photo that cannot show is left out; with none left, the gallery is empty.
                el.failed.add(im);
                el.requestUpdate();
              }}
            />
          </button>
        </li>`;
      })}
    </ul>
    ${n > shown ? html`<button class="all" part="show-all" @click=${() => showAll(el, shown)}>${t.showAll(n)}</button>` : nothing}
    ${el.box?.render(images, t, text) ?? nothing}
  </div>`;
}
