// Proves that each configured engine starts, runs TypeScript tests and has the pinned time zone.
import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in the America/Los_Angeles time zone', () => {
    // 23 Oct 2017 is in US daylight saving time: UTC-7.
    expect(new Date(2017, 9, 23).getTimezoneOffset()).to.equal(420);
    expect(new Date(2017, 0, 1).getTimezoneOffset()).to.equal(480);
  });

  it('supports custom elements with ElementInternals', () => {
    expect(window.customElements).to.exist;
    expect(typeof ElementInternals).to.equal('function');

    class SmokeElement extends HTMLElement {
      internals = this.attachInternals();
    }
    customElements.define('smoke-element', SmokeElement);
    const el = document.createElement('smoke-element') as SmokeElement;
    expect(el).to.be.instanceOf(SmokeElement);
    expect(el.internals).to.be.instanceOf(ElementInternals);
  });
});
