import { css, html, nothing, render } from 'lit';
import { googleCalendarUrl, icsDataUrl, outlookCalendarUrl, toAgendaIcs, toIcs } from './calendar.js';
import type { EventModel, SubEvent } from './event/model.js';
import enLater from './locale/en-later.js';
import type { Loaded } from './locale/index.js';
import { adopt } from './styles.js';

const styles = css`
  .calendar ul {
    margin: 0.5em 0 0;
    padding: 0.25em 0;
    border: 1px solid var(--_ee-border);
    border-radius: calc(var(--_ee-radius) * 0.67);
    background: var(--_ee-surface);
    list-style: none;
  }
  .calendar a {
    display: block;
    padding: 0.5em 1em;
  }
`;

/** Puts the list of choices in an opened menu, after its summary, with its styles. */
export function fill(details: HTMLDetailsElement, event: EventModel, strings: Loaded) {
  adopt(details.getRootNode() as ShadowRoot, styles);
  render(links(event, strings), details);
}

/**
 * The whole agenda's menu: one .ics file with the event and every session (`session` makes a
 * session an event of its own). Web calendars' links take one event, so it is the file alone.
 */
export function fillAgenda(
  details: HTMLDetailsElement,
  event: EventModel,
  session: (s: SubEvent, i: number) => EventModel,
  strings: Loaded,
) {
  adopt(details.getRootNode() as ShadowRoot, styles);
  render(
    html`<ul part="calendar-menu">${ics(toAgendaIcs(event, session), event, { ...enLater, ...strings })}</ul>`,
    details,
  );
}

/** The .ics item of a menu. */
function ics(text: string, event: EventModel, t: { calendarIcs: string }) {
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
  return html`<li><a href=${icsDataUrl(text)} download=${ios ? nothing : file}>${t.calendarIcs}</a></li>`;
}

/** The menu's list of choices for an event, in the widget's language. */
function links(event: EventModel, strings: Loaded) {
  const t = { ...enLater, ...strings };
  const external = (href: string, text: string) =>
    html`<li><a href=${href} target="_blank" rel="noopener">${text}</a></li>`;
  return html`<ul part="calendar-menu">
    ${ics(toIcs(event), event, t)}
    ${external(googleCalendarUrl(event), t.calendarGoogle)} ${external(outlookCalendarUrl(event, 'live'), t.calendarOutlook)}
    ${external(outlookCalendarUrl(event, 'office'), t.calendarOffice)}
  </ul>`;
}
