import { expect } from '@open-wc/testing';

// Layout Instability (`layout-shift` entries) exists only in Chromium; Firefox and WebKit
// cannot measure it, so there the test checks the other half: the readable fallback.
const measurable = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

describe('upgrading from fallback content', () => {
  it('shows the fallback to readers without JavaScript, and replaces it with no layout shift', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 800px; height: 1200px; border: 0';
    iframe.src = '/__test__/cls';
    document.body.append(iframe);
    try {
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const doc = iframe.contentDocument!;
      const elements = [...doc.querySelectorAll<HTMLElement & { state: string }>('body > [src]:not(script)')];
      // The fallback is real light-DOM content.
      expect(elements[0].querySelector('h2')!.textContent).to.contain('Реализация стратегий');
      // Rendered, in Russian, before the first paint could happen: in every engine, however slow
      // the machine (the shifts below are measured only where the engine can).
      const win = iframe.contentWindow as Window & { statesAtParse: string[] };
      expect(win.statesAtParse).to.deep.equal(elements.map(() => 'ready'));
      const end = Date.now() + 8000;
      while (elements.some((el) => el.state !== 'ready') && Date.now() < end)
        await new Promise((r) => setTimeout(r, 50));
      expect(elements.map((el) => el.state + ' ' + (el as any).errorMessage)).to.deep.equal(
        elements.map(() => 'ready undefined'),
      );
      // Images included: wait until every image in the widgets has loaded or failed.
      const images = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('img')]);
      await Promise.all(images.map((img) => img.decode().catch(() => {})));
      await new Promise((r) => setTimeout(r, 300));
      if (measurable) {
        const shifts = (iframe.contentWindow as Window & { shifts: { value: number }[] }).shifts;
        expect(shifts, 'layout shifts').to.deep.equal([]);
      }
    } finally {
      iframe.remove();
    }
  });
});
