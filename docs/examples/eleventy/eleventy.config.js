// An Eleventy site whose event page is pre-rendered by event-embed/ssr: the event is in the HTML,
// readable and styled with no script, and the library takes it over in the browser. Built by
// `npm run check:node` (scripts/eleventy-check.js); by hand, after `npm run build`, from the
// project's root: `npx @11ty/eleventy --config=docs/examples/eleventy/eleventy.config.js`.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'event-embed/ssr';

/** A path of this example's, as Eleventy takes paths: from where it runs. */
const here = (path) => relative(process.cwd(), fileURLToPath(new URL(path, import.meta.url))) || '.';

/** @param {import('@11ty/eleventy').UserConfig} config */
export default function (config) {
  // {% eventEmbed "event.jsonld", "event-announcement", "ru" %} (a path from this file): the element, pre-rendered, with
  // the event's JSON-LD inside it (search engines read it there too).
  config.addAsyncShortcode('eventEmbed', async (file, tag = 'event-announcement', lang = 'en') =>
    render(tag, await readFile(new URL(file, import.meta.url), 'utf8'), {
      lang,
      // The readers' zone: the event's own is named for those elsewhere.
      timeZone: 'UTC',
    }),
  );
  // The library's hydrating build (its chunks beside it), and the event's pictures, whose URLs
  // in event.jsonld are relative (../images/…).
  config.addPassthroughCopy({ [here('../../../dist/event-embed.hydrate.js')]: 'assets/event-embed.hydrate.js' });
  config.addPassthroughCopy({ [here('../../../dist/chunks/hydrate')]: 'assets/chunks/hydrate' });
  config.addPassthroughCopy({ [here('../../../demo/images')]: 'images' });
  return { dir: { input: here('src'), output: here('_site') } };
}
