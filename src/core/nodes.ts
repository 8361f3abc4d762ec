/**
 * Nodes made with the DOM (speakers, the agenda's sessions: src/core/people.ts,
 * src/elements/event-agenda/view.ts) put into templates. In the browser a node is its own value;
 * on the server (`event-embed/ssr`), which writes templates as text, src/ssr/nodes.ts sets
 * `server.template`, and a node goes in as a template of the same markup.
 */
import { isServer } from 'lit';

export const server: { template?: (node: Node) => unknown } = {};

export const inTemplate = (node: Node): unknown => (isServer ? server.template!(node) : node);
