/**
 * Checks that a rendered element holds its (untrusted) data as text only: no markup made from
 * data, no script that ran, no URL outside the allowed schemes in any `href`/`src`-like
 * attribute. Used by the fuzz and hostile-input tests in tests/quality/.
 *
 * Payloads mark themselves: markup carries a `data-xss` attribute and script calls
 * `__xss(label)`, which records the label in `xssHits`.
 */
import type { ParseResult } from '../../src/core/event/model.js';

/** Labels of every payload that executed. */
export const xssHits: string[] = [];
(globalThis as unknown as { __xss: (label: unknown) => void }).__xss = (label) => xssHits.push(String(label));

/** Schemes a link or an image may have (src/core/url.ts); relative URLs resolve to the page's http:. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The .ics "Add to calendar" link is a data URL the library builds itself (core/calendar.ts), never from data. */
const OWN_DATA_URL = 'data:text/calendar;charset=utf-8,';

/** Attributes whose value the browser fetches or navigates to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'background',
  'ping',
  'cite',
  'longdesc',
  'manifest',
];

/** Elements that never belong in a widget's shadow root: each can run or load active content. */
const FORBIDDEN = 'script, iframe, frame, object, embed, applet, base, meta, link, form, foreignObject, portal';

/** Every element under `root`, through nested shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Why a URL in an attribute is not allowed, or undefined when it is. */
export function badUrl(value: string, attr = 'href'): string | undefined {
  // What the browser would do with it: it drops leading/trailing C0 controls and spaces and
  // removes tabs and newlines anywhere before reading the scheme.
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return undefined; // not a URL: the browser neither loads nor follows it
  }
  if (ALLOWED.has(url.protocol)) return undefined;
  if (attr === 'href' && value.startsWith(OWN_DATA_URL)) return undefined;
  return `${url.protocol} URL`;
}

/** The URLs of a `srcset` (or `imagesrcset`) value. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);

/**
 * Every problem with the shadow DOM of `el` (empty when it is inert): elements made from data,
 * forbidden elements, inline event handler attributes, and URLs outside the allowed schemes.
 */
export function inertProblems(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot;
  if (!root) return [`<${el.localName}> has no shadow root`];
  for (const node of deepElements(root)) {
    const where = `<${el.localName}> ${node.localName}`;
    if (node.hasAttribute('data-xss')) problems.push(`${where}: an element made from data (data-xss)`);
    if (node.matches(FORBIDDEN)) problems.push(`${where}: a <${node.localName}> element`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where}: inline handler ${name}="${attr.value.slice(0, 60)}"`);
      const urls = URL_ATTRIBUTES.includes(name)
        ? [attr.value]
        : name === 'srcset' || name === 'imagesrcset'
          ? srcsetUrls(attr.value)
          : name === 'style'
            ? [...attr.value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2])
            : [];
      for (const url of urls) {
        const why = badUrl(url, name);
        if (why) problems.push(`${where}: ${name}="${url.slice(0, 80)}" is a ${why}`);
      }
    }
  }
  return problems;
}

/**
 * Keeps generated and hostile image (and media, frame, object) URLs off the network for the
 * rest of this page (one test file): a Content-Security-Policy that allows only data: URLs for
 * them. Without it, every random host in the data would be looked up and fetched by <img>.
 */
export async function blockExternalLoads() {
  if (document.querySelector('meta[data-block-external-loads]')) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  // The test server's own images may load (a photo the fuzz test knows loads); no other host.
  meta.content = "img-src data: 'self'; media-src data:; frame-src 'none'; object-src 'none'";
  meta.dataset.blockExternalLoads = '';
  document.head.append(meta);
  // Proof that this engine enforces it (the probe is a local port, harmless if it were not).
  const blocked = new Promise<boolean>((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), 3000);
  });
  new Image().src = 'http://127.0.0.1:9/probe.png';
  if (!(await blocked))
    throw new Error('the Content-Security-Policy <meta> that keeps image loads off the network is not enforced');
}

/** Errors thrown into the page (uncaught, or unhandled rejections) while `fn` runs. */
export async function pageErrors(fn: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(String(e.error?.stack ?? e.message));
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(String((e.reason as Error)?.stack ?? e.reason));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    // Rejections are reported after the microtask queue drains.
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Uses every control of an element once, as a person would (never following a link): clicks
 * each button and summary of its shadow DOM (a "more" toggle, a gallery photo that opens the
 * lightbox, the lightbox's own buttons, a menu), then presses Escape where the focus is.
 */
export async function activateAll(el: Element) {
  const frame = () => new Promise((r) => setTimeout(r, 0));
  for (const control of deepElements(el.shadowRoot!)) {
    if (
      !control.isConnected ||
      !(control instanceof HTMLElement) ||
      !control.matches('button, summary, [role="button"]')
    )
      continue;
    control.click();
    await frame();
  }
  let focused: Element | null = el.shadowRoot!.activeElement ?? el;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  focused?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }),
  );
  // What the clicks started (code loaded on demand, a dialog opening) ends before the caller goes on.
  await new Promise((r) => setTimeout(r, 20));
}

/** Opens every `<details>` (the calendar menus) and waits until their lazily built content is in. */
export async function openMenus(el: Element) {
  const calendars = deepElements(el.shadowRoot!).filter((n) => n instanceof HTMLDetailsElement);
  for (const d of calendars) d.open = true;
  // The toggle event is async and the calendar modules are imported on first open (from the
  // sources here, transformed on first request: slow in a busy engine).
  const end = Date.now() + 8000;
  while (Date.now() < end && calendars.some((menu) => !menu.querySelector('[part~="calendar-menu"] a'))) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * parseEvent(input) run in a worker, or an Error when it has not answered within `ms` of being
 * asked (once the worker has loaded): for inputs that could hang the parser (a frozen test page
 * would stop the whole engine's run).
 */
export async function parseInWorker(input: unknown, ms = 5000): Promise<ParseResult | Error> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParseResult | Error>((resolve) => {
      worker.onerror = (e) => resolve(new Error(`the worker failed: ${e.message}`));
      worker.onmessage = () => {
        worker.onmessage = (e: MessageEvent<ParseResult>) => resolve(e.data);
        setTimeout(() => resolve(new Error(`parseEvent did not return within ${ms / 1000} s`)), ms);
        worker.postMessage(input);
      };
    });
  } finally {
    worker.terminate();
  }
}
