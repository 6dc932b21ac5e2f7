import * as z from 'zod/mini';
import { OrgProfileSchema } from './profile.js';
import { ClaimSchema, RangeSchema, RequirementSchema, StandardIdSchema } from './standard.js';

/** A reason, in words, with the profile facts or answers that produced it. */
export const ReasonSchema = z.object({
  /** Stable rule id, language-neutral (e.g. `sequence.iso27001-first`). */
  id: z.string(),
  /** The explanation in the result's locale. */
  text: z.string(),
  /** The facts that drove it, language-neutral (e.g. `securityMaturity=low`, `answer:risk_method=no`). */
  facts: z.array(z.string()),
});
/** A rule's explanation. */
export type Reason = z.infer<typeof ReasonSchema>;

/** Readiness of one domain (a clause 4–10 or an Annex A theme/objective). */
export const DomainScoreSchema = z.object({
  /** Domain id, e.g. `27001:6`, `27001:A.8`, `42001:A.5`. */
  id: z.string(),
  /** Domain name in the result's locale. */
  label: z.string(),
  /** 0–100, or null when nothing applicable was asked. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  /** Items counted. */
  items: z.number(),
  /** Items answered `unsure` or left unanswered: gaps until someone checks. */
  unsure: z.number(),
});
/** Readiness of one domain. */
export type DomainScore = z.infer<typeof DomainScoreSchema>;

/** Readiness of one standard. */
export const StandardReadinessSchema = z.object({
  standard: StandardIdSchema,
  /** 0–100 over every applicable item, or null when no applicable item was asked. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  domains: z.array(DomainScoreSchema),
  /** Ids of items answered `unsure` or unanswered: flagged as gaps. */
  unsure: z.array(z.string()),
  /** Ids of items answered `no` or `partly`. */
  gaps: z.array(z.string()),
});
/** Readiness of one standard. */
export type StandardReadiness = z.infer<typeof StandardReadinessSchema>;

/** Something missing for the next tier of claim. */
export const BlockerSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** Clause/control refs concerned. */
  refs: z.array(z.string()),
});
/** Something missing for the next tier. */
export type Blocker = z.infer<typeof BlockerSchema>;

/** The honest claim for one standard against what buyers require. */
export const ClassificationSchema = z.object({
  standard: StandardIdSchema,
  /** What the visitor said they hold. */
  declared: ClaimSchema,
  /** What they can honestly claim today. */
  claim: ClaimSchema,
  /** What their buyers, sector and investors require. */
  requirement: RequirementSchema,
  /** Does the claim meet the requirement? */
  meetsRequirement: z.boolean(),
  /** The next tier worth reaching, or null when the top is held. */
  nextTier: z.nullable(ClaimSchema),
  /** Readiness 0–100 for this standard (null if not assessed). */
  readiness: z.nullable(z.number()),
  /** What stands between the claim and the next tier. */
  blockers: z.array(BlockerSchema),
  /** One-sentence headline: what you can say and what buyers ask for. */
  headline: z.string(),
  /** Why the claim and the requirement are what they are. */
  rationale: z.array(ReasonSchema),
});
/** Per-standard classification. */
export type Classification = z.infer<typeof ClassificationSchema>;

export const SequenceSchema = z.enum([
  'none',
  'single',
  'iso27001-first',
  'iso42001-first',
  'together',
  'add-iso42001',
  'add-iso27001',
  'maintain',
]);
/** The order in which to pursue the standards. */
export type Sequence = z.infer<typeof SequenceSchema>;

/** One phase of the recommended path. */
export const PhaseSchema = z.object({
  standard: StandardIdSchema,
  kind: z.enum(['align', 'certify']),
  /** Duration of this phase. */
  weeks: RangeSchema,
  /** Weeks from the start of the programme at which the phase can begin. */
  startWeek: RangeSchema,
  /** Short label in the result's locale. */
  label: z.string(),
});
/** A phase of the path. */
export type Phase = z.infer<typeof PhaseSchema>;

/** Certification cost ranges for one standard. */
export const CostSchema = z.object({
  standard: StandardIdSchema,
  /** Certification-body fees over the first cycle. */
  certificationFees: RangeSchema,
  /** Internal effort (people's time, tooling). */
  internalEffort: RangeSchema,
  /** ISO 4217 currency code. */
  currency: z.string(),
});
/** Cost ranges for certification. */
export type Cost = z.infer<typeof CostSchema>;

/** How much ISO 27001 work carries over to ISO 42001. */
export const ReuseSchema = z.object({
  /** Published practitioner range, percent. */
  quoted: RangeSchema,
  /** Percent computed from the visitor's own answers (shared items already in place), or null. */
  computed: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  /** Why the figures vary and what `computed` counts. */
  text: z.string(),
});
/** Carry-over from 27001 to 42001. */
export type Reuse = z.infer<typeof ReuseSchema>;

/** A regulatory framework item the recommended work helps with. */
export const RegulatoryLinkSchema = z.object({
  framework: z.enum(['eu-ai-act', 'nist-ai-rmf', 'other']),
  /** Article or function id, e.g. `Art. 9`, `GOVERN`. */
  ref: z.string(),
  text: z.string(),
  /** ISO/IEC 42001 or 27001 refs that support it. */
  refs: z.array(z.string()),
});
/** A regulatory link. */
export type RegulatoryLink = z.infer<typeof RegulatoryLinkSchema>;

/** The dual-standard recommendation. */
export const RecommendationSchema = z.object({
  standards: z.array(StandardIdSchema),
  sequence: SequenceSchema,
  operatingModel: z.nullable(z.enum(['unified', 'federated'])),
  targets: z.partialRecord(StandardIdSchema, RequirementSchema),
  phases: z.array(PhaseSchema),
  costs: z.array(CostSchema),
  reuse: z.nullable(ReuseSchema),
  regulatory: z.array(RegulatoryLinkSchema),
  rationale: z.array(ReasonSchema),
  nextSteps: z.array(z.object({ id: z.string(), text: z.string() })),
});
/** Which standard(s), in which order, how, how long, how much, and why. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Answers keyed by question id: a scale value, one option id, or a list of option ids. */
export const AnswersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
/** A visitor's answers keyed by question id. */
export type Answers = z.infer<typeof AnswersSchema>;

export const RESULT_SCHEMA_VERSION = 1;

/** Everything `assess()` computes, serialisable and versioned. */
export const AssessmentResultSchema = z.object({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  /** Locale the texts are in. Ids and codes are language-neutral. */
  locale: z.string(),
  /** Question bank version and content hash the result was computed with. */
  bank: z.object({ version: z.string(), hash: z.string() }),
  /** Standards in scope for this assessment. */
  scope: z.array(StandardIdSchema),
  /** The answers that count (visible after branching). */
  answers: AnswersSchema,
  profile: OrgProfileSchema,
  readiness: z.partialRecord(StandardIdSchema, StandardReadinessSchema),
  classification: z.partialRecord(StandardIdSchema, ClassificationSchema),
  recommendation: RecommendationSchema,
});
/** The full result of an assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
