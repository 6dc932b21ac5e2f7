/**
 * The `<iso-readiness>` class and its parts, without registering any tag (side-effect free): for hosts that
 * register under their own names or extend the element. `import 'iso-readiness/widget'` registers it.
 * @packageDocumentation
 */
export { IsoReadiness, type IsoReadinessConfig } from './iso-readiness/iso-readiness.component.js';
export { IsoReadinessQuestion } from './question/question.component.js';
export { IsoReadinessProgress } from './progress/progress.component.js';
export { IsoReadinessResults, type CallToAction } from './results/results.component.js';
export { IsoReadinessDomainChart } from './domain-chart/domain-chart.component.js';
export { IsoReadinessPhaseTimeline } from './phase-timeline/phase-timeline.component.js';
export {
  IsoReadinessLeadForm,
  type LeadSubmitDetail,
  type LeadFormStatus,
} from './lead-form/lead-form.component.js';
export { VERSION } from './version.js';
export { ReadinessElement } from './internal/base-element.js';
export { registerTranslation } from '../src/i18n/register.js';
