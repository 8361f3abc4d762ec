/**
 * Share and deep links (#16): the card's and each session's "Share" (the system share sheet
 * where the browser has one, else the link copied, said beside the button), and the page's
 * address opening a session (`#event-session-3`), before and after the agenda loads. The share
 * sheet and the clipboard are the browser's own: here they are replaced by recorders (no test
 * can press a system sheet), then put back.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EventAgenda } from '../../src/elements/event-agenda/event-agenda.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { data, render } from '../support/fixtures.js';

type Nav = { share?: unknown; canShare?: unknown; clipboard?: unknown };

/** Runs `fn` with navigator.share / navigator.clipboard replaced (own properties), then restores them. */
async function withNavigator(stubs: Nav, fn: () => Promise<void>) {
  const nav = navigator as unknown as Record<string, unknown>;
  const keys = Object.keys(stubs) as (keyof Nav)[];
  for (const k of keys) Object.defineProperty(nav, k, { value: stubs[k], configurable: true, writable: true });
  try {
    await fn();
  } finally {
    for (const k of keys) delete nav[k];
  }
}

const until = async (test: () => unknown, what: string) => {
  const end = Date.now() + 5_000;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const event = {
  name: 'Round table',
  startDate: '2027-10-23T15:00:00+03:00',
  location: { '@type': 'Place', name: 'Park Inn' },
};
const page = () => location.href.split('#')[0];

describe('Share', () => {
  it('opens the system share sheet with the event and the page’s address, where there is one', async () => {
    const shared: unknown[] = [];
    const el = await render<EventCard>('event-card', event);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!;
    expect(button.textContent).to.equal('Share');
    await withNavigator({ share: async (d: unknown) => void shared.push(d), canShare: () => true }, async () => {
      button.click();
      await until(() => shared.length, 'the share sheet');
    });
    expect(shared).to.deep.equal([{ title: 'Round table', url: page() }]);
    expect(el.shadowRoot!.querySelector('[part="shared"]')!.textContent).to.equal('');
  });

  it('copies the link and says so beside the button, where there is no share sheet', async () => {
    const copied: string[] = [];
    const el = await render<EventCard>('event-card', event, { lang: 'de' });
    const status = el.shadowRoot!.querySelector<HTMLElement>('[part="shared"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    await withNavigator(
      { share: undefined, clipboard: { writeText: async (s: string) => void copied.push(s) } },
      async () => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!.click();
        await until(() => status.textContent, 'the confirmation');
      },
    );
    expect(copied).to.deep.equal([page()]);
    expect(status.textContent).to.equal('Link kopiert');
    expect(status.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('shows the link to copy by hand when copying is refused, and nothing when the sheet is closed', async () => {
    const el = await render<EventCard>('event-card', event);
    const status = el.shadowRoot!.querySelector<HTMLElement>('[part="shared"]')!;
    const refuse = async () => {
      throw new DOMException('denied', 'NotAllowedError');
    };
    await withNavigator({ share: undefined, clipboard: { writeText: refuse } }, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!.click();
      await until(() => status.textContent, 'the link');
    });
    expect(status.textContent).to.equal(`Copy this link: ${page()}`);
    status.textContent = '';
    const closed = async () => {
      throw new DOMException('closed', 'AbortError');
    };
    let asked = false;
    await withNavigator(
      { share: closed, canShare: () => true, clipboard: { writeText: async () => void (asked = true) } },
      async () => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!.click();
        await new Promise((r) => setTimeout(r, 200)); // nothing is to happen: a moment for it not to
      },
    );
    expect([status.textContent, asked]).to.deep.equal(['', false]);
  });

  it('is left out with no-share and for a cancelled event', async () => {
    const off = await render<EventCard>('event-card', event, { 'no-share': '' });
    expect(off.shadowRoot!.querySelector('[part~="share"]')).to.equal(null);
    const cancelled = await render<EventCard>('event-card', { ...event, eventStatus: 'EventCancelled' });
    expect(cancelled.shadowRoot!.querySelector('[part~="share"]')).to.equal(null);
  });

  it('shares a session as the page’s address that opens it', async () => {
    const shared: { url: string; title: string }[] = [];
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'), { id: 'talks' });
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    const third = items.find((i) => i.dataset.session === '3')!;
    const button = third.querySelector<HTMLButtonElement>('[part~="share"]')!;
    expect(button.getAttribute('aria-label')).to.match(/^Share: .+/);
    await withNavigator(
      { share: async (d: { url: string; title: string }) => void shared.push(d), canShare: () => true },
      async () => {
        button.click();
        await until(() => shared.length, 'the share sheet');
      },
    );
    expect(shared[0].url).to.equal(`${page()}#talks-session-3`);
    expect(shared[0].title).to.equal(third.querySelector('[part="title"]')!.textContent);
  });
});

describe('deep links to a session', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the session the address names when the agenda loads, and follows the address after', async () => {
    history.replaceState(null, '', '#event-session-4');
    const el = await render<EventAgenda>('event-agenda', await data('sample.en'));
    const item = (n: number) => el.shadowRoot!.querySelector<HTMLElement>(`[data-session="${n}"]`)!;
    const targeted = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-target]')].map((i) => i.dataset.session);
    await until(() => targeted().length, 'the session opened');
    expect(targeted()).to.deep.equal(['4']);
    expect(el.shadowRoot!.activeElement).to.equal(item(4));
    location.hash = '#event-session-2';
    await until(() => targeted()[0] === '2', 'the new session');
    expect(targeted()).to.deep.equal(['2']);
    // An address of the page's own, or another agenda's, or one that is no percent-encoding,
    // changes nothing and throws nothing.
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    try {
      for (const other of ['#contact', '#%E0%A4%A']) {
        location.hash = other;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(targeted()).to.deep.equal(['2']);
  });

  it('takes an agenda’s id, so that two agendas on a page each have their own', async () => {
    history.replaceState(null, '', '#second-session-1');
    const first = await render<EventAgenda>('event-agenda', await data('sample.en'), { id: 'first' });
    const second = await render<EventAgenda>('event-agenda', await data('sample.en'), { id: 'second' });
    const targeted = (el: EventAgenda) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-target]')].map((i) => i.dataset.session);
    await until(() => targeted(second).length, 'the second agenda’s session');
    expect([targeted(first), targeted(second)]).to.deep.equal([[], ['1']]);
  });
});
