/**
 * CDN entry: one self-contained file (Lit, engine and English bundled) that registers `<iso-readiness>`.
 * `<script type="module" src=".../iso-readiness.js"></script>` or the IIFE build for hosts without modules.
 * @packageDocumentation
 */
export * from './index.js';
