/**
 * What every part of the data reader needs to look at untrusted JSON: kinds of values, lists,
 * schema.org terms and types, JSON paths. No DOM, nothing that throws.
 */
import type { FatalProblem } from './model.js';
import type { FatalCode, ProblemArgs } from './problems.js';

export type Json = Record<string, unknown>;

/** A problem that prevents showing the event: its code, the values its sentence shows, where. */
export const fatal = (code: FatalCode, args: ProblemArgs = {}, path = ''): FatalProblem => ({
  fatal: true,
  path,
  code,
  args,
});

/** Text that may be HTML (a tag, a comment or an entity): the lenient readers make it plain text. */
export const HTMLISH = /<[a-z/!]|&#?\w+;/i;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a list: absent is empty, a single value is a list of one. */
export const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** `https://schema.org/EventCancelled`, `schema:EventCancelled` and `EventCancelled` alike. */
export const term = (v: string) => v.trim().replace(/^.*[/#:]/, '');

/** The schema.org types of a node, as short names. */
export const types = (node: Json) =>
  list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(term);

/**
 * schema.org's Event and its subtypes: every name ending in "Event" (BusinessEvent, MusicEvent,
 * BroadcastEvent…), the others by name, and the User* interactions.
 */
export const EVENT_TYPE = /^(?:\w*Event|CourseInstance|EventSeries|Festival|Hackathon|User\w+)$/;
export const isEvent = (node: Json) => types(node).some((t) => EVENT_TYPE.test(t));

/** Whether a node says anything beyond `@id`, `@type` and `@context`: a reference has no content. */
export const hasContent = (node: Json) => Object.keys(node).some((k) => !/^@(?:id|type|context)$/.test(k));

/** `location.name` from `location` and `name`; the key alone at the root. */
export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
