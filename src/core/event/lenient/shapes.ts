/**
 * Shapes of event data that are not plain JSON-LD but are common, rewritten as plain JSON-LD
 * before the reader looks for the event:
 *
 * - microdata or RDFa converted to JSON, as extractors emit it: `{"type": ["http://schema.org/Event"],
 *   "properties": {"name": ["…"]}, "id": "…"}`, often in `{"items": [...]}`; microformats'
 *   h-event in the same shape (`start`, `end`, `summary`, `photo`);
 * - expanded JSON-LD: full-IRI property names (`http://schema.org/name`, `schema:name`) and
 *   every value in a list of one;
 * - the legacy plurals schema.org superseded (`subEvents`, `performers`, `attendees`);
 * - names that a `@context` defines: keyword aliases (`"id": "@id"`, `"type": "@type"`, as
 *   schema.org's own context has them), and terms such as `"nameEn": {"@id": "name",
 *   "@language": "en"}`, whose values become text in that language;
 * - what extractors print for a page: `{"json-ld": [...], "microdata": [...], "rdfa": [...]}`.
 *
 * Untrusted input: the copy has no prototype to pollute, and parts nested deeper than any event
 * needs are left out rather than followed down the call stack.
 */
import { isObject, list, type Json } from '../json.js';

/** How deep the rewrite goes; events are a dozen levels deep at most. */
const DEPTH = 64;

const IRI = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** Old names schema.org replaced, and microformats' names for the same fields. */
const RENAMED = new Map(
  Object.entries({
    subEvents: 'subEvent',
    performers: 'performer',
    attendees: 'attendee',
    organizers: 'organizer',
    events: 'event',
  }),
);
/** The syntaxes an extractor's output lists a page's data under, in the order they are read. */
const SYNTAXES = ['json-ld', 'microdata', 'rdfa', 'microformat', 'opengraph', 'dublincore'];
/** A schema.org type's name, as a `type` key without `@` holds it. */
const TYPE_NAME = /^(?:[A-Z]\w*|(?:https?:\/\/schema\.org\/|schema:)\w+)$/;

/** A term a `@context` defines: the name it stands for, and the language of its text. */
interface Term {
  id: string;
  language?: string;
}
const MICROFORMATS = new Map(
  Object.entries({
    start: 'startDate',
    end: 'endDate',
    summary: 'description',
    content: 'description',
    photo: 'image',
  }),
);

/**
 * The document rewritten as plain JSON-LD (a copy; the input is left as it was), and whether
 * parts of it were nested too deep to follow.
 */
export function shape(doc: unknown): { doc: unknown; deep: boolean } {
  let deep = false;
  const seen = new Map<object, unknown>();
  const terms = new Map<string, Term>();
  /** Learns the terms of a `@context` (one for the whole document: sites do not scope them). */
  const learn = (context: unknown) => {
    for (const c of list(context).slice(0, 16)) {
      if (!isObject(c)) continue;
      for (const [k, d] of Object.entries(c)) {
        const id = typeof d === 'string' ? d : isObject(d) && typeof d['@id'] === 'string' ? d['@id'] : undefined;
        // Keywords, and schema.org's names (`name` under "@vocab": schema.org, or a full IRI).
        if (!id || (/[:/]/.test(id) && !IRI.test(id))) continue;
        const language = isObject(d) && typeof d['@language'] === 'string' ? d['@language'] : undefined;
        terms.set(k, { id: id.replace(IRI, ''), language });
      }
    }
  };
  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (depth > DEPTH) return void (deep = true);
    // A value met twice (an object given twice from JavaScript) is copied once; a cycle stays a cycle.
    if (seen.has(v)) return seen.get(v);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const x of Array.from(v)) out.push(copy(x, depth + 1));
      return out;
    }
    const node = v as Json;
    // Extractors wrap their items: {"items": […]} with nothing else is the list of them.
    const keys = Object.keys(node);
    if (keys.length === 1 && keys[0] === 'items' && Array.isArray(node.items)) return copy(node.items, depth + 1);
    if (keys.length && keys.every((k) => SYNTAXES.includes(k))) {
      return copy(
        SYNTAXES.flatMap((k) => list(node[k])),
        depth + 1,
      );
    }
    // A value object without a language is its value (`{"@value": "https://…/a.jpg"}`).
    if ('@value' in node && !('@language' in node) && depth) return node['@value'];
    learn(node['@context']);
    const out: Json = Object.create(null);
    seen.set(v, out);
    const micro = !('@type' in node) && 'type' in node && isObject(node.properties);
    if (micro) {
      // microdata / microformats as JSON: the item's type, id and properties are the node.
      const kinds = list(node.type).filter((t): t is string => typeof t === 'string');
      const mf = kinds.some((t) => /^h-event$/.test(t));
      out['@type'] = mf ? 'Event' : kinds;
      if (typeof node.id === 'string') out['@id'] = node.id;
      for (const [k, x] of Object.entries(node.properties as Json)) {
        put(out, (mf && MICROFORMATS.get(k)) || k, one(copy(x, depth + 1)));
      }
      // A microformat's own text ("value") names the thing when it has no name.
      if (!('name' in out) && typeof node.value === 'string') out.name = node.value;
      return out;
    }
    for (const [k, x] of Object.entries(node)) {
      let term = k === '@context' ? undefined : terms.get(k);
      // schema.org's context makes `type` and `id` its @type and @id.
      if (
        !term &&
        k === 'type' &&
        !('@type' in node) &&
        list(x).every((t) => typeof t === 'string' && TYPE_NAME.test(t))
      ) {
        term = { id: '@type' };
      }
      if (!term && k === 'id' && !('@id' in node) && typeof x === 'string') term = { id: '@id' };
      const key = (term?.id ?? k).replace(IRI, '');
      const value = key === '@graph' || key === '@context' ? x : one(copy(x, depth + 1));
      const language = term?.language;
      put(
        out,
        RENAMED.get(key) ?? key,
        language && (typeof value === 'string' || Array.isArray(value))
          ? list(value).map((t) => (typeof t === 'string' ? { '@value': t, '@language': language } : t))
          : key === '@graph'
            ? copy(x, depth + 1)
            : value,
      );
    }
    return out;
  };
  return { doc: copy(doc, 0), deep };
}

/** A list of one as its value (expanded JSON-LD and microdata put every value in a list). */
function one(v: unknown) {
  return Array.isArray(v) && v.length === 1 ? v[0] : v;
}

/** Sets a field; one already there (`subEvent` beside `subEvents`) keeps its values, followed by the new ones. */
function put(node: Json, key: string, v: unknown) {
  if (v === undefined) return;
  node[key] = key in node ? [...list(node[key]), ...list(v)] : v;
}
