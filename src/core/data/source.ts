/**
 * Where an element's event comes from, shared by every element on the page: a URL is fetched
 * and parsed once however many widgets name it; a `#id` JSON-LD block is parsed once while its
 * text is unchanged. Nothing here throws: every failure is a `ParseResult` with a problem.
 */
import { readEvent } from '../event/normalize.js';
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

/** The JSON-LD blocks an element reads: its inline child, or the one `src="#id"` names. */
export const BLOCK = 'script[type="application/ld+json"],script[type="application/json"]';

const failure = (code: FatalCode, args: ProblemArgs): ParseResult => ({
  ok: false,
  warnings: [],
  problem: { fatal: true, path: 'src', code, args } satisfies FatalProblem,
});

interface Fetching {
  result: Promise<ParseResult>;
  /** Elements waiting on this fetch; when the last one leaves, the fetch is aborted. */
  users: number;
  controller: AbortController;
  done: boolean;
}

const fetches = new Map<string, Fetching>();
const blocks = new WeakMap<Element, { text: string; result: ParseResult }>();
const objects = new WeakMap<object, ParseResult>();
const texts = new Map<string, ParseResult>();

/**
 * Parses the `event` property or attribute, once per object (or per JSON text) however many
 * widgets are given it: `<event-announcement>` hands the same data to its four widgets.
 */
export function fromValue(value: unknown): ParseResult {
  if (typeof value === 'object' && value !== null) {
    let result = objects.get(value);
    if (!result) objects.set(value, (result = readEvent(value)));
    return result;
  }
  const text = String(value);
  let result = texts.get(text);
  if (!result) {
    result = readEvent(text);
    // A few recent texts are enough to share between widgets; old ones are let go.
    if (texts.size >= 8) texts.delete(texts.keys().next().value!);
    texts.set(text, result);
  }
  return result;
}

/** Parses the text of a JSON-LD block, once for as long as its text stays the same. */
export function fromBlock(script: Element): ParseResult {
  const text = script.textContent ?? '';
  const cached = blocks.get(script);
  if (cached?.text === text) return cached.result;
  const result = readEvent(text);
  blocks.set(script, { text, result });
  return result;
}

/** The result for `src`: `#id` of a block on the page, or a URL relative to the page. */
export function fromSrc(src: string, root: Document | ShadowRoot, signal: AbortSignal): Promise<ParseResult> {
  if (src.startsWith('#')) {
    const el = root.getElementById(src.slice(1)) ?? document.getElementById(src.slice(1));
    return Promise.resolve(
      !el
        ? failure('noBlock', { id: src })
        : el.matches(BLOCK)
          ? fromBlock(el)
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
    const created: Fetching = { users: 0, controller, done: false, result: load(url, controller) };
    created.result.then((r) => {
      created.done = true;
      // Failures are not kept: the next attempt tries again.
      if (!r.ok && fetches.get(url) === created) fetches.delete(url);
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
    shared.result.then((r) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', onAbort);
      shared.users--;
      resolve(r);
    });
  });
}

async function load(url: string, controller: AbortController): Promise<ParseResult> {
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
    return readEvent(text, response.url || url);
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
