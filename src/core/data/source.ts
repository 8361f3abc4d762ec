/**
 * Where an element's event comes from, shared by every element on the page: a URL is fetched
 * and parsed once however many widgets name it; a `#id` JSON-LD block is parsed once while its
 * text is unchanged. Nothing here throws: every failure is a `ParseResult` with a problem.
 */
import { needsLenient, readEvent, type ReadOptions } from '../event/normalize.js';
import type { FatalProblem, ParseResult } from '../event/model.js';
import type { FatalCode, ProblemArgs } from '../event/problems.js';

/** Settings of every `src` fetch; a page may change them before the elements load data. */
export const fetchSettings = {
  /** How long a fetch may take before it is an error, in milliseconds. */
  timeout: 15_000,
  /**
   * The most bytes of a response that are read (after decompression); a larger one is an
   * error that names the limit, read no further, so that a wrong URL cannot freeze the page.
   * An event is a few kilobytes.
   */
  maxBytes: 2_000_000,
};

/** How an element reads its data: in its language, and which event when the data holds several. */
export type Reading = Pick<ReadOptions, 'lang' | 'eventId' | 'eventIndex'>;

/** A result, or one that comes once the lenient readers have loaded. */
export type Read = ParseResult | Promise<ParseResult>;

/** The JSON-LD blocks an element reads: its inline child, or the one `src="#id"` names. */
export const BLOCK = 'script[type="application/ld+json"],script[type="application/json"]';

const failure = (code: FatalCode, args: ProblemArgs): ParseResult => ({
  ok: false,
  warnings: [],
  problem: { fatal: true, path: 'src', code, args } satisfies FatalProblem,
});

/** A fetched document: its text and final URL, or why there is none. */
type Body = { text: string; url: string } | ParseResult;

interface Fetching {
  body: Promise<Body>;
  /** Elements waiting on this fetch; when the last one leaves, the fetch is aborted. */
  users: number;
  controller: AbortController;
  done: boolean;
}

const fetches = new Map<string, Fetching>();
const objects = new WeakMap<object, Map<string, Read>>();
/** Readings of texts (attributes, blocks, fetched documents), by reading, base URL and text. */
const texts = new Map<string, Read>();

/** Results whose text was chosen among languages (read again when the widget's language changes). */
export const lenientResults = new WeakSet<ParseResult>();

/**
 * Reads the data, and reads it again with the lenient readers when it needs them (a shape or
 * container few sites use, references, text in languages or HTML, several events): their code
 * loads the first time a document needs it. Offline, the core reader's result stands.
 */
function readFully(input: unknown, options: ReadOptions): Read {
  const first = readEvent(input, options);
  if (!needsLenient.has(first)) return first;
  return import('../event/lenient/index.js').then(
    (lenient) => {
      lenient.choseLanguage();
      const result = readEvent(input, { ...options, lenient });
      if (lenient.choseLanguage()) lenientResults.add(result);
      return result;
    },
    () => first,
  );
}

/**
 * Parses the `event` property or attribute, once per object or text and reading however many
 * widgets are given it: `<event-announcement>` hands the same data to its four widgets.
 */
export function fromValue(value: unknown, reading: Reading, base?: string): Read {
  const k = [reading.lang, reading.eventId, reading.eventIndex, base].join('\n');
  const object = typeof value === 'object' && value !== null;
  const reads = object ? (objects.get(value) ?? new Map<string, Read>()) : texts;
  if (object) objects.set(value, reads);
  const key = object ? k : `${k}\n${value}`;
  let result = reads.get(key);
  if (!result) {
    // A few recent texts are enough to share between widgets; old ones are let go.
    if (texts.size > 15) texts.delete(texts.keys().next().value!);
    reads.set(key, (result = readFully(object ? value : String(value), { ...reading, base })));
  }
  return result;
}

/** Parses the text of a JSON-LD block (once for as long as its text stays the same). */
export const fromBlock = (script: Element, reading: Reading) => fromValue(script.textContent ?? '', reading);

/** The result for `src`: `#id` of a block on the page, or a URL relative to the page. */
export function fromSrc(
  src: string,
  root: Document | ShadowRoot,
  signal: AbortSignal,
  reading: Reading,
): Promise<ParseResult> {
  if (src.startsWith('#')) {
    const el = root.getElementById(src.slice(1)) ?? document.getElementById(src.slice(1));
    return Promise.resolve(
      !el
        ? failure('noBlock', { id: src })
        : el.matches(BLOCK)
          ? fromBlock(el, reading)
          : // Not a data block (a <div>, a script of code): its text is not read as the event.
            failure('notBlock', { id: src, tag: el.localName, type: el.getAttribute('type') ?? '' }),
    );
  }
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve(failure('fetch', { url: src, cause: 'it is not a valid URL' }));
  }
  let entry = fetches.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Fetching = { users: 0, controller, done: false, body: load(url, controller) };
    created.body.then((r) => {
      created.done = true;
      // Failures are not kept: the next attempt tries again.
      if ('ok' in r && fetches.get(url) === created) fetches.delete(url);
    });
    fetches.set(url, created);
    entry = created;
  }
  const shared = entry;
  shared.users++;
  return new Promise<ParseResult>((resolve, reject) => {
    const onAbort = () => {
      shared.users--;
      if (!shared.done && shared.users === 0) {
        fetches.delete(url);
        shared.controller.abort();
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.body.then(async (body) => {
      const r = 'ok' in body ? body : await fromValue(body.text, reading, body.url);
      if (signal.aborted) return;
      signal.removeEventListener('abort', onAbort);
      shared.users--;
      resolve(r);
    });
  });
}

async function load(url: string, controller: AbortController): Promise<Body> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, fetchSettings.timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/ld+json, application/json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) return failure('status', { url, status: `${response.status} ${response.statusText}`.trim() });
    const text = await read(response);
    if (text == null) {
      controller.abort(); // the rest of the body is not downloaded
      return failure('tooBig', { url, limit: fetchSettings.maxBytes });
    }
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start && !/^[[{]/.test(start)) return failure('body', { url, found: start.slice(0, 20) });
    return { text, url: response.url || url };
  } catch (error) {
    if (timedOut) return failure('timeout', { url, seconds: fetchSettings.timeout / 1000 });
    if (controller.signal.aborted) return failure('fetch', { url, cause: 'aborted' });
    return failure('fetch', { url, cause: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read as it arrives; undefined as soon as it is larger than `maxBytes` (a
 * Content-Length over the limit, which counts compressed bytes, stops before reading any).
 */
async function read(response: Response): Promise<string | undefined> {
  const limit = fetchSettings.maxBytes;
  if (Number(response.headers.get('content-length')) > limit) return;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0; reader;) {
    const { done, value } = await reader.read();
    if (done) break;
    if ((size += value.length) > limit) return;
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
