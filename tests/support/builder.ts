/**
 * The snippet builder as demo/builder.html has it, wired up by its module in the test page, for
 * the builder's tests (tests/demo/): its root, a query helper, and the JSON pasted in.
 */
import { fixture } from '@open-wc/testing';
import { mountBuilder } from '../../demo/builder/builder.js';

/**
 * dist/event.schema.json is made by `npm test`'s pretest; another build running at the same
 * time in the same checkout empties dist/ for a few seconds, so wait for it rather than fail.
 */
export async function schemaBuilt() {
  for (let i = 0; i < 60; i++) {
    if ((await fetch('/dist/event.schema.json', { cache: 'no-store' })).ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('dist/event.schema.json is missing: run `npm run schema` (npm test does it first).');
}

/** Mounts the builder with the test server's schema, manifest and data, and `options` over them. */
export async function mountTestBuilder(options: Parameters<typeof mountBuilder>[1] = {}) {
  await schemaBuilt();
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  const container = await fixture<HTMLDivElement>(document.createElement('div'));
  container.append(document.importNode(page.getElementById('builder')!, true));
  const root = container.firstElementChild as HTMLElement;
  await mountBuilder(root, {
    schemaUrl: '/dist/event.schema.json',
    manifestUrl: '/custom-elements.json',
    dataUrl: '/demo/data/',
    ...options,
  });
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const json = $<HTMLTextAreaElement>('#json');
  return {
    root,
    $,
    json,
    /** Puts text in the JSON field as an editor's paste would. */
    paste(text: string) {
      json.value = text;
      json.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
}
