// Loaded first by the Trusted Types pages (tests/embedding/trusted-types.test.ts): everything that
// goes wrong in the page, from before the library loads.
window.recorded = { errors: [], violations: [], warnings: [] };
window.addEventListener('error', (e) => window.recorded.errors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => window.recorded.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  window.recorded.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
);
const warn = console.warn;
console.warn = (...a) => {
  window.recorded.warnings.push(a.map(String).join(' '));
  warn.apply(console, a);
};
