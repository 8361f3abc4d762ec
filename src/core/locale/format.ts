/**
 * Dates and times through `Intl`, under the project's time rule: times are shown in the
 * event's own zone (its IANA `timeZone`, else the offset written in the data); local times
 * without a zone and all-day dates are shown exactly as written. The zone is named whenever
 * the viewer's differs, so nobody mistakes venue time for their own.
 */
import type { When } from '../event/model.js';
import { zoneOffset } from '../event/time.js';

export interface RangePart {
  text: string;
  /** Which end of the range this text belongs to; absent for shared text such as the date. */
  end?: 'start' | 'end';
}

export interface FormattedRange {
  parts: RangePart[];
  /** The zone the times are in, when the viewer's own zone differs (or `viewerZone` is used). */
  zone?: string;
}

export interface FormatOptions {
  /** IANA zone of the event. */
  timeZone?: string;
  /** Show times in the viewer's own zone instead (for online events); the zone is always named. */
  viewerZone?: boolean;
}

/** The date (and time) range of an event, localized, split so each end can be marked up. */
export function formatRange(lang: string, start: When, end?: When, options: FormatOptions = {}): FormattedRange {
  const timed = !start.allDay;
  const { timeZone, viewer, date } = displayZone(start, options);
  const format = new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: timed ? 'short' : undefined,
    timeZone: viewer ? undefined : timeZone,
  });
  const to = end && end.allDay === start.allDay ? displayZone(end, options).date : undefined;
  const parts: RangePart[] = [];
  const source = to !== undefined && to !== date ? format.formatRangeToParts(date, to) : format.formatToParts(date);
  for (const p of source) {
    const which =
      'source' in p ? (p.source === 'startRange' ? 'start' : p.source === 'endRange' ? 'end' : undefined) : 'start';
    const last = parts[parts.length - 1];
    if (last && last.end === which) last.text += p.value;
    else parts.push({ text: p.value, end: which });
  }
  return { parts, zone: timed ? zoneLabel(lang, start, options) : undefined };
}

/** How a point in time is shown: which instant-like number and in which zone. */
function displayZone(when: When, { timeZone, viewerZone }: FormatOptions) {
  if (when.instant !== undefined) {
    if (viewerZone) return { date: when.instant, viewer: true };
    if (timeZone) return { date: when.instant, timeZone };
  }
  // The written offset, or no zone at all: the wall clock as written, read as UTC.
  return { date: when.wall, timeZone: 'UTC' };
}

/** The name of the zone the times are shown in, when it needs saying. */
function zoneLabel(lang: string, start: When, { timeZone, viewerZone }: FormatOptions): string | undefined {
  const instant = start.instant;
  if (instant === undefined) return undefined; // floating local time: shown as written
  const viewerOffset = -new Date(instant).getTimezoneOffset();
  if (viewerZone) return zoneName(lang, instant);
  const offset = timeZone ? zoneOffset(instant, timeZone) : start.offset!;
  if (offset === viewerOffset) return undefined;
  return timeZone ? zoneName(lang, instant, timeZone) : utcOffset(offset);
}

/** The long name of a zone at an instant ("Moscow Standard Time"); the viewer's when none is given. */
export function zoneName(lang: string, instant: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone ?? '';
}

/** `UTC+3`, `UTC−5:30`. */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** The `datetime` attribute value for a point in time, as machine-readable as the data allows. */
export function datetimeAttr(when: When): string {
  const iso = new Date(when.wall).toISOString();
  if (when.allDay) return iso.slice(0, 10);
  const local = iso.slice(0, 16);
  if (when.offset === undefined) return when.instant !== undefined ? new Date(when.instant).toISOString() : local;
  const o = when.offset;
  return `${local}${o < 0 ? '-' : '+'}${String(Math.floor(Math.abs(o) / 60)).padStart(2, '0')}:${String(Math.abs(o) % 60).padStart(2, '0')}`;
}
