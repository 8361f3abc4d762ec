// Fails when custom-elements.json differs from a fresh generation from the JSDoc in src/.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes --outdir relative to the working directory, so stay inside the project.
const dir = 'node_modules/.cache/cem-check';
try {
  execFileSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', dir],
    {
      stdio: 'ignore',
    },
  );
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    // Where they part, so that a difference seen only on another machine can be understood.
    const [a, b] = [committed.split('\n'), fresh.split('\n')];
    const i = a.findIndex((line, k) => line !== b[k]);
    console.error(`First difference at line ${i + 1}:\n  committed: ${a[i]}\n  generated: ${b[i]}`);
    process.exit(1);
  }
  console.log('custom-elements.json matches the JSDoc in src/.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
