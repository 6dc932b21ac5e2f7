/**
 * CDN entry: one self-contained module (Lit, the engine's flow and English questions bundled) that registers
 * `<iso-readiness>`. The results part (rules, result texts, results, lead form) is a chunk beside it, loaded
 * while the visitor answers; other languages are chunks too. The IIFE build inlines everything.
 * `registerTranslation` here returns a promise: the check it runs loads on demand.
 * `<script type="module" src=".../iso-readiness.js"></script>`.
 * @packageDocumentation
 */
import './iso-readiness/iso-readiness.js';

export { IsoReadiness, type IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';
export { ReadinessElement } from './internal/base-element.js';
export { VERSION } from './version.js';
export { registerTranslation } from './register-translation.js';
