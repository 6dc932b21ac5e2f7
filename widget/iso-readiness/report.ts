/**
 * The part of `<iso-readiness>` a visitor needs only once answers turn into a result: the engine's scoring and
 * rules, the complete translation, the results and their charts, and lead capture. The element loads it while
 * the visitor answers, so the first question never waits for it.
 */
import { assess } from '../../src/assess.js';
import { IsoReadinessLeadForm } from '../lead-form/lead-form.component.js';
import { IsoReadinessResults } from '../results/results.component.js';

export { assess };
export { LeadController } from './lead-controller.js';

// The results define their charts with them.
IsoReadinessResults.define('iso-readiness-results');
IsoReadinessLeadForm.define('iso-readiness-lead-form');
