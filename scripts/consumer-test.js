// The package as a user gets it (`npm run test:consumer`; CI runs it): `npm pack` (its prepack
// builds), the tarball installed with React 19, TypeScript, Vue 3, vue-tsc and Vite from the
// npm registry into a scratch project in a temporary directory, then
//   1. tests/consumer/react and tests/consumer/vue type-checked under `skipLibCheck: false`
//      (and Vue's strictTemplates): the correct uses must pass; the mistakes, each under a
//      `@ts-expect-error` / `@vue-expect-error`, must pass too (an unused directive is an error)
//      and, with the directives removed, must fail on exactly the lines they stood above;
//   2. every export of package.json imported in Node: the Node-safe ones must load (and
//      `event-embed/data` work, `event-embed/ssr` render); the DOM bundles must resolve and stop
//      only at a missing DOM global; the types-only ones must name a file the package holds;
//      and `npx event-embed render` must print an element;
//   3. every JavaScript export built by Vite in the scratch project.
// Nothing is cached outside the temporary directory (npm's cache included), which is removed
// at the end unless KEEP=1. Exits 1 on the first failure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Versions that work on Node 20, pinned so that a registry release cannot change the result. */
const VERSIONS = {
  react: '19.2.3',
  'react-dom': '19.2.3',
  '@types/react': '19.2.7',
  '@types/react-dom': '19.2.3',
  typescript: '5.9.3',
  vue: '3.5.25',
  'vue-tsc': '3.1.5',
  vite: '8.3.8',
};

const root = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'event-embed-consumer-'));
const app = join(tmp, 'app');
const started = performance.now();
const env = { ...process.env, npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false' };
const step = (what) => console.log(`consumer: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/** Runs a command; returns its output, or throws with it. */
const run = (cmd, args, cwd, { fail = true } = {}) => {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (fail) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout}${e.stderr}`, { cause: e });
    return `${e.stdout}${e.stderr}`;
  }
};

try {
  // ---- the tarball ----
  step('npm pack (prepack builds)');
  const out = run('npm', ['pack', '--json', '--pack-destination', tmp], root);
  const [packed] = JSON.parse(out.slice(out.lastIndexOf('[\n  {'))); // after the build's own output
  const files = new Set(packed.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.has(t));
  if (missing.length) throw new Error(`the tarball lacks files its exports name: ${missing.join(', ')}`);
  console.log(`consumer: ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1000).toFixed(0)} kB`);

  // ---- the scratch project ----
  step('npm install of the tarball, React, Vue, TypeScript, vue-tsc, Vite');
  cpSync(join(root, 'tests/consumer'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const deps = Object.entries(VERSIONS).map(([name, v]) => `${name}@${v}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(tmp, packed.filename), ...deps], app);

  // ---- 1. types ----
  const checks = [
    { dir: 'react', bin: 'tsc', mistakes: 'mistakes.tsx', directive: /^\s*(?:\{\/\*|\/\/)\s*@ts-expect-error/ },
    { dir: 'vue', bin: 'vue-tsc', mistakes: 'Mistakes.vue', directive: /^\s*<!--\s*@vue-expect-error/ },
  ];
  for (const { dir, bin, mistakes, directive } of checks) {
    step(`${bin} in ${dir}/: correct uses and mistakes with their directives`);
    const tsc = join(app, 'node_modules/.bin', bin);
    run(tsc, ['-p', '.'], join(app, dir));
    // The same without the directives: an error on each line after one, and nowhere else.
    const file = join(app, dir, mistakes);
    const lines = readFileSync(file, 'utf8').split('\n');
    const expected = lines.flatMap((l, i) => (directive.test(l) ? [i + 2] : []));
    writeFileSync(file, lines.map((l) => (directive.test(l) ? '' : l)).join('\n'));
    const out = run(tsc, ['-p', '.'], join(app, dir), { fail: false });
    const errors = [...out.matchAll(/^(\S+)\((\d+),\d+\): error/gm)];
    const lineNumbers = [...new Set(errors.map((m) => Number(m[2])))].sort((a, b) => a - b);
    if (errors.some((m) => !m[1].endsWith(mistakes)) || String(lineNumbers) !== String(expected)) {
      throw new Error(`${dir}/${mistakes} without its directives: expected errors on lines ${expected}, got:\n${out}`);
    }
    console.log(`consumer: ${dir}: ${expected.length} mistakes caught, the correct uses pass`);
  }

  // ---- 2. every export in Node ----
  step('every export in Node');
  const DOM_BUNDLES = ['./bundle', './classic', './autoloader', './hydrate'];
  const script = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const pkg = (await import('event-embed/package.json', { with: { type: 'json' } })).default;
    const DOM = new Set(${JSON.stringify(DOM_BUNDLES)});
    for (const [key, target] of Object.entries(pkg.exports)) {
      const spec = 'event-embed' + key.slice(1);
      if (typeof target === 'object' && target.node) {
        // Node only (event-embed/ssr): it must load, and render.
        const { render } = await import(spec);
        const html = await render('event-card', { name: 'x', startDate: '2027-05-01' }, { lang: 'de' });
        if (!/^<event-card lang="de" rendered="\\d+ UTC"><template shadowroot="open" shadowrootmode="open">/.test(html)) {
          throw new Error(spec + ' does not pre-render: ' + html.slice(0, 100));
        }
        continue;
      }
      if (typeof target === 'object' && !target.default) {
        const file = fileURLToPath(new URL('./node_modules/event-embed/' + target.types, import.meta.url));
        if (!existsSync(file)) throw new Error(spec + ': no ' + target.types);
        continue;
      }
      import.meta.resolve(spec);
      try {
        await import(spec, spec.endsWith('.json') ? { with: { type: 'json' } } : undefined);
        if (DOM.has(key)) throw new Error(spec + ' loaded in Node: move it off the DOM list');
      } catch (e) {
        if (!DOM.has(key) || !(e instanceof ReferenceError)) throw e;
      }
    }
    const { parseEvent, problemMessage } = await import('event-embed/data');
    const r = parseEvent('{"name": "x",}');
    if (r.ok || !r.problem.message || problemMessage(r.problem, 'de') === r.problem.message) {
      throw new Error('event-embed/data does not word problems: ' + JSON.stringify(r));
    }
    console.log(Object.keys(pkg.exports).length + ' exports');
  `;
  writeFileSync(join(app, 'exports.mjs'), script);
  console.log(`consumer: ${run('node', ['exports.mjs'], app).trim()} resolved, the Node-safe ones loaded`);
  // The command the package installs (package.json "bin"), as a user runs it.
  writeFileSync(join(app, 'event.json'), JSON.stringify({ name: 'Konzert', startDate: '2027-05-01T19:00:00+02:00' }));
  const snippet = run(
    'npx',
    ['--no-install', 'event-embed', 'render', 'event.json', '--tag', 'event-card', '--lang', 'de'],
    app,
  );
  if (!snippet.includes('Konzert') || !snippet.startsWith('<event-card lang="de" rendered="')) {
    throw new Error(`npx event-embed render printed:\n${snippet}`);
  }
  console.log('consumer: npx event-embed render prints the pre-rendered element');

  // ---- 3. every JavaScript export built by Vite ----
  step('every JavaScript export built by Vite');
  const entries = Object.entries(pkg.exports).filter(
    ([key, t]) => !key.endsWith('.json') && (typeof t === 'string' ? t.endsWith('.js') : t.default),
  );
  const input = {};
  mkdirSync(join(app, 'vite'));
  for (const [key] of entries) {
    const name = key === '.' ? 'index' : key.slice(2);
    writeFileSync(
      join(app, 'vite', `${name}.js`),
      `import * as m from 'event-embed${key.slice(1)}';\nconsole.log(m);\n`,
    );
    input[name] = `vite/${name}.js`;
  }
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { logLevel: 'warn', build: { outDir: 'out', rollupOptions: { input: ${JSON.stringify(input)} } } };\n`,
  );
  run(join(app, 'node_modules/.bin/vite'), ['build'], app);
  const built = readdirSync(join(app, 'out/assets')).filter((f) => f.endsWith('.js'));
  for (const name of Object.keys(input)) {
    if (!built.some((f) => f.startsWith(`${name}-`))) throw new Error(`vite built no file for ${name}`);
  }
  console.log(`consumer: vite built ${entries.length} exports (${built.length} files)`);
  step('passed');
} catch (e) {
  console.error(`consumer test failed: ${e.message}\n(scratch project: ${app})`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP !== '1' && !process.exitCode) rmSync(tmp, { recursive: true, force: true });
  else if (existsSync(tmp)) console.error(`kept ${tmp}`);
}
