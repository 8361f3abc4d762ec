/**
 * dist/autoloader.js: defines each element only when its tag appears in the page, now or
 * later, and loads only that element's code (from URLs relative to this script). A page with
 * only a card never downloads the gallery. Where another copy of the library runs the page
 * already (core/copies.ts), it loads nothing.
 */
import { owner } from './core/copies.js';

const elements: Record<string, () => Promise<unknown>> = {
  'event-card': () => import('./elements/event-card/define.js'),
  'event-agenda': () => import('./elements/event-agenda/define.js'),
  'event-organizers': () => import('./elements/event-organizers/define.js'),
  'event-gallery': () => import('./elements/event-gallery/define.js'),
  'event-announcement': () => import('./elements/event-announcement/define.js'),
};

const waiting = new Set(Object.keys(elements));

function scan() {
  for (const tag of waiting) {
    if (!document.querySelector(tag)) continue;
    waiting.delete(tag);
    elements[tag]().catch((error) => console.warn(`event-embed: <${tag}> could not be loaded:`, error));
  }
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver(scan);
if (owner) {
  observer.observe(document, { childList: true, subtree: true });
  scan();
}
