// Fails any test during which Lit's dev build warns. Inlined as a classic <script> at the top of
// every test page by web-test-runner.config.js (testRunnerHtml), so it runs before the test
// framework and before Lit loads; plain JavaScript for that reason.
//
// How Lit warns (node_modules/lit-html/development, @lit/reactive-element/development): each
// package's issueWarning(code, text) prints `text + " See https://lit.dev/msg/<code> …"` with
// console.warn once per page, and records it in `globalThis.litIssuedWarnings`, a Set it only
// creates when missing (`??=`) and that it consults by text and by code. Two lit-html checks
// call console.warn directly instead. `lit-debug` events (window.emitLitDebugLogEvents) are a
// trace of rendering, not warnings, so they are not used.
//
// So: litIssuedWarnings is a Set here that records what Lit adds (that sees warnings even while
// a test captures console.warn), console.warn is watched for the two direct ones, and a root
// afterEach hook of mocha fails the test during which any arrived. The "Lit is in dev mode"
// notice is not a fault: its code is in the Set from the start, which also keeps it out of the logs.
(() => {
  const pending = [];
  const record = (text) => pending.push(String(text));

  class IssuedWarnings extends Set {
    add(value) {
      if (value !== 'dev-mode' && !this.has(value)) record(value);
      return super.add(value);
    }
  }
  globalThis.litIssuedWarnings = new IssuedWarnings(['dev-mode']);

  const DIRECT = /^(Some template strings are undefined|Attempted to render the template host)/;
  const warn = console.warn;
  console.warn = function (...args) {
    if (DIRECT.test(String(args[0]))) record(args.map(String).join(' '));
    return warn.apply(this, args);
  };

  /** For tests of this hook: takes (and so clears) the warnings not yet reported. */
  globalThis.__litDevWarnings = { take: () => pending.splice(0) };

  const failure = () => new Error(`Lit dev-mode warning:\n${pending.splice(0).join('\n')}`);

  /** Adds the hooks to mocha's root suite as soon as the test framework creates mocha. */
  let instance;
  Object.defineProperty(globalThis, 'mocha', {
    configurable: true,
    enumerable: true,
    get: () => instance,
    set(value) {
      const fresh = value && value !== instance && value.suite;
      instance = value;
      if (!fresh) return;
      value.suite.afterEach('no Lit dev-mode warning', function () {
        if (!pending.length) return;
        // A hook's error() fails the test that just ran, and the run goes on; a thrown error
        // would fail the hook and skip the rest of the file.
        if (typeof this.test?.error === 'function') this.test.error(failure());
        else throw failure();
      });
      value.suite.afterAll('no Lit dev-mode warning after the last test', () => {
        if (pending.length) throw failure();
      });
    },
  });
})();
