/**
 * Reads when an event recurs (`eventSchedule`: schema.org `Schedule`), its `doorTime` and its
 * `duration`, for normalize.ts. One of the lenient readers (./lenient/index.ts): few events have
 * them, and pages whose events do not never download this. Only reading and checking: what the
 * rule means (the next dates, the sentence, the RRULE) is ../schedule/'s, loaded on demand too.
 */
import type { Schedule, When } from './model.js';
import { at, isObject, list, term } from './json.js';
import type { WarningCode } from './problems.js';
import { isTimeZone, parseWhen, zonedInstant } from './time.js';

/** The readers of normalize.ts that these use (each warns at its path). */
export interface Readers {
  textOf(v: unknown, path: string): string | undefined;
  whenOf(v: unknown, path: string, timeZone?: string): When | undefined | null;
  warn(path: string, code: WarningCode, ...values: unknown[]): void;
  ref(v: unknown): unknown;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Words some data uses instead of a duration. */
const WORDS: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
};
/** An ISO 8601 duration (`P1W`, `PT1H30M`, `P1DT2H`). */
export const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** `19:00` or `19:00:00` as minutes from midnight. */
const minutes = (t: string | undefined) => {
  const m = t ? TIME.exec(t.trim()) : null;
  return m && +m[1] < 24 && +m[2] < 60 ? +m[1] * 60 + +m[2] : undefined;
};

/** The schedules, the `doorTime` and the `duration` of an event. */
export function timing(node: Record<string, unknown>, path: string, r: Readers, start?: When, timeZone?: string) {
  return {
    schedules: schedulesOf(node.eventSchedule, at(path, 'eventSchedule'), r, timeZone),
    ...timesOf(node, path, r, start, timeZone),
  };
}

/** `doorTime` and `duration` of an event. */
function timesOf(node: Record<string, unknown>, path: string, r: Readers, start?: When, timeZone?: string) {
  const duration = durationOf(node.duration, at(path, 'duration'), r);
  const door = r.textOf(node.doorTime, at(path, 'doorTime'));
  let doorTime: When | undefined;
  if (door) {
    const m = minutes(door);
    // A time alone ("18:30", as most data writes it) is on the day of the start.
    if (m !== undefined && !/\d{4}/.test(door) && start && !start.allDay) {
      const wall = start.wall - (start.wall % 864e5) + m * 6e4;
      const instant = timeZone
        ? zonedInstant(wall, timeZone)
        : start.offset !== undefined
          ? wall - start.offset * 6e4
          : undefined;
      doorTime = { wall, allDay: false, offset: start.offset, instant, source: door };
    } else doorTime = parseWhen(door, timeZone) ?? void r.warn(at(path, 'doorTime'), 'notDate', door);
  }
  return { doorTime, duration };
}

function durationOf(v: unknown, path: string, r: Readers) {
  const d = r.textOf(v, path);
  if (d && !DURATION.test(d)) r.warn(path, 'notDuration', d);
  else return d;
}

/** Every `Schedule` of `eventSchedule`; one that says no rule is left out with a warning. */
function schedulesOf(v: unknown, path: string, r: Readers, eventZone?: string): Schedule[] {
  const out: Schedule[] = [];
  list(v).forEach((raw, i) => {
    const sp = Array.isArray(v) ? `${path}[${i}]` : path;
    const node = r.ref(raw);
    if (!isObject(node)) return r.warn(sp, 'notSchedule', node);
    const p = (key: string) => at(sp, key);
    let timeZone = r.textOf(node.scheduleTimezone, p('scheduleTimezone'));
    if (timeZone && !isTimeZone(timeZone)) {
      r.warn(p('scheduleTimezone'), 'notZone', timeZone);
      timeZone = undefined;
    }
    const zone = timeZone ?? eventZone;
    const s: Schedule = {
      byDay: [],
      byMonthDay: [],
      exceptDates: [],
      timeZone,
      startTime: minutes(r.textOf(node.startTime, p('startTime'))),
      endTime: minutes(r.textOf(node.endTime, p('endTime'))),
      startDate: r.whenOf(node.startDate, p('startDate'), zone) ?? undefined,
      endDate: r.whenOf(node.endDate, p('endDate'), zone) ?? undefined,
      duration: durationOf(node.duration, p('duration'), r),
    };
    const freq = r.textOf(node.repeatFrequency, p('repeatFrequency'));
    if (freq) {
      const m = DURATION.exec(WORDS[freq.toLowerCase()] ?? freq);
      // One unit only, and a whole number of it: P1W, P2D, P1M (not PT1H, P1W2D, P0D).
      const units = m ? [1, 2, 3, 4].filter((k) => m[k]) : [];
      const n = m && units.length === 1 && !m[5] && !m[6] && !m[7] ? +m[units[0]] : 0;
      if (n > 0) {
        s.frequency = freq;
        s.unit = (['Y', 'M', 'W', 'D'] as const)[units[0] - 1];
        s.every = n;
      } else return r.warn(p('repeatFrequency'), 'badFrequency', freq);
    }
    list(node.byDay).forEach((d, k) => {
      const text = r.textOf(d, `${p('byDay')}[${k}]`) ?? '';
      // "https://schema.org/Tuesday", "Tuesday", or iCalendar's "TU", "2MO", "-1FR".
      const m = /^([+-]?\d)?([a-z]{2})[a-z]*$/i.exec(term(text));
      const day = m ? DAYS.indexOf(m[2].toUpperCase()) : -1;
      if (day < 0) r.warn(p('byDay'), 'notDay', text);
      else s.byDay.push(m![1] ? { day, nth: +m![1] } : { day });
    });
    list(node.byMonthDay).forEach((d) => {
      const n = Number(r.textOf(d, p('byMonthDay')));
      if (Number.isInteger(n) && n && Math.abs(n) <= 31) s.byMonthDay.push(n);
      else r.warn(p('byMonthDay'), 'notNumber', d);
    });
    list(node.exceptDate).forEach((d, k) => {
      const when = r.whenOf(d, `${p('exceptDate')}[${k}]`, zone);
      if (when) s.exceptDates.push(when);
    });
    const count = Number(r.textOf(node.repeatCount, p('repeatCount')) ?? NaN);
    if (count >= 1 && Number.isInteger(count)) s.repeatCount = count;
    else if (node.repeatCount !== undefined) r.warn(p('repeatCount'), 'notNumber', node.repeatCount);
    out.push(s);
  });
  return out;
}
