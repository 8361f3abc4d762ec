// Serves React 19 (CommonJS on npm) as one ES module, bundled once with esbuild, so that the
// framework tests can use the real React in the browser: /__frameworks__/react.js.
import { build } from 'esbuild';

export function frameworksPlugin() {
  let react;
  return {
    name: 'frameworks',
    async serve({ path }) {
      if (path !== '/__frameworks__/react.js') return undefined;
      react ??= build({
        stdin: {
          contents:
            "export { createElement, useState, useEffect } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"production"' },
      }).then((r) => r.outputFiles[0].text);
      return { body: await react, type: 'js' };
    },
  };
}
