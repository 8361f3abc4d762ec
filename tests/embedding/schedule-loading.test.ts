/**
 * Recurring events cost nothing to pages that have none: the schedule's reader, its view and
 * the whole-agenda calendar load on demand (the built bundle, dist/, as partners load it).
 */
import { expect } from '@open-wc/testing';
import { framePage } from '../support/frame.js';

const ready = (doc: Document, selector: string) => () =>
  (doc.querySelector(selector) as (HTMLElement & { state?: string }) | null)?.state === 'ready';
const chunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\/(schedule|recurring|occurrences|calendar-links|lenient)-[\w-]+\.js$/.test(p))
    .map((p) => p.replace(/^.*\/|-[\w-]+\.js$/g, ''));

describe('loading recurring events on demand', () => {
  it('a plain event (and its agenda) downloads none of it', async () => {
    const event = JSON.stringify({
      name: 'Plain',
      startDate: '2030-01-01T19:00:00+01:00',
      subEvent: [{ name: 'Talk', startDate: '2030-01-01T19:00:00+01:00' }],
    });
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-card event='${event}'></event-card><event-agenda event='${event}'></event-agenda>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    await page.until(ready(page.doc, 'event-agenda'), 'the agenda');
    await new Promise((r) => setTimeout(r, 100));
    expect(chunks(page.win)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    page.remove();
  });

  it('a weekly meetup loads its reader and its view, and the calendar only when asked', async () => {
    const event = JSON.stringify({
      name: 'Weekly',
      location: 'Hall',
      eventSchedule: {
        repeatFrequency: 'P1W',
        byDay: 'Tuesday',
        startTime: '19:00',
        scheduleTimezone: 'Europe/Berlin',
      },
    });
    const page = await framePage(`<script type="module" src="/dist/event-embed.js"></script>
      <event-card event='${event}'></event-card>`);
    await page.until(ready(page.doc, 'event-card'), 'the card');
    const card = page.doc.querySelector('event-card')!;
    expect(card.shadowRoot!.querySelector('[part="schedule-rule"]')!.textContent).to.contain('every Tuesday');
    expect(chunks(page.win)).to.include.members(['lenient', 'schedule', 'recurring']);
    expect(chunks(page.win)).not.to.include('calendar-links');
    page.remove();
  });
});
