/**
 * Every language's words for problems with the event data, at once: for the data API
 * (`event-embed/data`, in Node or a CMS), which words a problem in any language synchronously.
 * The widgets never import this module: they load only the page's language, on demand.
 */
import ar from './errors/ar.js';
import da from './errors/da.js';
import de from './errors/de.js';
import enErrors from './en-errors.js';
import et from './errors/et.js';
import fi from './errors/fi.js';
import is from './errors/is.js';
import lt from './errors/lt.js';
import lv from './errors/lv.js';
import nb from './errors/nb.js';
import pl from './errors/pl.js';
import ru from './errors/ru.js';
import sv from './errors/sv.js';
import type { ErrorStrings } from './strings.js';

const words: Record<string, ErrorStrings> = {
  en: enErrors,
  ar,
  da,
  de,
  et,
  fi,
  is,
  lt,
  lv,
  nb,
  // Norwegian: `no` and Nynorsk get Bokmål, as in the widgets.
  no: nb,
  nn: nb,
  pl,
  ru,
  sv,
};

/** The UI languages, as the tags `problemWords()` knows (`no` and `nn` are Bokmål). */
export const problemLanguages = Object.keys(words);

/** The problem words for a BCP 47 tag (`de-AT` uses `de`); English for a language the UI lacks. */
export function problemWords(lang = 'en'): ErrorStrings {
  return words[lang.toLowerCase().split(/[-_]/)[0]] ?? enErrors;
}
