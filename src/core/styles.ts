import { isServer, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles to a widget's shadow root after its first render, once: for the parts whose code
 * loads on demand, whose styles come with it (the lightbox, the organizers' layouts, the
 * agenda's filters, the calendar links, the error box). A constructed sheet where the engine
 * can adopt one (allowed by a CSP without 'unsafe-inline', as Lit's own), else a `<style>`
 * element, as Lit does.
 */
export function adopt(root: ShadowRoot, styles: CSSResult) {
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  if (done.has(styles)) return;
  done.add(styles);
  // On the server (src/ssr/), they are written into the shadow root's <style> instead (adopted()).
  if (isServer) return;
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
}

/** The styles added to a shadow root so far (read on the server, src/ssr/renderer.ts). */
export const adopted = (root: ShadowRoot): ReadonlySet<CSSResult> => added.get(root) ?? new Set();
