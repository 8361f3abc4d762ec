/**
 * The event's photos and videos, for `<event-gallery>` and the card, in full (the core reader,
 * ../normalize.ts, reads the plain photos of most documents, and sends the others here): `image`
 * (URLs and ImageObjects, with the widths of their files for a srcset), and the VideoObjects of `image`, of `video` (not schema.org on an Event,
 * but common) and of `subjectOf` (what schema.org offers: a CreativeWork about the event), in
 * that order.
 */
import type { Image, Video } from '../model.js';
import { at, isObject, list, types, type Json } from '../json.js';
import type { WarningCode } from '../problems.js';

/** A reader of the core reader (../normalize.ts): a value and its JSON path in, what it says out. */
type Reader<T> = (v: unknown, path: string) => T | undefined;

/** The photos and videos of event `node` at `path`, read by the core reader's readers (given in order: shorter in the first load). */
export function media(
  node: Json,
  path: string,
  ref: (v: unknown) => unknown,
  urlOf: Reader<string>,
  textOf: Reader<string>,
  numberOf: Reader<number>,
  warn: (path: string, code: WarningCode, ...values: unknown[]) => void,
) {
  const images: Image[] = [];
  const videos: Video[] = [];
  for (const key of ['image', 'video', 'subjectOf']) {
    const v = node[key];
    list(v).forEach((raw, i) => {
      const ip = at(path, Array.isArray(v) ? `${key}[${i}]` : key);
      const item = ref(raw);
      const typed = isObject(item) && types(item).includes('VideoObject');
      // Of `subjectOf`, only videos; of `video`, anything (a bare URL is a video file).
      if (key === 'subjectOf' && !typed) return;
      const video = typed || key === 'video';
      if (!isObject(item)) {
        const url = urlOf(item, ip);
        if (!url) warn(ip, 'imageNoUrl');
        else if (video) videos.push({ urls: [url] });
        else images.push({ url });
        return;
      }
      const f = (k: string) => at(ip, k);
      // Each file of the image (itself, its thumbnails) with the width it gives: the srcset.
      const sources: [string, number][] = [];
      const sized = (v: unknown, p: string) => {
        const o = ref(v);
        const url = urlOf(o, p);
        const w = isObject(o) ? numberOf(o.width, at(p, 'width')) : undefined;
        if (url && w! > 0) sources.push([url, w!]);
        return url;
      };
      const thumbs = list(item.thumbnail).map((t, k) =>
        sized(t, f(Array.isArray(item.thumbnail) ? `thumbnail[${k}]` : 'thumbnail')),
      );
      const thumbnail = thumbs[0] ?? urlOf(list(item.thumbnailUrl)[0], f('thumbnailUrl'));
      const text = {
        caption: textOf(item.caption, f('caption')),
        name: textOf(item.name, f('name')),
        description: textOf(item.description, f('description')),
        width: numberOf(item.width, f('width')),
        height: numberOf(item.height, f('height')),
      };
      if (video) {
        const urls = ['embedUrl', 'contentUrl', 'url'].map((k) => urlOf(item[k], f(k))).filter((u) => u) as string[];
        if (!urls.length) return warn(ip, 'imageNoUrl');
        const poster = thumbnail ?? urlOf(list(item.image)[0], f('image'));
        videos.push({ urls, poster, sources: sources.sort((a, b) => a[1] - b[1]), ...text });
        return;
      }
      const url = urlOf(item, ip);
      if (!url) return warn(ip, 'imageNoUrl');
      if (text.width! > 0) sources.push([url, text.width!]);
      images.push({ url, thumbnail, sources: sources.sort((a, b) => a[1] - b[1]), ...text });
    });
  }
  // No videos: no list, as the core reader gives none (a document reads the same either way).
  return videos.length ? { images, videos } : { images };
}
