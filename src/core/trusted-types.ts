/**
 * The library's one Trusted Types policy, `event-embed`, where the page enforces Trusted Types.
 * In the bundles (dist/event-embed.js, the classic script, the autoloader) Lit's templates use
 * it too: the build (scripts/lit-in-bundles.ts) points Lit's own `createPolicy('lit-html', …)`
 * here, so that our copy of Lit never takes the name of the host page's Lit. It is made as this
 * module first runs, only by the copy that runs the page (copies.ts), and never exposed.
 * Both functions return their input: HTML only ever comes from the static strings of Lit
 * templates written here, script only from `JSON.stringify` (structured-data.ts).
 */
import { owner } from './copies.js';

type Policy = { createHTML(s: string): unknown; createScript(s: string): unknown };
const tt = (globalThis as { trustedTypes?: { createPolicy?: (name: string, rules: Policy) => Policy } }).trustedTypes;

/** Undefined where the engine has no Trusted Types, this copy does not run the page, or the page's CSP refuses the name (said once). */
export let policy: Policy | undefined;

if (owner && typeof tt?.createPolicy == 'function') {
  try {
    policy = tt.createPolicy('event-embed', { createHTML: (s) => s, createScript: (s) => s });
  } catch {
    console.warn('event-embed: the page’s CSP must allow the Trusted Types policy event-embed.');
  }
}
