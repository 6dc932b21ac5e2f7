import { assessWith, type AssessOptions } from './assess-with.js';
import { enResult } from './i18n/en/result-translation.js';
import type { AssessmentResult } from './schemas/result.js';

export type { AssessOptions } from './assess-with.js';

/**
 * Answers in, the whole honest result out: profile, readiness per domain, the claim against what buyers
 * require, and the recommended path with its reasons. Pure and deterministic; throws `ReadinessError`.
 * Texts in English unless `options.translation` gives others.
 */
export const assess = (answers: unknown, options?: AssessOptions): AssessmentResult =>
  assessWith(answers, options, enResult);
