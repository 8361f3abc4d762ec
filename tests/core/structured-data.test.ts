import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/event-card/define.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { data, settled } from '../support/fixtures.js';

const blocks = () => [
  ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-event-embed]'),
];
/** The structured-data code loads on demand: wait for the blocks to settle at `n`. */
const count = (n: number) => waitUntil(() => blocks().length === n, `${n} structured-data blocks`, { timeout: 3000 });

describe('structured-data', () => {
  afterEach(() => expect(blocks(), 'blocks left behind').to.have.length(0));

  it('adds the event to the document once, with the fields rich results need, and removes it with the last widget', async () => {
    const seed = await data('seed.ru');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-card structured-data .event=${seed}></event-card>
      <event-card structured-data .event=${seed}></event-card>
      <event-card .event=${{ name: 'Not opted in' }}></event-card>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<EventCard>('event-card')];
    await settled(a);
    await settled(b);
    await count(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(blocks()).to.have.length(1);
    const json = JSON.parse(blocks()[0].text);
    expect(json).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: seed.name,
      startDate: '2017-10-23T15:00:00+03:00',
      endDate: '2017-10-23T17:00:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(json.location[0]).to.deep.equal({
      '@type': 'Place',
      name: 'Park Inn by Radisson Прибалтийская',
      address: 'ул. Кораблестроителей, д. 14, Санкт-Петербург, 199226, RU',
    });
    a.remove();
    expect(blocks()).to.have.length(1);
    b.remove();
    expect(blocks()).to.have.length(0);
  });

  it('is built with JSON.stringify: markup in the data stays inert text', async () => {
    const name = '</script><script>window.__sd = 1</script>';
    const el = await fixture<EventCard>(
      html`<event-card structured-data .event=${{ name, startDate: '2030-01-01' }}></event-card>`,
    );
    await settled(el);
    await count(1);
    const [block] = blocks();
    expect(block.text).not.to.contain('</script>');
    expect(JSON.parse(block.text).name).to.equal(name);
    expect((window as any).__sd).to.equal(undefined);
    el.remove();
  });

  it('follows the attribute and the data', async () => {
    const el = await fixture<EventCard>(html`<event-card .event=${{ name: 'One' }}></event-card>`);
    await settled(el);
    expect(blocks()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    await count(1);
    expect(JSON.parse(blocks()[0].text).name).to.equal('One');
    el.event = { name: 'Two' };
    await settled(el);
    await el.updateComplete;
    await waitUntil(() => blocks().length === 1 && JSON.parse(blocks()[0].text).name === 'Two', 'the new block', {
      timeout: 10_000,
    });
    el.structuredData = false;
    await el.updateComplete;
    expect(blocks()).to.have.length(0);
    el.remove();
  });
});
