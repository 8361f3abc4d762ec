// What the docs read from custom-elements.json (itself generated from the JSDoc in src/): the
// elements, and the pieces of each one's API, in the order every page lists them.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

export function readManifest() {
  return JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
}

/** The element declarations, by tag name. */
export function elements(manifest = readManifest()) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Public fields that are not also an attribute. */
export function otherProperties(el) {
  return (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !(el.attributes ?? []).some((a) => a.fieldName === m.name),
  );
}

/**
 * Every `--event-embed-*` token of every element, once, with the elements that read it; the
 * default and description are the first element's (the tokens are shared: src/core/theme.ts).
 */
export function tokens(els = elements()) {
  const byName = new Map();
  for (const el of els) {
    for (const p of el.cssProperties ?? []) {
      const seen = byName.get(p.name) ?? { ...p, tags: [] };
      seen.tags.push(el.tagName);
      byName.set(p.name, seen);
    }
  }
  return [...byName.values()];
}
