import type { BuildOptions } from 'esbuild';
import type { Plugin } from 'vite';

/** Source modules that register tags (`widget/index.ts`, `widget/<part>/<part>.ts`, …). */
export const DEFINE_MODULES: RegExp;

/** Keeps the modules that register tags in a Rollup or Vite build, whatever `sideEffects` says. */
export function defineModules(): Plugin;

/** esbuild options of the CDN classic-script loader. */
export const cdnLoaderOptions: BuildOptions;
