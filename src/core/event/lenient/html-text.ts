/**
 * HTML in text fields, as CMSs write descriptions (`<p>`, `<br>`, lists, links, `&amp;`,
 * `&nbsp;`), made readable plain text: paragraphs and line breaks kept, list items on lines of
 * their own, entities decoded, every tag gone. The result is text like any other, never markup.
 * (A small reader of its own rather than DOMParser: the same text in Node, for the data API.)
 */
import { HTMLISH } from '../json.js';

/** Elements that make a paragraph of their own. */
const BLOCK =
  /<\/?(?:p|div|h[1-6]|ul|ol|dl|dt|dd|blockquote|section|article|aside|header|footer|table|tr|pre|figure|figcaption|address|hr)\b[^>]*>/gi;

/** The entities sites use, beyond numeric ones; others are left as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  prime: '′',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Oacute: 'Ó',
  agrave: 'à',
  egrave: 'è',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  Agrave: 'À',
  Egrave: 'È',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  euml: 'ë',
  iuml: 'ï',
  yuml: 'ÿ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  atilde: 'ã',
  otilde: 'õ',
  thorn: 'þ',
  eth: 'ð',
};

/** Fields that CMSs fill with HTML; in the others (names, places, captions) only entities are decoded. */
const RICH = /(?:^|\.)(?:description|abstract|text)(?:\[\d+\])*$/;

/** Plain text from text that may hold HTML, at a JSON path. */
export function plain(s: string, path = 'description'): string {
  if (!HTMLISH.test(s)) return s;
  if (!RICH.test(path)) return decode(s);
  // Markup with blocks or breaks is HTML, where a line break in the source is only a space;
  // text with no more than an entity or an inline tag keeps its own line breaks.
  const html = BLOCK.test(s) || /<br\b/i.test(s);
  BLOCK.lastIndex = 0;
  let out = s
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  if (html) out = out.replace(/\s+/g, ' ');
  out = out
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(BLOCK, '\n\n')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decode(out)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text with its character references decoded (named ones from NAMED, numeric ones all). */
function decode(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
    const code = dec ? +dec : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
