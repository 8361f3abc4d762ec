/**
 * Which language a widget speaks, and its UI strings. The language is the element's `lang`,
 * else the nearest ancestor's, else the document's, else English — the way `lang` inherits in
 * HTML. Dates and times are formatted by `Intl` in that language (see `format.ts`).
 */
import en from './en.js';
import ru from './ru.js';
import type { Strings } from './strings.js';

const languages: Record<string, Strings> = { en, ru };

export type { Strings };

/** The BCP 47 language tag in force for an element. */
export function resolveLang(el: Element): string {
  const tag = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** UI strings for a language tag: `ru-RU` uses `ru`; unknown languages use English. */
export function stringsFor(lang: string): Strings {
  return languages[lang.toLowerCase().split('-')[0]] ?? en;
}
