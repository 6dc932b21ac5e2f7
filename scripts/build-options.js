// esbuild options of the CDN loader (scripts/build.js), and which modules register tags.

/** Modules that register tags: kept even where package.json says the package has no side effects. */
export const DEFINE_MODULES = /widget\/(index|cdn|[\w-]+\/[\w-]+)\.(js|ts)$/;

/** The CDN classic script for hosts without modules: a loader that `import()`s the ES module beside it. */
export const cdnLoaderOptions = {
  entryPoints: { 'iso-readiness.iife': 'widget/loader.ts' },
  bundle: true,
  minify: true,
  format: 'iife',
  outdir: 'dist/cdn',
  // Browsers that run the module run this; older ones get no error from syntax they cannot parse.
  target: 'es2020',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  // A map beside it (`iso-readiness.iife.js.map`) with the TypeScript inlined.
  sourcemap: true,
  sourceRoot: '',
};
