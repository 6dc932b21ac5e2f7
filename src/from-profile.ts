import type * as z from './zod.js';
import { ITEMS } from './bank/engine-items.js';
import { ClassifyOptionsSchema, classifyWith, type ClassifyOptions } from './classify.js';
import type { EngineContext } from './context.js';
import { parseWith } from './errors.js';
import { resolveFigures } from './figures.js';
import { enResult } from './i18n/en/result-translation.js';
import { RecommendOptionsSchema, recommendWith, type RecommendOptions } from './recommend.js';
import type { Answers, Classification, Recommendation } from './schemas/result.js';
import { OrgProfileSchema } from './schemas/profile.js';
import { STANDARD_IDS, type StandardId } from './schemas/standard.js';

// `classify` and `recommend` from a profile, in English: apart from the rules (./classify.ts, ./recommend.ts) so
// that what computes a result in another language (the widget's results part) never carries English's texts.

/**
 * Validates a profile and already-parsed options into the context the rules read, with the English texts.
 * Without answers, readiness is empty: claims rest on what was declared. @internal
 */
export function contextFrom(
  profile: unknown,
  options: unknown,
  schema: z.ZodMiniType<ClassifyOptions & { answers?: Answers }>,
): EngineContext {
  const parsed = parseWith(OrgProfileSchema, profile, 'invalid-profile', ['profile']);
  const opts = parseWith(schema, options === undefined ? {} : options, 'invalid-options', ['options']);
  const figures = resolveFigures(opts.figures, ['options', 'figures']);
  const scope = opts.scope;
  return {
    profile: parsed,
    answers: opts.answers ?? {},
    scope: scope ? STANDARD_IDS.filter((standard) => scope.includes(standard)) : STANDARD_IDS,
    items: ITEMS,
    readiness: {},
    figures,
    t: enResult,
    currency: opts.currency ?? figures.currency,
  };
}

/**
 * What an organisation can honestly claim for each standard in scope, what its buyers require, and what
 * stands in between. From a profile alone readiness is null and claims rest on what was declared; a declared
 * `aligned` is counted as in progress until the evidence is checked. Throws `ReadinessError`
 * (`invalid-profile`, `invalid-options`) on bad input.
 */
export function classify(
  profile: unknown,
  options?: ClassifyOptions,
): Partial<Record<StandardId, Classification>> {
  return classifyWith(contextFrom(profile, options, ClassifyOptionsSchema));
}

/**
 * Which standard(s) to pursue, in which order, as one system or two, how long, at what cost, how much carries
 * over, which regulations it helps with, what the sources would also allow, and why. From a profile alone;
 * `options.answers` only feed the computed reuse. Throws `ReadinessError` (`invalid-profile`, `invalid-options`)
 * on bad input.
 */
export function recommend(profile: unknown, options?: RecommendOptions): Recommendation {
  return recommendWith(contextFrom(profile, options, RecommendOptionsSchema));
}
