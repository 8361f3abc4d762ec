import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/event-announcement/define.js';
import type { EventAnnouncement } from '../../../src/elements/event-announcement/event-announcement.js';
import type { EventEmbedElement } from '../../../src/core/element.js';
import { data, render, settled } from '../../support/fixtures.js';

const parts = (el: EventAnnouncement) => [
  ...el.shadowRoot!.querySelectorAll<EventEmbedElement>('event-card, event-agenda, event-organizers, event-gallery'),
];
const allSettled = async (el: EventAnnouncement) => {
  await settled(el);
  await el.updateComplete;
  await Promise.all(parts(el).map((p) => settled(p)));
  return parts(el);
};

describe('<event-announcement>', () => {
  it('renders the seed announcement in Russian with every part, from one parse', async () => {
    const el = await render<EventAnnouncement>('event-announcement', await data('seed.ru'), { lang: 'ru' });
    const children = await allSettled(el);
    expect(children.map((c) => c.localName)).to.deep.equal([
      'event-card',
      'event-agenda',
      'event-organizers',
      'event-gallery',
    ]);
    expect(children.map((c) => c.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    // One parse: every part holds the very same model object.
    for (const c of children) expect(c.data).to.equal(el.data);
    expect([...el.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => h.textContent)).to.deep.equal([
      'Программа',
      'Спикеры',
      'Фотогалерея',
    ]);
    expect(children.every((c) => c.getAttribute('lang') === 'ru')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the sections the attribute names, in its order, and hides those without data', async () => {
    const seed = await data('seed.ru');
    let el = await render<EventAnnouncement>('event-announcement', seed, { sections: 'gallery card nonsense card' });
    expect((await allSettled(el)).map((c) => c.localName)).to.deep.equal(['event-gallery', 'event-card']);
    el = await render<EventAnnouncement>('event-announcement', { name: 'Only a name', startDate: '2030-01-01' });
    expect((await allSettled(el)).map((c) => c.localName)).to.deep.equal(['event-card']);
    expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(0);
  });

  it('passes theme and heading levels down', async () => {
    const el = await render<EventAnnouncement>('event-announcement', await data('sample.en'), {
      theme: 'dark',
      'heading-level': '3',
    });
    const [card] = await allSettled(el);
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('fires one event-embed-load for the page, not one per part', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard: EventTarget[] = [];
    wrapper.addEventListener('event-embed-load', (e) => heard.push(e.target!));
    const el = document.createElement('event-announcement') as EventAnnouncement;
    el.event = await data('seed.ru');
    const fired = oneEvent(wrapper, 'event-embed-load');
    wrapper.append(el);
    await fired;
    await allSettled(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).to.deep.equal([el]);
  });

  it('fetches a src once, shared with other widgets on the page', async () => {
    const key = `ann-${Date.now()}`;
    const src = `/__test__/event?delay=50&key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><event-announcement src=${src}></event-announcement><event-card src=${src}></event-card></div>`,
    );
    const el = wrapper.querySelector<EventAnnouncement>('event-announcement')!;
    await allSettled(el);
    await settled(wrapper.querySelector<EventEmbedElement>('event-card')!);
    expect(Number(await (await fetch(`/__test__/hits?key=${key}`)).text())).to.equal(1);
  });
});
