import { IsoReadinessResults } from './results.component.js';

export { IsoReadinessResults };

IsoReadinessResults.define('iso-readiness-results');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-results': IsoReadinessResults;
  }
}
