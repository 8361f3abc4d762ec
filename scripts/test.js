// Runs Web Test Runner; extra arguments go to wtr (e.g. `npm test -- --coverage`).
// `--browsers=a,b` (first argument) sets BROWSERS portably, without shell env syntax.
// WebKit's MiniBrowser has no headless mode, so without a display the run goes under xvfb-run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
if (args[0]?.startsWith('--browsers=')) process.env.BROWSERS = args.shift().slice('--browsers='.length);

const wtr = [
  process.execPath,
  `${root}node_modules/@web/test-runner/dist/bin.js`,
  '--config',
  `${root}web-test-runner.config.js`,
  ...args,
];
const needsDisplay =
  (process.env.BROWSERS ?? '').split(',').some((b) => b.trim() === 'webkit') &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY;

let command = wtr;
if (needsDisplay) {
  if (!existsSync('/usr/bin/xvfb-run')) {
    console.error(
      '\nWebKit needs a display and xvfb-run was not found: run `npm run setup:browsers` (Debian/Ubuntu).\n',
    );
    process.exit(1);
  }
  // Default xvfb-run screen is 8-bit colour; give WebKit a normal 24-bit one.
  command = ['/usr/bin/xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', ...wtr];
}

const child = spawn(command[0], command.slice(1), { stdio: 'inherit', cwd: root });

// Pass stop signals on to wtr itself. xvfb-run does not forward them: killed, it would
// orphan both Xvfb and wtr, so signal its non-Xvfb children (wtr) instead.
function wtrPids() {
  if (!needsDisplay) return [child.pid];
  try {
    return readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter((pid) => pid && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'Xvfb')
      .map(Number);
  } catch {
    return [child.pid];
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // Said, so that a run stopped from outside does not end as a log without its summary.
    console.error(`\nscripts/test.js: ${signal} received, stopping the test runner.`);
    for (const pid of wtrPids()) {
      try {
        process.kill(pid, signal);
      } catch {
        // Already gone.
      }
    }
  });
}

child.on('exit', (code, signal) => {
  if (signal) console.error(`\nscripts/test.js: the test runner was ended by ${signal}, before its summary.`);
  process.exit(code ?? 1);
});
