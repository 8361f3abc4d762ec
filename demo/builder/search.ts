/**
 * What search engines need of an event that the widgets can do without: the fields their
 * event results require (startDate, location) or recommend (image, offers, organizer,
 * performer, eventStatus, description), and images they can use (absolute URLs that load).
 * Read from the data as written, since the widgets' model fills in defaults (eventStatus).
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SearchNote {
  /** JSON path of the field. */
  path: string;
  /** Required by search engines (else recommended). */
  required: boolean;
  message: string;
}

const FIELDS: [field: string, required: boolean, what: string][] = [
  ['startDate', true, 'the start date and time, e.g. "startDate": "2027-05-01T19:00:00+02:00"'],
  ['location', true, 'where it takes place: a Place with an address, or a VirtualLocation with a url when online'],
  ['image', false, 'an image (an absolute URL, at least 1200 px wide)'],
  ['offers', false, 'tickets or registration: an Offer with url, price and priceCurrency'],
  ['organizer', false, 'who organizes it: an Organization or Person with name and url'],
  ['performer', false, 'who performs or speaks: a Person or an Organization with a name'],
  ['eventStatus', false, 'whether it takes place as planned, e.g. "eventStatus": "https://schema.org/EventScheduled"'],
  ['description', false, 'a description in plain text'],
];

const empty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length);

/** The event object of the data: the object itself, or the first Event of a list or @graph. */
export function eventNode(data: unknown): Obj | undefined {
  const nodes = Array.isArray(data) ? data : isObj(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  const objects = nodes.filter(isObj);
  const event = objects.find((n) => [n['@type']].flat().some((t) => typeof t === 'string' && /Event$/.test(t)));
  const found = event ?? objects[0];
  return isObj(found?.mainEntity) ? found.mainEntity : found;
}

/** The fields search engines require or recommend that the event lacks. */
export function searchNotes(data: unknown): SearchNote[] {
  const event = eventNode(data);
  if (!event) return [];
  return FIELDS.filter(([field]) => empty(event[field])).map(([field, required, what]) => ({
    path: field,
    required,
    message: `${field}: search engines ${required ? 'require' : 'recommend'} ${what}.`,
  }));
}

/** The event's image URLs as written, with their paths (`image[1]`, `image.contentUrl`). */
export function imageUrls(data: unknown): { path: string; url: string }[] {
  const image = eventNode(data)?.image;
  const list = Array.isArray(image) ? image : image === undefined ? [] : [image];
  return list.flatMap((item, i) => {
    const path = Array.isArray(image) ? `image[${i}]` : 'image';
    if (typeof item === 'string') return [{ path, url: item }];
    const url = isObj(item) ? (item.contentUrl ?? item.url) : undefined;
    return typeof url === 'string' ? [{ path, url }] : [];
  });
}

/** An image URL without a scheme: it would load from the folder of whatever page shows it. */
export const isRelative = (url: string) => !/^[a-z][a-z\d+.-]*:/i.test(url.trim());

const probes = new Map<string, Promise<boolean>>();

/** Whether an image loads, as in the preview (each URL tried once per page). */
export function imageLoads(url: string): Promise<boolean> {
  let probe = probes.get(url);
  if (!probe) {
    probe = new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(true);
      img.onerror = () => resolve(false);
      img.src = url;
    });
    probes.set(url, probe);
  }
  return probe;
}
