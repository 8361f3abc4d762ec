/**
 * The reference page (demo/reference.html), built at run time from custom-elements.json: every
 * element's attributes, properties, events, states, parts, slots and CSS custom properties.
 */
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssStates?: Item[];
  cssParts?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
}

/** Text with `code` spans, as nodes (never parsed as HTML); the builder uses it too. */
export function rich(text = ''): Node[] {
  return text.split(/`([^`]+)`/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function code(text?: string): Node[] {
  if (!text) return [];
  const c = document.createElement('code');
  c.textContent = text;
  return [c];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A heading and a table, or nothing when there are no rows. */
function table(id: string, title: string, head: string[], rows: Node[][][]): Node[] {
  if (!rows.length) return [];
  const t = el('table');
  t.setAttribute('aria-labelledby', id);
  t.append(
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, ...c))))),
  );
  return [el('h3', { id }, title), el('div', { className: 'table' }, t)];
}

function swatch(value?: string): Node[] {
  if (!value || !/^#[0-9a-f]{3,8}$/i.test(value)) return code(value);
  const s = el('span', { className: 'swatch' });
  s.style.background = value;
  return [s, ...code(value)];
}

function section(d: Declaration): HTMLElement {
  const tag = d.tagName!;
  const attrs = d.attributes ?? [];
  const props = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !attrs.some((a) => a.fieldName === m.name),
  );
  const id = (what: string) => `${tag}-${what}`;
  return el(
    'section',
    { className: 'element panel', id: tag },
    el('h2', {}, ...code(`<${tag}>`)),
    el('p', {}, ...rich(d.summary ?? d.description)),
    ...(d.summary && d.description ? [el('p', { className: 'hint' }, ...rich(d.description))] : []),
    ...table(
      id('attributes'),
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      attrs.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), rich(a.description)]),
    ),
    ...table(
      id('properties'),
      'Properties',
      ['property', 'type', 'description'],
      props.map((p) => [
        code(p.name),
        code(p.type?.text),
        rich(`${p.description ?? ''}${p.readonly ? ' (read-only)' : ''}`),
      ]),
    ),
    ...table(
      id('events'),
      'Events',
      ['event', 'type', 'description'],
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), rich(e.description)]),
    ),
    ...table(
      id('states'),
      'States',
      ['state', 'description'],
      (d.cssStates ?? []).map((s) => [code(`:state(${s.name})`), rich(s.description)]),
    ),
    ...table(
      id('parts'),
      'Parts',
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [code(`::part(${p.name})`), rich(p.description)]),
    ),
    ...table(
      id('slots'),
      'Slots',
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [code(s.name || '(default)'), rich(s.description)]),
    ),
    ...table(
      id('tokens'),
      'CSS custom properties',
      ['property', 'default', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), swatch(p.default), rich(p.description)]),
    ),
  );
}

export async function renderReference(root: HTMLElement, manifestUrl: string) {
  const status = root.querySelector('#reference-status')!;
  let manifest: { modules: { declarations?: Declaration[] }[] };
  try {
    const response = await fetch(manifestUrl);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    manifest = await response.json();
  } catch (error) {
    status.textContent = `The manifest (${manifestUrl}) could not be loaded: ${(error as Error).message}.`;
    return;
  }
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  status.textContent = `${elements.length} element${elements.length === 1 ? '' : 's'}.`;
  const toc = el(
    'nav',
    {},
    el('ul', {}, ...elements.map((d) => el('li', {}, el('a', { href: `#${d.tagName}` }, ...code(`<${d.tagName}>`))))),
  );
  toc.setAttribute('aria-label', 'Elements');
  root.append(toc, ...elements.map(section));
}
