import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { framePage } from '../support/frame.js';
import { shootEach } from '../support/screenshots.js';

/** Every element the library registers. */
const tags = () =>
  ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'].filter((t) =>
    customElements.get(t),
  );

const HOSTILE = `
  * { font-family: "Comic Sans MS", cursive !important; font-size: 21px !important; line-height: 3 !important;
      letter-spacing: 2px !important; word-spacing: 6px !important; text-transform: uppercase !important;
      text-align: right !important; text-indent: 30px !important; color: #f0f !important;
      box-sizing: content-box !important; padding: 7px !important; border: 3px dashed red !important;
      background: yellow !important; font-weight: 900 !important; font-style: italic !important;
      white-space: nowrap !important; text-decoration: underline !important; list-style: square !important;
      text-shadow: 2px 2px red !important; cursor: wait !important; }
  html { font-size: 7px !important; }
  img { display: none !important; }
  a, button, summary { color: lime !important; background: black !important; }
  ul, ol { margin: 40px !important; padding: 40px !important; }
  p, h1, h2, h3, div { margin: 25px !important; }
  :root { --accent: pink; --text: yellow; --radius: 0; --space: 100px; --font-size: 50px; }
`;

/**
 * Renders each element with the seed data, waits for its images, and shoots it. The wrapper is
 * kept white and unpadded in both runs: what shows around a widget's rounded corners is the
 * page's own background, not the widget.
 */
const renderAll = (name: string) =>
  shootEach(tags(), name, {
    wrapper:
      'position:absolute; left:0; top:0; width:640px; background:#fff !important; margin:0 !important; padding:0 0 8px !important; border:0 !important',
  });

describe('a host page that nobody here controls', () => {
  it('does not change how any element looks, even with aggressive global CSS', async () => {
    const clean = await renderAll('clean');
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    let hostile;
    try {
      hostile = await renderAll('hostile');
    } finally {
      style.remove();
    }
    for (const tag of tags()) {
      expect([hostile[tag].width, hostile[tag].height], `${tag} size`).to.deep.equal([
        clean[tag].width,
        clean[tag].height,
      ]);
      // Pixel comparison where the launcher can take screenshots (Chromium, Firefox); the
      // WebDriver launcher used for WebKit cannot, and there the size check above stands alone.
      if (clean[tag].png !== null) expect(hostile[tag].png === clean[tag].png, `${tag} pixels`).to.equal(true);
    }
  });

  it('works beside old libraries that extend built-in prototypes', async () => {
    const page = await framePage(`<script>
        // What Prototype.js and MooTools did: enumerable Array methods, and Array#toJSON.
        Array.prototype.each = function (f) { for (var i = 0; i < this.length; i++) f(this[i]); };
        Array.prototype.include = function (x) { return this.indexOf(x) >= 0; };
        Array.prototype.toJSON = function () { return 'an array'; };
        String.prototype.trim = function () { return this.replace(/^\\s+|\\s+$/g, ''); };
        Object.freeze(Object.prototype);
      </script>
      <script src="/dist/event-embed.classic.js"></script>
      <event-card structured-data event='{"name": "Old page", "startDate": "2030-05-01T10:00:00+02:00", "location": [{"@type": "Place", "name": "Hall"}], "image": ["a.png", "b.png"]}'></event-card>`);
    await page.until(
      () => (page.doc.querySelector('event-card') as HTMLElement & { state: string }).state === 'ready',
      'the card',
    );
    const el = page.doc.querySelector('event-card')!;
    expect(el.shadowRoot!.textContent).to.contain('Old page');
    expect(el.shadowRoot!.textContent).to.contain('Hall');
    expect(page.errors).to.deep.equal([]);
    const block = page.doc.head.querySelector('script[type="application/ld+json"]') as HTMLScriptElement;
    expect(JSON.parse(block.text).location).to.deep.equal([{ '@type': 'Place', name: 'Hall' }]);
    page.remove();
  });
});
