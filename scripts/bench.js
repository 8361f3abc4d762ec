// Benchmarks: sizes of dist/ and page-load scenarios in headless Chromium.
// Usage: node scripts/bench.js [--runs=N] [--only=name1,name2]   (npm run bench builds first)
// Prints tables and writes everything to bench/results.json.
//
// Scenarios are the files bench/scenarios/*.js, each default-exporting
//   { name, page: '/bench/pages/<x>.html', description, baseline?: '<scenario name>', setup?() }
// (setup runs once before the browser starts, e.g. to write a page into bench/pages/generated/).
// A page sets window.benchResult when done: a number of ms measured in-page with performance.now(),
// or { ms, ...extra } (extra numeric fields are reported too), or { error } to fail the run.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT = 30_000;
const WARMUP = 1; // untimed rounds first: the first pages of a fresh browser are slow for reasons of its own

/** Print one sentence and stop: a setup problem, not a crash. */
function fail(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

// ---- command line ----
const options = { runs: 15, only: null };
for (const arg of process.argv.slice(2)) {
  const [key, value] = arg.split(/=(.*)/s);
  if (key === '--runs' && /^[1-9]\d*$/.test(value ?? '')) options.runs = Number(value);
  else if (key === '--only' && value)
    options.only = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else fail(`Unknown or invalid argument "${arg}"; use --runs=N (N ≥ 1) and/or --only=name1,name2.`);
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  fail(`Chromium was not found at ${executablePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
}
if (!existsSync(join(root, 'dist/event-embed.js'))) fail('dist/event-embed.js is missing: run `npm run build` first.');

// ---- helpers ----
const kb = (bytes) => (bytes / 1024).toFixed(2);
const ms = (n) => (n == null ? '–' : n.toFixed(1));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A text table; rows are arrays of strings, align is 'l' or 'r' per column (numbers right). */
function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// ---- 1. sizes ----
async function sizes() {
  const files = [];
  for (const file of await filesUnder(join(root, 'dist'))) {
    const data = await readFile(file);
    files.push({
      path: relative(root, file).split(sep).join('/'),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    });
  }
  // Files directly in dist/ get a row each; a subfolder (dist/lib) gets a row per kind of file
  // and a total. Compressed totals are sums of per-file sizes: each file is fetched on its own.
  const rows = [];
  const sum = (label, group) =>
    rows.push({
      label,
      files: group.length,
      ...Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, group.reduce((n, f) => n + f[k], 0)])),
    });
  for (const f of files.filter((f) => f.path.split('/').length === 2)) sum(f.path, [f]);
  const dirs = [
    ...new Set(
      files
        .map((f) => f.path.split('/'))
        .filter((p) => p.length > 2)
        .map((p) => `${p[0]}/${p[1]}`),
    ),
  ];
  for (const dir of dirs) {
    const inDir = files.filter((f) => f.path.startsWith(`${dir}/`));
    const kind = (f) => /(\.d\.ts|\.[^./]+)$/.exec(f.path)?.[1] ?? '(no extension)';
    for (const k of [...new Set(inDir.map(kind))].sort())
      sum(
        `${dir}/**/*${k}`,
        inDir.filter((f) => kind(f) === k),
      );
    sum(`${dir} total`, inDir);
  }
  sum('dist total', files);
  console.log('\nSizes (KB = 1024 bytes; gzip -9, brotli q11)\n');
  console.log(
    table(
      ['file', 'files', 'raw KB', 'gzip KB', 'brotli KB'],
      rows.map((r) => [r.label, String(r.files), kb(r.raw), kb(r.gzip), kb(r.brotli)]),
      'lrrrr',
    ),
  );
  return { files, groups: rows };
}

// ---- static server ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};
const missing = new Set(); // 404s, reported at the end: a page asking for a missing file measures the wrong thing

function startServer() {
  const server = createServer(async (req, res) => {
    let file;
    try {
      file = resolve(root, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    } catch {
      // A malformed URL: file stays undefined and the request gets a 404.
    }
    try {
      if (!file || !file.startsWith(root)) throw new Error('outside the repository');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      missing.add(req.url);
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
    }
  });
  return new Promise((ok, ko) => {
    server.once('error', ko).listen(0, '127.0.0.1', () => ok(server));
  });
}

// ---- scenarios ----
async function loadScenarios() {
  const dir = join(root, 'bench/scenarios');
  const all = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.js'))) {
    const s = (await import(pathToFileURL(join(dir, file)))).default;
    if (!s?.name || !s.page?.startsWith('/'))
      fail(`bench/scenarios/${file} must default-export { name, page: '/bench/pages/…', description }.`);
    all.push(s);
  }
  all.sort((a, b) => a.name.localeCompare(b.name));
  const names = all.map((s) => s.name);
  for (const s of all)
    if (s.baseline && !names.includes(s.baseline))
      fail(`Scenario ${s.name} has baseline "${s.baseline}", which is not a scenario.`);
  if (!options.only) return all;
  const unknown = options.only.filter((n) => !names.includes(n));
  if (unknown.length) fail(`Unknown scenario(s) in --only: ${unknown.join(', ')}. Known: ${names.join(', ')}.`);
  return all.filter((s) => options.only.includes(s.name));
}

/** One measurement: a fresh incognito context and page, until the page sets window.benchResult. */
async function measure(browser, origin, scenario) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // window.benchResult becomes a setter that resolves a promise: no polling inside the
    // measured page.
    await page.evaluateOnNewDocument(() => {
      let value;
      let done;
      window.__benchDone = new Promise((r) => (done = r));
      Object.defineProperty(window, 'benchResult', {
        get: () => value,
        set: (v) => {
          done((value = v));
        },
      });
    });
    const response = await page.goto(origin + scenario.page, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    if (!response?.ok()) throw new Error(`${scenario.page} answered ${response?.status()}`);
    let timer;
    const timeout = new Promise((_, ko) => {
      timer = setTimeout(() => ko(new Error(`no window.benchResult after ${TIMEOUT / 1000} s`)), TIMEOUT);
    });
    const result = await Promise.race([page.evaluate(() => window.__benchDone), timeout]).finally(() =>
      clearTimeout(timer),
    );
    const value = typeof result === 'number' ? { ms: result } : result;
    if (value?.error) throw new Error(value.error);
    if (typeof value?.ms !== 'number')
      throw new Error(`window.benchResult is not a number nor { ms }: ${JSON.stringify(result)}`);
    return value;
  } catch (error) {
    error.message = `Scenario ${scenario.name}: ${error.message}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`;
    throw error;
  } finally {
    await context.close();
  }
}

async function runScenarios(scenarios) {
  for (const s of scenarios) await s.setup?.();
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = await mkdtemp(join(tmpdir(), 'event-embed-bench-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true, // puppeteer passes this as --headless=new
      userDataDir,
      defaultViewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    const version = await browser.version();
    console.log(`\nScenarios: ${options.runs} runs each, interleaved, after ${WARMUP} untimed round; ${version}\n`);
    const samples = new Map(scenarios.map((s) => [s.name, []]));
    // Interleaved: round r runs every scenario once, so noise (other processes, thermal
    // throttling) falls on all scenarios alike instead of on whichever ran during it.
    for (let round = -WARMUP; round < options.runs; round++) {
      for (const s of scenarios) {
        const value = await measure(browser, origin, s);
        if (round >= 0) samples.get(s.name).push(value);
      }
      // Progress on a terminal only: in logs, carriage returns would pile up as noise.
      if (process.stdout.isTTY)
        process.stdout.write(round >= 0 ? `\rround ${round + 1}/${options.runs}` : '\rwarm-up…');
    }
    if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
    return { browser: version, results: summarize(scenarios, samples) };
  } finally {
    await browser?.close();
    await new Promise((r) => server.close(r));
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function summarize(scenarios, samples) {
  const results = scenarios.map((s) => {
    const values = samples.get(s.name);
    const times = values.map((v) => v.ms);
    const extra = {};
    for (const key of new Set(values.flatMap(Object.keys))) {
      const xs = values.map((v) => v[key]).filter((x) => typeof x === 'number');
      if (key !== 'ms' && xs.length) extra[key] = { median: median(xs), values: xs };
    }
    return {
      name: s.name,
      page: s.page,
      description: s.description,
      baseline: s.baseline ?? null,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      runs: times,
      extra,
    };
  });
  for (const r of results) {
    const base = results.find((b) => b.name === r.baseline);
    r.ratio = base ? r.median / base.median : null;
  }
  const ratio = (r) =>
    r.ratio != null ? `${r.ratio.toFixed(2)}× ${r.baseline}` : r.baseline ? '(baseline not run)' : '';
  const extras = (r) =>
    Object.entries(r.extra)
      .map(([k, v]) => `${k} ${ms(v.median)}`)
      .join(', ');
  console.log(
    table(
      ['scenario', 'median ms', 'min ms', 'max ms', 'vs baseline (medians)', 'extra (medians, ms)'],
      results.map((r) => [r.name, ms(r.median), ms(r.min), ms(r.max), ratio(r), extras(r)]),
      'lrrrll',
    ),
  );
  for (const r of results) console.log(`  ${r.name}: ${r.description ?? ''}`);
  return results;
}

// ---- main ----
const started = Date.now();
try {
  const scenarios = await loadScenarios();
  const size = await sizes();
  const { browser, results } = await runScenarios(scenarios);
  if (missing.size) console.warn(`\nWarning: the server answered 404 for ${[...missing].join(', ')}`);
  const out = join(root, 'bench/results.json');
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    browser,
    runs: options.runs,
    warmup: WARMUP,
    sizes: size,
    scenarios: results,
  };
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results.json (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} catch (error) {
  console.error(`\nBenchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
}
