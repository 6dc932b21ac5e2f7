// Builds what ships: the CDN files (self-contained, minified), the npm modules (Lit and zod left to the app's
// bundler) and the type declarations. `node scripts/build.js`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnLoaderOptions } from './build-options.js';
import { buildCdnEsm } from './cdn.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const { version } = require('../package.json');
const banner = { js: `/*! iso-readiness ${version} | MIT */` };

/** Every .ts source file under `dir`, skipping notes and declaration files. */
function sources(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Entries of the CDN build alone, not npm modules. */
const cdnOnly = [join('widget', 'loader.ts')];

const shared = {
  absWorkingDir: root,
  target: 'es2022',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync(join(root, 'dist'), { recursive: true, force: true });

await Promise.all([
  // CDN, ES module: one file up front; the results part and other locales as chunks next to it.
  buildCdnEsm({ banner: banner.js }),
  // CDN, classic script for hosts without modules (tag managers, old CMSes): a loader of the ES module beside it.
  build({ ...shared, ...cdnLoaderOptions, banner }),
  // npm: one module per source file, imports kept, so apps share Lit and zod and tree-shake the rest. Source maps
  // carry the TypeScript, so a debugger steps through `widget/*.ts` though the sources are not shipped.
  build({
    ...shared,
    entryPoints: [...sources('src'), ...sources('sdk'), ...sources('widget')].filter(
      (file) => !cdnOnly.includes(file),
    ),
    bundle: false,
    format: 'esm',
    outdir: 'dist',
    outbase: '.',
    sourcemap: true,
    sourceRoot: '',
  }),
  // npm, CommonJS: the same modules for `require()` on Node before 20.19 and for CommonJS type-checking, with
  // their maps as the ES modules have them.
  build({
    ...shared,
    entryPoints: [...sources('src'), ...sources('sdk'), ...sources('widget')].filter(
      (file) => !cdnOnly.includes(file),
    ),
    bundle: false,
    format: 'cjs',
    outdir: 'dist/cjs',
    outbase: '.',
    sourcemap: true,
    sourceRoot: '',
  }),
]);
// Everything under dist/cjs is CommonJS, whatever the package's own "type" says; its types are the same
// declarations, read as CommonJS there.
writeFileSync(join(root, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
cpSync(join(root, 'dist/types'), join(root, 'dist/cjs/types'), { recursive: true });

// custom-elements.json from the components' JSDoc headers.
execFileSync(
  process.execPath,
  [
    require.resolve('@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    'custom-elements-manifest.config.js',
    '--quiet',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

// Subresource Integrity of every CDN file, for `<script integrity>` (and import maps' `integrity`).
const cdnFiles = readdirSync(join(root, 'dist/cdn'), { recursive: true })
  .map((file) => String(file).split('\\').join('/'))
  .filter((file) => file.endsWith('.js'))
  .sort();
const integrity = Object.fromEntries(
  cdnFiles.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(root, 'dist/cdn', file)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(root, 'dist/cdn/integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

for (const file of readdirSync(join(root, 'dist/cdn'))) {
  const path = join(root, 'dist/cdn', file);
  if (statSync(path).isFile() && !file.endsWith('.map'))
    console.log(`${relative(root, path)}: ${(statSync(path).size / 1024).toFixed(1)} kB`);
}
