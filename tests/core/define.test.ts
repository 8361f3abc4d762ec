import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { EventCard } from '../../src/elements/event-card/event-card.js';
import '../../src/elements/event-card/define.js';
import { VERSION } from '../../src/core/version.js';
import { captureConsole, settled } from '../support/fixtures.js';

describe('registration', () => {
  it('is silent when the same version registers a tag again', async () => {
    const { warnings, errors } = await captureConsole(() => {
      define('event-card', EventCard);
      define('event-card', class extends EventCard {});
    });
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('event-card')).to.equal(EventCard);
  });

  it('warns once, and keeps the first definition, when another version defined the tag', async () => {
    // What a second copy of the library sees when an older copy registered the tag first.
    class Older extends HTMLElement {
      static readonly version = '0.0.1';
    }
    customElements.define('event-embed-test-old', Older);
    const { warnings, errors } = await captureConsole(() =>
      define('event-embed-test-old', class extends HTMLElement {}),
    );
    expect(customElements.get('event-embed-test-old')).to.equal(Older);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `event-embed: <event-embed-test-old> of version 0.0.1 runs this page; this copy (${VERSION}) is not used.`,
    ]);
  });

  it('survives the built bundle loaded twice, from two URLs, beside the sources', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      const { warnings, errors } = await captureConsole(async () => {
        const bundle = '/dist/event-embed.js'; // built by `npm test` before the run
        await import(`${bundle}?copy=1`);
        await import(`${bundle}?copy=2`);
      });
      expect(thrown).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      const el = await fixture<EventCard>(html`<event-card event='{"name": "Still works"}'></event-card>`);
      await settled(el);
      expect(el.state).to.equal('ready');
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
