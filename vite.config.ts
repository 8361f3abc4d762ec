import { defineConfig } from 'vite';

/**
 * `vite`: serves demo/ (npm start).
 * `vite build`: dist/event-embed.js, one ES module with Lit inlined that registers every
 *   element: the file partner sites load with one script tag.
 * `vite build --mode lib`: dist/lib/, one ES module per source module with `lit` left as an
 *   import, for npm users and their bundlers (types come from `tsc -p tsconfig.build.json`).
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // The demo pages live in demo/ and load the sources from /src/ directly.
    return { publicDir: false };
  }
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        minify: false,
        lib: { entry: { index: 'src/index.ts', classes: 'src/classes.ts' }, formats: ['es'] },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'event-embed.js' },
      // Library mode keeps the whitespace of ES output for the user's bundler; this file goes
      // to browsers as it is, so it is minified whole.
      rollupOptions: { output: { minify: true } },
    },
  };
});
