/**
 * How Lit's server renderer renders an event-embed element: as any LitElement (its template,
 * its static styles), plus the styles that its parts loaded on demand add to its shadow root in
 * the browser (`adopt()`, src/core/styles.ts), which go into the same `<style>`. The element
 * the page asked for also gets its data and attributes here (`take()`).
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import type { ParseResult } from '../core/event/model.js';
import { adopted } from '../core/styles.js';

type Thunked = NonNullable<ReturnType<LitElementRenderer['renderShadow']>>;

/** The data and attributes of the next element rendered: the outermost one. */
let next: { result: ParseResult; attributes: [string, string][] } | undefined;

/** Hands the result and the attributes to the next element rendered (rendering is synchronous). */
export function take(result: ParseResult, attributes: [string, string][]) {
  next = { result, attributes };
}

export class EventEmbedRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    // The shadow root that the parts add their styles to (src/core/styles.ts).
    this.element.attachShadow(this.shadowRootOptions);
    const given = next;
    next = undefined;
    if (!given) return;
    for (const [name, value] of given.attributes) this.setAttribute(name, value);
    this.setProperty('parsed', given.result);
  }

  override renderShadow(renderInfo: RenderInfo): Thunked | undefined {
    const parts = super.renderShadow(renderInfo);
    if (!parts) return parts;
    // The template is rendered first (its last thunk), so that its parts have added their styles.
    const template = parts.pop() as () => Thunked;
    const body = template();
    const extra = [...adopted(this.element.shadowRoot!)].map((s) => s.cssText);
    const end = parts.lastIndexOf('</style>');
    if (end < 0 && extra.length) parts.push('<style>', ...extra, '</style>');
    else if (end >= 0) parts.splice(end, 0, ...extra);
    return [...parts, () => body];
  }
}
