import { expect } from '@open-wc/testing';
import '../../../src/elements/event-announcement/define.js';
import type { EventAnnouncement } from '../../../src/elements/event-announcement/event-announcement.js';
import type { EventGallery } from '../../../src/elements/event-gallery/event-gallery.js';
import { source } from '../../../src/elements/event-gallery/player.js';
import { captureConsole, render, until } from '../../support/fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** axe-core, as @open-wc/testing's accessibility assertion loads it. */
const axe = () => (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const thumbs = (el: Element) => $$<HTMLButtonElement>(el, '[part="thumb"]');
const photo = (k: number) => `/demo/images/photos/photo-${k}.svg`;
const MISSING = '/__test__/status?code=404';
const base = { name: 'Media', startDate: '2027-05-01', location: 'Hall' };

describe('<event-gallery> photos that fail', () => {
  it('leaves out the photos whose file 404s, and the rest are numbered among themselves', async () => {
    const el = await render<EventGallery>('event-gallery', {
      ...base,
      image: [
        { contentUrl: photo(1), caption: 'One' },
        { contentUrl: `${MISSING}&k=a`, caption: 'Gone' },
        { contentUrl: photo(2), thumbnailUrl: `${MISSING}&k=b`, caption: 'Thumbnail gone' },
        { contentUrl: photo(3), caption: 'Three' },
      ],
    });
    await until(() => thumbs(el).length === 2, 'the two failed photos to be left out');
    expect(thumbs(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Open photo 1 of 2: One',
      'Open photo 2 of 2: Three',
    ]);
    expect(el.state).to.equal('ready');
    expect(el.matches(':state(ready)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is empty, showing nothing, once every photo has failed; in an announcement its heading goes too', async () => {
    const gone = { ...base, image: [`${MISSING}&k=c`, { contentUrl: `${MISSING}&k=d`, caption: 'Gone' }] };
    const el = await render<EventGallery>('event-gallery', gone);
    await until(() => el.state === 'empty', 'the gallery to be empty');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('ul, img, button')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);

    let a!: EventAnnouncement;
    await captureConsole(async () => (a = await render<EventAnnouncement>('event-announcement', gone)));
    const section = $(a, 'section.gallery')!;
    const gallery = section.querySelector<EventGallery>('event-gallery')!;
    expect(section.querySelector('[role="heading"]')!.textContent).to.equal('Photos');
    await until(() => gallery.state === 'empty', 'the announcement gallery to be empty');
    expect(getComputedStyle(section).display).to.equal('none');
    // The other sections stay.
    expect(getComputedStyle($(a, 'section.card')!).display).to.not.equal('none');
    await expect(a).to.be.accessible();
  });
});

describe('<event-gallery> responsive images', () => {
  const sized = {
    ...base,
    image: [
      {
        '@type': 'ImageObject',
        contentUrl: photo(1) + '?w=1600',
        width: 1600,
        height: 1200,
        caption: 'Sized',
        thumbnail: [
          { '@type': 'ImageObject', contentUrl: photo(1) + '?w=800', width: 800 },
          { '@type': 'ImageObject', contentUrl: photo(1) + '?w=400 x', width: 400 },
          { '@type': 'ImageObject', contentUrl: 'javascript:alert(1)', width: 200 },
        ],
      },
      { contentUrl: photo(2), thumbnailUrl: photo(2) + '?small', width: 1200, height: 800, caption: 'Thumbnail only' },
    ],
  };

  it('gives tiles a srcset of every file with its width, narrowest first, and sizes; async decoding', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await render<EventGallery>('event-gallery', sized);
      const [a, b] = $$<HTMLImageElement>(el, 'li img');
      // The unsafe URL is dropped (with a warning); a space in a URL would end its candidate.
      expect(a.getAttribute('srcset')).to.equal(
        `${photo(1)}?w=400%20x 400w, ${photo(1)}?w=800 800w, ${photo(1)}?w=1600 1600w`,
      );
      expect(a.getAttribute('sizes')).to.equal('16em');
      expect(a.getAttribute('src')).to.equal(photo(1) + '?w=800');
      expect([a.getAttribute('width'), a.getAttribute('height')]).to.deep.equal(['1600', '1200']);
      // A photo with one known file has no srcset: its thumbnail.
      expect(b.hasAttribute('srcset')).to.equal(false);
      expect(b.getAttribute('src')).to.equal(photo(2) + '?small');
      for (const img of [a, b]) {
        expect(img.decoding).to.equal('async');
        expect(img.loading).to.equal('lazy');
      }
      await until(() => a.complete && a.currentSrc, 'the tile to load');
      // A 16em tile (at most 2 device pixels each) never needs the 1600 px file.
      expect(a.currentSrc).to.not.contain('w=1600');
    });
    expect(warnings.join('\n')).to.contain('javascript:');
  });

  it('asks in the rows layout for a width in proportion to the aspect ratio', async () => {
    await captureConsole(async () => {
      const wide = {
        contentUrl: photo(4),
        width: 1800,
        height: 1000,
        thumbnail: { contentUrl: photo(4) + '?s', width: 600 },
      };
      const el = await render<EventGallery>('event-gallery', { ...base, image: [wide] }, { layout: 'rows' });
      expect($<HTMLImageElement>(el, 'li img')!.getAttribute('sizes')).to.equal('21.6em');
    });
  });

  it('gives the lightbox the same files, sized to the screen', async () => {
    await captureConsole(async () => {
      const el = await render<EventGallery>('event-gallery', sized);
      thumbs(el)[0].click();
      await until(() => $(el, 'dialog')?.hasAttribute('open') && $(el, '.stage img'), 'the lightbox');
      const img = $<HTMLImageElement>(el, '.stage img')!;
      expect(img.getAttribute('src')).to.equal(photo(1) + '?w=1600');
      expect(img.getAttribute('srcset')).to.contain(`${photo(1)}?w=1600 1600w`);
      expect(img.getAttribute('sizes')).to.equal('min(100vw, 133vh)');
      $<HTMLButtonElement>(el, '.close')!.click();
      await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'the lightbox to close');
    });
  });

  it('reserves each tile its box before the files arrive: no layout shift as slow images load', async () => {
    const observed: number[] = [];
    const measurable = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = measurable
      ? new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) observed.push(e.value);
        })
      : undefined;
    const slow = (k: number, w: number, h: number) => ({
      contentUrl: `/__test__/image?file=photo-${k}&delay=400&k=${Math.random()}`,
      width: w,
      height: h,
      caption: `Slow ${k}`,
    });
    for (const layout of ['grid', 'rows']) {
      const el = await render<EventGallery>(
        'event-gallery',
        { ...base, image: [slow(1, 1200, 800), slow(2, 800, 1200), slow(3, 1600, 900)] },
        { layout },
      );
      const boxes = () => thumbs(el).map((b) => JSON.stringify(b.getBoundingClientRect()));
      const before = boxes();
      observer?.observe({ type: 'layout-shift', buffered: false });
      await until(
        () => $$<HTMLImageElement>(el, 'li img').every((img) => img.complete && img.naturalWidth > 0),
        'the slow images',
      );
      await wait(100);
      expect(boxes(), layout).to.deep.equal(before);
      el.remove();
    }
    observer?.disconnect();
    expect(observed, 'layout shifts').to.deep.equal([]);
  });
});

describe('<event-gallery> videos', () => {
  const videos = {
    ...base,
    image: [{ contentUrl: photo(1), caption: 'A photo' }],
    subjectOf: [
      { '@type': 'CreativeWork', name: 'Not a video' },
      {
        '@type': 'VideoObject',
        name: 'Keynote',
        embedUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
        thumbnailUrl: photo(2),
        width: 1280,
        height: 720,
      },
    ],
    video: [
      { '@type': 'VideoObject', caption: 'Panel', contentUrl: 'https://vimeo.com/76979871', thumbnailUrl: photo(3) },
      { '@type': 'VideoObject', caption: 'Walk', contentUrl: '/demo/no-such-video.mp4' },
    ],
  };

  it('shows each as a poster with a play button and its caption; the player loads only on click', async () => {
    const player = () =>
      performance.getEntriesByType('resource').filter((r) => /event-gallery\/player/.test(r.name)).length;
    const loadedBefore = player();
    const el = await render<EventGallery>('event-gallery', videos);
    const items = $$(el, 'ul > li');
    expect(items.map((li) => li.className)).to.deep.equal(['video', 'video', 'video', 'photo']);
    const plays = $$<HTMLButtonElement>(el, '[part="play"]');
    expect(plays.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Play video: Panel',
      'Play video: Walk',
      'Play video: Keynote',
    ]);
    expect($$(el, 'figcaption').map((f) => f.textContent)).to.deep.equal(['Panel', 'Walk', 'Keynote']);
    expect($$<HTMLImageElement>(el, '.poster img').map((i) => i.getAttribute('src'))).to.deep.equal([
      photo(3),
      photo(2),
    ]);
    // As wide as the gallery, at the video's aspect ratio (16:9 when unknown).
    const frame = items[2].querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
    expect(Math.abs(frame.width / frame.height - 1280 / 720)).to.be.below(0.02);
    expect(Math.round(frame.width)).to.equal(Math.round($(el, 'ul')!.getBoundingClientRect().width));
    expect($$(el, 'iframe, video')).to.deep.equal([]);
    if (loadedBefore === 0) expect(player(), 'the player code before any click').to.equal(0);
    await expect(el).to.be.accessible();

    plays[2].click();
    await until(() => $(el, 'iframe'), 'the YouTube player');
    const frameEl = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(frameEl.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(frameEl.title).to.equal('Keynote');
    expect(el.shadowRoot!.activeElement).to.equal(frameEl);
    if (loadedBefore === 0) expect(player()).to.equal(1);
    // The others still wait for their click.
    expect($$(el, '[part="play"]')).to.have.length(2);
    $$<HTMLButtonElement>(el, '[part="play"]')[0].click();
    await until(() => $$(el, 'iframe').length === 2, 'the Vimeo player');
    expect($$<HTMLIFrameElement>(el, 'iframe')[0].getAttribute('src')).to.equal(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    );
    $<HTMLButtonElement>(el, '[part="play"]')!.click();
    await until(() => $(el, 'video'), 'the video element');
    const video = $<HTMLVideoElement>(el, 'video')!;
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('src')).to.equal('/demo/no-such-video.mp4');
    expect(video.getAttribute('aria-label')).to.equal('Walk');
    // (axe is run on the players in the test below: here it would wait on the offline frames.)
  });

  it('speaks the language of the widget, and a video without a caption is still named', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await render<EventGallery>(
        'event-gallery',
        {
          ...base,
          video: 'https://youtu.be/dQw4w9WgXcQ',
          subjectOf: { '@type': 'VideoObject', name: 'Доклад', embedUrl: 'https://youtu.be/dQw4w9WgXcQ' },
        },
        { lang: 'ru' },
      );
      expect($$(el, '[part="play"]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Воспроизвести видео',
        'Воспроизвести видео: Доклад',
      ]);
      expect(el.state).to.equal('ready');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="play"]')!.click();
      await until(() => $(el, 'iframe'), 'the player');
      expect($<HTMLIFrameElement>(el, 'iframe')!.title).to.equal('Видео');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'iframe'));
    });
    expect(warnings.join('\n')).to.contain('has no caption');
  });

  it('is right-to-left in Arabic, and an announcement with videos alone has its gallery', async () => {
    const only = {
      ...base,
      subjectOf: {
        '@type': 'VideoObject',
        name: 'كلمة',
        embedUrl: 'https://youtu.be/dQw4w9WgXcQ',
        thumbnailUrl: photo(1),
      },
    };
    const el = await render<EventGallery>('event-gallery', only, { lang: 'ar', dir: 'rtl' });
    expect($(el, '[part="play"]')!.getAttribute('aria-label')).to.equal('تشغيل الفيديو: كلمة');
    const caption = $(el, 'figcaption')!;
    expect(getComputedStyle(caption).direction).to.equal('rtl');
    // The caption starts at the right.
    const li = $(el, 'li.video')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(caption);
    expect(li.right - range.getBoundingClientRect().right).to.be.below(2);
    await expect(el).to.be.accessible();

    const dark = await render<EventGallery>('event-gallery', only, { theme: 'dark' });
    await expect(dark).to.be.accessible();

    let a!: EventAnnouncement;
    await captureConsole(async () => (a = await render<EventAnnouncement>('event-announcement', only)));
    const gallery = $(a, 'section.gallery event-gallery') as EventGallery;
    expect(gallery).to.not.equal(null);
    await until(() => gallery.state === 'ready', 'the gallery');
    expect(gallery.shadowRoot!.querySelectorAll('[part="play"]')).to.have.length(1);
  });

  it('knows YouTube and Vimeo addresses, and plays anything else as a file', () => {
    const url = (...urls: string[]) => source({ urls });
    const yt = { frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' };
    expect(url('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).to.deep.equal(yt);
    expect(url('https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ')).to.deep.equal(yt);
    expect(url('https://youtu.be/dQw4w9WgXcQ?si=x')).to.deep.equal(yt);
    expect(url('https://www.youtube.com/embed/dQw4w9WgXcQ')).to.deep.equal(yt);
    expect(url('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).to.deep.equal(yt);
    expect(url('https://www.youtube.com/shorts/dQw4w9WgXcQ')).to.deep.equal(yt);
    expect(url('https://vimeo.com/76979871')).to.deep.equal({
      frame: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
    expect(url('https://player.vimeo.com/video/76979871?h=abc')).to.deep.equal({
      frame: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
    // Not YouTube's: a look-alike host, an id too long.
    expect(url('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).to.deep.equal({
      file: 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    });
    expect(url('https://youtu.be/dQw4w9WgXcQQ')).to.deep.equal({ file: 'https://youtu.be/dQw4w9WgXcQQ' });
    // An embed of another player cannot play as a file: the file rather.
    expect(url('https://player.example/embed/1', 'https://cdn.example/talk.mp4')).to.deep.equal({
      file: 'https://cdn.example/talk.mp4',
    });
  });

  it('never lets an unsafe video or poster URL reach the page', async () => {
    const { warnings } = await captureConsole(async () => {
      const el = await render<EventGallery>('event-gallery', {
        ...base,
        video: [
          { '@type': 'VideoObject', name: 'Bad', embedUrl: 'javascript:alert(1)', thumbnailUrl: 'data:text/html,x' },
          {
            '@type': 'VideoObject',
            name: 'Half',
            embedUrl: 'java\tscript:alert(1)',
            contentUrl: '/demo/a.mp4',
            thumbnailUrl: 'javascript:x',
          },
        ],
      });
      expect($$(el, '[part="play"]').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Play video: Half']);
      expect($$(el, '.poster img')).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part="play"]')!.click();
      await until(() => $(el, 'video'), 'the player');
      expect($<HTMLVideoElement>(el, 'video')!.getAttribute('src')).to.equal('/demo/a.mp4');
      // A playing video: named, with controls (a recording of the event has no captions to require).
      // (The chai helper's axe waits up to 10 s for a <video> to load, and this one 404s: axe
      // itself, without preloading media.)
      const { violations } = await axe().run(el, { preload: false, resultTypes: ['violations'] });
      expect(violations.filter((v) => v.id !== 'video-caption').map((v) => v.id)).to.deep.equal([]);
      expect(el.shadowRoot!.innerHTML).to.not.match(/javascript|data:text/);
    });
    expect(warnings.join('\n')).to.contain('javascript:');
  });
});
