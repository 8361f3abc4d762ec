/**
 * The globals that the bundled Lit reads as it starts, made safe from DOM clobbering first (the
 * build, scripts/lit-in-bundles.ts, imports this module at the top of every Lit module it
 * bundles). Markup with no script, which CMS sanitizers let through, puts elements on `window`
 * under their id or name: `<form id="litHtmlVersions">` would make Lit throw as it loads, and
 * `<img name="ShadyCSS">` would turn its styles into `<style>` elements that a strict CSP
 * blocks. Such a value (an element, a collection of them, a frame's window) is shadowed by an
 * own `undefined`, which Lit reads as "not set"; the element itself stays in the document.
 */
const g = globalThis as unknown as Record<string, unknown>;
const LIT = `trustedTypes ShadyCSS litNonce litPropertyMetadata litHtmlVersions litHtmlPolyfillSupport
  reactiveElementVersions reactiveElementPolyfillSupport litElementVersions litElementPolyfillSupport
  litElementHydrateSupport`;

for (const name of LIT.split(/\s+/)) {
  const v = g[name] as { window?: unknown } | undefined;
  if (v instanceof Node || v instanceof HTMLCollection || (v && v.window === v)) g[name] = undefined;
}
