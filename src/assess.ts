import { validateAnswers } from './answers.js';
import { countedAnswers } from './flow.js';
import { BANK_HASH, BANK_VERSION } from './bank/index.js';
import { ITEMS } from './bank/items.js';
import { classifyWith } from './classify.js';
import type { EngineContext } from './context.js';
import { parseWith } from './errors.js';
import { resolveFigures } from './figures.js';
import { en } from './i18n/en/index.js';
import { EngineOptionsSchema, normaliseScope, type EngineOptions } from './options.js';
import { deriveProfile } from './profile.js';
import { recommendWith } from './recommend.js';
import { RESULT_SCHEMA_VERSION, type AssessmentResult } from './schemas/result.js';
import { scoreReadiness } from './scoring.js';

/** Options for `assess`. */
export type AssessOptions = EngineOptions;

/**
 * Answers in, the whole honest result out: profile, readiness per domain, the claim against what buyers
 * require, and the recommended path with its reasons. Pure and deterministic; throws `ReadinessError`.
 */
export function assess(answers: unknown, options?: AssessOptions): AssessmentResult {
  const opts = parseWith(EngineOptionsSchema, options ?? {}, 'invalid-options', ['options']);
  const scope = normaliseScope(opts.scope);
  const t = opts.translation ?? en;
  const valid = validateAnswers(ITEMS, answers);
  const counted = countedAnswers(ITEMS, valid, scope);
  const figures = resolveFigures(opts.figures);
  const ctx: EngineContext = {
    profile: deriveProfile(counted, scope),
    answers: counted,
    scope,
    items: ITEMS,
    readiness: scoreReadiness(ITEMS, counted, scope, t),
    figures,
    t,
    currency: opts.currency ?? figures.currency,
  };
  const classification = classifyWith(ctx);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    locale: t.locale,
    bank: { version: BANK_VERSION, hash: BANK_HASH },
    scope,
    answers: counted,
    profile: ctx.profile,
    readiness: ctx.readiness,
    classification,
    recommendation: recommendWith(ctx, classification),
  };
}
