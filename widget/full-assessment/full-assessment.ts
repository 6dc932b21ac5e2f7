import { IsoReadinessFull } from './full-assessment.component.js';

export { IsoReadinessFull };

IsoReadinessFull.define('iso-readiness-full');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-full': IsoReadinessFull;
  }
}
