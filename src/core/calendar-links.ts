import { html, nothing } from 'lit';
import { googleCalendarUrl, icsDataUrl, outlookCalendarUrl, toIcs } from './calendar.js';
import type { EventModel } from './event/model.js';
import enLater from './locale/en-later.js';
import type { Loaded } from './locale/index.js';

/** The menu's choices for an event, in the widget's language. */
export function links(event: EventModel, strings: Loaded) {
  const t = { ...enLater, ...strings };
  // iOS Safari hands a text/calendar data URL to Calendar's "Add event" sheet when it navigates
  // to it in the same tab; with `download` it only saves a file. Elsewhere `download` saves it.
  const ios =
    /iP(ad|hone|od)/.test(navigator.userAgent) || (navigator.maxTouchPoints > 1 && /Mac/.test(navigator.userAgent));
  const file = `${
    event.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'event'
  }.ics`;
  const external = (href: string, text: string) =>
    html`<li><a href=${href} target="_blank" rel="noopener">${text}</a></li>`;
  return html`<li><a href=${icsDataUrl(toIcs(event))} download=${ios ? nothing : file}>${t.calendarIcs}</a></li>
    ${external(googleCalendarUrl(event), t.calendarGoogle)} ${external(outlookCalendarUrl(event, 'live'), t.calendarOutlook)}
    ${external(outlookCalendarUrl(event, 'office'), t.calendarOffice)}`;
}
