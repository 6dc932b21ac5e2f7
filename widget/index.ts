/**
 * `iso-readiness/widget`: registers `<iso-readiness>` (idempotently: a tag already taken is left alone) and
 * exports its class. Safe to import during server-side rendering: nothing runs without `customElements`.
 * @packageDocumentation
 */
import './iso-readiness/iso-readiness.js';

export * from './element.js';
