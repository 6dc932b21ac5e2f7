import { IsoReadinessPhaseTimeline } from './phase-timeline.component.js';

export { IsoReadinessPhaseTimeline };

IsoReadinessPhaseTimeline.define('iso-readiness-phase-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'iso-readiness-phase-timeline': IsoReadinessPhaseTimeline;
  }
}
