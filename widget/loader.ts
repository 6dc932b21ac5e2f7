/**
 * CDN classic script (`dist/cdn/iso-readiness.iife.js`) for hosts that cannot add `type="module"` (WordPress
 * plugins, tag managers): a few hundred bytes that `import()` the ES module beside it, so these hosts load the same
 * first screen and chunks as everyone else. `window.isoReadiness` is the promise of that module's exports
 * (`registerTranslation`, `IsoReadiness`, `VERSION`).
 * `<script src=".../dist/cdn/iso-readiness.iife.js" async></script>`.
 * @packageDocumentation
 */

import type * as CdnModule from './cdn.js';

declare global {
  interface Window {
    /** The CDN module's exports once loaded, from the classic-script loader. */
    isoReadiness?: Promise<typeof CdnModule>;
  }
}

/** The loader's own URL: `document.currentScript`, else the last script of that name on the page. */
function ownUrl(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="iso-readiness.iife"]');
  return scripts[scripts.length - 1]?.src ?? document.baseURI;
}

if (typeof window !== 'undefined' && !window.isoReadiness) {
  const url = new URL('iso-readiness.js', ownUrl()).href;
  window.isoReadiness = import(/* @vite-ignore */ url) as Promise<typeof CdnModule>;
  window.isoReadiness.catch((error: unknown) => {
    console.error(`iso-readiness: could not load ${url}; publish it beside the loader.`, error);
  });
}

export {};
