/**
 * Regressions: bugs in src/ that the quality tests (fuzz, leaks) found and that are fixed. Each
 * test failed before its fix.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/event-card/define.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { parseEvent } from '../../src/data.js';
import { settled, until } from '../support/fixtures.js';
import { openMenus, pageErrors, parseInWorker } from '../support/inert.js';

describe('calendar: a lone surrogate in any text', () => {
  // JSON may hold "\ud800"; it reached encodeURIComponent in icsDataUrl() (calendar.ts), which
  // threw URIError out of the menu's toggle handler into the page, and the menu stayed empty.
  it('opens "Add to calendar" without throwing into the page, with its four links', async () => {
    const el = document.createElement('event-card') as EventCard;
    el.event = { '@type': 'Event', name: 'Talk \ud83d', startDate: '2030-06-01T10:00:00Z' };
    const errors = await pageErrors(async () => {
      document.body.append(el);
      await settled(el);
      await openMenus(el);
    });
    const links = el.shadowRoot!.querySelectorAll('[part~="calendar-menu"] a').length;
    el.remove();
    expect(errors.join('\n')).to.equal('');
    expect(links).to.equal(4);
  });
});

describe('parseEvent: @id reference cycles', () => {
  // Reader.text() and Reader.url() followed @id references without a guard: the stack
  // overflowed in Chromium and Firefox (and the safety net answered `notObject`), and WebKit
  // froze for minutes (deeper stack, path strings growing at every level). In a worker, so
  // that a hang fails the test instead of freezing the engine's run.
  it('reads a name whose @value refers back to its own node as no name, quickly', async () => {
    const result = await parseInWorker([
      { '@type': 'Event', name: { '@id': '#a' } },
      { '@id': '#a', '@value': { '@id': '#a' } },
    ]);
    if (result instanceof Error) throw result;
    expect(result.ok ? 'ok' : `${result.problem.code} ${result.problem.args.found ?? ''}`.trim()).to.equal('noName');
  });

  it('leaves out a url that refers back to its own node, and shows the event, quickly', async () => {
    const result = await parseInWorker([
      { '@type': 'Event', name: 'Talk', url: { '@id': '#a' } },
      { '@id': '#a', url: { '@id': '#a' } },
    ]);
    if (result instanceof Error) throw result;
    expect(result.ok ? 'ok' : `${result.problem.code}: ${result.problem.args.found}`).to.equal('ok');
    expect(result.ok && result.event.url).to.equal(undefined);
  });
});

describe('parseEvent: a sparse list given from JavaScript', () => {
  // findEvent built its candidates with map(), which skips holes, then for…of visited them.
  it('finds the event after a hole in the list', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = parseEvent([, { '@type': 'Event', name: 'Talk' }]);
    expect(result.ok ? result.event.name : `${result.problem.code}: ${result.problem.args.found}`).to.equal('Talk');
  });
});

describe('element: no structured data is added after the element left', () => {
  // An update after disconnectedCallback (as <event-gallery> does when removed with its
  // lightbox open) added the JSON-LD block again, for good (found by leaks.test.ts).
  it('leaves no JSON-LD block in <head> when an update follows the removal', async () => {
    const el = document.createElement('event-card') as EventCard;
    el.setAttribute('structured-data', '');
    el.event = { '@type': 'Event', name: 'Structured', startDate: '2030-06-01T10:00:00Z' };
    document.body.append(el);
    await settled(el);
    await until(() => document.head.querySelector('script[data-event-embed]'), 'the JSON-LD block is added');
    el.remove();
    el.requestUpdate();
    await el.updateComplete;
    const left = document.head.querySelectorAll('script[data-event-embed]');
    const count = left.length;
    for (const s of left) s.remove();
    expect(count).to.equal(0);
  });
});
