import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const src = (file: string) => fileURLToPath(new URL(`../src/core/${file}`, import.meta.url));

/** A module of Lit 3, bundled into the files that pages load. */
const LIT = /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\/.*\.js$/;
/** Lit's Trusted Types policy, made as lit-html.js starts: `s.createPolicy("lit-html",{createHTML:t=>t})`. */
const POLICY = /\b[\w$]+\.createPolicy\((["'])lit-html\1,\{createHTML:([\w$]+)=>\2\}\)/g;

/**
 * The Lit inside dist/event-embed.js, dist/event-embed.classic.js and dist/autoloader.js, made
 * fit for any host page:
 * - its Trusted Types policy is ours (src/core/trusted-types.ts, named `event-embed`), not
 *   `lit-html`: that name belongs to the host page's own Lit, and a second policy of one name
 *   throws under a `trusted-types` directive without 'allow-duplicates'. A second copy of the
 *   library makes none (src/core/copies.ts).
 * - every Lit module first imports src/core/lit-globals.ts, which makes the globals Lit reads
 *   safe from DOM clobbering before any of them runs.
 * The build fails if Lit's policy call is not found exactly once (a Lit upgrade that changed it
 * must not silently give the bundles `lit-html` back), or if any output still creates it.
 */
export function litInBundles(): Plugin {
  let rewritten = 0;
  return {
    name: 'lit-in-bundles',
    buildStart() {
      rewritten = 0;
    },
    transform(code, id) {
      if (!LIT.test(id)) return null;
      let out = `import ${JSON.stringify(src('lit-globals.ts'))};\n${code}`;
      if (/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) {
        const found = code.match(POLICY)?.length ?? 0;
        if (found !== 1)
          this.error(`lit-html.js creates its Trusted Types policy ${found} times, not once: update litInBundles()`);
        out = `import { policy as __eventEmbedPolicy } from ${JSON.stringify(src('trusted-types.ts'))};\n${out.replace(POLICY, '__eventEmbedPolicy')}`;
        rewritten++;
      }
      return { code: out, map: null };
    },
    generateBundle(_, bundle) {
      if (rewritten !== 1)
        this.error(`Lit's Trusted Types policy was rewritten ${rewritten} times, not once: update litInBundles()`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /createPolicy\(\s*["'`]lit-html/.test(chunk.code)) {
          this.error(`${chunk.fileName} still creates the Trusted Types policy lit-html: update litInBundles()`);
        }
      }
    },
  };
}
