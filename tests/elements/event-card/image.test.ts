/**
 * The card's image when it does not load (#16): it collapses without a trace, in the narrow
 * layout (no strip at the top) and the wide one (no empty column); a working image keeps both.
 * The failing image is a real 404 from the test server. An event without an image takes the
 * whole width even when it holds other pictures (a performer's photo).
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { render, until } from '../../support/fixtures.js';

const event = (image: string) => ({
  name: 'Round table',
  startDate: '2027-10-23T15:00:00+03:00',
  location: { '@type': 'Place', name: 'Park Inn' },
  image,
});

async function card(image: string, width: number) {
  const el = await render<EventCard>('event-card', event(image));
  el.parentElement!.style.width = `${width}px`;
  const img = el.shadowRoot!.querySelector('img')!;
  // Settled: hidden by its error handler, or drawn. (Firefox may report `complete` before the
  // error event has run, which a wait for `complete` alone raced in a loaded run.)
  await until(() => img.hidden || (img.complete && img.naturalWidth > 0), 'the image to load or fail');
  await new Promise((r) => requestAnimationFrame(r));
  const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
  const article = el.shadowRoot!.querySelector<HTMLElement>('article')!;
  return { img, body: body.getBoundingClientRect(), article: article.getBoundingClientRect() };
}

describe('<event-card> image', () => {
  before(async () => {
    await fixture(document.createElement('div')); // a document with a body to render into
  });

  for (const width of [360, 900]) {
    it(`collapses without a trace when it fails (${width} px)`, async () => {
      const failed = await card('/__test__/status?code=404', width);
      expect(failed.img.hidden).to.equal(true);
      expect(failed.img.getBoundingClientRect().height).to.equal(0);
      // The text starts at the card's top and fills its width.
      expect(Math.round(failed.body.top - failed.article.top)).to.be.at.most(1);
      expect(Math.round(failed.article.width - failed.body.width)).to.be.at.most(2);
    });

    it(`keeps a working image (${width} px)`, async () => {
      const ok = await card('/demo/images/photos/photo-1.svg', width);
      expect(ok.img.hidden).to.equal(false);
      expect(ok.img.getBoundingClientRect().height).to.be.greaterThan(50);
    });
  }

  it('gives the text the whole width when the event has no image, whatever other pictures it holds', async () => {
    // A performer's photo (an <img> beside the name) is not the card's image: no empty column.
    const el = await render<EventCard>('event-card', {
      ...event(''),
      image: undefined,
      performer: { '@type': 'Person', name: 'Maarja Kivistik', image: '/demo/images/photos/photo-1.svg' },
    });
    el.parentElement!.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.querySelector('[part="image"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.not.equal(null);
    const article = el.shadowRoot!.querySelector('article')!.getBoundingClientRect();
    const body = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    expect(Math.round(article.width - body.width)).to.be.at.most(2);
  });
});
