/**
 * The dual-standard recommendation, composed from one module per decision (`src/recommend/`): which standards
 * and targets, the order of work, one management system or two, phases and weeks, costs, carry-over, regulation
 * and next steps. Each decision module holds its rules as a table with their sources; this one only runs them
 * in order.
 */
import * as z from './zod.js';
import { ClassifyOptionsSchema, classifyWith } from './classify.js';
import type { EngineContext } from './context.js';
import { reasonOf } from './say.js';
import { AnswersSchema } from './schemas/answers.js';
import type { Reason, Recommendation } from './schemas/result.js';
import type { Claim, StandardId } from './schemas/standard.js';
import { costsFor } from './recommend/costs.js';
import { nextStepsFor } from './recommend/next-steps.js';
import { chooseOperatingModel } from './recommend/operating-model.js';
import { planPhases } from './recommend/phases.js';
import { regulatoryFor } from './recommend/regulation.js';
import { reuseFor } from './recommend/reuse.js';
import { chooseSequence, effectiveSecurity } from './recommend/sequence.js';
import { controlItems, isAligned } from './recommend/situation.js';
import type { Classifications, Situation } from './recommend/situation.js';
import { chooseStandards, chooseTargets } from './recommend/standards.js';

/** Options for `recommend()`: those of `classify()` plus optional answers, used for the computed reuse. */
// Marked pure, like the result schemas, so a bundle that only calls `assess()` drops it.
export const RecommendOptionsSchema = /* @__PURE__ */ z.extend(ClassifyOptionsSchema, {
  /** The visitor's answers keyed by question id; only the reuse figure reads them here. */
  answers: /* @__PURE__ */ z.optional(AnswersSchema),
});
/** Options for `recommend()`. */
export type RecommendOptions = z.infer<typeof RecommendOptionsSchema>;

/** Did the visitor answer any readiness question (beyond "not sure")? Only `assess()` can tell. */
function answeredNothing(ctx: EngineContext): boolean {
  if (ctx.fromAnswers !== true) return false;
  const values = ctx.flow?.values;
  return !controlItems(ctx.items).some(({ item, index }) => {
    const value = values ? values[index] : ctx.answers[item.id];
    return typeof value === 'string' && value !== 'unsure';
  });
}

/**
 * The dual-standard recommendation for a validated context. Pass the classification when it is already
 * computed (as `assess()` does) to avoid doing it twice. @internal
 */
export function recommendWith(
  ctx: EngineContext,
  classification: Classifications = classifyWith(ctx),
): Recommendation {
  const rationale: Reason[] = [];
  if (answeredNothing(ctx)) rationale.push(reasonOf(ctx, 'answers.none', {}, ['answered=0']));
  const standards = chooseStandards(ctx, rationale);
  const claims: Partial<Record<StandardId, Claim>> = {};
  for (const standard of standards) claims[standard] = classification[standard]?.claim ?? 'none';
  const claim27001 = classification.iso27001?.claim ?? ctx.profile.status.iso27001;
  const atRisk = standards.filter((standard) =>
    (classification[standard]?.blockers ?? []).some((b) => b.id === 'certificate-at-risk'),
  );
  const s: Situation = {
    ctx,
    names: ctx.t.standards,
    classification,
    standards,
    claims,
    targets: {},
    has27001: isAligned(claim27001),
    atRisk,
    security: ctx.profile.securityMaturity,
    rationale,
    alternatives: [],
    blockerIds: {},
  };
  chooseTargets(s);
  s.security = effectiveSecurity(ctx, rationale);
  const choice = chooseSequence(s);
  const operatingModel = chooseOperatingModel(s);
  const { phases, plans, integrated } = planPhases(s, choice);
  const costs = costsFor(s, phases, integrated);
  const reuse = reuseFor(s, choice);
  const regulatory = regulatoryFor(s);
  return {
    standards,
    sequence: choice.sequence,
    operatingModel,
    targets: s.targets,
    phases,
    costs,
    reuse,
    regulatory,
    rationale,
    alternatives: s.alternatives,
    nextSteps: nextStepsFor(s, choice, plans),
  };
}
