/**
 * Adds the event to the host document as schema.org JSON-LD, for search engines' event rich
 * results (`name`, `startDate` and `location` are the fields they require; the recommended ones
 * are kept when the data has them). Built with
 * `JSON.stringify` from the normalized model, never by string concatenation; one block per
 * distinct event however many widgets show it, removed when the last of them goes.
 */
import type { EventModel, Offer, Party, Schedule } from './event/model.js';
import { policy } from './trusted-types.js';

const blocks = new Map<string, { script: HTMLScriptElement; users: number }>();

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  movedOnline: 'EventMovedOnline',
};
const AVAILABILITY = { inStock: 'InStock', soldOut: 'SoldOut', preOrder: 'PreOrder', limited: 'LimitedAvailability' };
const schema = (v: string) => `https://schema.org/${v}`;
const time = (m?: number) =>
  m === undefined ? undefined : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A value without what says nothing: undefined, empty text, empty lists, objects left with a type alone. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) {
    const list = v.map(clean).filter((x) => x !== undefined);
    return list.length ? list : undefined;
  }
  if (v && typeof v == 'object') {
    const o = Object.fromEntries(
      Object.entries(v)
        .map(([k, x]) => [k, clean(x)])
        .filter(([, x]) => x !== undefined),
    );
    return Object.keys(o).some((k) => k != '@type') ? o : undefined;
  }
  return v === '' || v === undefined || v === null ? undefined : v;
}

/** An offer as schema.org writes it (the event's and each session's). */
const offer = (o: Offer) => ({
  '@type': o.aggregate ? 'AggregateOffer' : 'Offer',
  name: o.name,
  url: o.url,
  price: o.price ?? o.priceText,
  lowPrice: o.lowPrice,
  highPrice: o.highPrice,
  priceCurrency: o.priceCurrency,
  availability: o.availability && o.availability != 'other' ? schema(AVAILABILITY[o.availability]) : undefined,
  validFrom: o.validFrom?.source,
  validThrough: o.validThrough?.source,
});

const party = (p: Party) => ({
  '@type': p.type,
  '@id': p.id,
  name: p.name,
  url: p.url,
  // The model takes an organization's image as its logo when it has none.
  logo: p.logo !== p.image ? p.logo : undefined,
  image: p.image,
  jobTitle: p.jobTitle,
  affiliation: p.affiliation,
  roleName: p.role,
});

const schedule = (s: Schedule) => ({
  '@type': 'Schedule',
  repeatFrequency: s.frequency,
  byDay: s.byDay.map((b) => (b.nth ? `${b.nth}${DAYS[b.day].slice(0, 2).toUpperCase()}` : schema(DAYS[b.day]))),
  byMonthDay: s.byMonthDay,
  startTime: time(s.startTime),
  endTime: time(s.endTime),
  startDate: s.startDate?.source,
  endDate: s.endDate?.source,
  exceptDate: s.exceptDates.map((d) => d.source),
  scheduleTimezone: s.timeZone,
  repeatCount: s.repeatCount,
  duration: s.duration,
});

/**
 * The event as schema.org JSON-LD: what the data said and the widget understood, nothing more:
 * its own `@type`, status and attendance mode only when the data gave them, no empty values.
 * (Every URL in the model has passed `safeUrl()`; `timeZone`, not schema.org, is left out.)
 */
export function toJsonLd(e: EventModel): Record<string, unknown> {
  return clean({
    '@context': 'https://schema.org',
    '@type': e.type,
    name: e.name,
    description: e.description,
    startDate: e.start?.source,
    endDate: e.end?.source,
    doorTime: e.doorTime?.source,
    duration: e.duration,
    previousStartDate: e.previousStart?.source,
    eventStatus: e.statusGiven ? schema(STATUS[e.status]) : undefined,
    eventAttendanceMode: e.attendanceGiven
      ? schema(`${e.attendance[0].toUpperCase()}${e.attendance.slice(1)}EventAttendanceMode`)
      : undefined,
    eventSchedule: e.schedules.map(schedule),
    location: [
      ...e.places.map((p) => ({
        '@type': 'Place',
        name: p.name,
        address: p.address,
        geo: p.geo && { '@type': 'GeoCoordinates', ...p.geo },
        url: p.url,
      })),
      ...e.online.map((o) => ({ '@type': 'VirtualLocation', url: o.url, name: o.name })),
    ],
    image: e.images.map((i) =>
      i.thumbnail || i.caption || i.name || i.description || i.width || i.height
        ? { '@type': 'ImageObject', ...i, thumbnail: undefined, thumbnailUrl: i.thumbnail }
        : i.url,
    ),
    organizer: e.organizers.map(party),
    performer: e.performers.map(party),
    sponsor: e.sponsors.map(party),
    funder: e.funders.map(party),
    offers: e.offers.map(offer),
    subEvent: e.subEvents.map((s) => ({
      '@type': 'Event',
      name: s.name,
      description: s.description,
      startDate: s.start?.source,
      endDate: s.end?.source,
      location: s.location,
      performer: s.performers.map(party),
      offers: s.offers.map(offer),
    })),
    url: e.url,
    inLanguage: e.inLanguage,
    superEvent: e.superEvent && { '@type': 'Event', ...e.superEvent },
  }) as Record<string, unknown>;
}

/**
 * JSON.stringify, immune to an `Array.prototype.toJSON` left by old libraries (Prototype.js
 * defined one that turns every array into a string); it is set aside for the call.
 */
function stringify(value: unknown): string {
  const proto = Array.prototype as { toJSON?: unknown };
  const own = Object.getOwnPropertyDescriptor(proto, 'toJSON');
  if (own?.configurable) delete proto.toJSON;
  try {
    return JSON.stringify(value);
  } finally {
    if (own?.configurable) Object.defineProperty(proto, 'toJSON', own);
  }
}

/** Adds the block (or counts one more user of it); returns a function that undoes it. */
export function addStructuredData(event: EventModel): () => void {
  // `<` escaped so that the text stays inert even if the page is serialized to HTML later.
  const json = stringify(toJsonLd(event)).replace(/</g, '\\u003c');
  let block = blocks.get(json);
  if (!block) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.eventEmbed = '';
    try {
      (script as { text: unknown }).text = policy?.createScript(json) ?? json;
    } catch {
      console.warn('event-embed: structured data needs the Trusted Types policy "event-embed" on this page.');
      return () => {};
    }
    document.head.append(script);
    blocks.set(json, (block = { script, users: 0 }));
  }
  const b = block;
  b.users++;
  return () => {
    if (--b.users === 0) {
      b.script.remove();
      blocks.delete(json);
    }
  };
}
