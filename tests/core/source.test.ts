import { expect, fixture, html } from '@open-wc/testing';
import { fetchSettings } from '../../src/core/data/source.js';
import '../../src/elements/event-card/define.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { captureConsole, settled, textOf } from '../support/fixtures.js';

// The /__test__/ endpoints are served by tests/support/server.js.
let n = 0;
const unique = () => `k${Date.now()}-${n++}`;
const hits = async (key: string) => Number(await (await fetch(`/__test__/hits?key=${key}`)).text());

async function card(src: string) {
  const el = document.createElement('event-card') as EventCard;
  el.src = src;
  const { warnings, errors } = await captureConsole(async () => {
    await fixture(el);
    await settled(el);
  });
  return { el, warnings, errors };
}

describe('src: loading event data from a URL', () => {
  it('renders a JSON-LD document, with relative URLs resolved against it', async () => {
    const { el } = await card(`/__test__/event?name=Fetched&key=${unique()}`);
    expect(el.state).to.equal('ready');
    expect(el.data?.name).to.equal('Fetched');
    expect(el.data?.images[0].url).to.equal(new URL('/__test__/photo.svg', location.href).href);
  });

  it('fetches a URL once for every widget that names it', async () => {
    const key = unique();
    const src = `/__test__/event?delay=100&key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><event-card src=${src}></event-card><event-card src=${src}></event-card><event-card src=${src}></event-card></div>`,
    );
    const cards = [...wrapper.querySelectorAll('event-card')];
    await Promise.all(cards.map((c) => settled(c)));
    expect(cards.map((c) => c.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await hits(key)).to.equal(1);
  });

  it('names the URL and the status on a 404', async () => {
    const { el, errors } = await card('/__test__/status?code=404');
    expect(el.state).to.equal('error');
    const url = new URL('/__test__/status?code=404', location.href).href;
    expect(el.errorMessage).to.equal(
      `The event data could not be loaded from ${url}: the server answered 404 Not Found.`,
    );
    expect(textOf(el)).to.contain(el.errorMessage!);
    expect(errors).to.have.length(1);
  });

  it('names the URL on a network failure', async () => {
    const { el } = await card('http://127.0.0.1:9/event.json');
    expect(el.state).to.equal('error');
    expect(el.errorMessage).to.match(
      /^The event data could not be loaded from http:\/\/127\.0\.0\.1:9\/event\.json: .+\.$/,
    );
  });

  it('says when the answer is not JSON, or broken JSON', async () => {
    const html = await card('/__test__/html');
    expect(html.el.errorMessage).to.match(/__test__\/html is not JSON \(it starts with “<!doctype html><titl”\)\./);
    const broken = await card('/__test__/broken');
    expect(broken.el.errorMessage).to.equal(
      'The event data is not valid JSON: at line 2, column 15 it expects a value (text in double quotes, a number, an object, a list, true, false or null), but finds “}”.',
    );
  });

  it('reads at most fetchSettings.maxBytes (2 MB), stopping there, and names the limit', async () => {
    expect(fetchSettings.maxBytes).to.equal(2_000_000);
    const tooBig = (url: string) =>
      `The event data at ${new URL(url, location.href).href} is larger than 2 MB, the most that is read; an event needs only a few kilobytes.`;
    // 3 MB whose last part comes only after 8 s: the error comes long before it.
    let start = performance.now();
    const big = `/__test__/big?size=3000000&hold=8000&key=${unique()}`;
    const streamed = await card(big);
    expect(streamed.el.errorMessage).to.equal(tooBig(big));
    expect(performance.now() - start).to.be.below(4000);
    // A Content-Length over the limit: at once, before any of the body.
    start = performance.now();
    const declared = `/__test__/big?size=3000000&length=3000000&hold=8000&key=${unique()}`;
    expect((await card(declared)).el.errorMessage).to.equal(tooBig(declared));
    expect(performance.now() - start).to.be.below(4000);
    // Within the limit, read whole (1.9 MB, its description of 1.9 million characters).
    const fits = await card(`/__test__/big?size=1900000&key=${unique()}`);
    expect([fits.el.state, fits.el.data?.description?.length]).to.deep.equal(['ready', 1_900_000 - 52]);
    // The limit is a setting.
    const saved = fetchSettings.maxBytes;
    fetchSettings.maxBytes = 150_000;
    try {
      const small = `/__test__/big?size=200000&key=${unique()}`;
      expect((await card(small)).el.errorMessage).to.contain('is larger than 0.2 MB');
    } finally {
      fetchSettings.maxBytes = saved;
    }
  });

  it('gives up after the timeout, naming it', async () => {
    const saved = fetchSettings.timeout;
    fetchSettings.timeout = 300;
    try {
      const { el } = await card(`/__test__/never?key=${unique()}`);
      expect(el.errorMessage).to.match(/__test__\/never\?key=.*: no answer within 0\.3 seconds\.$/);
    } finally {
      fetchSettings.timeout = saved;
    }
  });

  it('never lets a slow response overwrite a newer one', async () => {
    const el = document.createElement('event-card') as EventCard;
    el.src = `/__test__/event?name=Old&delay=400&key=${unique()}`;
    await fixture(el);
    await new Promise((r) => setTimeout(r, 50));
    el.src = `/__test__/event?name=New&delay=0&key=${unique()}`;
    await settled(el);
    expect(el.data?.name).to.equal('New');
    await new Promise((r) => setTimeout(r, 600));
    expect(el.data?.name).to.equal('New');
    expect(textOf(el)).to.contain('New');
  });

  it('aborts a fetch when its element is removed, and fetches again when it returns', async () => {
    const key = unique();
    const el = document.createElement('event-card') as EventCard;
    el.src = `/__test__/event?name=Back&delay=300&key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 50));
    el.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(el.data).to.equal(undefined);
    wrapper.append(el);
    await settled(el);
    expect(el.data?.name).to.equal('Back');
    // (No count of requests here: an engine may abort before the request has left.)
  });

  it('keeps its fetch when it is only moved', async () => {
    const key = unique();
    const el = document.createElement('event-card') as EventCard;
    el.src = `/__test__/event?name=Moved&delay=200&key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div><p></p></div>`);
    wrapper.append(el);
    await new Promise((r) => setTimeout(r, 20));
    wrapper.querySelector('p')!.append(el); // remove and insert in one task
    await settled(el);
    expect(el.data?.name).to.equal('Moved');
    expect(await hits(key)).to.equal(1);
  });

  it('reads a JSON-LD block on the page by #id, and names a missing one', async () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'event-data-test';
    script.textContent = JSON.stringify({ '@type': 'Event', name: 'From block' });
    document.body.append(script);
    try {
      expect((await card('#event-data-test')).el.data?.name).to.equal('From block');
      expect((await card('#nope')).el.errorMessage).to.equal(
        'src="#nope": there is no <script type="application/ld+json"> with id="nope" on the page.',
      );
    } finally {
      script.remove();
    }
  });

  it('parses the same data once for every widget given it: object, JSON text or #id', async () => {
    const event = { name: 'Shared' };
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = 'shared-block';
    script.textContent = '{"name": "Shared block"}';
    document.body.append(script);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <event-card .event=${event}></event-card><event-card .event=${event}></event-card>
        <event-card event='{"name": "Text"}'></event-card><event-card event='{"name": "Text"}'></event-card>
        <event-card src="#shared-block"></event-card><event-card src="#shared-block"></event-card>
      </div>`);
      const cards = [...wrapper.querySelectorAll<EventCard>('event-card')];
      await Promise.all(cards.map((c) => settled(c)));
      // The same model object: one parse each.
      expect(cards[0].data).to.equal(cards[1].data);
      expect(cards[2].data).to.equal(cards[3].data);
      expect(cards[4].data).to.equal(cards[5].data);
      expect(cards[0].data).not.to.equal(cards[2].data);
    } finally {
      script.remove();
    }
  });

  it('takes data set after the element connected but before its first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const late = document.createElement('event-card') as EventCard;
    wrapper.append(late);
    late.setAttribute('event', '{"name": "Late"}');
    const later = document.createElement('event-card') as EventCard;
    wrapper.append(later);
    later.event = { name: 'Later' };
    await settled(late);
    await settled(later);
    expect([late.data?.name, later.data?.name]).to.deep.equal(['Late', 'Later']);
  });

  it('prefers the event property to src, and src to an inline block', async () => {
    const el = await fixture<EventCard>(
      html`<event-card src=${`/__test__/event?name=Src&key=${unique()}`}><script type="application/ld+json">{"name": "Inline"}</script></event-card>`,
    );
    await settled(el);
    expect(el.data?.name).to.equal('Src');
    el.event = { name: 'Property' };
    await settled(el);
    expect(el.data?.name).to.equal('Property');
  });
});
