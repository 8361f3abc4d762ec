/**
 * The data API alone, without any element or DOM: reads schema.org Event JSON-LD into the
 * model the elements render, with every problem worded (`event-embed/data`). Usable in Node,
 * for example to check a CMS editor's data before it is saved.
 */
export { parseEvent, type ParseOptions } from './core/event/parse.js';
export { problemMessage } from './core/event/diagnostics.js';
export { safeUrl } from './core/url.js';
export type * from './core/event/model.js';
export type { FatalCode, WarningCode } from './core/event/problems.js';
export type { EventInput } from './core/event/input.js';
