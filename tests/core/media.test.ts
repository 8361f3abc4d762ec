/**
 * Photos and videos beyond plain URLs (src/core/event/lenient/media.ts): the documents with
 * videos or thumbnails that say their widths ask for the lenient readers, which read them.
 */
import { expect } from '@open-wc/testing';
import { needsLenient, readEvent } from '../../src/core/event/normalize.js';
import * as lenient from '../../src/core/event/lenient/index.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}
const event = (extra: Record<string, unknown>) => ({
  '@type': 'Event',
  name: 'Media',
  startDate: '2027-03-01T18:00:00+02:00',
  location: { '@type': 'Place', name: 'Hall' },
  ...extra,
});
const read = (doc: unknown) => readEvent(doc, { base: 'https://example.org/e/', lenient });
const paths = (r: ParseResult) => r.warnings.map((w) => `${w.path} ${w.code}`);

describe('photos and videos read by the lenient readers', () => {
  it('asks for them only for videos and thumbnails with widths', () => {
    const plain = [
      event({ image: ['a.jpg', { contentUrl: 'b.jpg', width: 800, height: 600, thumbnail: 'b-s.jpg' }] }),
      event({ image: { contentUrl: 'b.jpg', thumbnail: { contentUrl: 'b-s.jpg' } } }),
    ];
    for (const doc of plain) expect(needsLenient.has(readEvent(doc)), JSON.stringify(doc)).to.equal(false);
    const more = [
      event({ image: { contentUrl: 'b.jpg', thumbnail: { contentUrl: 'b-s.jpg', width: 300 } } }),
      event({ image: { contentUrl: 'b.jpg', thumbnail: [{ contentUrl: 'b-s.jpg', width: 300 }] } }),
      event({ image: { '@type': 'VideoObject', contentUrl: 'v.mp4' } }),
      event({ video: 'v.mp4' }),
      event({ subjectOf: { '@type': 'VideoObject', embedUrl: 'https://youtu.be/dQw4w9WgXcQ' } }),
    ];
    for (const doc of more) expect(needsLenient.has(readEvent(doc)), JSON.stringify(doc)).to.equal(true);
  });

  it('gives each photo its files with their widths, narrowest first, resolved and safe', () => {
    const r = read(
      event({
        image: [
          'plain.jpg',
          {
            '@type': 'ImageObject',
            contentUrl: 'big.jpg',
            width: '1600',
            height: 900,
            caption: 'Big',
            thumbnail: [
              { '@type': 'ImageObject', contentUrl: 'mid.jpg', width: { '@type': 'QuantitativeValue', value: 800 } },
              { contentUrl: 'small.jpg', width: 400 },
              { contentUrl: 'javascript:alert(1)', width: 200 },
              { contentUrl: 'nowidth.jpg' },
            ],
          },
          { url: 'only.jpg', thumbnailUrl: 'only-s.jpg', width: 'wide' },
          { caption: 'No file' },
        ],
      }),
    );
    const e = ok(r);
    const u = (f: string) => `https://example.org/e/${f}`;
    expect(e.images.map((i) => [i.url, i.thumbnail, i.sources])).to.deep.equal([
      [u('plain.jpg'), undefined, undefined],
      [
        u('big.jpg'),
        u('mid.jpg'),
        [
          [u('small.jpg'), 400],
          [u('mid.jpg'), 800],
          [u('big.jpg'), 1600],
        ],
      ],
      [u('only.jpg'), u('only-s.jpg'), []],
    ]);
    expect(e.images[1]).to.include({ caption: 'Big', width: 1600, height: 900 });
    // No videos: no list, as the core reader gives none.
    expect(e.videos).to.equal(undefined);
    expect(paths(r)).to.deep.equal([
      'image[1].thumbnail[2].contentUrl badLink',
      'image[2].width notNumber',
      'image[3] imageNoUrl',
    ]);
  });

  it('reads the videos of image, video and subjectOf (only its VideoObjects), in that order', () => {
    const r = read(
      event({
        image: [{ '@type': 'VideoObject', name: 'In image', contentUrl: 'a.mp4', thumbnailUrl: 'a.jpg' }, 'photo.jpg'],
        video: [
          'b.mp4',
          {
            '@type': 'VideoObject',
            caption: 'Talk',
            embedUrl: 'https://www.youtube.com/embed/dQw4w9WgXcQ',
            contentUrl: 'c.mp4',
            width: 1280,
            height: 720,
            image: { url: 'c.jpg' },
          },
          { '@type': 'VideoObject', name: 'Nothing to play' },
        ],
        subjectOf: [
          { '@type': 'CreativeWork', name: 'An article', url: 'article.html' },
          { '@type': ['VideoObject'], name: 'Recording', url: 'https://vimeo.com/76979871', embedUrl: 'javascript:x' },
        ],
      }),
    );
    const e = ok(r);
    const u = (f: string) => `https://example.org/e/${f}`;
    expect(e.images.map((i) => i.url)).to.deep.equal([u('photo.jpg')]);
    expect(e.videos!.map((v) => [v.name ?? v.caption, v.urls, v.poster])).to.deep.equal([
      ['In image', [u('a.mp4')], u('a.jpg')],
      [undefined, [u('b.mp4')], undefined],
      ['Talk', ['https://www.youtube.com/embed/dQw4w9WgXcQ', u('c.mp4')], u('c.jpg')],
      ['Recording', ['https://vimeo.com/76979871'], undefined],
    ]);
    expect(e.videos![2]).to.include({ width: 1280, height: 720 });
    expect(paths(r)).to.deep.equal(['video[2] imageNoUrl', 'subjectOf[1].embedUrl badLink']);
  });
});
