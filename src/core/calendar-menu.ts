import { css, html } from 'lit';
import type { EventModel } from './event/model.js';
import type { Loaded } from './locale/index.js';

/**
 * "Add to calendar": a `<details>` menu with the .ics file and Google, Outlook.com and
 * Microsoft 365 links. The calendar code is loaded, and the links built, only when the menu
 * opens (./calendar-links.ts): a page that never adds anything to a calendar never downloads
 * it, and a long agenda with a menu per session costs nothing until one is used.
 */
export function calendarMenu(event: EventModel, t: Loaded, label: string = t.addToCalendar) {
  return html`<details class="calendar" part="calendar" @toggle=${(e: Event) => openMenu(e.currentTarget as HTMLDetailsElement, event, t)}>
    <summary class="button" part="button">${label}</summary>
  </details>`;
}

/** A menu toggled: opened, it gets its list of choices (see ./calendar-links.ts). */
export async function openMenu(details: HTMLDetailsElement, event: EventModel, t: Loaded) {
  if (details.open) (await import('./calendar-links.js')).fill(details, event, t);
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
`;
