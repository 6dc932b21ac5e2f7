/**
 * What an organisation can honestly claim for each standard, what is asked of it, and what stands between: the
 * `classifyWith()` that `assess()`, `classify()` and `recommend()` share (the last two, from a profile, are in
 * `./from-profile.ts`). The parts live in `src/classify/`: the evidence read from the answers, the claim, the
 * requirement and the blockers.
 */
import * as z from './zod.js';
import type { EngineContext } from './context.js';
import { FiguresOverridesSchema } from './figures.js';
import { appliesTo } from './judgement.js';
import type { RequirementSource } from './judgement.js';
import type { Classification } from './schemas/result.js';
import { satisfies } from './schemas/claim.js';
import { StandardIdSchema } from './schemas/standard.js';
import type { Claim, Requirement, StandardId } from './schemas/standard.js';
import { reasonOf, say } from './say.js';
import type { EngineKey } from './say.js';
import { blockersFor } from './classify/blockers.js';
import { claimOf, nextTierOf } from './classify/claim.js';
import { aiRoleUnknown, evidenceFor, isCertified } from './classify/evidence.js';
import { requirementOf } from './classify/requirement.js';

export { reasonOf, say };
export type { EngineKey };
// Moved to src/classify/ by responsibility; still exported from here, where they used to live.
export { aiRoleUnknown, certificateLapsed, milestonesOf, visibility } from './classify/evidence.js';

// Marked pure, like the result schemas, so a bundle that only calls `assess()` drops them.
const ScopeSchema = /* @__PURE__ */ z.array(StandardIdSchema).check(/* @__PURE__ */ z.minLength(1));
const CurrencySchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/));

/** Options for `classify()`: which standards, figure overrides, and the currency of cost figures. */
export const ClassifyOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Standards to classify; default both. */
  scope: /* @__PURE__ */ z.optional(ScopeSchema),
  /** Deep-partial overrides of `DEFAULT_FIGURES`. */
  figures: /* @__PURE__ */ z.optional(FiguresOverridesSchema),
  /** ISO 4217 code, e.g. `EUR`; default the figures' currency. */
  currency: /* @__PURE__ */ z.optional(CurrencySchema),
});
/** Options for `classify()`. */
export type ClassifyOptions = z.infer<typeof ClassifyOptionsSchema>;

const HEADLINE_KEYS: Record<Claim, EngineKey> = {
  none: 'headline.claim.none',
  'in-progress': 'headline.claim.in-progress',
  aligned: 'headline.claim.aligned',
  'certified-non-accredited': 'headline.claim.certified-non-accredited',
  'certified-accredited': 'headline.claim.certified-accredited',
};

const HEADLINE_BY_SOURCE: Record<RequirementSource, EngineKey> = {
  buyers: 'headline',
  investors: 'headline.investors',
  sector: 'headline.sector',
  regulation: 'headline.regulation',
};

function headlineOf(
  ctx: EngineContext,
  standard: StandardId,
  claim: Claim,
  requirement: Requirement,
  source: RequirementSource | undefined,
): string {
  const said = say(ctx, HEADLINE_KEYS[claim], { standard: ctx.t.standards[standard] });
  return requirement === 'none' || source === undefined
    ? say(ctx, 'headline.no-requirement', { claim: said })
    : say(ctx, HEADLINE_BY_SOURCE[source], { claim: said, requirement: ctx.t.requirements[requirement] });
}

/** ISO/IEC 42001 for an organisation it does not apply to: one line on why, and what would change that. */
function notApplicable(ctx: EngineContext, standard: StandardId): Classification {
  const p = ctx.profile;
  const id: EngineKey = aiRoleUnknown(ctx)
    ? 'applies.iso42001.unknown'
    : p.aiRole === 'none'
      ? 'applies.iso42001.no-ai'
      : 'applies.iso42001.procured';
  const reason = reasonOf(ctx, id, { standard: ctx.t.standards[standard] }, [
    `aiRole=${p.aiRole}`,
    `aiAffectsPeople=${p.aiAffectsPeople}`,
    `euAiActHighRisk=${p.euAiActHighRisk}`,
  ]);
  return {
    standard,
    declared: p.status[standard],
    claim: 'none',
    requirement: 'none',
    requirementSources: [],
    applies: false,
    meetsRequirement: true,
    nextTier: null,
    readiness: null,
    blockers: [],
    headline: reason.text,
    rationale: [reason],
  };
}

function classifyStandard(ctx: EngineContext, standard: StandardId): Classification {
  if (!appliesTo(ctx.profile, standard)) return notApplicable(ctx, standard);
  const evidence = evidenceFor(ctx, standard);
  const { claim, reason } = claimOf(ctx, standard, evidence);
  const { requirement, sources, reasons } = requirementOf(ctx, standard);
  // Buyers check the certificate's scope: one that covers only part of what they buy does not meet the ask.
  const meetsRequirement =
    satisfies(claim, requirement) &&
    !(isCertified(claim) && ctx.profile.certificateScope?.[standard] === 'partly');
  const rationale = [reason, ...reasons];
  if (requirement !== 'none')
    rationale.push(
      reasonOf(
        ctx,
        meetsRequirement ? 'classification.meets' : 'classification.gap',
        { claim: ctx.t.claims[claim], requirement: ctx.t.requirements[requirement] },
        [`claim:${standard}=${claim}`, `requirement:${standard}=${requirement}`],
      ),
    );
  return {
    standard,
    declared: ctx.profile.status[standard],
    claim,
    requirement,
    requirementSources: sources,
    applies: true,
    meetsRequirement,
    nextTier: nextTierOf(claim),
    readiness: evidence.score,
    thresholds: {
      aligned: ctx.figures.readiness.alignedThreshold,
      low: ctx.figures.readiness.lowDomain,
    },
    blockers: blockersFor(ctx, standard, claim, evidence),
    headline: headlineOf(ctx, standard, claim, requirement, sources[0]),
    rationale,
  };
}

/** Classifies every standard in the context's scope. Trusts the context: validate before calling. @internal */
export function classifyWith(ctx: EngineContext): Partial<Record<StandardId, Classification>> {
  const result: Partial<Record<StandardId, Classification>> = {};
  for (const standard of ctx.scope) result[standard] = classifyStandard(ctx, standard);
  return result;
}
