/**
 * The one place that decides which URLs may reach an `href` or `src`.
 *
 * Allowed: `http:`, `https:`, `mailto:`, `tel:` and relative URLs, after trimming whitespace
 * and removing control characters (browsers ignore those too, which is how `java\tscript:`
 * sneaks past naive checks). Anything else — `javascript:`, `data:`, `vbscript:`, `blob:` … —
 * is refused.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED = ['http', 'https', 'mailto', 'tel'];

/** Returns the cleaned URL when it is safe to use as `href`/`src`, else `undefined`. */
export function safeUrl(value: string): string | undefined {
  const url = value.replace(CONTROL, '').trim();
  if (!url) return undefined;
  const scheme = SCHEME.exec(url);
  // A relative URL has no scheme; `//host/path` is protocol-relative and takes the page's.
  if (!scheme) return url;
  return ALLOWED.includes(scheme[1].toLowerCase()) ? url : undefined;
}
