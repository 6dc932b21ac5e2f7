// esbuild options of the CDN loader (scripts/build.js), and which modules register tags.

/**
 * Source modules that register tags: the entries (`widget/index.ts`, `widget/cdn.ts`, `widget/react.ts`) and each
 * part's `widget/<part>/<part>.ts`. package.json's `sideEffects` names only what is published (the same modules
 * under `dist/`), so builds from the sources (the CDN module, the demo) mark these themselves.
 */
export const DEFINE_MODULES = /\/widget\/(index|cdn|react|([\w-]+)\/\2)\.ts$/;

/**
 * A Rollup (and Vite) plugin that keeps the modules registering tags wherever they are imported for their side
 * effect alone (`import './iso-readiness/iso-readiness.js'`), whatever package.json's `sideEffects` says of them.
 */
export function defineModules() {
  return {
    name: 'define-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\.[jt]s$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !DEFINE_MODULES.test(resolved.id)) return null;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

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
