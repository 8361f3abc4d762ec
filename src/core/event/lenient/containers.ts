/**
 * Where the events of a document are, in every container sites use: the document itself, a
 * list (lists nested in lists too: listing pages emit `[[event, event], [event]]`), `@graph`,
 * an `ItemList` (`itemListElement`, its items as nodes or as `ListItem.item`), a page's
 * `mainEntity` (or `about`), a performer's or a venue's `event` list (a performing group's
 * events have it as their performer when they name none), a video's `recordedAt`; and which of
 * them a widget shows: the first, or the one its `event-id` or
 * `event-index` names. An `EventSeries` is an event: its `subEvent`s are its agenda, and
 * `event-id` can name one of them too.
 */
import { at, fatal, isEvent, isObject, list, types, type Json } from '../json.js';
import type { FatalProblem } from '../model.js';
import type { WarningCode } from '../problems.js';
import { plain } from './html-text.js';

/** Where a node that is no event holds one, in this order. */
const HOLDERS = ['mainEntity', 'event', 'recordedAt', 'about'];

/** How deep containers may nest; deeper parts are not searched. */
const DEPTH = 32;

interface Found {
  node: Json;
  path: string;
  /** The performing group (a band…) whose `event` list holds it. */
  by?: Json;
}

/** Which event: its `@id`, `url` or `identifier`, or its position among the document's events. */
export interface Choice {
  eventId?: string | null;
  eventIndex?: number | null;
}

/**
 * The event to show, with the languages its text should be read in (its own `inLanguage`, then
 * its page's), or the problem that says why there is none.
 */
export function find(
  doc: unknown,
  ref: (v: unknown) => unknown,
  { eventId, eventIndex }: Choice,
  warn: (path: string, code: WarningCode, ...values: unknown[]) => void,
): (Found & { langs: (string | undefined)[] }) | FatalProblem {
  const events: Found[] = [];
  const seen = new Set<unknown>();
  let other: string | undefined;
  /** The page that holds the event, for its language. */
  let page: Json | undefined;

  const visit = (raw: unknown, path: string, depth: number, untypedIsEvent: boolean, by?: Json) => {
    const v = ref(raw);
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > DEPTH) return;
    seen.add(v);
    if (Array.isArray(v)) {
      Array.from(v, (x, i) => visit(x, `${path}[${i}]`, depth + 1, untypedIsEvent && v.length === 1, by));
      return;
    }
    const node = v as Json;
    if ('@graph' in node) visit(node['@graph'], at(path, '@graph'), depth + 1, false);
    if (isEvent(node)) return void events.push({ node, path, by });
    if ('itemListElement' in node) {
      list(node.itemListElement).forEach((x, i) => {
        const item = ref(x);
        const p = Array.isArray(node.itemListElement)
          ? `${at(path, 'itemListElement')}[${i}]`
          : at(path, 'itemListElement');
        // A ListItem holds its thing in `item`; sites also list the things themselves.
        if (isObject(item) && 'item' in item && !isEvent(item)) visit(item.item, at(p, 'item'), depth + 2, true);
        else visit(item, p, depth + 1, true);
      });
      return;
    }
    other ??= types(node)[0];
    // A page about the event, a performer's or a venue's events, the recording of a talk.
    const holder = HOLDERS.find((k) => k in node);
    if (holder) {
      page ??= node;
      const group = holder === 'event' && types(node).some((t) => /Group$/.test(t));
      return visit(node[holder], at(path, holder), depth + 1, true, group ? node : undefined);
    }
    // Plain JSON with the event's fields and no @type: the event, when nothing else can be.
    if (!('@type' in node) && untypedIsEvent && !('@graph' in node)) events.push({ node, path });
  };
  visit(doc, '', 0, true);

  const count = events.length;
  let found: Found | undefined = events[0];
  if (eventId != null) {
    found = undefined;
    // Any event of the document, sub-events included, by the names a site gives it.
    const all = [...events];
    for (let i = 0; i < all.length && !found; i++) {
      const { node, path } = all[i];
      if (named(node, eventId, ref)) found = all[i];
      list(node.subEvent).forEach((x, j) => {
        const sub = ref(x);
        if (isObject(sub) && all.length < 10_000) all.push({ node: sub, path: `${at(path, 'subEvent')}[${j}]` });
      });
    }
    if (!found) return fatal('noSuchEvent', { which: `event-id="${eventId}"`, count });
  } else if (eventIndex != null) {
    found = events[eventIndex];
    if (!found) return fatal('noSuchEvent', { which: `event-index="${eventIndex}"`, count });
  } else if (count > 1) {
    const name = found.node.name;
    // Named as the widget shows it (entities decoded: "Jazz &amp; more" is Jazz & more).
    warn(found.path, 'severalEvents', count, typeof name === 'string' ? plain(name, 'name') : '');
  }
  if (!found) {
    return other ? fatal('notEvent', { type: other }, '@type') : fatal('noEvent');
  }
  // (The document is the lenient readers' own copy: see ./shapes.ts.)
  if (found.by && !('performer' in found.node)) found.node.performer = found.by;
  return { ...found, langs: [language(found.node.inLanguage, ref), language(page?.inLanguage, ref)] };
}

/** Whether a site's names for an event (`@id`, `url`, `identifier`) include `id`; `#x` and `x` match `…#x`. */
function named(node: Json, id: string, ref: (v: unknown) => unknown): boolean {
  const want = id.trim().replace(/^#/, '');
  return [node['@id'], node.url, ...list(node.identifier).map((x) => (isObject((x = ref(x))) ? x.value : x))].some(
    (name) =>
      (typeof name === 'string' || typeof name === 'number') &&
      [String(name), String(name).replace(/^.*[#/]/, '')].includes(want),
  );
}

/** A language code from `inLanguage`: a tag, or a `Language` with its `alternateName`. */
function language(v: unknown, ref: (v: unknown) => unknown): string | undefined {
  v = ref(list(v)[0]);
  if (isObject(v)) v = v.alternateName ?? v.name;
  return typeof v === 'string' ? v : undefined;
}
