import { validateAnswerValues } from './answer-values.js';
import { flowOfValues } from './flow.js';
import { BANK_HASH } from './bank/hash.js';
import { BANK_VERSION } from './bank/version.js';
import { ITEMS } from './bank/engine-items.js';
import { classifyWith } from './classify.js';
import type { EngineContext } from './context.js';
import { parseWith } from './errors.js';
import { resolveFigures } from './figures.js';
import type { ResultTranslation } from './i18n/translation.js';
import { EngineOptionsSchema, type EngineOptions } from './engine-options.js';
import { normaliseScope } from './options.js';
import { appliesTo } from './judgement.js';
import { profileOf } from './profile.js';
import { recommendWith } from './recommend.js';
import type { BankItem } from './schemas/bank.js';
import type { Answers, AssessmentResult } from './schemas/result.js';
import { RESULT_SCHEMA_VERSION } from './schemas/result-version.js';
import { readinessOf } from './scoring.js';
import { precisionOf } from './precision.js';
import * as z from './zod.js';

const CoarseSchema = z.array(z.string());
const parseCoarse = (coarse: unknown): string[] =>
  parseWith(CoarseSchema, coarse, 'invalid-options', ['options', 'coarse']);

/** The answers given, hidden ones included, as a record in bank order. */
function givenAnswers(given: readonly (Answers[string] | undefined)[]): Answers {
  const answers: Answers = {};
  for (let i = 0; i < ITEMS.length; i++) {
    const value = given[i];
    if (value !== undefined) answers[(ITEMS[i] as BankItem).id] = value;
  }
  return answers;
}

/** Options for `assess`. */
export type AssessOptions = EngineOptions & {
  /**
   * Scored items the short path took coarsely (left unticked on a checklist): the result then says, in
   * `precision`, what sharper answers would change.
   */
  coarse?: readonly string[];
};

/**
 * `assess` (./assess.ts) with the texts to use when `options.translation` names none: the widget's results
 * part always gives its translation, and so never loads English's texts for a visitor reading another language.
 */
export function assessWith(
  answers: unknown,
  options: AssessOptions | undefined,
  fallback: ResultTranslation,
): AssessmentResult {
  // Absent options parse to `{}`: skip the parse (and the copy without `coarse`), it runs on every assessment.
  let coarse: AssessOptions['coarse'];
  let opts: EngineOptions = {};
  if (options !== undefined && options !== null) {
    const { coarse: given, ...engineOptions } = options;
    coarse = given;
    opts = parseWith(EngineOptionsSchema, engineOptions, 'invalid-options', ['options']);
  }
  const scope = normaliseScope(opts.scope);
  const t = opts.translation ?? fallback;
  // By position in the bank, lists copied: the caller's answers are read once and never kept.
  const given = validateAnswerValues(ITEMS, answers);
  // Visibility once, shared by the profile, the scores and the rules.
  const flow = flowOfValues(ITEMS, given, scope);
  const counted = flow.counted;
  const figures = resolveFigures(opts.figures);
  const profile = profileOf(counted);
  const ctx: EngineContext = {
    profile,
    answers: counted,
    fromAnswers: true,
    scope,
    items: ITEMS,
    flow,
    // A standard that does not apply (ISO/IEC 42001 without AI to govern) gets no score to show as readiness.
    readiness: readinessOf(
      ITEMS,
      flow,
      scope.filter((standard) => appliesTo(profile, standard)),
      t,
    ),
    figures,
    t,
    currency: opts.currency ?? figures.currency,
  };
  const classification = classifyWith(ctx);
  const precision = coarse
    ? precisionOf(ITEMS, givenAnswers(given), scope, parseCoarse(coarse), ctx.readiness, t)
    : undefined;
  const result: AssessmentResult = {
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
  // Set only when asked for, without spreading an object on every call.
  if (precision) result.precision = precision;
  return result;
}
