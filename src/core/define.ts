import { VERSION } from './version.js';

/**
 * Registers a tag without ever throwing into the host page, which may load the library twice
 * (a snippet pasted in three places) or two versions of it. The same version: nothing to do;
 * another version: one console warning, and the first definition stays.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    try {
      customElements.define(tag, element);
    } catch (error) {
      // The same class under another tag, or an invalid name: say so, do not break the page.
      console.warn(`event-embed: <${tag}> could not be registered:`, error);
    }
    return;
  }
  if (existing !== element && existing.version !== VERSION) {
    console.warn(
      `event-embed: <${tag}> is already defined by another version (${existing.version ?? 'unknown'}); ` +
        `this copy (${VERSION}) is not used.`,
    );
  }
}
