/**
 * What the card shows of a recurring event, of its doors and of its duration: each schedule as
 * a sentence ("every Tuesday, 19:00–21:00") and its next dates, and "Doors 18:30". Loaded on
 * demand, only for events that have one of them (see `extras()` in the card), with its styles
 * and its strings.
 */
import { css, html, nothing } from 'lit';
import type { EventModel, Schedule, When } from '../event/model.js';
import { datetimeAttr, formatRange, zoneName } from '../locale/format.js';
import enLater from '../locale/en-later.js';
import type { Loaded } from '../locale/index.js';
import { zoneOffset } from '../event/time.js';
import { adopt } from '../styles.js';
import { endOf, occurrences, shape, unit } from './occurrences.js';

export { endOf };

/** The clock the next dates are counted from (tests set it). */
export const clock = { now: () => Date.now() };

/** How many of the next dates are listed. */
const NEXT = 3;

const styles = css`
  .schedule {
    display: grid;
    gap: 0.25em;
  }
  .schedule ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .schedule .label {
    color: var(--_ee-muted);
  }
`;

/** The rule of a schedule in words, with its times and its last day: "every Tuesday, 19:00–21:00". */
export function sentence(s: Schedule, e: EventModel, lang: string, t: Loaded): string {
  const w = { ...enLater.schedule, ...t.schedule };
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  const day = (d: number) => weekday.format(Date.UTC(2024, 0, 1 + d));
  const list = (x: string[]) => new Intl.ListFormat(lang).format(x);
  const n = s.every ?? 1;
  const days = list(s.byDay.map((b) => (b.nth ? w.nth(b.nth, day(b.day)) : day(b.day))));
  const monthDays = s.byMonthDay.length ? w.monthDays(list(s.byMonthDay.map(String))) : '';
  const { from, to, first } = shape(s, e, clock.now());
  const u = unit(s);
  const rule =
    u === 'Y'
      ? w.yearly(n)
      : u === 'M'
        ? w.monthly(
            list([monthDays, days].filter(Boolean)) ||
              new Intl.DateTimeFormat(lang, { day: 'numeric', timeZone: 'UTC' }).format(first),
            n,
          )
        : s.byDay.length
          ? w.weekly(days, u === 'W' ? n : 1)
          : u === 'W'
            ? w.weekly(day((new Date(first).getUTCDay() + 6) % 7), n)
            : u === 'D'
              ? w.daily(n)
              : '';
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' });
  const times = from === undefined ? '' : to === undefined ? time.format(from) : time.formatRange(from, to);
  const until = s.endDate
    ? w.until(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(s.endDate.wall))
    : '';
  return [rule, times, until].filter(Boolean).join(', ');
}

/** One date of the list, as the card's date line writes it (the sentence names the zone). */
function date(lang: string, start: When, end: When | undefined, zone?: string) {
  return html`<li>
    ${formatRange(lang, start, end, { timeZone: zone }).parts.map((p) =>
      p.end ? html`<time datetime=${datetimeAttr(p.end === 'start' ? start : end!)}>${p.text}</time>` : p.text,
    )}
  </li>`;
}

/** Whether the event has a date still to come in one of its schedules. */
export const upcoming = (e: EventModel) => e.schedules.some((s) => occurrences(e, s, clock.now(), 1).length);

/** The schedules (their sentences and next dates) and the doors, for the card. */
export function extras(root: ShadowRoot, e: EventModel, lang: string, t: Loaded) {
  adopt(root, styles);
  const w = { ...enLater.schedule, ...t.schedule };
  const now = clock.now();
  const door = e.doorTime;
  return html`${
    door
      ? html`<p class="line" part="doors">
          <time datetime=${datetimeAttr(door)}
            >${w.doors(
              new Intl.DateTimeFormat(lang, {
                timeStyle: 'short',
                timeZone: door.instant !== undefined && e.timeZone ? e.timeZone : 'UTC',
              }).format(door.instant !== undefined && e.timeZone ? door.instant : door.wall),
            )}</time
          >
        </p>`
      : nothing
  }
  ${e.schedules.map((s, i) => {
    const next = occurrences(e, s, now, NEXT, now);
    const zone = s.timeZone ?? e.timeZone;
    // The zone is named once, in the sentence, when the viewer's differs.
    const named =
      zone &&
      next[0]?.start.instant !== undefined &&
      zoneOffset(next[0].start.instant, zone) !== -new Date(next[0].start.instant).getTimezoneOffset()
        ? ` (${zoneName(lang, next[0].start.instant, zone)})`
        : '';
    return html`<div class="schedule" part="schedule">
      <p part="schedule-rule">${sentence(s, e, lang, t)}${named}</p>
      ${
        next.length
          ? html`<p class="label" id=${`next-${i}`}>${w.next}</p>
            <ul part="occurrences" aria-labelledby=${`next-${i}`}>
              ${next.map((o) => date(lang, o.start, o.end, zone))}
            </ul>`
          : nothing
      }
    </div>`;
  })}`;
}
