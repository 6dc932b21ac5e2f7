/** One file of the CDN ES module build. */
export interface CdnFile {
  /** Path relative to `dist/cdn`: `iso-readiness.js`, `chunks/de-….js`. */
  fileName: string;
  /** Loaded before the first question (the entry and what it imports statically). */
  upfront: boolean;
  code: string;
  /** Chunks this one imports statically: fetched with it. */
  imports: string[];
  /** Chunks this one loads on demand. */
  dynamicImports: string[];
  /** Source modules in it, relative to the project (`src/i18n/de/index.ts`). */
  modules: string[];
  /** Each source module's rendered length in this file before minification: `[module, bytes]`. */
  sizes: Array<[string, number]>;
  /** With `maps`: the file's source map, its sources relative to the project (`node_modules/lit-html/lit-html.js`). */
  map?: { mappings: string; sources: string[] };
}

/** Builds the CDN ES module into `dist/cdn`, or in memory with `write: false` (and each file's map with `maps`). */
export function buildCdnEsm(options?: {
  write?: boolean;
  banner?: string;
  maps?: boolean;
}): Promise<CdnFile[]>;

/**
 * The files a page fetches for the quick check in `locale` (default English), from the first screen to the unlocked
 * report; with `gate`, lead capture too (the form, its checks and the Lead's builder), fetched before unlocking.
 */
export function quickFlowFiles(
  files: CdnFile[],
  locale?: 'en' | 'de' | 'fr',
  options?: { gate?: boolean },
): CdnFile[];
