/**
 * The data API alone, without any element or DOM: reads schema.org Event JSON-LD into the
 * model the elements render, with every problem worded (`event-embed/data`). Usable in Node,
 * for example to check a CMS editor's data before it is saved. It holds the problem sentences
 * of every UI language, so `problemMessage()` words a problem in any of them at once; the
 * widgets' bundle does not import this module.
 */
import { problemMessage as word } from './core/event/diagnostics.js';
import type { EventModel, FatalProblem as Fatal, Warning } from './core/event/model.js';
import { parseEvent as read, type ParseOptions } from './core/event/parse.js';
import { problemWords } from './core/locale/problem-words.js';

export type { ParseOptions };
export { safeUrl } from './core/url.js';
export type * from './core/event/model.js';
export type { FatalCode, WarningCode } from './core/event/problems.js';
export type { EventInput } from './core/event/input.js';
export { problemLanguages } from './core/locale/problem-words.js';

/** A problem that prevents showing the event, as `parseEvent()` gives it. */
export interface FatalProblem extends Fatal {
  /** What is wrong, in English; `problemMessage(problem, lang)` words it in another language. */
  message: string;
}

/** A problem: fatal, or a warning (a part left out; its `message` is English only). */
export type Problem = FatalProblem | Warning;

/** What `parseEvent()` gives: the event, or the problem that prevents showing it; and the warnings. */
export type ParseResult =
  { ok: true; event: EventModel; warnings: Warning[] } | { ok: false; problem: FatalProblem; warnings: Warning[] };

/**
 * Parses event data: JSON text (a JSON-LD document) or an already parsed value, read as the
 * widgets read it (every shape they accept). Every problem has its code, its JSON path and an
 * English `message`. `options` is the document's URL (relative URLs are resolved against it), or
 * the options: `base`, `lang` (text in several languages is read in it), and `eventId` or
 * `eventIndex` (which event, when the data holds several). Never throws.
 */
export function parseEvent(input: unknown, options?: string | ParseOptions): ParseResult {
  const result = read(input, options);
  if (!result.ok) Object.assign(result.problem, { message: word(result.problem) });
  return result as ParseResult;
}

/**
 * The sentence a fatal problem gives in a language, as the widgets show it: `lang` is a BCP 47
 * tag (`de`, `de-AT`, `nb`…); a language the UI does not speak gets English. Synchronous.
 */
export function problemMessage(problem: Fatal, lang = 'en'): string {
  return word(problem, problemWords(lang));
}
