/**
 * `parseEvent()`, the data API's reader: reads event data as the widgets do (the core reader,
 * then the lenient readers when the document needs them) and words every problem. Everything is
 * imported at once here: programs and Node have no first load to keep small.
 */
import { explain } from './diagnostics.js';
import * as lenient from './lenient/index.js';
import type { ParseResult } from './model.js';
import { needsLenient, readEvent, type ReadOptions } from './normalize.js';

/** How to read event data: the document's URL, the language to read its text in, which event. */
export type ParseOptions = Omit<ReadOptions, 'lenient'>;

/**
 * Parses event data: JSON text (a JSON-LD document) or an already parsed value, with every
 * problem explained. `options` may be the document's URL, against which relative URLs are
 * resolved, or the options. Never throws.
 */
export function parseEvent(input: unknown, options: string | ParseOptions = {}): ParseResult {
  const o: ReadOptions = typeof options === 'string' ? { base: options } : { ...options };
  const first = readEvent(input, o);
  return explain(needsLenient.has(first) ? readEvent(input, { ...o, lenient }) : first);
}
