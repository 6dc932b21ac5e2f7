/**
 * The part of `<iso-readiness>` a visitor needs only once answers turn into a result: the engine's scoring and
 * rules, the complete translation (with the questions' help), the results and their charts, lead capture, and
 * the check of the config's lead settings, translation overrides and figures. The element loads it while the
 * visitor answers, so the first question never waits for it.
 */
import { IsoReadinessLeadForm } from '../lead-form/lead-form.component.js';
import { IsoReadinessResults } from '../results/results.component.js';
import { IsoReadinessSharpen } from '../sharpen/sharpen.component.js';
import { IsoReadinessWarmUp } from './warm-up.js';

export { ResultsPart } from './results-part.js';

// The results define their charts with them.
IsoReadinessResults.define('iso-readiness-results');
IsoReadinessLeadForm.define('iso-readiness-lead-form');
IsoReadinessSharpen.define('iso-readiness-sharpen');
IsoReadinessWarmUp.define('iso-readiness-warm-up');
