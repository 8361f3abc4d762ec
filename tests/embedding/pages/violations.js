// Collects Content-Security-Policy violations for the test that opens this page.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
