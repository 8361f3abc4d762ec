// The demo and docs site as static files in dist-site/ (`npm run site`): the demo pages bundled
// by `vite build --mode site`, the docs (every page of docs/ as HTML, scripts/docs/site.js), beside what they load at run time: dist/ (the bundles the snippets
// point to, and event.schema.json, from which the builder makes its form), custom-elements.json
// (the reference page) and demo/data, demo/images.
//
// `node scripts/site.js --schema` only makes dist/event.schema.json when it is missing (before
// `npm start`, whose builder page reads it).
import { execSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeDocs } from './docs/site.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command) => execSync(command, { stdio: 'inherit', cwd: root });
const at = (path) => `${root}${path}`;

if (process.argv.includes('--schema')) {
  if (!existsSync(at('dist/event.schema.json'))) run('npm run schema');
  process.exit(0);
}

run('npx vite build --mode site --logLevel warn');
// dist/ last and copied at once: any other build (`npm test`) empties it.
run('npm run build:bundles');
run('npm run schema');
cpSync(at('dist'), at('dist-site/dist'), { recursive: true, filter: (src) => !src.startsWith(at('dist/lib')) });
cpSync(at('custom-elements.json'), at('dist-site/custom-elements.json'));
for (const dir of ['data', 'images']) cpSync(at(`demo/${dir}`), at(`dist-site/demo/${dir}`), { recursive: true });
writeDocs(at('dist-site'));
console.log(
  'The site is in dist-site/: open dist-site/demo/index.html (the demo) or dist-site/docs/index.html (the docs) through any static server.',
);
