// The engine as the package ships it, for the throughput benchmarks. `npm run bench` runs under tsx, whose loader
// compiles every function with esbuild's `keepNames` (a `__name()` call, which defines a property, wherever a
// closure is created): code no app runs, about a tenth slower. The npm modules are built by esbuild without it
// (`scripts/build.js`); this builds the same sources the same way, into one module beside the dependencies.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Entry from './built-engine-entry.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export type BuiltEngine = typeof Entry;

/** Builds `bench/built-engine-entry.ts` as `scripts/build.js` builds the npm modules, and imports it. */
export async function loadBuiltEngine(): Promise<BuiltEngine> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['bench/built-engine-entry.ts'],
    bundle: true,
    // zod stays the package's own, as an app's bundler would resolve it.
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'warning',
  });
  // Written under node_modules, so `zod/mini` resolves from the project's dependencies.
  const dir = `${root}node_modules/.cache/iso-readiness`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/bench-engine.mjs`;
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return (await import(pathToFileURL(file).href)) as BuiltEngine;
}
