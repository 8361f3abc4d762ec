/**
 * Which language a widget speaks, and its UI strings. The language is the element's `lang`,
 * else the nearest ancestor's, else the document's, else English — the way `lang` inherits in
 * HTML. Dates and times are formatted by `Intl` in that language (see `format.ts`).
 */
import en from './en.js';
import type { Loaded, UiStrings } from './strings.js';

/**
 * English is built in; every other language is a separate module loaded the first time a
 * widget on the page speaks it, so a page pays only for its own language.
 */
const loaders: Record<string, () => Promise<{ default: UiStrings }>> = {
  ru: () => import('./ru.js'),
  ar: () => import('./ar.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  is: () => import('./is.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  nb: () => import('./nb.js'),
  // Norwegian: `no` and Nynorsk pages get Bokmål rather than English.
  no: () => import('./nb.js'),
  nn: () => import('./nb.js'),
  pl: () => import('./pl.js'),
  sv: () => import('./sv.js'),
};
const loaded: Record<string, Loaded | Promise<Loaded>> = { en };

/**
 * A plain object (a literal, or made by Object.create(null)): not an element that markup put on
 * `window` under its id or name (DOM clobbering), nor an array or any other class's instance.
 */
const plain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v == 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/**
 * A language the page has loaded already as a classic script (dist/chunks/<lang>.classic.js, in
 * `<head>`, which puts it in `EventEmbedLanguages`): used at once, so that the first render is
 * in that language, with no layout shift. Taken only as plain objects with English's members,
 * so that `<form id="EventEmbedLanguages"><input name="ru"></form>` is not read as strings.
 */
function preloaded(lang: string): UiStrings | undefined {
  const all = (globalThis as { EventEmbedLanguages?: unknown }).EventEmbedLanguages;
  const s = plain(all) && Object.hasOwn(all, lang) ? all[lang] : undefined;
  return plain(s) && Object.entries(en).every(([k, v]) => typeof s[k] == typeof v) ? (s as UiStrings) : undefined;
}

export type { Loaded, UiStrings };
export type { Strings } from './strings.js';

/** The BCP 47 language tag in force for an element. */
export function resolveLang(el: Element): string {
  const tag = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * UI strings for a language tag (`ru-RU` uses `ru`; unknown languages use English): at once
 * when already loaded, else a promise.
 */
export function stringsFor(lang: string): Loaded | Promise<Loaded> {
  const base = lang.toLowerCase().split('-')[0];
  const load = loaders[base];
  if (!load) return en;
  return (loaded[base] ??=
    preloaded(base === 'no' || base === 'nn' ? 'nb' : base) ??
    load().then(
      (m) => (loaded[base] = m.default),
      () => en, // a chunk that fails to load: English rather than nothing
    ));
}
