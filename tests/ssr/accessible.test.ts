/**
 * The pre-rendered HTML (`event-embed/ssr`) is as accessible as the widgets: axe finds nothing in
 * any element for the seed event, parsed with its declarative shadow roots into this page, where
 * no element is defined (this file imports none), so it is exactly what the server wrote.
 */
import { expect, fixture } from '@open-wc/testing';

async function prerendered(tag: string, lang: string): Promise<string> {
  const q = new URLSearchParams({ tag, data: 'demo/data/seed.ru.json', lang });
  const answer = await (await fetch(`/__ssr__/render?${q}`)).json();
  if (!answer.html) throw new Error(`the server did not render <${tag}>: ${answer.error}`);
  return answer.html;
}

describe('pre-rendered HTML (event-embed/ssr) accessibility', () => {
  for (const tag of ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement']) {
    it(`<${tag}> has no axe violations, in Russian and Arabic`, async () => {
      for (const lang of ['ru', 'ar']) {
        const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
        wrapper.setHTMLUnsafe(await prerendered(tag, lang));
        const el = wrapper.firstElementChild!;
        expect(customElements.get(tag)).to.equal(undefined);
        expect(el.shadowRoot, 'declarative shadow root').to.exist;
        await expect(wrapper).to.be.accessible();
      }
    });
  }
});
