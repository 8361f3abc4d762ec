import { notUsed, owner } from './copies.js';
import { VERSION } from './version.js';

let warned = false;

/**
 * Registers a tag without ever throwing into the host page, which may load the library twice
 * (a snippet pasted in three places) or two versions of it. A copy that does not run the page
 * (copies.ts) registers nothing. A tag defined already by something else, such as an older
 * copy from before copies.ts: the first definition stays, and another version is said once.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!owner) return;
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
  if (existing !== element && existing.version !== VERSION && !warned) {
    warned = true;
    notUsed(`<${tag}> of version ${existing.version ?? 'unknown'}`);
  }
}
