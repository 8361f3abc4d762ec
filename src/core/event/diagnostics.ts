/**
 * Problems with event data, in words: where JSON text breaks (line, column, what was expected,
 * what stands there), the sentence for each fatal problem in a language, and each warning in
 * English. The elements load this module only when some data has a problem, so that pages
 * whose data is right never download it; programs use `parseEvent()` (./parse.ts), which reads
 * and explains.
 */
import enErrors from '../locale/en-errors.js';
import type { ErrorStrings } from '../locale/strings.js';
import type { FatalProblem, ParseResult } from './model.js';
import type { JsonExpectation, JsonMistake, ProblemArgs, WarningCode } from './problems.js';

/**
 * Words the problems of a result from `readEvent()`, in place (the same result may be shared by
 * several widgets; explaining it twice changes nothing): where JSON breaks, and each warning.
 */
export function explain(result: ParseResult): ParseResult {
  const problem = !result.ok ? result.problem : undefined;
  if (problem?.code === 'json' && typeof problem.args.source === 'string') {
    const args = locate(problem.args.source);
    if (args) problem.args = args;
    else deep(problem); // valid JSON that JSON.parse refused for its depth
  }
  // The reader walks the document recursively: a document nested thousands of levels deep
  // overflows the call stack, which readEvent() catches as a generic problem. Said as what it is.
  if (problem?.code === 'notObject' && /stack|recursion/i.test(String(problem.args.found))) deep(problem);
  for (const w of result.warnings) w.message ||= WARNINGS[w.code](...w.values.map(show));
  return result;
}

function deep(problem: FatalProblem) {
  problem.code = 'tooDeep';
  problem.args = {};
}

/** The sentence a fatal problem gives, in a language (English when it has none of its own). */
export function problemMessage(problem: FatalProblem, t: Partial<ErrorStrings> = enErrors): string {
  const words = t.errors && t.json && t.jsonMistakes ? (t as ErrorStrings) : enErrors;
  const args: ProblemArgs = { ...problem.args, path: problem.path };
  // Values from the data or the page (a URL, a type, an id) are quoted, cut if very long.
  for (const [k, v] of Object.entries(args))
    if (typeof v === 'string' && v.length > 200) args[k] = `${v.slice(0, 199)}…`;
  // The limit in megabytes, to one decimal (the sentences add the unit).
  if (problem.code === 'tooBig') args.mb = Math.round(Number(problem.args.limit) / 1e5) / 10;
  // What src="#id" names instead of a JSON-LD block, as its tag would be written.
  if (problem.code === 'notBlock') args.found = `<${args.tag}${args.type ? ` type="${args.type}"` : ''}>`;
  if (problem.code === 'json') {
    const mistake = problem.args.mistake as JsonMistake | undefined;
    if (mistake) return words.jsonMistakes[mistake](args as never);
    args.expected = words.json[problem.args.expected as JsonExpectation];
  }
  return words.errors[problem.code](args as never);
}

/** A value as a message quotes it: strings in quotes, objects and lists by kind, long ones cut. */
function show(v: unknown): string {
  const s = Array.isArray(v)
    ? v.every((x) => typeof x === 'string')
      ? v.join(', ') // the values allowed, listed
      : 'a list'
    : typeof v === 'string'
      ? JSON.stringify(v.slice(0, 60))
      : typeof v === 'object' && v
        ? 'an object'
        : String(v);
  return s.length > 60 && !Array.isArray(v) ? `${s.slice(0, 57)}…` : s;
}

const WARNINGS: Record<WarningCode, (...v: string[]) => string> = {
  notText: (v) => `${v} is not text; it is left out`,
  badLink: (v) => `${v} is not an allowed link; only http, https, mailto, tel and relative URLs are used`,
  badUrl: (v) => `${v} is not a valid URL; it is left out`,
  cycle: () => 'a reference that leads back to itself is left out',
  notNumber: (v) => `${v} is not a number; it is left out`,
  notDate: (v) => `${v} is not a date; expected ISO 8601 such as 2017-10-23T15:00:00+03:00`,
  notOneOf: (v, allowed) => `${v} is not one of ${allowed}; it is ignored`,
  notZone: (v) => `${v} is not an IANA time zone such as Europe/Moscow; it is ignored`,
  onlineNoUrl: () => 'an online location without a URL is skipped',
  placeNoName: () => 'a place without a name or an address is skipped',
  notPlace: (v) => `${v} is not a place; it is skipped`,
  endBeforeStart: (end, start) => `${end} is before the start ${start}; it is ignored`,
  badGeo: () => 'coordinates need a latitude (-90 to 90) and a longitude (-180 to 180); they are ignored',
  notParty: (v) => `${v} is not an organization or a person; it is skipped`,
  partyNoName: () => 'an entry without a name is skipped',
  imageNoUrl: () => 'an image without a usable URL (contentUrl or url) is skipped',
  notOffer: (v) => `${v} is not an offer; it is skipped`,
  priceText: (v) =>
    `${v} is text, not a number; it is shown as written (search engines need the number alone, such as "35", and the currency in "priceCurrency", such as "USD")`,
  notSubEvent: (v) => `${v} is not an event; it is skipped`,
  subEventNoName: () => 'an agenda item without a name is skipped',
  subEventBadDate: (name) => `the agenda item ${name} has a bad date and is skipped`,
  noDate: () => 'the event has no date; add "startDate" (search engines require it)',
  noPlace: () => 'the event has no place; add "location": a Place, or a VirtualLocation with a URL for an online event',
  notDuration: (v) => `${v} is not an ISO 8601 duration such as PT2H or P1W; it is ignored`,
  notSchedule: (v) => `${v} is not a Schedule; it is skipped`,
  badFrequency: (v) =>
    `${v} is not a frequency a calendar can repeat: expected one whole number of days, weeks, months or years such as P1W, P2W, P1M, or Daily, Weekly, Monthly, Yearly; the schedule is skipped`,
  notDay: (v) => `${v} is not a day of the week such as https://schema.org/Tuesday, Tuesday or TU; it is ignored`,
  severalEvents: (count, name) =>
    `the data holds ${count} events; the first${name !== '""' ? `, ${name},` : ''} is shown (set event-id to the @id, url or identifier of another, or event-index to its position from 0)`,
};

/**
 * Where JSON text breaks, in the same words in every browser (each engine phrases `JSON.parse`
 * errors its own way): line and column counted from the start of the text, what was expected
 * there, and what stands there, cut at the end of its line ("" when the text ended). The
 * mistakes editors make most are named (`mistake`), at their own place: the comma after the
 * last field, the bracket never closed, the text whose closing quote is missing, single
 * quotes. Undefined when the text is JSON after all: the engine refused it for its depth.
 */
function locate(source: string): ProblemArgs | undefined {
  const { at, expected, mistake, from = at } = locateError(source);
  if (!expected) return undefined;
  const before = source.slice(0, from);
  const args: ProblemArgs = {
    line: before.split('\n').length,
    column: from - before.lastIndexOf('\n'),
    expected,
    found: source.slice(at, at + 16).split('\n')[0],
  };
  if (mistake) {
    args.mistake = mistake;
    if (mistake === 'unclosed') args.bracket = source[from];
    // The closing bracket the comma stands before, or the one that is missing.
    args.close = mistake === 'trailingComma' ? source[at] : source[from] === '[' ? ']' : '}';
  }
  return args;
}

/** A number, `true`, `false` or `null`, at `lastIndex`. */
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A minimal JSON scanner that only finds the first position where the text stops being JSON
 * (no `expected` when it never does). It keeps the open objects and lists on a stack of its
 * own, not on the call stack: text nested 200,000 levels deep is scanned like any other.
 */
function locateError(s: string): { at: number; expected?: JsonExpectation; mistake?: JsonMistake; from?: number } {
  let i = 0;
  /** Where the last comma and the last string began. */
  let comma = -1;
  let quote = -1;
  class Stop {
    constructor(readonly expected: JsonExpectation) {}
  }
  const ws = () => {
    // JSON's own whitespace only: JSON.parse refuses a no-break space, so the scanner must too.
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const eat = (c: string, what: JsonExpectation) => {
    ws();
    if (s[i] !== c) throw new Stop(what);
    i++;
  };
  const string = () => {
    eat('"', 'key');
    quote = i - 1;
    for (;;) {
      const c = s[i];
      if (c === undefined || c === '\n') throw new Stop('quote');
      // Other control characters must be escaped in JSON text.
      if (c < ' ') throw new Stop('escape');
      i++;
      if (c === '"') return;
      if (c === '\\') {
        const e = s[i] ?? '';
        if (!'"\\/bfnrtu'.includes(e) || !e || (e === 'u' && !/^[\dA-Fa-f]{4}$/.test(s.slice(i + 1, i + 5)))) {
          throw new Stop('escape');
        }
        i++;
      }
    }
  };
  /** The closing bracket of each object or list that is open, innermost last, and where it opened. */
  const open: string[] = [];
  const opened: number[] = [];
  try {
    for (;;) {
      // A value…
      ws();
      const c = s[i];
      if (c === '{' || c === '[') {
        const close = c === '{' ? '}' : ']';
        const at = i++;
        ws();
        if (s[i] === close) i++;
        else {
          open.push(close);
          opened.push(at);
          if (close === '}') {
            string();
            eat(':', 'colon');
          }
          continue;
        }
      } else if (c === '"') string();
      else {
        LITERAL.lastIndex = i;
        if (!LITERAL.test(s)) throw new Stop('value');
        i = LITERAL.lastIndex;
      }
      // …then the closing brackets after it, up to a comma and the next value.
      for (;;) {
        ws();
        const close = open[open.length - 1];
        if (!close) return i < s.length ? { at: i, expected: 'end' } : { at: i };
        if (s[i] !== close) break;
        i++;
        open.pop();
        opened.pop();
      }
      const close = open[open.length - 1];
      eat(',', close === '}' ? 'comma-brace' : 'comma-bracket');
      comma = i - 1;
      if (close === '}') {
        string();
        eat(':', 'colon');
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const { expected } = e;
    const c = s[i];
    const mistake: JsonMistake | undefined =
      (c === '}' || c === ']') && comma >= 0 && !s.slice(comma + 1, i).trim()
        ? 'trailingComma'
        : expected === 'quote'
          ? 'unclosedText'
          : // After a value: the text ends, or the other kind of bracket closes first.
            /comma/.test(expected) && (c === undefined || c === '}' || c === ']')
            ? 'unclosed'
            : c === "'" && (expected === 'key' || expected === 'value')
              ? 'singleQuotes'
              : undefined;
    const from = { trailingComma: comma, unclosedText: quote, unclosed: opened[opened.length - 1], singleQuotes: i }[
      mistake!
    ];
    return { at: i, expected, mistake, from };
  }
}
