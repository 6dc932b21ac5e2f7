/**
 * The part of `<iso-readiness>` a visitor needs only once answers turn into a result: the engine's scoring and
 * rules, the complete translation (with the questions' help), the results and their charts, and the check of
 * the config's figures and other result settings. The element loads it while the visitor answers, so the first
 * question never waits for it; lead capture (`./lead-capture.ts`) and the check of translation overrides load
 * beside it only for a config that has them.
 */
import { IsoReadinessResults } from '../results/results.component.js';
import { IsoReadinessSharpen } from '../sharpen/sharpen.component.js';
import { IsoReadinessWarmUp } from './warm-up.js';

export { ResultsPart } from './results-part.js';

// The results define their charts with them.
IsoReadinessResults.define('iso-readiness-results');
IsoReadinessSharpen.define('iso-readiness-sharpen');
IsoReadinessWarmUp.define('iso-readiness-warm-up');
