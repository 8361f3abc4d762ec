/**
 * How the elements take over HTML pre-rendered by `event-embed/ssr` (with Lit's hydration
 * support, loaded first by ./hydrate.ts): an element keeps the server's HTML, as it is, until it
 * has read its data (the JSON-LD inside it) and can show it, then hydrates it, attaching its
 * listeners to the existing DOM: no second render, no layout shift. Elements without server
 * HTML render as usual. Imported before the elements are defined (they upgrade at once).
 */
import type { PropertyValues } from 'lit';
import { EventEmbedElement } from './core/element.js';

type Hydrating = EventEmbedElement & {
  /** Set by Lit's hydration support when the element has a declarative shadow root. */
  _$needsHydration?: boolean;
  connectedCallback(): void;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  shouldUpdate(changed: PropertyValues): boolean;
  update(changed: PropertyValues): void;
};

const DEFER = 'defer-hydration';
const proto = EventEmbedElement.prototype as unknown as Hydrating;
const { connectedCallback, attributeChangedCallback, shouldUpdate, update: updateBase } = proto;

// The parts of a pre-rendered <event-announcement> wait for it (`defer-hydration`): they start
// once it has hydrated them, when they have the data it hands them (`parsed`, set by Lit right
// after it removes the attribute: hence the microtask).
proto.connectedCallback = function () {
  if (!this.hasAttribute(DEFER)) connectedCallback.call(this);
};
proto.attributeChangedCallback = function (name, old, value) {
  if (name !== DEFER) attributeChangedCallback.call(this, name, old, value);
  else if (value === null) queueMicrotask(() => this.isConnected && this.connectedCallback());
};
// The server's HTML stays until the element can render what it shows.
proto.shouldUpdate = function (changed) {
  return !(this._$needsHydration && this.state === 'loading') && shouldUpdate.call(this, changed);
};

// An image that failed before the listeners were there (the card's, a photo, a logo) is handled
// as the element handles one that fails later: hidden, or replaced by its name.
proto.update = function (changed) {
  const hydrating = this._$needsHydration;
  updateBase.call(this, changed);
  if (!hydrating) return;
  for (const img of this.shadowRoot!.querySelectorAll('img')) {
    if (img.complete) img.decode().catch(() => img.dispatchEvent(new Event('error')));
  }
};
