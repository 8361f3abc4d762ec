/**
 * The card's lines that only some events have, loaded for those (./event-card.ts `needs()`):
 * the time in the viewer's own zone (online and mixed events, or `viewer-time`) and the date a
 * rescheduled or postponed event was first set for.
 */
import { html } from 'lit';
import type { EventModel, When } from '../../core/event/model.js';
import { formatRange } from '../../core/locale/format.js';
import type { Loaded } from '../../core/locale/index.js';

/** "Your time: Thu 2:00 – 4:00 AM": a time range in the viewer's zone, with the weekday. */
export function viewerTime(locale: string, t: Loaded, from: number, to?: number) {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const text = to !== undefined && to > from ? f.formatRange(from, to) : f.format(from);
  return html`<p class="line zone" part="viewer-time">${t.yourTime}: ${text}</p>`;
}

/** "was 30 September": the first date of a rescheduled or postponed event, with its time only when it falls on the same day as the new start. */
export function was(locale: string, t: Loaded, event: EventModel, w: When) {
  const text = (x: When, allDay = true) =>
    formatRange(locale, { ...x, allDay }, undefined, { timeZone: event.timeZone })
      .parts.map((p) => p.text)
      .join('');
  const date = text(w);
  return t.was(event.start && text(event.start) === date ? text(w, w.allDay) : date);
}
