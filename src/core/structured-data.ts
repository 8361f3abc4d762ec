/**
 * Adds the event to the host document as schema.org JSON-LD, for search engines' event rich
 * results (`name`, `startDate` and `location` are the fields they require). Built with
 * `JSON.stringify` from the normalized model, never by string concatenation; one block per
 * distinct event however many widgets show it, removed when the last of them goes.
 */
import type { EventModel } from './event/model.js';
import { policy } from './trusted-types.js';

const blocks = new Map<string, { script: HTMLScriptElement; users: number }>();

export function toJsonLd(e: EventModel): Record<string, unknown> {
  const schema = (v: string) => `https://schema.org/${v}`;
  const status: Record<string, string> = {
    scheduled: 'EventScheduled',
    cancelled: 'EventCancelled',
    postponed: 'EventPostponed',
    rescheduled: 'EventRescheduled',
    movedOnline: 'EventMovedOnline',
  };
  const attendance = { offline: 'Offline', online: 'Online', mixed: 'Mixed' }[e.attendance];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    description: e.description,
    startDate: e.start?.source,
    endDate: e.end?.source,
    eventStatus: schema(status[e.status]),
    eventAttendanceMode: schema(`${attendance}EventAttendanceMode`),
    location: [
      ...e.places.map((p) => ({ '@type': 'Place', name: p.name, address: p.address })),
      ...e.online.map((o) => ({ '@type': 'VirtualLocation', url: o.url })),
    ],
    image: e.images.map((i) => i.url),
    organizer: e.organizers.map((o) => ({ '@type': o.type, name: o.name, url: o.url })),
    offers: e.offers.map((o) => ({
      '@type': 'Offer',
      url: o.url,
      price: o.price ?? o.priceText,
      priceCurrency: o.priceCurrency,
    })),
    url: e.url,
  };
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
