/**
 * A schedule in iCalendar (RFC 5545): its first date, its RRULE (FREQ, INTERVAL, BYDAY,
 * BYMONTHDAY, COUNT or UNTIL) and EXDATE, and the VTIMEZONE of the zone its times are in (made
 * from what `Intl` knows of the zone, so that calendars repeat it at the same wall-clock time
 * across changes of the clocks). Loaded with the calendar, on demand.
 */
import type { EventModel, Schedule, When } from '../event/model.js';
import { DAY, zoneOffset } from '../event/time.js';
import { at, occurrences, shape, unit, weekday } from './occurrences.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQ = { D: 'DAILY', W: 'WEEKLY', M: 'MONTHLY', Y: 'YEARLY' };

/** `20270323T190000` (wall clock), with `Z` for an instant, or `20270323` for a day. */
export const stamp = (t: number, kind: 'd' | 'z' | 'l') => {
  const x = new Date(t).toISOString().replace(/[-:]/g, '');
  return kind == 'd' ? x.slice(0, 8) : x.slice(0, 15) + (kind == 'z' ? 'Z' : '');
};

/** The property lines of one schedule's VEVENT: DTSTART, DTEND, RRULE, EXDATE; none when it has no date. */
export function recurrence(e: EventModel, s: Schedule, now: number) {
  const [first] = occurrences(e, s, -Infinity, 1, now);
  if (!first) return undefined;
  const { zone } = shape(s, e, now);
  const d = first.start;
  // In a zone: its wall clock with TZID; at a written offset only: UTC; else floating.
  const tz = zone && d.instant !== undefined && !d.allDay ? zone : undefined;
  const kind = d.allDay ? 'd' : tz || d.instant === undefined ? 'l' : 'z';
  const value = (w: When) => (kind == 'z' ? w.instant! : w.wall);
  const param = kind == 'd' ? ';VALUE=DATE' : tz ? `;TZID=${tz}` : '';
  const end = first.end ?? (d.allDay ? { ...d, wall: d.wall + DAY } : undefined);
  const lines = [`DTSTART${param}:${stamp(value(d), kind)}`];
  if (end) lines.push(`DTEND${param}:${stamp(value(end), kind)}`);
  const u = unit(s);
  if (u) {
    const rule = [`FREQ=${FREQ[u]}`];
    if ((s.every ?? 1) > 1) rule.push(`INTERVAL=${s.every}`);
    if (s.byDay.length)
      rule.push(`BYDAY=${s.byDay.map((b) => (u == 'M' || u == 'Y' ? (b.nth ?? '') : '') + DAYS[b.day]).join(',')}`);
    else if (u == 'W') rule.push(`BYDAY=${DAYS[weekday(d.wall)]}`);
    if (s.byMonthDay.length) rule.push(`BYMONTHDAY=${s.byMonthDay.join(',')}`);
    if (s.repeatCount) rule.push(`COUNT=${s.repeatCount}`);
    else if (s.endDate) {
      // The last day is inclusive; UNTIL is in UTC when DTSTART has a zone (RFC 5545, 3.3.10).
      const last = Math.floor(s.endDate.wall / DAY) * DAY + DAY - 1000;
      rule.push(
        `UNTIL=${kind == 'd' ? stamp(last, 'd') : kind == 'l' && !tz ? stamp(last, 'l') : stamp(value(at(last, false, tz, d.offset)), 'z')}`,
      );
    }
    lines.push(`RRULE:${rule.join(';')}`);
  }
  const time = d.wall % DAY;
  for (const x of s.exceptDates) {
    const w = x.allDay ? x.wall + (d.allDay ? 0 : time) : x.wall;
    lines.push(`EXDATE${param}:${stamp(value(at(w, d.allDay, tz, d.offset)), kind)}`);
  }
  return { lines, zone: tz, year: new Date(d.wall).getUTCFullYear() };
}

/** `+0100`, `-0430`. */
const offset = (m: number) =>
  `${m < 0 ? '-' : '+'}${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}${String(Math.abs(m) % 60).padStart(2, '0')}`;

/**
 * The VTIMEZONE of an IANA zone, as its clocks change in `year`: each change found by `Intl`
 * (to the minute), repeated yearly on the same weekday of the month (`-1SU`: the last Sunday),
 * as the rules of the zones that change their clocks are written. A zone that does not change
 * them has its offset alone.
 */
export function vtimezone(zone: string, year: number): string[] {
  const changes: { at: number; from: number; to: number }[] = [];
  let t = Date.UTC(year, 0, 1);
  let before = zoneOffset(t, zone);
  for (let week = 0; week < 53; week++) {
    const next = t + 7 * DAY;
    const o = zoneOffset(next, zone);
    if (o !== before) {
      // Narrowed down to the minute.
      let lo = t,
        hi = next;
      while (hi - lo > 6e4) {
        const mid = lo + Math.floor((hi - lo) / 12e4) * 6e4;
        if (zoneOffset(mid, zone) === before) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, from: before, to: o });
      before = o;
    }
    t = next;
  }
  const out = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (!changes.length) {
    const o = offset(before);
    out.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${o}`, `TZOFFSETTO:${o}`, 'END:STANDARD');
  }
  const high = Math.max(...changes.map((c) => c.to));
  for (const c of changes) {
    const kind = c.to === high && c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    // The local time at which the clocks change, on the clock before the change.
    const wall = c.at + c.from * 6e4;
    const x = new Date(wall);
    const dom = x.getUTCDate();
    const last = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 0)).getUTCDate();
    const nth = dom + 7 > last ? -1 : Math.ceil(dom / 7);
    // The rule's first onset in 1970 (before any date of the calendar): the same weekday of the month.
    const month = Date.UTC(1970, x.getUTCMonth(), 1);
    const firstDay = month + ((weekday(wall) - weekday(month) + 7) % 7) * DAY;
    const lastDay = Date.UTC(1970, x.getUTCMonth() + 1, 0);
    const onset =
      nth < 0 ? lastDay - ((weekday(lastDay) - weekday(wall) + 7) % 7) * DAY : firstDay + (nth - 1) * 7 * DAY;
    out.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp(onset + (wall % DAY), 'l')}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${x.getUTCMonth() + 1};BYDAY=${nth}${DAYS[weekday(wall)]}`,
      `TZOFFSETFROM:${offset(c.from)}`,
      `TZOFFSETTO:${offset(c.to)}`,
      `END:${kind}`,
    );
  }
  out.push('END:VTIMEZONE');
  return out;
}
