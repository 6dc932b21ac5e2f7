// esbuild options shared by the build (scripts/build.js) and the size test (test/node/bundle-size.test.ts).

/** Modules that register tags: kept even where package.json says the package has no side effects. */
export const DEFINE_MODULES = /widget\/(index|cdn|[\w-]+\/[\w-]+)\.(js|ts)$/;

/** Marks the define modules as having side effects, so `import './iso-readiness/iso-readiness.js'` survives. */
export const defineModulesPlugin = {
  name: 'define-modules',
  setup(build) {
    build.onResolve({ filter: /\.js$/ }, async (args) => {
      if (args.pluginData?.defineModules) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { defineModules: true },
      });
      if (resolved.errors.length > 0 || !DEFINE_MODULES.test(resolved.path)) return undefined;
      if (/\.(component|styles)\.(js|ts)$/.test(resolved.path)) return undefined;
      return { ...resolved, sideEffects: true };
    });
  },
};

/** The CDN ES module: Lit, engine and English in one file; other locales as chunks beside it. */
export const cdnEsmOptions = {
  entryPoints: { 'iso-readiness': 'widget/cdn.ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  outdir: 'dist/cdn',
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2022',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  plugins: [defineModulesPlugin],
};

/** The CDN classic script for hosts without modules: everything, locales included, in one file. */
export const cdnIifeOptions = {
  ...cdnEsmOptions,
  entryPoints: { 'iso-readiness.iife': 'widget/cdn.ts' },
  format: 'iife',
  splitting: false,
  chunkNames: undefined,
};
