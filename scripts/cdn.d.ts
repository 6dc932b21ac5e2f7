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
}

/** Builds the CDN ES module into `dist/cdn`, or in memory with `write: false`. */
export function buildCdnEsm(options?: { write?: boolean; banner?: string }): Promise<CdnFile[]>;

/**
 * The files a page fetches for the quick check in `locale` (default English), from the first screen to the unlocked
 * report; with `gate`, the Lead's builder and schema too, which a page with lead capture fetches before unlocking.
 */
export function quickFlowFiles(
  files: CdnFile[],
  locale?: 'en' | 'de' | 'fr',
  options?: { gate?: boolean },
): CdnFile[];
