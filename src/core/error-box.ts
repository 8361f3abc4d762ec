/**
 * The box a widget shows when its event cannot be shown: what is wrong, in the widget's
 * language, and where to look. It comes with the words for problems (./event/diagnostics.ts),
 * in the chunk that loads only when some data has a problem.
 */
import { css, html } from 'lit';
import { explain, problemMessage } from './event/diagnostics.js';
import type { FatalProblem, ParseResult } from './event/model.js';
import enErrors from './locale/en-errors.js';
import type { Loaded } from './locale/index.js';
import type { ErrorStrings } from './locale/strings.js';
import { adopt } from './styles.js';

export { explain, problemMessage } from './event/diagnostics.js';

/**
 * Each language's problem sentences, a module apart from its UI strings (./locale/errors/): a
 * page loads them only when some data has a problem, and only in the widgets' language.
 */
const loaders: Record<string, () => Promise<{ default: ErrorStrings }>> = {
  ru: () => import('./locale/errors/ru.js'),
  ar: () => import('./locale/errors/ar.js'),
  da: () => import('./locale/errors/da.js'),
  de: () => import('./locale/errors/de.js'),
  et: () => import('./locale/errors/et.js'),
  fi: () => import('./locale/errors/fi.js'),
  is: () => import('./locale/errors/is.js'),
  lt: () => import('./locale/errors/lt.js'),
  lv: () => import('./locale/errors/lv.js'),
  nb: () => import('./locale/errors/nb.js'),
  no: () => import('./locale/errors/nb.js'),
  nn: () => import('./locale/errors/nb.js'),
  pl: () => import('./locale/errors/pl.js'),
  sv: () => import('./locale/errors/sv.js'),
};
const words: Record<string, ErrorStrings | Promise<ErrorStrings>> = {};

const base = (lang: string) => lang.toLowerCase().split('-')[0];

/** The problem sentences of a language (English for one the UI lacks, or offline): loads them once. */
export function wordsFor(lang: string): ErrorStrings | Promise<ErrorStrings> {
  const b = base(lang);
  const load = loaders[b];
  if (!load) return enErrors;
  return (words[b] ??= load().then(
    (m) => (words[b] = m.default),
    () => (words[b] = enErrors),
  ));
}

/** The problem sentences of a language if they are loaded already. */
export function wordsNow(lang: string): ErrorStrings | undefined {
  const w = loaders[base(lang)] ? words[base(lang)] : enErrors;
  return w instanceof Promise ? undefined : w;
}

/** Results already logged, so that four widgets sharing one document log its problems once. */
const logged = new WeakSet<ParseResult>();
/** The most warnings logged for one document: a document with thousands must not freeze the page. */
const MAX_LOGGED = 50;

/** Words the problems of a result and logs them to the console, once per result. */
export function report(result: ParseResult, tag: string) {
  explain(result);
  if (logged.has(result)) return;
  logged.add(result);
  const { warnings } = result;
  for (const w of warnings.slice(0, MAX_LOGGED)) console.warn(`event-embed <${tag}>: ${w.path}: ${w.message}`);
  if (warnings.length > MAX_LOGGED)
    console.warn(`event-embed <${tag}>: …and ${warnings.length - MAX_LOGGED} more warnings`);
  if (!result.ok) console.error(`event-embed <${tag}>: ${problemMessage(result.problem)}`);
}

const styles = css`
  .error {
    border-color: var(--_ee-danger);
  }
  .error strong {
    color: var(--_ee-danger);
  }
  .error p {
    margin: 0.25em 0 0;
  }
  .hint {
    color: var(--_ee-muted);
    font-size: 0.875em;
  }
`;

/** The error box of a widget (its styles are added to the widget's shadow root). */
export function errorBox(root: ShadowRoot, problem: FatalProblem, t: Loaded, w: ErrorStrings) {
  adopt(root, styles);
  return html`<div class="root" part="error">
    <div class="state error" role="alert">
      <strong>${t.errorTitle}</strong>
      <p>${problemMessage(problem, w)}</p>
      <p class="hint">${w.errorHint}</p>
    </div>
  </div>`;
}
