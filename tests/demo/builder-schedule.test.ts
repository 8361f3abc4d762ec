/**
 * The snippet builder's form covers recurring events: the schedule's fields (from the JSON
 * Schema made from src/core/event/input.ts), doors and duration; what is typed reaches the JSON
 * and the preview, and an impossible frequency is said at its field.
 */
import { expect } from '@open-wc/testing';
import type { EventEmbedElement } from '../../src/core/element.js';
import { mountTestBuilder } from '../support/builder.js';
import { until } from '../support/fixtures.js';

async function builder(data?: object) {
  const b = await mountTestBuilder({
    scriptUrl: `${location.origin}/dist/event-embed.js`,
    acceptScriptOrigin: location.origin,
  });
  if (data) b.paste(JSON.stringify(data));
  b.$<HTMLInputElement>('input[name="mode"][value="form"]').click();
  return b;
}

const type = (b: Awaited<ReturnType<typeof builder>>, id: string, value: string) => {
  const el = b.$<HTMLInputElement>(`#${id}`);
  el.value = value;
  el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input', { bubbles: true }));
};

describe('snippet builder: recurring events', () => {
  it('has the schedule, doors and duration fields, and writes a weekly meetup that the preview shows', async () => {
    const b = await builder();
    const schema = await (await fetch('/dist/event.schema.json')).json();
    expect(Object.keys(schema.definitions.Schedule.properties)).to.include.members([
      'repeatFrequency',
      'byDay',
      'exceptDate',
    ]);
    for (const id of ['f-doorTime', 'f-duration', 'f-eventSchedule-add']) expect(b.$(`#${id}`), id).to.exist;
    type(b, 'f-name', 'Weekly meetup');
    b.$<HTMLButtonElement>('#f-eventSchedule-add').click();
    await until(() => b.$('#f-eventSchedule-0-repeatFrequency'), 'the schedule fields');
    for (const id of [
      'byDay',
      'byMonthDay',
      'startTime',
      'endTime',
      'startDate',
      'endDate',
      'exceptDate',
      'repeatCount',
    ])
      expect(b.$(`#f-eventSchedule-0-${id}`), id).to.exist;
    expect(b.$<HTMLSelectElement>('#f-eventSchedule-0-scheduleTimezone').options.length).to.equal(
      Intl.supportedValuesOf('timeZone').length + 1,
    );
    type(b, 'f-eventSchedule-0-repeatFrequency', 'P1W');
    type(b, 'f-eventSchedule-0-byDay', 'https://schema.org/Tuesday');
    type(b, 'f-eventSchedule-0-startTime', '19:00');
    type(b, 'f-eventSchedule-0-endTime', '21:00');
    type(b, 'f-eventSchedule-0-scheduleTimezone', 'Europe/Berlin');
    const data = JSON.parse(b.json.value);
    expect(data.eventSchedule).to.deep.equal([
      {
        repeatFrequency: 'P1W',
        byDay: 'https://schema.org/Tuesday',
        startTime: '19:00',
        endTime: '21:00',
        scheduleTimezone: 'Europe/Berlin',
      },
    ]);
    const preview = b.$<EventEmbedElement>('#preview event-card');
    await until(
      () => preview.shadowRoot?.querySelector('[part="schedule-rule"]')?.textContent?.includes('every Tuesday'),
      'the preview shows the rule',
    );
    await expect(b.root).to.be.accessible();
  });

  it('says at its field that a frequency cannot be repeated', async () => {
    const b = await builder({
      '@type': 'Event',
      name: 'Synthetic',
      startDate: '2030-01-01T19:00',
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'Sometimes' },
    });
    await until(() => b.$('#f-eventSchedule-0-repeatFrequency-problems')?.textContent, 'the problem at the field');
    expect(b.$('#f-eventSchedule-0-repeatFrequency-problems').textContent).to.contain(
      'is not a frequency a calendar can repeat',
    );
  });
});
