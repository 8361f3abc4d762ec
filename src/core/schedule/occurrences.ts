/**
 * What a schedule means: the dates it gives (each occurrence's start and end), the end of an
 * event from its `duration`, and the zone its times are in. Pure functions, loaded on demand
 * with the schedule's view (./recurring.ts) and the calendar (../calendar.ts).
 */
import type { EventModel, Schedule, When } from '../event/model.js';
import { DURATION } from '../event/schedule.js';
import { DAY, zonedInstant, zoneOffset } from '../event/time.js';

export interface Occurrence {
  start: When;
  end?: When;
}

/** How far ahead a schedule is followed (a rule without an end would go on forever). */
const YEARS = 20;

const day = (wall: number) => Math.floor(wall / DAY) * DAY;
/** 0 = Monday … 6 = Sunday. */
export const weekday = (d: number) => (new Date(d).getUTCDay() + 6) % 7;
const ymd = (d: number) => {
  const x = new Date(d);
  return [x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()];
};

/** The zone a schedule's times are in: its own, else the event's. */
export const zoneOf = (s: Schedule, e: EventModel) => s.timeZone ?? e.timeZone;

/** A wall-clock time (as if UTC) as a point in time, in a zone, else at the event's offset. */
export function at(wall: number, allDay: boolean, zone: string | undefined, offset?: number): When {
  const source = new Date(wall).toISOString().slice(0, allDay ? 10 : 16);
  if (allDay) return { wall, allDay, source };
  const instant = zone ? zonedInstant(wall, zone) : offset !== undefined ? wall - offset * 6e4 : undefined;
  return { wall, allDay, offset: zone ? undefined : offset, instant, source };
}

/** A point in time plus an ISO 8601 duration: days and longer on the calendar, hours exactly. */
export function plus(when: When, duration: string | undefined, zone?: string): When | undefined {
  const m = duration ? DURATION.exec(duration) : null;
  if (!m) return undefined;
  const [y, mo, d, w, h, mi, s] = m.slice(1).map((v) => +(v ?? 0));
  const x = new Date(when.wall);
  const date = Date.UTC(x.getUTCFullYear() + y, x.getUTCMonth() + mo, x.getUTCDate() + d + 7 * w) + (when.wall % DAY);
  const time = (h * 3600 + mi * 60 + s) * 1000;
  if (when.allDay) return time ? undefined : { wall: date - DAY, allDay: true, source: duration! };
  const end = at(date, false, when.instant !== undefined ? zone : undefined, when.offset);
  // Hours and minutes are exact: across a change of clocks the wall time moves with them.
  if (end.instant !== undefined) end.instant += time;
  end.wall += time;
  return { ...end, source: duration! };
}

/** The end of the event: its `endDate`, else its start plus its `duration`. */
export const endOf = (e: EventModel) => e.end ?? (e.start && plus(e.start, e.duration, e.timeZone));

/** Whether a day (wall midnight) is one of the rule's, counted from the first day `a`. */
function matches(s: Schedule, a: number, d: number): boolean {
  const [ay, am, ad] = ymd(a);
  const [y, m, dom] = ymd(d);
  const wd = weekday(d);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const every = s.every ?? 1;
  const byMonthDay = () => !s.byMonthDay.length || s.byMonthDay.some((n) => (n > 0 ? n : last + n + 1) === dom);
  const byDay = (nth = true) =>
    !s.byDay.length ||
    s.byDay.some(
      (b) =>
        b.day === wd &&
        (!nth || !b.nth || (b.nth > 0 ? Math.ceil(dom / 7) === b.nth : Math.ceil((last - dom + 1) / 7) === -b.nth)),
    );
  const months = (y - ay) * 12 + m - am;
  switch (unit(s)) {
    case 'D':
      return ((d - a) / DAY) % every === 0 && byDay(false) && byMonthDay();
    case 'W':
      return (
        Math.floor((d - (a - weekday(a) * DAY)) / (7 * DAY)) % every === 0 &&
        (s.byDay.length ? byDay(false) : wd === weekday(a))
      );
    case 'M':
      return months % every === 0 && (s.byMonthDay.length || s.byDay.length ? byMonthDay() && byDay() : dom === ad);
    case 'Y':
      return (
        (y - ay) % every === 0 &&
        m === am &&
        (s.byMonthDay.length || s.byDay.length ? byMonthDay() && byDay() : dom === ad)
      );
    default:
      return d === a;
  }
}

/** The rule's unit: the frequency's, else what its days imply (days of the month: monthly; of the week: weekly). */
export const unit = (s: Schedule) =>
  s.unit ?? (s.byMonthDay.length || s.byDay.some((b) => b.nth) ? 'M' : s.byDay.length ? 'W' : undefined);

/** The schedule's first day and its times of day (minutes), read from the schedule, else from the event. */
export function shape(s: Schedule, e: EventModel, now: number) {
  const zone = zoneOf(s, e);
  const start = e.start && !e.start.allDay ? e.start.wall % DAY : undefined;
  const from = s.startTime !== undefined ? s.startTime * 6e4 : start;
  let to = s.endTime !== undefined ? s.endTime * 6e4 : undefined;
  if (to === undefined && from !== undefined && from === start && e.end && !e.end.allDay && !s.duration) {
    to = e.end.wall - e.start!.wall + from;
  }
  // Without a first day, the rule runs from today (in its zone).
  const today = day(now + (zone ? zoneOffset(now, zone) : -new Date(now).getTimezoneOffset()) * 6e4);
  const first = day(s.startDate?.wall ?? e.start?.wall ?? today);
  return { zone, from, to, first, offset: e.start?.offset };
}

/**
 * The occurrences of a schedule, in order: those that end after `after` (a point in time, ms),
 * at most `limit` of them. `repeatCount` counts from the first (an excepted date counts too, as in
 * iCalendar); `endDate` is the last day.
 */
export function occurrences(e: EventModel, s: Schedule, after = -Infinity, limit = 5, now = Date.now()) {
  const { zone, from, to, first, offset } = shape(s, e, now);
  const out: Occurrence[] = [];
  const until = Math.min(s.endDate ? day(s.endDate.wall) : Infinity, first + YEARS * 366 * DAY);
  const except = new Set(s.exceptDates.map((x) => (x.allDay ? day(x.wall) : x.wall)));
  let count = 0;
  for (let d = first; d <= until && out.length < limit; d += DAY) {
    if (!matches(s, first, d)) continue;
    if (s.repeatCount && ++count > s.repeatCount) break;
    const start = at(from === undefined ? d : d + from, from === undefined, zone, offset);
    if (except.has(d) || except.has(start.wall)) continue;
    const end =
      to !== undefined
        ? at(d + to + (to <= from! ? DAY : 0), false, zone, offset)
        : plus(start, s.duration ?? e.duration, zone);
    const moment = (end ?? start).instant ?? (end ?? start).wall + (end ? 0 : from === undefined ? DAY : 0);
    if (moment > after) out.push({ start, end });
    if (unit(s) === undefined) break;
  }
  return out;
}
