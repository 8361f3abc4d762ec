/**
 * The builder's list of problems: the library's (errors and warnings, from parseEvent) and what
 * search engines need (fields they require or recommend, relative images, images that do not
 * load), each with the line of the text it concerns.
 */
import type { ParseResult } from '../../src/data.js';
import { jsonLines, lineOf } from './json-lines.js';
import { imageUrls, isRelative, searchNotes } from './search.js';

export interface Shown {
  fatal: boolean;
  /** A note for search engines rather than a problem of the widget. */
  search?: boolean;
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** The problems of a parse, in plain English. */
export function problems(text: string, result: ParseResult, parsed: unknown): Shown[] {
  const shown: Shown[] = [];
  const p = !result.ok ? result.problem : undefined;
  if (p?.code === 'json') {
    // Lines and columns count from the top of the text, as in the editor.
    shown.push({ fatal: true, path: '', line: Number(p.args.line), column: Number(p.args.column), message: p.message });
  } else if (p && p.code !== 'empty') shown.push({ fatal: true, path: p.path, message: p.message });
  for (const w of result.warnings) shown.push({ fatal: false, path: w.path, message: `${w.path}: ${w.message}` });
  if (parsed !== undefined) {
    const lines = jsonLines(text);
    for (const s of shown) s.line ??= lineOf(lines, s.path);
  }
  return shown;
}

/**
 * What search engines need that the data lacks, for data the widgets can show: the fields they
 * require or recommend, and images that are relative or did not load (`failed`), with lines.
 */
export function searchProblems(text: string, result: ParseResult, parsed: unknown, failed: Set<string>): Shown[] {
  if (!result.ok) return [];
  const shown: Shown[] = searchNotes(parsed).map((n) => ({
    fatal: false,
    search: true,
    path: n.path,
    message: n.message,
  }));
  for (const { path, url } of imageUrls(parsed)) {
    const message = isRelative(url)
      ? `${path}: "${url}" is a relative URL: on your page it would load from that page’s folder, and search engines ignore it; write the full https:// address.`
      : failed.has(url)
        ? `${path}: ${url} did not load (the preview shows no picture); check the address.`
        : '';
    if (message) shown.push({ fatal: false, search: true, path, message, line: lineOf(jsonLines(text), path) });
  }
  return shown;
}

/** One entry of a list of problems: its kind, an optional action (go to the line), its text. */
export function item(s: Shown, text: string, action?: HTMLElement) {
  const li = document.createElement('li');
  li.className = s.fatal ? 'error' : 'warning';
  const kind = document.createElement('strong');
  kind.textContent = s.fatal ? 'Error' : s.search ? 'Search engines' : 'Warning';
  li.append(kind, ' ');
  if (action) li.append(action, ' ');
  li.append(text);
  return li;
}

/** The status line under the data. */
export function statusText(empty: boolean, shown: Shown[]): { text: string; kind: 'ok' | 'warning' | 'error' } {
  const errors = shown.filter((s) => s.fatal).length;
  const warnings = shown.filter((s) => !s.fatal && !s.search).length;
  const notes = shown.filter((s) => s.search).length;
  if (empty) return { text: 'Paste JSON-LD, load an example, or switch to the form.', kind: 'ok' };
  if (errors) return { text: 'The event cannot be shown: see the error.', kind: 'error' };
  const shownText = warnings
    ? `The event can be shown; ${warnings === 1 ? 'one part is' : `${warnings} parts are`} left out: see the warnings.`
    : notes
      ? 'The event can be shown.'
      : 'No problems found.';
  const notesText = notes
    ? ` Search engines need more for their event results: ${notes === 1 ? 'one note' : `${notes} notes`} below.`
    : '';
  return { text: shownText + notesText, kind: warnings || notes ? 'warning' : 'ok' };
}
