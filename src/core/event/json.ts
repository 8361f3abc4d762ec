/**
 * Parses JSON text; on failure says where it breaks (line and column) in the same words in
 * every browser, since each engine phrases `JSON.parse` errors differently.
 */
import type { JsonExpectation } from './problems.js';

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; empty: true }
  | { ok: false; empty?: false; line: number; column: number; expected: JsonExpectation; found: string };

export function parseJson(text: string): JsonResult {
  // A leading byte-order mark and surrounding whitespace are ignored; lines and columns count
  // from the start of the text as the editor wrote it.
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const { at, expected } = locateError(source);
    const before = source.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    // What stands at the break, cut at the end of its line: "" means the text ended there.
    const found = source.slice(at, at + 16).split('\n')[0];
    return { ok: false, line, column, expected, found };
  }
}

/** A minimal JSON scanner that only finds the first position where the text stops being JSON. */
function locateError(s: string): { at: number; expected: JsonExpectation } {
  let i = 0;
  class Stop {
    constructor(readonly expected: JsonExpectation) {}
  }
  const ws = () => {
    while (/\s/.test(s[i] ?? '')) i++;
  };
  const eat = (c: string, what: JsonExpectation) => {
    ws();
    if (s[i] !== c) throw new Stop(what);
    i++;
  };
  const string = () => {
    eat('"', 'key');
    for (;;) {
      const c = s[i];
      if (c === undefined || c === '\n') throw new Stop('quote');
      i++;
      if (c === '"') return;
      if (c === '\\') {
        if (!/["\\/bfnrtu]/.test(s[i] ?? '')) throw new Stop('escape');
        i++;
      }
    }
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') return void i++;
      for (;;) {
        string();
        eat(':', 'colon');
        value();
        ws();
        if (s[i] === '}') return void i++;
        eat(',', 'comma-brace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (s[i] === ']') return void i++;
        eat(',', 'comma-bracket');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.slice(i));
    if (!literal) throw new Stop('value');
    i += literal[0].length;
  };
  try {
    value();
    ws();
    return { at: i, expected: 'end' };
  } catch (e) {
    if (e instanceof Stop) return { at: i, expected: e.expected };
    throw e;
  }
}
