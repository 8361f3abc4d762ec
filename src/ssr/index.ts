/// <reference types="node" />
/**
 * `event-embed/ssr`: any of the five elements rendered ahead of time, in Node (20 or later, no
 * browser), into HTML with a declarative shadow root (`<template shadowrootmode="open">`), by
 * Lit's own server renderer (`@lit-labs/ssr`) from the elements' own templates. The data is read
 * by the data API's reader (`event-embed/data`), with its problems and warnings, and the text is
 * in any UI language at once (./languages.ts). The HTML holds the event's JSON-LD, from which the
 * element reads it again in the browser once the library loads.
 */
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render as renderLit } from '@lit-labs/ssr';
import { html, type TemplateResult } from 'lit';
import { parseEvent, problemMessage, type FatalProblem, type ParseOptions, type Warning } from '../data.js';
import '../elements/event-announcement/define.js';
import './languages.js';
import { withDocument } from './nodes.js';
import { EventEmbedRenderer, take } from './renderer.js';

/** The elements that can be rendered. */
export const tags = ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'] as const;
export type Tag = (typeof tags)[number];

// One template per element, with no binding: the renderer hands the outermost element its data.
const templates: Record<Tag, TemplateResult> = {
  'event-card': html`<event-card></event-card>`,
  'event-agenda': html`<event-agenda></event-agenda>`,
  'event-organizers': html`<event-organizers></event-organizers>`,
  'event-gallery': html`<event-gallery></event-gallery>`,
  'event-announcement': html`<event-announcement></event-announcement>`,
};

/** How to render. */
export interface RenderOptions {
  /** Language of the widget (a BCP 47 tag); English by default. Written as the element's `lang`. */
  lang?: string;
  /**
   * The time zone (IANA) of the readers the HTML is made for: times are in the event's own zone,
   * and that zone is named when it differs from this one. Default `UTC`, so that a zone is named
   * for every reader whose zone is not known.
   */
  timeZone?: string;
  /**
   * The element's attributes (`heading-level`, `layout`, `sections`, `theme`, `event-id`…, as
   * in HTML): a string or number is the value, `true` writes the attribute empty, `false`,
   * `null` and `undefined` leave it out. Only the element's own attributes are taken.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /**
   * The moment the HTML is made for (milliseconds since the epoch; default: when it is
   * rendered): what depends on the clock ("Starts in 3 days", "Ended", tickets on sale) is
   * written as at that moment. The browser brings it up to date when it takes the HTML over.
   */
  now?: number;
  /** The document's URL, against which relative URLs in the data are resolved. */
  base?: string;
  /** Called with each warning about the data (a part left out), as the widget logs them. */
  onWarning?: (warning: Warning) => void;
}

/** The event cannot be shown: `message` is the sentence the widget shows, in its language. */
export class RenderError extends Error {
  constructor(
    message: string,
    /** The problem, as `parseEvent()` gives it. */
    readonly problem: FatalProblem,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/** Attributes the data is given by, not taken here: the event is the argument. */
const DATA = new Set(['event', 'src']);

/** The element class of a tag, with the attributes it observes. */
const classOf = (tag: Tag) =>
  customElements.get(tag) as unknown as (new () => HTMLElement) & { observedAttributes: string[] };

/** The attributes to write, checked against the element's own, as [name, value] pairs. */
function attributesOf(tag: Tag, options: RenderOptions): [string, string][] {
  const known = classOf(tag).observedAttributes;
  const out: [string, string][] = [];
  const given: RenderOptions['attributes'] = { ...options.attributes, lang: options.lang ?? 'en' };
  for (const [name, value] of Object.entries(given)) {
    const key = name.toLowerCase();
    if (!known.includes(key) || DATA.has(key)) throw new TypeError(`<${tag}> has no attribute "${name}" to render`);
    if (value === false || value == null) continue;
    out.push([key, value === true ? '' : String(value)]);
  }
  return out;
}

/**
 * Loads what the elements need for this event before they render (the views that load on
 * demand in the browser), as each element asks for it itself (`needs()`).
 */
async function prepare(tag: Tag, attributes: [string, string][], result: ParseResult) {
  const parts: Tag[] = tag === 'event-announcement' ? [...tags] : [tag];
  for (const part of parts) {
    const el = new (classOf(part))() as HTMLElement & {
      needs(e: unknown): Promise<unknown> | undefined;
      attributeChangedCallback(name: string, old: null, value: string): void;
    };
    if (part === tag)
      for (const [name, value] of attributes) if (name !== 'lang') el.attributeChangedCallback(name, null, value);
    for (let wait = el.needs(result.event); wait; wait = el.needs(result.event)) await wait;
  }
}

type ParseResult = Extract<ReturnType<typeof parseEvent>, { ok: true }>;

/** The JSON-LD block of the data, inert as HTML (`<` escaped, as src/core/structured-data.ts does). */
function block(event: unknown) {
  let value = event;
  if (typeof event === 'string') value = JSON.parse(event);
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

/**
 * Runs `f` (synchronous) as a widget would run for a reader in `zone` at the moment `now`: with
 * the process's time zone and clock set to them, then put back.
 */
function asReader<T>(zone: string, now: number | undefined, f: () => T): T {
  const before = process.env.TZ;
  const clock = Date.now;
  process.env.TZ = zone;
  if (now !== undefined) Date.now = () => now;
  try {
    return f();
  } finally {
    Date.now = clock;
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * Renders an element for an event into HTML: the element with its declarative shadow root and,
 * inside it, the event's JSON-LD. `event` is the data as the widgets take it: JSON text or an
 * already parsed value (a schema.org Event, a list, a `@graph`…). Rejects with a `RenderError`
 * when the event cannot be shown (its message is the widget's, in the widget's language), and
 * with a `TypeError` for an unknown tag or attribute.
 */
export async function render(tag: Tag, event: unknown, options: RenderOptions = {}): Promise<string> {
  if (!tags.includes(tag)) throw new TypeError(`event-embed/ssr renders ${tags.join(', ')}, not "${String(tag)}"`);
  const zone = options.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new TypeError(`"${zone}" is not a time zone`);
  }
  const attributes = attributesOf(tag, options);
  const get = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const reading: ParseOptions = { base: options.base, lang: options.lang, eventId: get('event-id') };
  const index = get('event-index');
  if (index !== undefined) reading.eventIndex = Number(index);
  const result = parseEvent(event, reading);
  for (const warning of result.warnings) options.onWarning?.(warning);
  if (!result.ok) throw new RenderError(problemMessage(result.problem, options.lang), result.problem);
  const out = await withDocument(html, async () => {
    await prepare(tag, attributes, result);
    return asReader(zone, options.now, () => {
      // For the browser, which takes the HTML over as it was made, then brings it up to date.
      take(result, [...attributes, ['rendered', `${Date.now()} ${zone}`]]);
      return collectResultSync(renderLit(templates[tag], { elementRenderers: [EventEmbedRenderer] }));
    });
  });
  // The outer template's markers go (nothing hydrates it), and the data goes in the element.
  const start = out.indexOf(`<${tag}`);
  const end = out.lastIndexOf(`</${tag}>`);
  return `${out.slice(start, end)}${block(event)}</${tag}>`;
}
