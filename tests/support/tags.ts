/**
 * Every tag the library registers, read from `customElements` as it is defined: the registry
 * has no list of names, so `customElements.define` is watched from the moment this module runs.
 * Import it BEFORE the library (`import { libraryTags } from '../support/tags.js';` first, then
 * `import '../../src/index.js';`): ES modules run in import order.
 */
const defined: string[] = [];
const define = customElements.define;
customElements.define = function (this: CustomElementRegistry, name, constructor, options) {
  define.call(this, name, constructor, options);
  defined.push(name);
};

/** The `event-*` tags defined so far (by the library, once it is imported). */
export function libraryTags(): string[] {
  const tags = defined.filter((tag) => tag.startsWith('event-') && customElements.get(tag));
  if (!tags.includes('event-card')) {
    throw new Error(
      'tests/support/tags.ts must be imported before the library: no <event-card> was seen being defined',
    );
  }
  return tags;
}
