/**
 * Bad input gets a clear state, never a hang: no data, empty attributes, a `src="#id"` that
 * names something else, JSON nested 200,000 levels deep. Each test shows the message an editor
 * gets, and that the element leaves `loading` and says it with `event-embed-error`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import type { EventAnnouncement } from '../../src/elements/event-announcement/event-announcement.js';
import { readEvent } from '../../src/core/event/normalize.js';
import { framePage } from '../support/frame.js';
import { settled, textOf } from '../support/fixtures.js';

const NO_DATA =
  'There is no event data: give the event’s JSON-LD in the event attribute, a URL or #id in src, or a <script type="application/ld+json"> inside the element.';

/** The error events an element fires from now on. */
function errorsOf(el: Element) {
  const messages: string[] = [];
  el.addEventListener('event-embed-error', (e) => messages.push((e as CustomEvent).detail.message));
  return messages;
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Waits until the element has announced its error (the event comes after the error state). */
async function errorEvent(el: Element, messages: string[]) {
  for (let i = 0; i < 200 && !messages.length; i++) await tick(10);
  return el;
}

describe('an element with no data, or an empty attribute', () => {
  it('event="": says the attribute is empty', async () => {
    const el = await fixture<EventEmbedElement>(html`<event-card event=""></event-card>`);
    const errors = errorsOf(el);
    await errorEvent(await settled(el), errors);
    expect(el.state).to.equal('error');
    expect(el.errorMessage).to.equal(
      'The event attribute is empty: put the event’s JSON-LD in it, or remove it and give src or a <script type="application/ld+json"> inside the element.',
    );
    expect(textOf(el)).to.contain(el.errorMessage);
    expect(errors).to.deep.equal([el.errorMessage]);
    // Data given later replaces the error.
    el.setAttribute('event', '{"name": "Given later"}');
    await settled(el);
    expect([el.state, el.data?.name]).to.deep.equal(['ready', 'Given later']);
  });

  it('src="" (or only spaces): says the attribute is empty, without fetching the page itself', async () => {
    for (const src of ['', '   ']) {
      const el = document.createElement('event-card') as EventEmbedElement;
      el.setAttribute('src', src);
      const errors = errorsOf(el);
      await fixture(el);
      await errorEvent(await settled(el), errors);
      expect(el.state, JSON.stringify(src)).to.equal('error');
      expect(el.errorMessage).to.equal(
        'The src attribute is empty: give the URL of a JSON-LD file, or #id of a <script type="application/ld+json"> on the page.',
      );
      expect(errors).to.deep.equal([el.errorMessage]);
    }
  });

  it('no data at all: loading for a moment, then an error that says how to give it, and data given later still loads', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-card') as EventEmbedElement;
    const errors = errorsOf(el);
    wrapper.append(el);
    expect(el.state).to.equal('loading');
    await errorEvent(await settled(el), errors);
    expect(el.state).to.equal('error');
    expect(el.errorMessage).to.equal(NO_DATA);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(NO_DATA);
    expect(errors).to.deep.equal([NO_DATA]);
    // An inline block added later replaces the error.
    el.innerHTML = '<script type="application/ld+json">{"name": "A block, later"}</script>';
    await tick(20);
    await settled(el);
    expect([el.state, el.data?.name]).to.deep.equal(['ready', 'A block, later']);
  });

  it('el.event = null or undefined: no data, said so; a property set later loads', async () => {
    for (const empty of [null, undefined]) {
      const el = await fixture<EventEmbedElement>(html`<event-card .event=${{ name: 'First' }}></event-card>`);
      await settled(el);
      expect(el.data?.name).to.equal('First');
      const errors = errorsOf(el);
      el.event = empty;
      await tick(20);
      await errorEvent(await settled(el), errors);
      expect([el.state, el.errorMessage], String(empty)).to.deep.equal(['error', NO_DATA]);
      el.event = { name: 'Again' };
      await settled(el);
      expect([el.state, el.data?.name]).to.deep.equal(['ready', 'Again']);
    }
  });

  it('made by a script, appended, and given its data in the same task: no error, ever', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const made = [
      (el: EventEmbedElement) => (el.event = { name: 'Property' }),
      (el: EventEmbedElement) => el.setAttribute('event', '{"name": "Attribute"}'),
      (el: EventEmbedElement) => (el.innerHTML = '<script type="application/ld+json">{"name": "Child"}</script>'),
    ].map((give) => {
      const el = document.createElement('event-card') as EventEmbedElement;
      const errors = errorsOf(el);
      wrapper.append(el);
      give(el);
      return { el, errors };
    });
    await tick(100);
    for (const { el, errors } of made) {
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(errors).to.deep.equal([]);
    }
  });

  it('a data-less element that leaves and comes back with a child loads it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-card') as EventEmbedElement;
    const errors = errorsOf(el);
    wrapper.append(el);
    await errorEvent(await settled(el), errors);
    el.remove();
    el.innerHTML = '<script type="application/ld+json">{"name": "Came back"}</script>';
    wrapper.append(el);
    await tick(20);
    await settled(el);
    expect([el.state, el.data?.name]).to.deep.equal(['ready', 'Came back']);
  });

  it('<event-announcement> without data says so once, as itself; with data its parts never do', async () => {
    const none = document.createElement('event-announcement') as EventAnnouncement;
    const errors = errorsOf(none);
    await fixture(none);
    await errorEvent(await settled(none), errors);
    expect([none.state, none.errorMessage]).to.deep.equal(['error', NO_DATA]);
    await tick(50);
    expect(errors).to.deep.equal([NO_DATA]);

    const given = await fixture<EventAnnouncement>(
      html`<event-announcement
        .event=${{ name: 'Whole', subEvent: [{ name: 'Talk', startDate: '2030-01-01T10:00:00Z' }] }}
      ></event-announcement>`,
    );
    const heard = errorsOf(given);
    await settled(given);
    await tick(100);
    const parts = [...given.shadowRoot!.querySelectorAll<EventEmbedElement>('event-card, event-agenda')];
    expect(parts).to.have.length(2);
    for (const part of parts) expect((await settled(part)).state).to.equal('ready');
    expect(heard).to.deep.equal([]);
  });
});

describe('src="#id" that names something other than a JSON-LD block', () => {
  it('says what it names, and does not read its text as the event', async () => {
    const cases: [string, string][] = [
      ['<div id="not-block">{"name": "Text of a div"}</div>', '<div>'],
      ['<script type="text/javascript" id="not-block">({"name": "Code"})</script>', '<script type="text/javascript">'],
      ['<script id="not-block">void 0</script>', '<script>'],
      ['<input id="not-block" value=\'{"name": "Input"}\'>', '<input>'],
    ];
    for (const [markup, found] of cases) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = markup;
      const el = document.createElement('event-card') as EventEmbedElement;
      el.src = '#not-block';
      const errors = errorsOf(el);
      wrapper.append(el);
      await errorEvent(await settled(el), errors);
      wrapper.remove();
      expect(el.state, found).to.equal('error');
      expect(el.errorMessage).to.equal(
        `src="#not-block" names ${found}, not a <script type="application/ld+json">: put the event’s JSON-LD in a <script type="application/ld+json" id="not-block">.`,
      );
      expect(errors).to.deep.equal([el.errorMessage]);
    }
  });

  it('still reads a JSON-LD block (and a plain JSON one)', async () => {
    for (const type of ['application/ld+json', 'application/json']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<script type="${type}" id="a-block">{"name": "Block"}</script><event-card src="#a-block"></event-card>`;
      const el = await settled(wrapper.querySelector('event-card') as EventEmbedElement);
      expect([el.state, el.data?.name], type).to.deep.equal(['ready', 'Block']);
      wrapper.remove();
    }
  });
});

describe('in a real page', () => {
  const page = async (body: string) => {
    const p = await framePage(`<script>
      window.log = [];
      addEventListener('event-embed-error', (e) => log.push([e.target.id, e.detail.message]));
      addEventListener('event-embed-load', (e) => log.push([e.target.id, 'loaded']));
    </script>${body}`);
    return { ...p, log: (p.win as unknown as { log: string[][] }).log };
  };

  it('a document still loading: an inline block that arrives in a later chunk loads, and "no data" waits until the document is parsed', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    try {
      iframe.src = '/__test__/streamed?pause=300';
      const win = () => iframe.contentWindow as unknown as { log: (string | number)[][] };
      const end = Date.now() + 10_000;
      while (!(win().log?.filter((l) => l[0].toString().startsWith('event-embed')).length >= 2)) {
        if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(win().log)}`);
        await tick(20);
      }
      const log = win().log;
      expect(log.filter((l) => l[0] === 'page-error')).to.deep.equal([]);
      const events = log.filter((l) => l[0] !== 'parsed').map((l) => l.slice(0, 2));
      expect(events).to.deep.equal([
        ['event-embed-load', 'late'],
        ['event-embed-error', 'none'],
      ]);
      const parsed = log.find((l) => l[0] === 'parsed')![2] as number;
      const error = log.find((l) => l[0] === 'event-embed-error')![2] as number;
      expect(error).to.be.at.least(parsed);
      const doc = iframe.contentDocument!;
      expect((doc.getElementById('late') as EventEmbedElement).data?.name).to.equal('Streamed in');
      expect((doc.getElementById('none') as EventEmbedElement).errorMessage).to.equal(NO_DATA);
    } finally {
      iframe.remove();
    }
  });

  it('the autoloader: an element with no data gets the error too', async () => {
    const p = await page(`<script type="module" src="/dist/autoloader.js"></script>
      <event-card id="none"></event-card><event-gallery id="empty-src" src=""></event-gallery>`);
    await p.until(() => p.log.length >= 2, 'the errors');
    expect(p.log.sort()).to.deep.equal([
      [
        'empty-src',
        'The src attribute is empty: give the URL of a JSON-LD file, or #id of a <script type="application/ld+json"> on the page.',
      ],
      ['none', NO_DATA],
    ]);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  it('JSON nested 200,000 levels deep, broken or valid, as text, an object or a block: an error that says so (or the event, when only a field of it is deep), no page error', async () => {
    const n = 200_000;
    const p = await page(`<script type="module" src="/dist/event-embed.js"></script>`);
    await p.until(() => p.win.customElements.get('event-card'), 'the elements');
    let nested: unknown = 'end';
    for (let i = 0; i < n; i++) nested = { a: nested };
    const inputs: [string, (el: EventEmbedElement) => void][] = [
      ['broken', (el) => el.setAttribute('event', '['.repeat(n))],
      ['lists', (el) => el.setAttribute('event', '['.repeat(n) + ']'.repeat(n))],
      ['objects', (el) => el.setAttribute('event', '{"a":'.repeat(n) + '1' + '}'.repeat(n))],
      ['object', (el) => (el.event = nested)],
      [
        'block',
        (el) => {
          const script = p.doc.createElement('script');
          script.type = 'application/ld+json';
          script.textContent = '{"name": "Deep", "about": ' + '['.repeat(n) + ']'.repeat(n) + '}';
          el.append(script);
        },
      ],
    ];
    const els = inputs.map(([id, give]) => {
      const el = p.doc.createElement('event-card') as EventEmbedElement;
      el.id = id;
      give(el);
      p.doc.body.append(el);
      return el;
    });
    await p.until(() => p.log.length >= els.length, 'an error from each, the block loaded');
    // The event of the block has a name: its deep field is never read.
    expect([els[4].state, Object.fromEntries(p.log).block]).to.deep.equal(['ready', 'loaded']);
    els.pop();
    p.log.splice(
      p.log.findIndex(([id]) => id === 'block'),
      1,
    );
    const DEEP =
      'The event data is nested too deeply to read (lists or objects inside each other thousands of levels down); an event needs only a few levels.';
    expect(Object.fromEntries(p.log)).to.deep.equal({
      broken: `The event data is not valid JSON: at line 1, column ${n + 1} it expects a value (text in double quotes, a number, an object, a list, true, false or null), but the text ends there.`,
      lists: DEEP,
      objects: DEEP,
      object: DEEP,
    });
    for (const el of els) {
      expect(el.state, el.id).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal(Object.fromEntries(p.log)[el.id]);
    }
    await tick(100);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });
});

describe('a description of millions of characters', () => {
  const HUGE = 5_000_000;
  const words = (n: number) => 'word '.repeat(n / 5);
  /**
   * The event read first (the reader's time is logged, not asserted here: it belongs to the
   * reader), then the time from handing it to the element to the widget ready and laid out.
   */
  const parsedOnce = (event: object) => {
    const start = performance.now();
    const parsed = readEvent(event);
    console.log(`reading ${HUGE} characters (or 3 × that): ${Math.round(performance.now() - start)} ms`);
    return parsed;
  };

  it('the card lays out a bounded part, ready fast; "show more" reveals more in steps, then "show less"', async () => {
    const parsed = parsedOnce({ name: 'Long', description: words(HUGE) });
    const start = performance.now();
    const el = await fixture<EventEmbedElement>(html`<event-card .parsed=${parsed}></event-card>`);
    await settled(el);
    // Ready, and laid out (the layout is what froze the page).
    void el.shadowRoot!.querySelector('[part="description"]')!.getBoundingClientRect().height;
    const took = performance.now() - start;
    console.log(`card, ${HUGE} characters of description: ready in ${Math.round(took)} ms`);
    expect(el.state).to.equal('ready');
    expect(took).to.be.below(500);
    const description = () => el.shadowRoot!.querySelector('[part="description"]')!.textContent!.length;
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(description()).to.be.below(1_200);
    expect(button().textContent!.trim()).to.equal('Show more');
    button().click();
    await el.updateComplete;
    const first = description();
    expect(first).to.be.within(19_000, 21_000);
    expect(button().getAttribute('aria-expanded')).to.equal('true');
    expect(button().textContent!.trim()).to.equal('Show more');
    button().click();
    await el.updateComplete;
    expect(description()).to.be.within(39_000, 41_000);
    // A shorter one (the card stays open) shows whole, and its toggle then closes it.
    el.parsed = readEvent({ name: 'Shorter', description: words(2_000) });
    await settled(el);
    expect(description()).to.be.within(1_990, 2_100);
    expect(button().textContent!.trim()).to.equal('Show less');
    button().click();
    await el.updateComplete;
    expect(button().getAttribute('aria-expanded')).to.equal('false');
  });

  it('the agenda lays out a bounded part of each session’s description, more when shown', async () => {
    const description = words(HUGE);
    const parsed = parsedOnce({
      name: 'Long',
      subEvent: [1, 2, 3].map((i) => ({ name: `Talk ${i}`, startDate: `2030-01-0${i}T10:00:00Z`, description })),
    });
    const start = performance.now();
    const el = await fixture<EventEmbedElement>(html`<event-agenda .parsed=${parsed}></event-agenda>`);
    await settled(el);
    void el.shadowRoot!.querySelector('[part="description"]')!.getBoundingClientRect().height;
    const took = performance.now() - start;
    console.log(`agenda, 3 sessions of ${HUGE} characters each: ready in ${Math.round(took)} ms`);
    expect(el.state).to.equal('ready');
    expect(took).to.be.below(500);
    const descriptions = [...el.shadowRoot!.querySelectorAll('[part="description"]')];
    expect(descriptions).to.have.length(3);
    for (const d of descriptions) expect(d.textContent!.length).to.be.below(700);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.click();
    expect(descriptions[0].textContent!.length).to.be.within(49_000, 51_000);
    more.click();
    expect(descriptions[0].textContent!.length).to.be.below(700);
  });
});
