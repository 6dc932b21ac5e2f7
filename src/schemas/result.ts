// Every zod call is marked pure: bundlers cannot tell that building a schema has no side effects, and an app
// that only calls `assess()` should not carry these schemas, nor the zod features only they use.
import * as z from '../zod.js';
import { AnswersSchema } from './answers.js';
import { RESULT_SCHEMA_VERSION } from './result-version.js';
import { OrgProfileSchema } from './profile.js';
import { ClaimSchema, RangeSchema, RequirementSchema } from './claim.js';
import { StandardIdSchema } from './standard.js';

/** A reason, in words, with the profile facts or answers that produced it. */
export const ReasonSchema = /* @__PURE__ */ z.object({
  /** Stable rule id, language-neutral (e.g. `sequence.iso27001-first`). */
  id: /* @__PURE__ */ z.string(),
  /** The explanation in the result's locale. */
  text: /* @__PURE__ */ z.string(),
  /** The facts that drove it, language-neutral (e.g. `securityMaturity=low`, `answer:risk_method=no`). */
  facts: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
});
/** A rule's explanation. */
export type Reason = z.infer<typeof ReasonSchema>;

/** Readiness of one domain (a clause 4–10 or an Annex A theme/objective). */
export const DomainScoreSchema = /* @__PURE__ */ z.object({
  /** Domain id, e.g. `27001:6`, `27001:A.8`, `42001:A.5`. */
  id: /* @__PURE__ */ z.string(),
  /** Domain name in the result's locale. */
  label: /* @__PURE__ */ z.string(),
  /** 0–100, or null when nothing applicable was asked. */
  score: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(100)),
  ),
  /** Items counted. */
  items: /* @__PURE__ */ z.number(),
  /** Items answered `unsure` or left unanswered: gaps until someone checks. */
  unsure: /* @__PURE__ */ z.number(),
});
/** Readiness of one domain. */
export type DomainScore = z.infer<typeof DomainScoreSchema>;

/** Readiness of one standard. */
export const StandardReadinessSchema = /* @__PURE__ */ z.object({
  standard: StandardIdSchema,
  /** 0–100 over every applicable item, or null when no applicable item was asked. */
  score: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(100)),
  ),
  domains: /* @__PURE__ */ z.array(DomainScoreSchema),
  /** Ids of items answered `unsure` or unanswered: flagged as gaps. */
  unsure: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** Ids of items answered `no` or `partly`. */
  gaps: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
});
/** Readiness of one standard. */
export type StandardReadiness = z.infer<typeof StandardReadinessSchema>;

/** Something missing for the next tier of claim. */
export const BlockerSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  text: /* @__PURE__ */ z.string(),
  /** Clause/control refs concerned. */
  refs: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
});
/** Something missing for the next tier. */
export type Blocker = z.infer<typeof BlockerSchema>;

/** The honest claim for one standard against what buyers require. */
export const ClassificationSchema = /* @__PURE__ */ z.object({
  standard: StandardIdSchema,
  /** What the visitor said they hold. */
  declared: ClaimSchema,
  /** What they can honestly claim today. */
  claim: ClaimSchema,
  /** What their buyers, sector, investors or regulation require. */
  requirement: RequirementSchema,
  /** Who asks, the source of the strongest requirement first; empty when nobody does. */
  requirementSources: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.enum(['buyers', 'investors', 'sector', 'regulation']),
  ),
  /** False when the standard does not apply (ISO/IEC 42001 without AI to govern): no claim, score or blocker. */
  applies: /* @__PURE__ */ z.boolean(),
  /** Does the claim meet the requirement? */
  meetsRequirement: /* @__PURE__ */ z.boolean(),
  /** The next tier worth reaching, or null when the top is held. */
  nextTier: /* @__PURE__ */ z.nullable(ClaimSchema),
  /** Readiness 0–100 for this standard (null if not assessed). */
  readiness: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  /** The lines the report draws: readiness from which `aligned` can be claimed, and under which a domain is weak. */
  thresholds: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({ aligned: /* @__PURE__ */ z.number(), low: /* @__PURE__ */ z.number() }),
  ),
  /** What stands between the claim and the next tier. */
  blockers: /* @__PURE__ */ z.array(BlockerSchema),
  /** One-sentence headline: what you can say and what buyers ask for. */
  headline: /* @__PURE__ */ z.string(),
  /** Why the claim and the requirement are what they are. */
  rationale: /* @__PURE__ */ z.array(ReasonSchema),
});
/** Per-standard classification. */
export type Classification = z.infer<typeof ClassificationSchema>;

export const SequenceSchema = /* @__PURE__ */ z.enum([
  'none',
  'single',
  'iso27001-first',
  'iso42001-first',
  'together',
  'add-iso42001',
  'add-iso27001',
  'maintain',
  'restore',
]);
/** The order in which to pursue the standards. */
export type Sequence = z.infer<typeof SequenceSchema>;

/** One phase of the recommended path. */
export const PhaseSchema = /* @__PURE__ */ z.object({
  standard: StandardIdSchema,
  kind: /* @__PURE__ */ z.enum(['align', 'certify']),
  /** Duration of this phase. */
  weeks: RangeSchema,
  /** Weeks from the start of the programme at which the phase can begin. */
  startWeek: RangeSchema,
  /** Short label in the result's locale. */
  label: /* @__PURE__ */ z.string(),
});
/** A phase of the path. */
export type Phase = z.infer<typeof PhaseSchema>;

/** Certification cost ranges for one standard. */
export const CostSchema = /* @__PURE__ */ z.object({
  standard: StandardIdSchema,
  /** Certification-body fees over the first cycle. */
  certificationFees: RangeSchema,
  /** Internal effort (people's time, tooling). */
  internalEffort: RangeSchema,
  /** For organisations under 10 people: the internal effort as days of their own time. */
  personDays: /* @__PURE__ */ z.optional(RangeSchema),
  /** ISO 4217 currency code. */
  currency: /* @__PURE__ */ z.string(),
});
/** Cost ranges for certification. */
export type Cost = z.infer<typeof CostSchema>;

/** How much ISO 27001 work carries over to ISO 42001. */
export const ReuseSchema = /* @__PURE__ */ z.object({
  /** Published practitioner range, percent. */
  quoted: RangeSchema,
  /** Percent computed from the visitor's own answers (shared items already in place), or null. */
  computed: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(100)),
  ),
  /** Why the figures vary and what `computed` counts. */
  text: /* @__PURE__ */ z.string(),
});
/** Carry-over from 27001 to 42001. */
export type Reuse = z.infer<typeof ReuseSchema>;

/** A regulatory framework item the recommended work helps with. */
export const RegulatoryLinkSchema = /* @__PURE__ */ z.object({
  framework: /* @__PURE__ */ z.enum(['eu-ai-act', 'nist-ai-rmf', 'dora', 'nis2', 'other']),
  /** Article or function id, e.g. `Art. 9`, `GOVERN`. */
  ref: /* @__PURE__ */ z.string(),
  text: /* @__PURE__ */ z.string(),
  /** ISO/IEC 42001 or 27001 refs that support it. */
  refs: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
});
/** A regulatory link. */
export type RegulatoryLink = z.infer<typeof RegulatoryLinkSchema>;

/** The dual-standard recommendation. */
export const RecommendationSchema = /* @__PURE__ */ z.object({
  standards: /* @__PURE__ */ z.array(StandardIdSchema),
  sequence: SequenceSchema,
  operatingModel: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['unified', 'federated'])),
  targets: /* @__PURE__ */ z.partialRecord(StandardIdSchema, RequirementSchema),
  phases: /* @__PURE__ */ z.array(PhaseSchema),
  costs: /* @__PURE__ */ z.array(CostSchema),
  reuse: /* @__PURE__ */ z.nullable(ReuseSchema),
  regulatory: /* @__PURE__ */ z.array(RegulatoryLinkSchema),
  rationale: /* @__PURE__ */ z.array(ReasonSchema),
  /** Where the sources disagree: the path not taken and when it would be right, one line each. */
  alternatives: /* @__PURE__ */ z.array(ReasonSchema),
  nextSteps: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ id: /* @__PURE__ */ z.string(), text: /* @__PURE__ */ z.string() }),
  ),
});
/** Which standard(s), in which order, how, how long, how much, and why. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

export { AnswersSchema, type Answers } from './answers.js';

export { RESULT_SCHEMA_VERSION } from './result-version.js';

/** Readiness of one standard as answered, and if every coarse answer were "partly": whole numbers, 0–100. */
export const SharpenRangeSchema = /* @__PURE__ */ z.object({
  now: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  ifPartly: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
});

/**
 * What sharper answers would change, for a result from the short path: which answers were coarse (a practice
 * left unticked counts as not in place), how long sharpening takes, and how far readiness could move.
 */
export const PrecisionSchema = /* @__PURE__ */ z.object({
  /** Scored items taken from a checklist and not ticked: counted as `no` (or `unsure` for "none / not sure"). */
  coarse: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** Questions "Sharpen your result" asks: the coarse items and the profile questions the short path left out. */
  questions: /* @__PURE__ */ z.number(),
  /** About how long sharpening takes, in whole minutes. */
  minutes: /* @__PURE__ */ z.number(),
  /** Per standard: readiness now, and the most it could reach if each coarse practice is partly in place. */
  readiness: /* @__PURE__ */ z.partialRecord(StandardIdSchema, SharpenRangeSchema),
});
/** What sharper answers would change. */
export type Precision = z.infer<typeof PrecisionSchema>;

/** Everything `assess()` computes, serialisable and versioned. */
export const AssessmentResultSchema = /* @__PURE__ */ z.object({
  schemaVersion: /* @__PURE__ */ z.literal(RESULT_SCHEMA_VERSION),
  /** Locale the texts are in. Ids and codes are language-neutral. */
  locale: /* @__PURE__ */ z.string(),
  /** Question bank version and content hash the result was computed with. */
  bank: /* @__PURE__ */ z.object({ version: /* @__PURE__ */ z.string(), hash: /* @__PURE__ */ z.string() }),
  /** Standards in scope for this assessment. */
  scope: /* @__PURE__ */ z.array(StandardIdSchema),
  /** The answers that count (visible after branching). */
  answers: AnswersSchema,
  profile: OrgProfileSchema,
  readiness: /* @__PURE__ */ z.partialRecord(StandardIdSchema, StandardReadinessSchema),
  classification: /* @__PURE__ */ z.partialRecord(StandardIdSchema, ClassificationSchema),
  recommendation: RecommendationSchema,
  /** Present when the answers came from the short path: what sharper answers would change. */
  precision: /* @__PURE__ */ z.optional(PrecisionSchema),
});
/** The full result of an assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
