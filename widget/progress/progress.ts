import { IsoReadinessProgress } from './progress.component.js';

export { IsoReadinessProgress };

IsoReadinessProgress.define('iso-readiness-progress');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-progress': IsoReadinessProgress;
  }
}
