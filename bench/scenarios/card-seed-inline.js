import { readFile, mkdir, writeFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);

export default {
  name: 'card-seed-inline',
  page: '/bench/pages/generated/card-seed-inline.html',
  baseline: 'card-seed',
  description: 'card-seed with the event inline as a <script type="application/ld+json"> child instead of src.',

  /** Writes the page: card-seed.html with the JSON of demo/data/seed.ru.json put inline. */
  async setup() {
    const page = await readFile(new URL('bench/pages/card-seed.html', root), 'utf8');
    const json = await readFile(new URL('demo/data/seed.ru.json', root), 'utf8');
    const from = '<event-card lang="ru" src="/demo/data/seed.ru.json"></event-card>';
    if (!page.includes(from)) throw new Error(`bench/pages/card-seed.html no longer contains ${from}`);
    // Every "<" of JSON text is inside a string, where \u003c means the same: no "</script>"
    // or "<!--" can end or change the script element early.
    const inline = `<event-card lang="ru">\n<script type="application/ld+json">\n${json.trim().replaceAll('<', '\\u003c')}\n</script>\n</event-card>`;
    const out = page
      .replace('<title>bench: card-seed</title>', '<title>bench: card-seed-inline (generated)</title>')
      // Relative URLs in the data (../images/…) resolve against the page for inline data but
      // against the JSON file for src; this base makes them name the same files in both.
      .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<base href="/demo/data/">')
      .replace(from, inline);
    await mkdir(new URL('bench/pages/generated/', root), { recursive: true });
    await writeFile(new URL('bench/pages/generated/card-seed-inline.html', root), out);
  },
};
