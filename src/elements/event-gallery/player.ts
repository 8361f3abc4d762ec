/**
 * The gallery's video players, loaded the first time a video is asked to play: YouTube's
 * privacy-enhanced embed (youtube-nocookie.com), Vimeo's player (without tracking: `dnt`), or
 * the browser's own `<video controls>` for a file. Each starts playing: it was asked to.
 */
import { html, nothing } from 'lit';
import type { Video } from '../../core/event/model.js';

const YOUTUBE =
  /^https?:\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([\w-]{11})(?![\w-])/i;
const VIMEO = /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(\d+)(?!\w)/i;

/** Where the video plays: an embed URL of a known player, else the file. */
export function source(v: Video): { frame: string } | { file: string } {
  for (const url of v.urls) {
    const yt = YOUTUBE.exec(url);
    if (yt) return { frame: `https://www.youtube-nocookie.com/embed/${yt[1]}?autoplay=1` };
    const vimeo = VIMEO.exec(url);
    if (vimeo) return { frame: `https://player.vimeo.com/video/${vimeo[1]}?autoplay=1&dnt=1` };
  }
  // An embed URL of another player cannot play in <video>: the file (contentUrl, url) rather.
  return { file: v.urls.find((u) => !/\/embed\//i.test(u)) ?? v.urls[0] };
}

/** The player of video `k`, named `title` for assistive technology. */
export function player(v: Video, title: string, k: number) {
  const s = source(v);
  return 'frame' in s
    ? html`<iframe
        part="player"
        data-playing=${k}
        src=${s.frame}
        title=${title}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`
    : html`<video part="player" data-playing=${k} src=${s.file} poster=${v.poster ?? nothing} aria-label=${title} controls autoplay playsinline></video>`;
}
