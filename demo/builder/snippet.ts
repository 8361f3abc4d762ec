/**
 * The snippet an editor pastes into a page: the script tag and the element(s), with the event
 * either in the `event` attribute or in an inline JSON-LD block, and optionally readable
 * fallback HTML for readers without JavaScript. Everything from the data is escaped here.
 */
import type { EventModel } from '../../src/classes.js';
import { datetimeAttr, formatRange, utcOffset } from '../../src/core/locale/format.js';

export interface SnippetOptions {
  /** URL of dist/event-embed.js. */
  scriptUrl: string;
  /** Its SRI hash (`sha384-…`), for a pinned version. */
  integrity?: string;
  /** The widgets, in order. */
  tags: string[];
  lang?: string;
  theme?: '' | 'light' | 'dark';
  /** `--event-embed-accent`, when not the default. */
  accent?: string;
  /** Where the event goes: the `event` attribute, or a `<script type="application/ld+json">` block. */
  form: 'attribute' | 'block';
  /** Fallback HTML (from `fallbackHtml()`), put in the first element. */
  fallback?: string;
}

/** Text or an attribute value (double-quoted) safe in HTML. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON safe inside `<script>`: `</script` would end the element and `<!--` changes how the
 * parser reads what follows; `\u003c` is the same character to a JSON parser.
 */
export const jsonForScript = (json: string) => json.replace(/<(\/script|!--)/gi, '\\u003c$1');

const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

/** A short stable id for the JSON-LD block that several widgets share. */
function blockId(json: string): string {
  let h = 5381;
  for (let i = 0; i < json.length; i++) h = (h * 33) ^ json.charCodeAt(i);
  return `event-${(h >>> 0).toString(36)}`;
}

export function buildSnippet(data: unknown, o: SnippetOptions): string {
  const attrs = [
    o.lang && `lang="${escapeHtml(o.lang)}"`,
    o.theme && `theme="${o.theme}"`,
    o.accent && `style="--event-embed-accent: ${escapeHtml(o.accent)}"`,
  ].filter(Boolean);
  const pretty = jsonForScript(JSON.stringify(data, null, 2));
  const block = (id = '') => `<script type="application/ld+json"${id && ` id="${id}"`}>\n${pretty}\n</script>`;
  const id = o.form === 'block' && o.tags.length > 1 ? blockId(pretty) : '';
  const sri = o.integrity ? ` integrity="${escapeHtml(o.integrity)}" crossorigin="anonymous"` : '';
  const lines = [`<script type="module" src="${escapeHtml(o.scriptUrl)}"${sri}></script>`];
  if (id) lines.push(block(id));
  o.tags.forEach((tag, i) => {
    const data_ = o.form === 'attribute' ? [`event="${escapeHtml(JSON.stringify(data))}"`] : id ? [`src="#${id}"`] : [];
    const children = [o.form === 'block' && !id ? block() : '', i === 0 ? (o.fallback ?? '') : ''].filter(Boolean);
    const open = `<${tag}${[...attrs, ...data_].map((a) => ` ${a}`).join('')}>`;
    lines.push(children.length ? `${open}\n${indent(children.join('\n'), '  ')}\n</${tag}>` : `${open}</${tag}>`);
  });
  return lines.join('\n');
}

/** A word for a POSIX shell: as it is when plain, else in single quotes. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The pre-rendered kind (`event-embed/ssr`), which a build step makes, not the browser: what to
 * run where the site is built, one command per widget, from the event saved as `event.jsonld`;
 * the script is the hydrating build beside the one the URL names.
 */
export function prerenderSnippet(o: Omit<SnippetOptions, 'form' | 'fallback' | 'integrity'>): string {
  const script = o.scriptUrl.replace(/event-embed\.js(?=$|[?#])/, 'event-embed.hydrate.js');
  const lines = [
    '# Pre-rendered HTML: the event is there, readable and styled, before any script runs (and for',
    '# crawlers that run none); the script then takes it over. Where your site is built (Node 20+):',
    '# 1. save the event as event.jsonld (the download link below the snippet);',
    '# 2. run, in a folder with the event-embed package (npm install event-embed):',
  ];
  o.tags.forEach((tag, i) => {
    const args = ['npx', 'event-embed', 'render', 'event.jsonld', '--tag', tag];
    if (o.lang) args.push('--lang', o.lang);
    if (o.theme) args.push('--attr', `theme=${o.theme}`);
    // The script tag once, with the first widget.
    if (i === 0) args.push('--script-url', script);
    lines.push(`${args.map(shellWord).join(' ')} > ${tag}.html`);
  });
  lines.push('# 3. put the HTML file(s) where the event goes in your page, as they are.');
  if (o.accent) lines.push(`# The accent colour: --event-embed-accent: ${o.accent}; in your page's CSS.`);
  return lines.join('\n');
}

/** The date line of the fallback, in the event's own zone, with the zone named. */
function dateText(e: EventModel, lang: string): string {
  const range = formatRange(lang, e.start!, e.end, { timeZone: e.timeZone });
  const text = range.parts.map((p) => p.text).join('');
  const { start } = e;
  if (!start || start.allDay || start.instant === undefined) return text;
  const zone = e.timeZone
    ? new Intl.DateTimeFormat(lang, { timeZone: e.timeZone, timeZoneName: 'long' })
        .formatToParts(start.instant)
        .find((p) => p.type === 'timeZoneName')?.value
    : utcOffset(start.offset ?? 0);
  return zone ? `${text} (${zone})` : text;
}

/**
 * Readable HTML for readers without JavaScript (and crawlers): name, date, place and a link.
 * The element hides it once it renders. `details` is the link's text in the widget's language.
 */
export function fallbackHtml(e: EventModel, lang: string, details: string): string {
  const lines = [`<strong>${escapeHtml(e.name)}</strong>`];
  if (e.start)
    lines.push(`<time datetime="${escapeHtml(datetimeAttr(e.start))}">${escapeHtml(dateText(e, lang))}</time>`);
  for (const p of e.places) lines.push(escapeHtml([p.name, p.address].filter(Boolean).join(', ')));
  if (e.url) lines.push(`<a href="${escapeHtml(e.url)}">${escapeHtml(details)}</a>`);
  return `<p>\n${indent(lines.join('<br>\n'), '  ')}\n</p>`;
}
