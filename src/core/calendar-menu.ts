import { css, html, nothing, render } from 'lit';
import type { EventModel } from './event/model.js';
import type { UiStrings } from './locale/index.js';

/**
 * "Add to calendar": a `<details>` menu with the .ics file and Google, Outlook.com and
 * Microsoft 365 links. The calendar code is loaded, and the links built, only when the menu
 * opens: a page that never adds anything to a calendar never downloads it, and a long agenda
 * with a menu per session costs nothing until one is used.
 */
export function calendarMenu(event: EventModel, t: UiStrings, label: string = t.addToCalendar) {
  const open = async (e: Event) => {
    const details = e.currentTarget as HTMLDetailsElement;
    if (details.open) render(links(event, t, await import('./calendar.js')), details.querySelector('ul')!);
  };
  return html`<details class="calendar" part="calendar" @toggle=${open}>
    <summary class="button" part="button">${label}</summary>
    <ul part="calendar-menu"></ul>
  </details>`;
}

function links(
  event: EventModel,
  t: UiStrings,
  { toIcs, icsDataUrl, googleCalendarUrl, outlookCalendarUrl }: typeof import('./calendar.js'),
) {
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

export const calendarStyles = css`
  .calendar {
    position: relative;
  }
  .calendar > summary {
    list-style: none;
  }
  .calendar > summary::-webkit-details-marker {
    display: none;
  }
  .calendar ul {
    margin: 0.5em 0 0;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.67);
    background: var(--_surface);
    list-style: none;
  }
  .calendar a {
    display: block;
    padding: 0.5em 1em;
  }
`;
