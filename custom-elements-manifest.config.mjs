// `npm run manifest` writes custom-elements.json from the elements' JSDoc, the one source of
// the API's documentation.
export default {
  // The element classes only (src/elements/<tag>/<tag>.ts), not the parts they load on demand.
  globs: ['src/core/element.ts', 'src/elements/*/event-*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  litelement: true,
  // package.json's customElements is written by hand; the analyzer must not rewrite it (the
  // manifest check runs it with another --outdir).
  packagejson: false,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` and takes
      // the first argument for a name; only the events documented with @fires are the API.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name && e.description);
          }
        }
      },
    },
  ],
};
