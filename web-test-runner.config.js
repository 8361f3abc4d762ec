// Web Test Runner config. Browsers are the OS packages from scripts/install-browsers.sh (puppeteer
// never downloads its own), picked with BROWSERS=chromium,firefox,webkit (default: chromium).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { frameworksPlugin } from './tests/support/frameworks-plugin.js';
import { screenshotPlugin } from './tests/support/screenshot-plugin.js';
import { ssrPlugin } from './tests/support/ssr-plugin.js';
import { summaryReporter } from './tests/support/summary-reporter.js';
import { docsSite } from './tests/support/docs-server.js';
import { testApi } from './tests/support/server.js';

// Inherited by every browser process launched below (and by Node itself); all three engines
// honour it, which tests/support/smoke.test.ts checks. Far from both Moscow and UTC so that
// date code that ignores time zones fails here rather than for users.
process.env.TZ = 'America/Los_Angeles';

// wtr stops its browsers only on SIGINT. On SIGTERM (CI timeouts) Node would die without
// that, orphaning WebKitWebDriver, and a bug in @puppeteer/browsers' exit hooks (it removes
// listeners while iterating them) leaves Firefox running when Chromium runs too.
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.kill(process.pid, 'SIGINT'));
}

const SETUP_HINT = 'run `npm run setup:browsers` (Debian/Ubuntu)';

/** Print one sentence and stop: a missing browser is a setup problem, not a crash. */
function missing(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

const which = (name) =>
  (process.env.PATH ?? '')
    .split(':')
    .map((dir) => `${dir}/${name}`)
    .find((p) => existsSync(p));

function chromium() {
  let executablePath = process.env.CHROME_PATH;
  if (executablePath && !existsSync(executablePath)) {
    missing(`CHROME_PATH is set to ${executablePath}, which does not exist.`);
  }
  if (!executablePath && existsSync('/usr/bin/chromium')) executablePath = '/usr/bin/chromium';
  if (!executablePath) {
    // chrome-launcher (a dependency of @web/test-runner-chrome) finds Chrome on macOS/Windows
    // and other Linux layouts; on Linux it throws when there is none.
    const require = createRequire(import.meta.resolve('@web/test-runner-chrome'));
    try {
      executablePath = require('chrome-launcher').Launcher.getFirstInstallation();
    } catch {
      // None installed: said below.
    }
  }
  if (!executablePath) {
    missing(`Chromium/Chrome was not found: ${SETUP_HINT} or install Google Chrome (or set CHROME_PATH).`);
  }
  return chromeLauncher({
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox', // required when running as root (CI containers)
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // tests/quality/leaks.test.ts: window.gc() and unrounded performance.memory figures.
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
    },
  });
}

function firefox() {
  const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) {
    missing(`Firefox was not found at ${executablePath}: ${SETUP_HINT} or set FIREFOX_PATH.`);
  }
  // Driven over WebDriver BiDi by puppeteer; no geckodriver needed.
  return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } });
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function webkit() {
  const driverPath = process.env.WEBKIT_DRIVER_PATH || which('WebKitWebDriver');
  const triplet = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  const miniBrowser =
    process.env.MINIBROWSER_PATH ||
    ['4.1', '4.0'].map((v) => `/usr/lib/${triplet}/webkit2gtk-${v}/MiniBrowser`).find((p) => existsSync(p));
  if (!driverPath || !miniBrowser) {
    missing(`WebKit (WebKitWebDriver + MiniBrowser) was not found: ${SETUP_HINT}.`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    missing('WebKit needs a display: run the tests via `npm test` / `npm run test:all`, which wrap them in xvfb-run.');
  }

  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  // Wait until the driver answers, so the first session does not hit ECONNREFUSED.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      if (i > 100 || driver.exitCode !== null) missing(`WebKitWebDriver did not start on port ${port}.`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      // Without this webdriverio asks for BiDi and the driver answers "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
}

const factories = { chromium, firefox, webkit };
const names = (process.env.BROWSERS || 'chromium')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of names) {
  if (!factories[name]) missing(`Unknown browser "${name}" in BROWSERS; use chromium, firefox and/or webkit.`);
}
const browsers = await Promise.all(names.map((name) => factories[name]()));

const wholeSuite = !process.argv.some((arg) => /^--(files|group)\b/.test(arg));

const litDevMode = readFileSync(new URL('./tests/support/lit-dev-mode.js', import.meta.url), 'utf8');

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // the /__test__/ endpoints used by tests/core/source.test.ts, the docs pages (/docs/….html)
  middleware: [testApi, docsSite],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    screenshotPlugin(),
    frameworksPlugin(),
    ssrPlugin(),
  ],
  browsers,
  // The run ends with one line, `N passed, N failed`, over every browser.
  reporters: [defaultReporter(), summaryReporter()],
  // 2 cores: one test file at a time per browser, all selected browsers side by side.
  // concurrency 1 also makes the WebDriver launcher run each file as a real top-level page
  // instead of packing several files into iframes of one page.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file, not for the whole run.
  testsFinishTimeout: 5 * 60_000,
  // A test that waits for a real condition may take a while on a loaded 2-core machine (three
  // browsers side by side, axe over a whole page): 30 s before it counts as hung. No retries.
  testFramework: { config: { timeout: 30_000 } },
  // Runs before the test framework and Lit in every test file: fails a test on any Lit
  // dev-mode warning (tests/support/lit-dev-mode.js).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>${litDevMode}</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  // `--coverage` (npm run test:all, npm run test:coverage): measured in Chromium only, the one
  // engine that reports it; fails under 90% of the lines of src/ — in whole-suite runs only,
  // since a run of some files (--files, --group) covers only what they load.
  coverageConfig: { include: ['src/**/*.ts'], threshold: wholeSuite ? { lines: 90 } : undefined },
  // Keep every browser log (console warnings included) in the report.
  filterBrowserLogs: () => true,
};
