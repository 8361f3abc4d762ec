/**
 * How the elements take over HTML pre-rendered by `event-embed/ssr` (with Lit's hydration
 * support, loaded first by ./hydrate.ts): an element keeps the server's HTML, as it is, until it
 * has read its data (the JSON-LD inside it) and can show it, then hydrates it as at the moment
 * and in the readers' zone the server rendered for, attaching its listeners to the existing DOM
 * (nothing rendered again, no layout shift), and then renders again only what the page's clock
 * and zone change. Elements without server HTML render as usual. Imported before the elements
 * are defined (they upgrade at once).
 */
import type { PropertyValues } from 'lit';
import { EventEmbedElement } from './core/element.js';
import { zoneOffset } from './core/event/time.js';

type Hydrating = EventEmbedElement & {
  createRenderRoot(): HTMLElement | DocumentFragment;
  connectedCallback(): void;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  shouldUpdate(changed: PropertyValues): boolean;
  update(changed: PropertyValues): void;
};

const DEFER = 'defer-hydration';
const proto = EventEmbedElement.prototype as unknown as Hydrating;
const { createRenderRoot, connectedCallback, attributeChangedCallback, shouldUpdate, update: updateBase } = proto;

/**
 * The elements whose server HTML (a declarative shadow root, there before Lit makes one) is
 * still to be taken over: until their first render. (Lit's hydration support has a flag of its
 * own, but under a name that its production build shortens.)
 */
const pending = new WeakSet<Element>();
proto.createRenderRoot = function () {
  if (this.shadowRoot) pending.add(this);
  return createRenderRoot.call(this);
};

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
  return !(pending.has(this) && this.state === 'loading') && shouldUpdate.call(this, changed);
};

/**
 * `rendered="<ms> <zone>"`, which `event-embed/ssr` writes on the outermost element it
 * pre-renders (the moment and the readers' zone it rendered for), from the element or the one
 * whose shadow root holds it (the parts of an announcement).
 */
function rendered(el: Element): string | undefined {
  const host = el.closest('[rendered]') ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
  return host?.getAttribute('rendered') ?? (host && rendered(host));
}

/**
 * Runs `f` (the hydrating update, synchronous) as the server did, with its clock and readers'
 * zone: Lit's hydration takes the server's DOM for what this render makes, so it must make the
 * same ("Starts in 3 days", the zone named or not). Then the clock and zone are the page's again.
 */
function asRendered(el: Element, f: () => void) {
  const [ms, zone] = rendered(el)?.split(' ') ?? [];
  const then = Number(ms);
  if (!ms || !zone || Number.isNaN(then)) return f();
  try {
    zoneOffset(then, zone);
  } catch {
    return f(); // not a zone this browser knows: as the page is
  }
  const { now } = Date;
  const { getTimezoneOffset } = Date.prototype;
  const { DateTimeFormat } = Intl;
  Date.now = () => then;
  Date.prototype.getTimezoneOffset = function (this: Date) {
    return -zoneOffset(this.getTime(), zone);
  };
  // The reader's zone where a format names none ("Your time: …").
  // (A function, not an arrow: it is called with `new`, and returns the real one.)
  Intl.DateTimeFormat = Object.assign(
    function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new DateTimeFormat(locales, { ...options, timeZone: options?.timeZone ?? zone });
    },
    { supportedLocalesOf: DateTimeFormat.supportedLocalesOf },
  ) as unknown as typeof Intl.DateTimeFormat;
  try {
    f();
  } finally {
    Date.now = now;
    Date.prototype.getTimezoneOffset = getTimezoneOffset;
    Intl.DateTimeFormat = DateTimeFormat;
  }
}

proto.update = function (changed) {
  if (!pending.delete(this)) return updateBase.call(this, changed);
  this.ssr = true;
  asRendered(this, () => updateBase.call(this, changed));
  // Then up to date, before the page is drawn: what depends on the reader's clock and zone is
  // rendered again, alone (Lit changes only what differs).
  void this.updateComplete.then(() => this.requestUpdate());
  // An image that failed before the listeners were there (the card's, a photo, a logo) is
  // handled as the element handles one that fails later: hidden, or replaced by its name.
  for (const img of this.shadowRoot!.querySelectorAll('img')) {
    if (img.complete) img.decode().catch(() => img.dispatchEvent(new Event('error')));
  }
};
