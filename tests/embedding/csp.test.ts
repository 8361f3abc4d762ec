import { expect } from '@open-wc/testing';

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element with zero securitypolicyviolation events', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
    iframe.src = '/__test__/strict';
    document.body.append(iframe);
    try {
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const win = iframe.contentWindow as Window & { violations: string[] };
      const elements = [...iframe.contentDocument!.querySelectorAll<HTMLElement & { state: string }>('body > *')];
      expect(elements.length).to.be.greaterThan(0);
      const end = Date.now() + 8000;
      while (elements.some((el) => el.state !== 'ready') && Date.now() < end)
        await new Promise((r) => setTimeout(r, 50));
      expect(elements.map((el) => `${el.localName}: ${el.state}`)).to.deep.equal(
        elements.map((el) => `${el.localName}: ready`),
      );
      // Open every calendar menu: its code loads on demand, which the policy must allow too.
      for (const el of elements) {
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      }
      const links = () => elements[0].shadowRoot!.querySelectorAll('[part="calendar-menu"] a').length;
      const until = Date.now() + 8000;
      while (links() < 4 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(links()).to.equal(4);
      expect(iframe.contentDocument!.head.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
      expect(win.violations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
