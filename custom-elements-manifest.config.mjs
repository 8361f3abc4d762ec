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
      // Lit's internal reactive state (`{ state: true }`, a private field, as the organizers'
      // `paused`) is no attribute, though the analyzer lists it as one; the API docs and the
      // framework types are made from this list.
      name: 'no-private-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.attributes) continue;
            const hidden = (a) => d.members?.some((m) => m.name === a.fieldName && m.privacy && m.privacy !== 'public');
            d.attributes = d.attributes.filter((a) => !hidden(a));
            for (const m of d.members ?? []) if (m.privacy && m.privacy !== 'public') delete m.attribute;
          }
        }
      },
    },
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
