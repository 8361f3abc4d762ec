/**
 * Text given in several languages, read in the one the widget speaks: a language map
 * (`"name": {"nl": "…", "en": "…"}`, JSON-LD's `@container: @language`), a value object
 * (`{"@value": "…", "@language": "fr"}`) or a list of them. The language is the first of `langs`
 * that the text has (the widget's, then the event's `inLanguage`, then its page's), a tag's
 * base language matching too (`en-GB` text for an `en` widget, and the other way round); else
 * the first text given. A map of one node per language (an address in each language) is read
 * the same way.
 */
import { isObject } from '../json.js';

const SCHEMA_IRI = /^(?:https?:\/\/schema\.org\/|schema:)\w+$/;

/** A BCP 47 language tag as maps use them as keys: `en`, `pt-BR`, `zh-Hant`, `sr_Latn`. */
const TAG = /^(?:[a-z]{2,3}(?:[-_][a-z\d]{2,8})*|@none)$/i;

/**
 * The text of `v` in the preferred language, when `v` holds text in languages (or the node, when
 * it holds one node per language); anything else is given back as it is, for the reader to say
 * what it is.
 */
let chose = false;

/** Whether a text was chosen among languages since the last call (which starts counting again). */
export function choseLanguage() {
  const c = chose;
  chose = false;
  return c;
}

export function text(v: object, langs: (string | undefined)[]): unknown {
  const texts: [string, unknown][] = [];
  if (Array.isArray(v)) {
    for (const x of v) {
      if (isObject(x) && '@value' in x) texts.push([String(x['@language'] ?? ''), x['@value']]);
      else if (typeof x === 'string') texts.push(['', x]);
      else return v;
    }
    if (!texts.some(([tag]) => tag)) return v;
  } else if (SCHEMA_IRI.test(String((v as { '@id'?: unknown })['@id'])) && Object.keys(v).every((k) => k[0] === '@')) {
    // A reference to one of schema.org's values, where text belongs: `"eventStatus": {"@id": "…/EventScheduled"}`.
    return (v as { '@id': unknown })['@id'];
  } else if ('@value' in v) {
    return (v as { '@value': unknown })['@value'];
  } else {
    const entries = Object.entries(v);
    // Text per language, or one node per language (UiTdatabank's `"address": {"nl": {…}}`).
    const isText = (x: unknown) => typeof x === 'string' || Array.isArray(x);
    const kind = isText(entries[0]?.[1]);
    if (!entries.length || !entries.every(([k, x]) => TAG.test(k) && (kind ? isText(x) : isObject(x)))) {
      return v;
    }
    texts.push(...entries);
  }
  // A choice between languages was made: the document reads differently in another one.
  if (texts.length > 1) chose = true;
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  for (const lang of langs) {
    if (!lang) continue;
    const exact = texts.find(([tag]) => tag.toLowerCase().replace('_', '-') === lang.toLowerCase());
    const near = exact ?? texts.find(([tag]) => tag && base(tag) === base(lang));
    if (near) return near[1];
  }
  return texts[0][1];
}
