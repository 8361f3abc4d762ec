import type { When } from './model.js';

const ISO =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DAY = 86_400_000;

/**
 * Reads an ISO 8601 date or date-time (also with slashes, 2021/09/21, as WordPress plugins write it). `timeZone` (IANA) resolves local times to an instant.
 * Returns undefined when the text is not such a date.
 */
export function parseWhen(source: string, timeZone?: string): When | undefined {
  const m = ISO.exec(source.trim());
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : +v));
  const ms = m[7] ? Math.floor(+`0.${m[7]}` * 1000) : 0;
  // Years past 9998 would end past 9999, which calendars cannot write.
  if (h! > 23 || mi! > 59 || s! > 59 || y! < 1000 || y! > 9998) return undefined;
  const wall = Date.UTC(y!, mo! - 1, d!, h, mi, s, ms);
  const check = new Date(wall);
  // Rejects 2017-02-30 and other dates that Date.UTC would roll over.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return undefined;
  if (m[4] === undefined) return { wall, allDay: true, source };
  const when: When = { wall, allDay: false, source };
  const z = m[8];
  if (z) {
    const sign = z[0] === '-' ? -1 : 1;
    const digits = z.replace(/\D/g, '');
    const minutes = +(digits.slice(2) || 0);
    when.offset = z.toUpperCase() === 'Z' ? 0 : sign * (+digits.slice(0, 2) * 60 + minutes);
    // Real offsets run from -12:00 to +14:00.
    if (minutes > 59 || Math.abs(when.offset) > 840) return undefined;
    when.instant = wall - when.offset * 60_000;
  } else if (timeZone) {
    when.instant = zonedInstant(wall, timeZone);
  }
  return when;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of an IANA zone at an instant, in minutes east of UTC. */
export function zoneOffset(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(instant)) p[type] = +value;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant at which a zone's clocks show `wall` (as if UTC). */
export function zonedInstant(wall: number, timeZone: string): number {
  const guess = wall - zoneOffset(wall, timeZone) * 60_000;
  return wall - zoneOffset(guess, timeZone) * 60_000;
}

/** Whether a string names a time zone this browser knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The moment a point in time is over, for "ended": the instant when known; for an all-day date
 * the end of that day; for a floating time the wall clock read in the viewer's zone.
 */
export function endMoment(when: When): number {
  if (when.instant !== undefined) return when.instant;
  const local = when.wall + new Date(when.wall).getTimezoneOffset() * 60_000;
  return when.allDay ? local + DAY : local;
}

export { DAY };

/** The moment a start begins (an all-day date: its midnight where the viewer is). */
export function startMoment(when: When): number {
  return when.instant ?? when.wall + new Date(when.wall).getTimezoneOffset() * 60_000;
}

/**
 * Where an event stands at `now`: `ended`, `now` (under way), `soon` (starting within 30 days:
 * in `value` `unit`s), or nothing to say; with `next`, the moment that changes.
 */
export function countdown(
  start: When,
  end: When | undefined,
  now: number,
): { kind?: 'ended' | 'now' | 'soon'; value?: number; unit?: 'minute' | 'hour' | 'day'; next?: number } {
  const a = startMoment(start);
  // Without an end, a timed event is taken to last an hour, an all-day one its day.
  const b = end ? endMoment(end) : start.allDay ? endMoment(start) : a + 36e5;
  if (now >= b) return { kind: 'ended' };
  if (now >= a) return { kind: 'now', next: b };
  const d = a - now;
  if (d > 30 * DAY) return { next: a - 30 * DAY };
  if (d >= DAY) return { kind: 'soon', value: Math.round(d / DAY), unit: 'day', next: now + 36e5 };
  if (d >= 36e5) return { kind: 'soon', value: Math.round(d / 36e5), unit: 'hour', next: now + 6e4 };
  return { kind: 'soon', value: Math.ceil(d / 6e4), unit: 'minute', next: now + (d % 6e4 || 6e4) };
}
