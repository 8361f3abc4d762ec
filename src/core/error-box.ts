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
import { adopt } from './styles.js';

export { explain, problemMessage } from './event/diagnostics.js';

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
export function errorBox(root: ShadowRoot, problem: FatalProblem, t: Loaded) {
  adopt(root, styles);
  return html`<div class="root" part="error">
    <div class="state error" role="alert">
      <strong>${t.errorTitle}</strong>
      <p>${problemMessage(problem, t)}</p>
      <p class="hint">${t.errorHint ?? enErrors.errorHint}</p>
    </div>
  </div>`;
}
