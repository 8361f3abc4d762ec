import { readdirSync } from 'node:fs';

// The filters' chunk (its name has a hash): the baseline takes their styles from it.
const filters = readdirSync(new URL('../../dist/chunks/', import.meta.url)).find((f) => /^filters-.*\.js$/.test(f));

export default {
  name: 'event-agenda-1000-baseline',
  page: `/bench/pages/event-agenda-1000.html?baseline&filters=/dist/chunks/${filters}`,
  description:
    'The same 1,000-session list, same markup and styles, built as one string and set with one innerHTML: data -> painted.',
};
