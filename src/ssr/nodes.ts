/**
 * The server's DOM, for the parts that the widgets make with the DOM rather than with templates
 * (src/core/nodes.ts): while `event-embed/ssr` renders, `document` is a linkedom document, and
 * each node the widgets make goes into the server's templates as a template without bindings,
 * written from the node: texts and attribute values escaped by Lit's own escaper (the one its
 * server renderer applies to every binding), tag and attribute names from the widgets' code,
 * checked. Having no bindings, it has no markers for the browser to hydrate, where it is the
 * node itself (a value Lit's hydration leaves in place).
 */
import { parseHTML } from 'linkedom';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { server } from '../core/nodes.js';

const NAME = /^[a-z][a-z0-9-]*$/;
/** Elements without an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** DOM properties the widgets set that linkedom does not reflect into attributes. */
const REFLECTED = {
  ariaHidden: 'aria-hidden',
  ariaExpanded: 'aria-expanded',
  ariaLabel: 'aria-label',
  ariaCurrent: 'aria-current',
  role: 'role',
  loading: 'loading',
  decoding: 'decoding',
};

const { document, HTMLElement } = parseHTML('<!doctype html><html><head></head><body></body></html>');
for (const [property, attribute] of Object.entries(REFLECTED)) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: Element) {
      return this.getAttribute(attribute);
    },
    set(this: Element, value: string | null) {
      if (value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}

/** A node's markup. */
export function markup(node: Node): string {
  if (node.nodeType === 3) return escapeHtml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.localName;
  if (!NAME.test(tag)) throw new TypeError(`not an element's name: ${tag}`);
  let out = `<${tag}`;
  // linkedom lists the attributes last set first: written in the order they were set, as in the browser.
  for (const { name, value } of [...el.attributes].reverse()) {
    if (!NAME.test(name)) throw new TypeError(`not an attribute's name: ${name}`);
    out += value ? ` ${name}="${escapeHtml(value)}"` : ` ${name}`;
  }
  if (VOID.has(tag)) return `${out}>`;
  return `${out}>${[...el.childNodes].map(markup).join('')}</${tag}>`;
}

/** Lit's `html` (the instance the elements render with, passed in by ./index.ts). */
type Html = (strings: TemplateStringsArray) => unknown;

/** The node as a template without bindings. */
const asTemplate = (html: Html, node: Node) => {
  const text = markup(node);
  return html(Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray);
};

let using = 0;
const g = globalThis as { document?: unknown };
let before: unknown;

/**
 * Runs `f` (which may be asynchronous) with `document` set to the server's, then puts the
 * process's global back as it was: other code in the same process does not see it.
 */
export async function withDocument<T>(html: Html, f: () => T | Promise<T>): Promise<T> {
  if (using++ === 0) {
    before = g.document;
    g.document = document;
    server.template = (node) => asTemplate(html, node);
  }
  try {
    return await f();
  } finally {
    if (--using === 0) {
      if (before === undefined) delete g.document;
      else g.document = before;
    }
  }
}
