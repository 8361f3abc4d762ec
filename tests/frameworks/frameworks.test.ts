/**
 * The elements in React 19 and Vue 3: event data passed as a property (an object, not a JSON
 * string), and the library's events listened to the framework's way.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { data, settled } from '../support/fixtures.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')!.textContent;

describe('frameworks', () => {
  it('React 19: sets the event as a property and receives event-embed-load', async () => {
    const react = '/__frameworks__/react.js';
    const { createElement, createRoot, flushSync } = await import(react);
    const seed = await data('seed.ru');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded: string[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement('event-card', {
          event: seed,
          lang: 'ru',
          'onevent-embed-load': (e: CustomEvent) => loaded.push(e.detail.event.name),
        }),
      ),
    );
    const el = await settled(host.querySelector<EventCard>('event-card')!);
    expect(el.getAttribute('event')).to.equal(null); // a property, not "[object Object]"
    expect(title(el)).to.equal(seed.name);
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded).to.deep.equal([seed.name]);
    // A re-render with new data updates the element.
    flushSync(() => root.render(createElement('event-card', { event: { name: 'Updated' }, lang: 'ru' })));
    await settled(el);
    await el.updateComplete;
    expect(title(el)).to.equal('Updated');
    root.unmount();
  });

  it('Vue 3: binds the event as a property and listens with @event-embed-load', async () => {
    const vue = '/node_modules/vue/dist/vue.esm-browser.prod.js';
    const { createApp, nextTick } = await import(vue);
    const seed = await data('seed.ru');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded: string[] = [];
    const app = createApp({
      data: () => ({ seed }),
      methods: { onLoad: (e: CustomEvent) => loaded.push(e.detail.event.name) },
      template: '<event-card :event="seed" lang="ru" @event-embed-load="onLoad"></event-card>',
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('event-');
    const vm = app.mount(host);
    await nextTick();
    const el = await settled(host.querySelector<EventCard>('event-card')!);
    expect(el.getAttribute('event')).to.equal(null);
    expect(title(el)).to.equal(seed.name);
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded).to.deep.equal([seed.name]);
    vm.seed = { name: 'Updated' };
    await nextTick();
    await settled(el);
    await el.updateComplete;
    expect(title(el)).to.equal('Updated');
    app.unmount();
  });
});

describe('an object written into the attribute', () => {
  it('explains what happened instead of "not JSON"', async () => {
    const el = await fixture<EventCard>(html`<event-card event="[object Object]"></event-card>`);
    await settled(el);
    expect(el.errorMessage).to.equal(
      'The event attribute holds “[object Object]”: an object was written into the attribute. Set the element’s event property instead (in a framework: register the elements before rendering them).',
    );
  });
});
