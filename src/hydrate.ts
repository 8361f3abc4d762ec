/**
 * `dist/event-embed.hydrate.js`: the library (./index.ts) for pages whose elements were
 * pre-rendered by `event-embed/ssr`, with Lit's hydration support, which must run before Lit's
 * element class is made (hence an entry of its own, and its first import), and the elements'
 * own hydration rules (./hydration.ts), which must be in place before they are defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydration.js';
import './index.js';
