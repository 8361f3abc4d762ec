/**
 * `@id` references as sites use them: a node that names another (`"location": {"@id": "#venue"}`)
 * stands for the node with that `@id` and content elsewhere in the document. Sites also reuse one
 * id on unrelated nodes (`"@id": "Event"`, `"@id": "Person"`): the first node with content keeps
 * the id, and a node with content of its own is always read as itself, never replaced.
 */
import { hasContent, isObject, type Json } from '../json.js';

/** How a document's references are resolved: a reference gives its node, anything else itself. */
export function references(doc: unknown): (v: unknown) => unknown {
  const ids = new Map<string, Json>();
  // A walk with a stack of its own: documents can be nested deeper than the call stack.
  const seen = new Set<unknown>();
  const todo = [doc];
  while (todo.length) {
    const v = todo.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    const node = v as Json;
    const id = node['@id'];
    if (!Array.isArray(v) && typeof id === 'string' && !ids.has(id) && hasContent(node)) ids.set(id, node);
    for (const k in node) todo.push(node[k]);
  }
  return (v) => (isObject(v) && typeof v['@id'] === 'string' && !hasContent(v) ? (ids.get(v['@id']) ?? v) : v);
}
