/**
 * The card by the clock (#16): "Starts in 3 days", "Starts in 25 minutes", "Happening now" with
 * the join link first for an online event, "Ended"; in the widget's language; moved on by the
 * page's one clock, which sleeps while the tab is hidden. The times are set through the card's
 * `now` (a fake clock), and, for the clock itself, in real time with an event minutes away.
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/event-card/define.js';
import type { EventCard } from '../../../src/elements/event-card/event-card.js';
import { watch } from '../../../src/core/clock.js';
import { render } from '../../support/fixtures.js';

const START = Date.UTC(2027, 4, 1, 17, 0); // 1 May 2027, 19:00 in Berlin
const online = {
  '@type': 'Event',
  name: 'Web components live',
  startDate: '2027-05-01T19:00:00+02:00',
  endDate: '2027-05-01T21:00:00+02:00',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: 'https://example.org/live' },
  url: 'https://example.org/event',
};
const status = (el: EventCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="status"]');
const at = async (el: EventCard, now: number) => {
  el.now = now;
  await el.updateComplete;
  const s = status(el);
  return s ? [s.textContent!.trim(), s.dataset.time] : [];
};
const MIN = 60_000;
const DAY = 86_400_000;

describe('<event-card> by the clock', () => {
  it('says when it starts, that it is under way, and that it ended', async () => {
    const el = await render<EventCard>('event-card', online);
    expect(await at(el, START - 40 * DAY)).to.deep.equal([]);
    expect(await at(el, START - 3 * DAY)).to.deep.equal(['Starts in 3 days', 'soon']);
    expect(await at(el, START - DAY)).to.deep.equal(['Starts tomorrow', 'soon']);
    expect(await at(el, START - 5 * 60 * MIN)).to.deep.equal(['Starts in 5 hours', 'soon']);
    expect(await at(el, START - 25 * MIN)).to.deep.equal(['Starts in 25 minutes', 'soon']);
    expect(await at(el, START - 30_000)).to.deep.equal(['Starts in 1 minute', 'soon']);
    expect(await at(el, START + MIN)).to.deep.equal(['Happening now', 'now']);
    expect(await at(el, START + 2 * 60 * MIN)).to.deep.equal(['Ended', 'ended']);
  });

  it('puts the join link first while an online event is under way', async () => {
    const el = await render<EventCard>('event-card', online);
    const first = () => el.shadowRoot!.querySelector('[part="actions"] [part="button"]') as HTMLAnchorElement;
    await at(el, START - DAY);
    expect(first().href).to.equal('https://example.org/event');
    await at(el, START + 10 * MIN);
    expect(first().href).to.equal('https://example.org/live');
    expect(first().textContent!.trim()).to.equal('Join online');
    expect(first().className).to.contain('primary');
    await at(el, START + 3 * 60 * MIN);
    expect(first().href).to.equal('https://example.org/event');
  });

  it('speaks the widget’s language', async () => {
    const ru = await render<EventCard>('event-card', online, { lang: 'ru' });
    expect(await at(ru, START - 3 * DAY)).to.deep.equal(['Начнётся через 3 дня', 'soon']);
    expect(await at(ru, START + MIN)).to.deep.equal(['Идёт сейчас', 'now']);
    const de = await render<EventCard>('event-card', online, { lang: 'de' });
    expect(await at(de, START - DAY)).to.deep.equal(['Beginnt morgen', 'soon']);
  });

  it('keeps a cancelled event cancelled, and an all-day event starts at its midnight', async () => {
    const cancelled = await render<EventCard>('event-card', { ...online, eventStatus: 'EventCancelled' });
    expect(await at(cancelled, START + MIN)).to.deep.equal(['Cancelled', undefined]);
    const day = await render<EventCard>('event-card', { name: 'Fair', startDate: '2027-05-01' });
    const midnight = new Date(2027, 4, 1).getTime(); // where the viewer is
    expect(await at(day, midnight - 2 * 60 * MIN)).to.deep.equal(['Starts in 2 hours', 'soon']);
    expect(await at(day, midnight + 60 * MIN)).to.deep.equal(['Happening now', 'now']);
    expect(await at(day, midnight + DAY + MIN)).to.deep.equal(['Ended', 'ended']);
  });

  it('moves on by itself when the moment comes, on the real clock', async () => {
    const soon = new Date(Date.now() + 61_500);
    const el = await render<EventCard>('event-card', { ...online, startDate: soon.toISOString(), endDate: undefined });
    expect(status(el)!.textContent).to.equal('Starts in 2 minutes');
    // The page's clock wakes the card at the next minute (the wait is that moment, not a guess).
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    });
    await changed;
    expect(status(el)!.textContent).to.equal('Starts in 1 minute');
  });
});

describe('the page clock', () => {
  it('wakes a watcher at the moments it asks for, and no more once it stops', async () => {
    const calls: number[] = [];
    const t0 = Date.now();
    const w = watch(() => {
      calls.push(Date.now() - t0);
      if (calls.length < 3) w.at(Date.now() + 1_000);
    });
    w.at(t0 + 1_000);
    await new Promise((r) => setTimeout(r, 4_500));
    w.stop();
    expect(calls.length).to.equal(3);
    expect(calls[0]).to.be.within(900, 2_000);
    expect(calls[2] - calls[1]).to.be.within(900, 2_000);
  });

  it('sleeps while the tab is hidden, and wakes every watcher when it shows again', async () => {
    let woken = 0;
    const w = watch(() => woken++);
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      hide(true);
      w.at(Date.now() + 1_000);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(woken, 'while hidden').to.equal(0);
      hide(false);
      expect(woken, 'shown again').to.equal(1);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      w.stop();
    }
  });
});
