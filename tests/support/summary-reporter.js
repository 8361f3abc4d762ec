// A Web Test Runner reporter that ends every run with one line, `N passed, N failed`, over all
// browsers, after a line per browser. A test file that could not run to its end (it failed to
// load, threw outside a test, or timed out) counts as one failure, and so does a skipped test:
// the suite has none on purpose, so one is a test that did not run.

/** Counts of one session's results, tests inside suites included. */
function count(suite, into) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, into);
}

export function summaryReporter() {
  let last = [];
  return {
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions = last } = {}) {
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0, files: 0 });
        const c = byBrowser.get(name);
        const before = c.failed;
        count(session.testResults, c);
        // A file that stopped before its end without a failed test of its own.
        if (!session.passed && c.failed === before) {
          c.failed++;
          c.files++;
        }
      }
      let passed = 0;
      let failed = 0;
      const lines = [''];
      for (const [name, c] of byBrowser) {
        passed += c.passed;
        failed += c.failed + c.skipped;
        const notes = [
          c.files && `${c.files} test file${c.files > 1 ? 's' : ''} did not run to the end`,
          c.skipped && `${c.skipped} skipped`,
        ].filter(Boolean);
        lines.push(
          `${name}: ${c.passed} passed, ${c.failed + c.skipped} failed${notes.length ? ` (${notes.join(', ')})` : ''}`,
        );
      }
      lines.push(`${passed} passed, ${failed} failed`, '');
      // Written as the process exits, after the runner's own last lines.
      process.once('exit', () => process.stdout.write(lines.join('\n')));
    },
  };
}
