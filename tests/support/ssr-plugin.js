// Serves what `event-embed/ssr` renders, for the browser tests of pre-rendered HTML
// (tests/ssr/*.test.ts): GET /__ssr__/render?tag=…&data=demo/data/seed.ru.json&lang=…&timeZone=…
// (or json=<the data>, or the data POSTed; now=<ms>; attr.<name>=<value> for each attribute) answers { html } or { error }; the data's
// relative URLs are resolved against its URL on this server. The server module
// is built from src/ssr/ with esbuild when first asked for, Lit and @lit-labs/ssr left as
// imports, so that it runs in this Node process exactly as it runs for a user.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
// Under node_modules, so that its imports (lit, @lit-labs/ssr) resolve to the project's.
const out = new URL('node_modules/.cache/event-embed-ssr/index.mjs', root);
/** The data files a test may name. */
const DATA = /^(demo\/data|tests\/fixtures(\/[\w-]+)?)\/[\w.-]+\.json$/;

/** render() of dist/lib/ssr/, run in a worker thread (its own globals, its own elements). */
function inWorker(...args) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.module)
      .then(({ render }) => render(...workerData.args))
      .then((html) => parentPort.postMessage({ html }), (e) => parentPort.postMessage({ error: String(e.message) }));`;
  const module = new URL('dist/lib/ssr/index.js', root).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { module, args } });
    worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.html)));
    worker.once('error', reject);
  });
}

/** A request's body, as text. */
async function text(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function ssrPlugin() {
  let server;
  const load = async () => {
    mkdirSync(new URL('.', out), { recursive: true });
    await build({
      entryPoints: [fileURLToPath(new URL('src/ssr/index.ts', root))],
      outfile: fileURLToPath(out),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return import(`${pathToFileURL(fileURLToPath(out))}?${Date.now()}`);
  };
  return {
    name: 'ssr',
    async serve(context) {
      if (context.path !== '/__ssr__/render') return undefined;
      const q = new URLSearchParams(context.querystring);
      // The data: a file of the project's, or the JSON itself (`json`, for data made by a test).
      const data = q.get('data') ?? 'demo/data/seed.ru.json';
      // (POSTed, for data too long for an address.)
      const json = context.method === 'POST' ? await text(context.req) : q.get('json');
      if (!json && !DATA.test(data))
        return { body: JSON.stringify({ error: `not a data file: ${data}` }), type: 'json' };
      // (`dist=1`: the package's own build, dist/lib/ssr/, for the tests of the shipped files, in
      // a worker of its own: in this process, the elements of the source are already defined.)
      const { render } = q.has('dist') ? { render: inWorker } : await (server ??= load());
      const attributes = Object.fromEntries(
        [...q].filter(([k]) => k.startsWith('attr.')).map(([k, v]) => [k.slice(5), v === '' ? true : v]),
      );
      try {
        const html = await render(q.get('tag'), json ?? readFileSync(new URL(data, root), 'utf8'), {
          lang: q.get('lang') ?? undefined,
          timeZone: q.get('timeZone') ?? undefined,
          now: q.has('now') ? Number(q.get('now')) : undefined,
          attributes,
          // The data's relative URLs (../images/…) resolved as for a page that serves the file.
          base: q.has('nobase') ? undefined : new URL(data, `${context.origin}/`).href,
        });
        return { body: JSON.stringify({ html }), type: 'json' };
      } catch (e) {
        return { body: JSON.stringify({ error: String(e.message) }), type: 'json' };
      }
    },
  };
}
