/**
 * The script URL of the snippet: where the partner page loads dist/event-embed.js from. There
 * is no default: the editor names the site's own copy, or a pinned package version on a CDN,
 * and the snippet can be copied only once that is a real `https:` URL (not a placeholder, not
 * the developer's machine). For a pinned version the snippet gets an `integrity` hash (SRI) of
 * the released file, so that a browser refuses anything else served under that URL.
 */

/** The pinned package URL pattern; `VERSION` is the version to pin. */
export const PINNED_PATTERN = 'https://cdn.jsdelivr.net/npm/event-embed@VERSION/dist/event-embed.js';

/** Hosts that are not the public web: the developer's machine, private networks, reserved names. */
const NOT_PUBLIC =
  /^(?:localhost|.*\.localhost|.*\.local|.*\.test|.*\.invalid|.*\.example|(?:.*\.)?example\.(?:com|net|org)|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|\[.*\])$/i;

export interface ScriptUrl {
  /** Why the URL cannot go into a snippet yet; empty when it can. */
  why: string;
  /** The version the URL pins (`…@1.2.3/…` or `…/1.2.3/…`), if it pins one. */
  version?: string;
}

/**
 * Checks the script URL. `accept` is an origin allowed although it is not `https:` (the test
 * server's, where the builder's own snippets are pasted into blank pages).
 */
export function checkScriptUrl(value: string, accept?: string): ScriptUrl {
  const text = value.trim();
  if (!text) return { why: 'Fill in the script URL: your site’s own copy of event-embed.js, or a pinned version.' };
  if (/[{}<>…]|VERSION/.test(text)) return { why: 'The script URL still holds a placeholder: fill in the version.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { why: 'The script URL must be a full address starting with https://.' };
  }
  const version = /(?:@|\/v?)(\d+\.\d+\.\d+(?:-[\w.]+)?)\//.exec(url.pathname)?.[1];
  if (accept && url.origin === accept) return { why: '', version };
  if (url.protocol !== 'https:')
    return { why: 'The script URL must start with https:// (pages served over HTTPS block anything else).' };
  if (NOT_PUBLIC.test(url.hostname)) {
    return { why: `The script URL points at ${url.hostname}, which visitors of your page cannot reach.` };
  }
  return { why: '', version };
}

/** The SRI value (`sha384-…`) of a file, or why it cannot be computed. */
export async function integrityOf(url: string): Promise<{ integrity?: string; why?: string }> {
  if (!globalThis.crypto?.subtle)
    return { why: 'this page is not served over HTTPS, so the browser computes no hashes' };
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return { why: `${url} answered ${response.status}` };
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
    return { integrity: `sha384-${btoa(String.fromCharCode(...digest))}` };
  } catch {
    return { why: `${url} could not be loaded` };
  }
}

/**
 * The integrity attribute for a snippet that pins `pins` (or none), and the sentence that says
 * what it is: only the builder's own version can be hashed, from its released file
 * (`bundleUrl`), fetched once; `ready` runs when the hash is there.
 */
export function integrityFor(version: string, bundleUrl: string, ready: () => void) {
  let hashed: { integrity?: string; why?: string } | undefined;
  let asked = false;
  return (pins: string | undefined): { integrity?: string; note: string } => {
    if (!pins) return { note: '' };
    if (pins !== version) {
      return {
        note: `No integrity attribute: this builder holds version ${version}, so it can hash only that release’s file (the URL pins ${pins}).`,
      };
    }
    if (!asked) {
      asked = true;
      integrityOf(bundleUrl).then((r) => {
        hashed = r;
        ready();
      });
    }
    if (!hashed) return { note: 'Computing the integrity hash of the released file…' };
    if (!hashed.integrity) return { note: `No integrity attribute: ${hashed.why}.` };
    return {
      integrity: hashed.integrity,
      note: `integrity="${hashed.integrity}": the hash of dist/event-embed.js as released in version ${version}, computed from the copy this builder serves. Browsers refuse the script if that URL ever serves anything else.`,
    };
  };
}
