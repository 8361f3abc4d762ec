/**
 * One copy of the library runs a page. A page may load it twice (a snippet pasted in three
 * places, the module and the classic script, the autoloader beside the bundle) or two versions
 * of it. The first copy to run claims the page under a symbol on the global object (markup
 * cannot clobber a symbol); every later copy sees the claim as it starts, before its Lit runs,
 * and then does nothing at all: it defines no element and creates no Trusted Types policy (a
 * second policy of the same name throws under a `trusted-types` directive). A later copy of
 * another version says so once in the console.
 */
import { VERSION } from './version.js';

const KEY = Symbol.for('event-embed');
const g = globalThis as { [KEY]?: { version?: unknown } };
const first = g[KEY];

/** Whether this copy runs the page (it was the first to start). */
export const owner = !first;

/** Says once that another version runs the page, `by` naming it. */
export const notUsed = (by: string) =>
  console.warn(`event-embed: ${by} runs this page; this copy (${VERSION}) is not used.`);

if (!first) g[KEY] = { version: VERSION };
else if (first.version !== VERSION) notUsed(`version ${String(first.version)}`);
