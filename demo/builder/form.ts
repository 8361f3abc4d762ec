/**
 * The builder's form, generated from the published JSON Schema (dist/event.schema.json):
 * labels from the property names, help text from `description`, a select for an `enum`, a
 * repeatable group for a property that accepts a list of objects, a date and a time picker
 * for `DateTime`, a time-zone select for `timeZone` and `scheduleTimezone`, a text field for the rest. FIELDS picks
 * which properties the form shows; whatever else the data holds is kept as it is.
 */
export interface Schema {
  $ref?: string;
  anyOf?: Schema[];
  enum?: string[];
  type?: string | string[];
  items?: Schema;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  definitions?: Record<string, Schema>;
}
type Obj = Record<string, unknown>;
/** Where a group of fields reads (`get`, never changing the data) and writes (`obj`, creating what is missing). */
interface Slot {
  get(): Obj | undefined;
  obj(): Obj;
}
interface Ctx {
  defs: Record<string, Schema>;
  doc: Obj;
  changed(): void;
  rerender(focusId: string): void;
  /** Re-writes the dates with times when the time zone changes. */
  dates: (() => void)[];
}

/** The common fields, per schema definition, in form order. */
export const FIELDS: Record<string, string[]> = {
  EventInput: [
    'name',
    'startDate',
    'endDate',
    'timeZone',
    'eventStatus',
    'previousStartDate',
    'eventAttendanceMode',
    'location',
    'description',
    'url',
    'offers',
    'organizer',
    'performer',
    'image',
    'subEvent',
    'doorTime',
    'duration',
    'eventSchedule',
  ],
  Schedule: [
    'repeatFrequency',
    'byDay',
    'byMonthDay',
    'startTime',
    'endTime',
    'startDate',
    'endDate',
    'exceptDate',
    'scheduleTimezone',
    'repeatCount',
  ],
  Place: ['name', 'address', 'url'],
  Offer: ['name', 'url', 'price', 'priceCurrency', 'availability', 'validFrom', 'validThrough'],
  Organization: ['name', 'url', 'logo'],
  Performer: ['name', 'url', 'image', 'jobTitle'],
  ImageObject: ['contentUrl', 'caption'],
  SubEvent: ['name', 'startDate', 'endDate', 'location', 'description', 'performer'],
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const refName = (s: Schema) => s.$ref?.split('/').pop();
/** `startDate` → `Start date`, `contentUrl` → `Content URL`. */
const label = (key: string) =>
  (key[0].toUpperCase() + key.slice(1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).replace(/\burl\b/gi, 'URL');
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const idOf = (path: string) => `f-${path.replace(/[^a-z0-9]+/gi, '-')}`;

/** The text a field shows for a value: a string, a language-tagged value, an ImageObject's URL, an address. */
function textOf(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (!isObj(v)) return '';
  const main = v['@value'] ?? v.contentUrl ?? v.url ?? v.name;
  if (main !== undefined) return textOf(main);
  return Object.entries(v)
    .filter(([k]) => !k.startsWith('@'))
    .map(([, x]) => textOf(x))
    .filter(Boolean)
    .join(', ');
}

function set(ctx: Ctx, slot: Slot, key: string, value: string) {
  const o = slot.obj();
  if (value === '') delete o[key];
  else o[key] = value;
  ctx.changed();
}

/** The UTC offset (`+03:00`) of a wall-clock time (`2017-10-23T15:00`) in an IANA zone. */
export function offsetIn(zone: string, wall: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  const minutesAt = (ms: number) => {
    const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /([+\-−])(\d{1,2})(?::?(\d{2}))?/.exec(name);
    return m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  };
  const asUtc = Date.parse(`${wall}:00Z`);
  // The offset at the instant the wall time would be with the offset it has at that time.
  const minutes = minutesAt(asUtc - minutesAt(asUtc) * 60_000);
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** A labelled field with its help text and a place for its problems. */
function wrap(
  kind: string,
  paths: string[],
  id: string,
  text: string,
  control: HTMLElement[],
  hint?: string,
  group = false,
) {
  const box = document.createElement(group ? 'fieldset' : 'div');
  box.className = `field ${kind}`;
  if (group && kind !== 'date') box.id = id;
  box.dataset.paths = paths.join(' ');
  const caption = document.createElement(group ? 'legend' : 'label');
  caption.textContent = text;
  if (!group) caption.setAttribute('for', id);
  box.append(caption);
  const described: string[] = [];
  if (hint) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.id = `${id}-hint`;
    p.textContent = hint;
    box.append(p);
    described.push(p.id);
  }
  const errors = document.createElement('ul');
  errors.className = 'problems';
  errors.id = `${id}-problems`;
  described.push(errors.id);
  // A group's problems come first, under its legend; a field's, under its control.
  box.append(...(group ? [errors, ...control] : [...control, errors]));
  if (group) box.setAttribute('aria-describedby', described.join(' '));
  else for (const c of control) c.setAttribute('aria-describedby', described.join(' '));
  return box;
}

function input(id: string, value: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('input');
  el.id = id;
  el.value = value;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function dateField(ctx: Ctx, slot: Slot, key: string, paths: string[], id: string) {
  const value = String(slot.get()?.[key] ?? '');
  const [, d = '', t = ''] = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value) ?? [];
  const date = input(id, d, { type: 'date', 'aria-label': `${label(key)}: day` });
  const time = input(`${id}-time`, t, { type: 'time', 'aria-label': `${label(key)}: time (empty for all day)` });
  const write = () => {
    if (!date.value || !time.value) return set(ctx, slot, key, date.value);
    const wall = `${date.value}T${time.value.slice(0, 5)}`;
    // The offset in the event's zone; without a zone, the offset the value had (if any).
    const zone = ctx.doc.timeZone;
    const old = String(slot.get()?.[key] ?? '');
    const offset =
      typeof zone === 'string' && zone ? offsetIn(zone, wall) : (/(Z|[+-]\d{2}:?\d{2})$/.exec(old)?.[0] ?? '');
    set(ctx, slot, key, `${wall}:00${offset}`);
  };
  date.addEventListener('input', write);
  time.addEventListener('input', write);
  ctx.dates.push(() => date.value && time.value && write());
  const row = document.createElement('div');
  row.className = 'row';
  row.append(date, time);
  const box = wrap(
    'date',
    paths,
    id,
    label(key),
    [row],
    'Day, and time at the venue (leave the time empty for an all-day event).',
    true,
  );
  for (const c of [date, time]) c.setAttribute('aria-describedby', `${id}-hint ${id}-problems`);
  return box;
}

function field(ctx: Ctx, slot: Slot, key: string, s: Schema, paths: string[], required: boolean): HTMLElement {
  const def = s.$ref ? ctx.defs[refName(s)!] : s;
  const hint = (s.description ?? (s.$ref && !def.anyOf ? def.description : undefined))?.replace(/`/g, '');
  const fieldPaths = paths.map((p) => at(p, key));
  const id = idOf(fieldPaths[0]);
  const value = slot.get()?.[key];

  if (refName(s) === 'DateTime') return dateField(ctx, slot, key, fieldPaths, id);

  // A list of objects (or one): a repeatable group of the first object type it accepts.
  const list = s.anyOf?.find((o) => o.type === 'array');
  const itemType = list && s.anyOf!.map(refName).find((n) => n && FIELDS[n]);
  if (itemType) return listField(ctx, slot, key, itemType, fieldPaths, id, hint);

  const zone = key === 'timeZone' || key === 'scheduleTimezone';
  if (zone || def.enum) {
    const select = document.createElement('select');
    select.id = id;
    const choices = zone
      ? Intl.supportedValuesOf('timeZone')
      : def.enum!.some((e) => e.startsWith('https://schema.org/'))
        ? def.enum!.filter((e) => e.startsWith('https://schema.org/'))
        : def.enum!;
    const current =
      typeof value === 'string' ? (choices.find((c) => c === value || c.endsWith(`/${value}`)) ?? value) : '';
    const none = key === 'timeZone' ? 'None: times are shown as written' : zone ? "The event's" : 'Not set';
    for (const c of ['', ...choices, ...(current && !choices.includes(current) ? [current] : [])]) {
      const o = new Option(c ? (zone ? c.replace(/_/g, ' ') : label(c.replace('https://schema.org/', ''))) : none, c);
      select.add(o);
    }
    select.value = current;
    select.addEventListener('change', () => {
      set(ctx, slot, key, select.value);
      if (key === 'timeZone') for (const d of ctx.dates) d();
    });
    return wrap('select', fieldPaths, id, label(key), [select], hint);
  }

  const multiline = key === 'description';
  const control = multiline ? document.createElement('textarea') : input(id, '', { type: 'text' });
  control.id = id;
  control.value = textOf(value);
  if (multiline) (control as HTMLTextAreaElement).rows = 4;
  const isUrl = [s, ...(s.anyOf ?? [])].some((o) => refName(o) === 'Url');
  if (isUrl) control.setAttribute('inputmode', 'url');
  if (required) control.setAttribute('aria-required', 'true');
  control.addEventListener('input', () => set(ctx, slot, key, control.value));
  return wrap('text', fieldPaths, id, `${label(key)}${required ? ' (required)' : ''}`, [control], hint);
}

function listField(ctx: Ctx, parent: Slot, key: string, type: string, paths: string[], id: string, hint?: string) {
  const fields = FIELDS[type];
  const items = () => {
    const v = parent.get()?.[key];
    return v == null ? [] : Array.isArray(v) ? v : [v];
  };
  const array = () => {
    const o = parent.obj();
    if (!Array.isArray(o[key])) o[key] = o[key] == null ? [] : [o[key]];
    return o[key] as unknown[];
  };
  // A bare string item (an organizer's name, an image's URL) is its type's first field.
  const item = (i: number): Slot => ({
    get: () => {
      const x = items()[i];
      return typeof x === 'string' ? { [fields[0]]: x } : isObj(x) ? x : undefined;
    },
    obj: () => {
      const a = array();
      if (!isObj(a[i])) a[i] = typeof a[i] === 'string' ? { [fields[0]]: a[i] } : {};
      return a[i] as Obj;
    },
  });
  const name = label(key).replace(/s$/, '');
  const children = items().map((_, i) => {
    const itemPaths = paths.flatMap((p) => (i === 0 ? [`${p}[0]`, p] : [`${p}[${i}]`]));
    const itemId = `${id}-${i}`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = `Remove ${name.toLowerCase()} ${i + 1}`;
    remove.addEventListener('click', () => {
      const a = array();
      a.splice(i, 1);
      if (!a.length) delete parent.obj()[key];
      ctx.changed();
      ctx.rerender(`${id}-add`);
    });
    const required = ctx.defs[type].required ?? [];
    const controls = fields.map((f) =>
      field(ctx, item(i), f, ctx.defs[type].properties![f], itemPaths, required.includes(f)),
    );
    return wrap('item', itemPaths, itemId, `${name} ${i + 1}`, [...controls, remove], undefined, true);
  });
  const add = document.createElement('button');
  add.type = 'button';
  add.id = `${id}-add`;
  add.className = 'add';
  add.textContent = `Add ${name.toLowerCase()}`;
  add.addEventListener('click', () => {
    const n = array().push({});
    ctx.changed();
    ctx.rerender(idOf(at(`${paths[0]}[${n - 1}]`, fields[0])));
  });
  return wrap('list', paths, id, label(key), [...children, add], hint, true);
}

/**
 * Builds the form for `doc` (a plain Event object, edited in place). `changed` runs after every
 * edit; `rerender` is called when items are added or removed, with the id to focus afterwards.
 */
export function buildForm(schema: Schema, doc: Obj, changed: () => void, rerender: (focusId: string) => void) {
  const defs = schema.definitions!;
  const ctx: Ctx = { defs, doc, changed, rerender, dates: [] };
  const root: Slot = { get: () => doc, obj: () => doc };
  const event = defs.EventInput;
  const form = document.createElement('div');
  form.className = 'schema-form';
  form.append(
    ...FIELDS.EventInput.map((key) =>
      field(ctx, root, key, event.properties![key], [''], (event.required ?? []).includes(key)),
    ),
  );
  return form;
}
