// A Web Test Runner reporter that ends every run with one line, `N passed, N failed`, over all
// browsers, after a line per browser. A test file that could not run to its end (it failed to
// load, threw outside a test, or timed out) counts as one failure, and so does a skipped test:
// the suite has none on purpose, so one is a test that did not run. Every failure is listed
// again at the very end (browser, file, test, first line of the error), so that the last lines
// of a long log, which are all a CI summary may keep, say what failed.

/** Counts of one session's results, tests inside suites included; failures go to `failures`. */
function count(suite, into, failures, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
    if (!test.passed) {
      const why = test.skipped ? 'skipped' : firstLine(test.error?.message) || 'failed';
      failures.push(`${[...path, test.name].join(' > ')}: ${why}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, into, failures, [...path, child.name]);
}

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';

export function summaryReporter() {
  let last = [];
  return {
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions = last } = {}) {
      const byBrowser = new Map();
      const failed = [];
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0, files: 0 });
        const c = byBrowser.get(name);
        const before = c.failed;
        const failures = [];
        count(session.testResults, c, failures);
        // A file that stopped before its end without a failed test of its own.
        if (!session.passed && c.failed === before) {
          c.failed++;
          c.files++;
          const error = session.errors?.[0]?.message ?? session.status ?? 'did not run to the end';
          failures.push(`(the file): ${firstLine(error)}`);
        }
        const file = session.testFile?.replace(`${process.cwd()}/`, '') ?? '';
        for (const failure of failures) failed.push(`  ${name}, ${file}: ${failure}`);
      }
      let passed = 0;
      let failedCount = 0;
      const lines = failed.length ? ['', 'Failed:', ...failed] : [];
      lines.push('');
      for (const [name, c] of byBrowser) {
        passed += c.passed;
        failedCount += c.failed + c.skipped;
        const notes = [
          c.files && `${c.files} test file${c.files > 1 ? 's' : ''} did not run to the end`,
          c.skipped && `${c.skipped} skipped`,
        ].filter(Boolean);
        lines.push(
          `${name}: ${c.passed} passed, ${c.failed + c.skipped} failed${notes.length ? ` (${notes.join(', ')})` : ''}`,
        );
      }
      lines.push(`${passed} passed, ${failedCount} failed`, '');
      // Written as the process exits, after the runner's own last lines.
      process.once('exit', () => process.stdout.write(lines.join('\n')));
    },
  };
}
