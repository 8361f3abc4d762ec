/**
 * Shared test helpers: the project's own event data, and a fixture that renders an element
 * with given data and waits until it is ready (or in error).
 */
import { fixture } from '@open-wc/testing';
import type { EventEmbedElement } from '../../src/core/element.js';

const cache = new Map<string, Promise<Record<string, unknown>>>();

/**
 * A demo data file, parsed (a fresh copy each call, safe to mutate). Its image paths are
 * relative to the file; here they are made absolute, since the data is given as a property.
 */
export async function data(name: 'seed.ru' | 'sample.en' | 'conference.en'): Promise<Record<string, any>> {
  let p = cache.get(name);
  const load = async () =>
    JSON.parse(await (await fetch(`/demo/data/${name}.json`)).text(), (_, v) =>
      typeof v === 'string' && v.startsWith('../') ? `/demo/${v.slice(3)}` : v,
    );
  if (!p) cache.set(name, (p = load()));
  return structuredClone(await p);
}

/**
 * Waits until an element has settled (ready, empty or error), for up to 10 s (its data, view or
 * language may be loading on a busy machine); a test then checks the state it expects.
 */
export async function settled<T extends EventEmbedElement>(el: T): Promise<T> {
  const end = Date.now() + 10_000;
  while (el.state === 'loading' && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

/**
 * Renders `<tag>` with an `event` property and waits for it to settle and announce it (the
 * load or error event comes once problems are worded and logged, which can be a little later).
 */
export async function render<T extends EventEmbedElement>(
  tag: string,
  event: unknown,
  attrs: Record<string, string> = {},
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.event = event;
  const announced = new Promise((resolve) => {
    el.addEventListener('event-embed-load', resolve, { once: true });
    el.addEventListener('event-embed-error', resolve, { once: true });
  });
  wrapper.append(el);
  await settled(el);
  if (el.state !== 'loading') await Promise.race([announced, new Promise((r) => setTimeout(r, 2000))]);
  return el;
}

/**
 * Waits until `test()` holds (it may return a promise), polling every 10 ms, and fails naming
 * `what` after 10 s (or `ms`): a loaded machine may take that long to load an image, a view or
 * a language, and a test then goes on at once when the condition is met. The tests use it rather
 * than @open-wc's waitUntil, whose 1 s default is what a loaded CI machine missed.
 */
export async function until(test: () => unknown, what: string, ms = 10_000): Promise<void> {
  for (const end = performance.now() + ms; performance.now() < end;) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  if (!(await test())) throw new Error(`timed out waiting for ${what}`);
}

/** The visible text of an element's shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects console warnings and errors while `fn` runs. */
export async function captureConsole(fn: () => Promise<unknown> | unknown) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
  console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return { warnings, errors };
}
