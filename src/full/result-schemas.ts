// Schemas of the full gap assessment's result, the part a lead carries: apart from the answers' and the SoA's
// schemas, so a lead's validation brings no more of the full assessment than this.
import * as z from '../zod.js';
import { OrgProfileSchema } from '../schemas/profile.js';
import {
  AnswersSchema,
  ClassificationSchema,
  RecommendationSchema,
  StandardReadinessSchema,
} from '../schemas/result.js';
import { StandardIdSchema } from '../schemas/standard.js';
import {
  DEVELOPMENT,
  DOCUMENT_STATES,
  GRADES,
  INCLUSION_REASONS,
  PREMISES,
  STATUSES,
  SUGGESTION_IDS,
} from './ids.js';

export const StatusSchema = z.enum(STATUSES);
export const GradeSchema = z.enum(GRADES);
export const InclusionReasonSchema = z.enum(INCLUSION_REASONS);
export const SuggestionIdSchema = z.enum(SUGGESTION_IDS);

/** Facts the full assessment asks beyond the quick check's profile, for exclusions and the 42001 SoA. */
export const ScopingSchema = z.strictObject({
  premises: z.optional(z.enum(PREMISES)),
  development: z.optional(z.enum(DEVELOPMENT)),
  /** The AI systems in scope of the AI management system, one per line. */
  aiSystems: z.optional(z.string().check(z.maxLength(2000))),
});
/** Scoping answers of the full assessment. */
export type Scoping = z.infer<typeof ScopingSchema>;

/** Where an entry's values came from: the visitor, the other standard, the quick check, or nowhere yet. */
export const SourceSchema = z.enum(['answer', 'carried', 'estimate', 'none']);
/** Where an entry's values came from. */
export type Source = z.infer<typeof SourceSchema>;

/** One requirement or control as assessed. */
export const EntryResultSchema = /* @__PURE__ */ z.object({
  ref: z.string(),
  standard: StandardIdSchema,
  kind: z.enum(['clause', 'control']),
  id: z.string(),
  section: z.string(),
  source: SourceSchema,
  /** Refs (carried) or quick-check item ids (estimate) the values came from. */
  from: z.array(z.string()),
  applicable: z.boolean(),
  justification: z.string(),
  /** The accepted suggested justification, if any. */
  suggestion: z.nullable(SuggestionIdSchema),
  /** The justification the profile suggests for excluding it, if any. */
  suggested: z.nullable(SuggestionIdSchema),
  reasons: z.array(InclusionReasonSchema),
  status: z.nullable(StatusSchema),
  owner: z.string(),
  evidence: z.string(),
  reference: z.string(),
  targetDate: z.nullable(z.string()),
  note: z.string(),
  grade: GradeSchema,
  /** Id of the grade rule that decided. */
  rule: z.string(),
  /** Related refs in the other standard. */
  related: z.array(z.string()),
});
/** One requirement or control as assessed. */
export type EntryResult = z.infer<typeof EntryResultSchema>;

/** How far one section is answered. */
export const SectionProgressSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  standard: StandardIdSchema,
  total: z.number(),
  /** Confirmed by the visitor. */
  answered: z.number(),
  /** Pre-filled (carried over or estimated), not yet confirmed. */
  prefilled: z.number(),
});
/** How far one section is answered. */
export type SectionProgress = z.infer<typeof SectionProgressSchema>;

/** One row of the gap register: a requirement or control that is not conformant. */
export const GapSchema = /* @__PURE__ */ z.object({
  ref: z.string(),
  standard: StandardIdSchema,
  section: z.string(),
  grade: GradeSchema,
  /** The grade rule: what is missing and the next step are worded from it. */
  rule: z.string(),
  status: z.nullable(StatusSchema),
  owner: z.string(),
  targetDate: z.nullable(z.string()),
});
/** One row of the gap register. */
export type Gap = z.infer<typeof GapSchema>;

/** One item of the mandatory documented information checklist. */
export const DocumentRowSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  /** Refs of the clauses that require it. */
  clauses: z.array(z.string()),
  state: z.enum(DOCUMENT_STATES),
  /** References recorded against those clauses. */
  references: z.array(z.string()),
});
/** One item of the documented information checklist. */
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

/** How much of 42001 an existing 27001 management system already answers, per requirement and control. */
export const FullReuseSchema = /* @__PURE__ */ z.object({
  /** 42001 entries with a 27001 counterpart whose answers carry over. */
  related: z.number(),
  /** Of those, how many the 27001 answers cover fully (`implemented`) and in part (`partly`). */
  implemented: z.number(),
  partly: z.number(),
  /** 42001 entries in all. */
  of: z.number(),
  /** (implemented + partly / 2) / of, percent. */
  percent: z.number(),
  /** True when no 27001 entry is confirmed yet and the quick check's estimates stand in for them. */
  estimated: z.optional(z.boolean()),
});
/** Carry-over from 27001 to 42001, per requirement and control. */
export type FullReuse = z.infer<typeof FullReuseSchema>;

export const FULL_RESULT_SCHEMA_VERSION = 1;

/** Everything `assessFull()` computes, serialisable and versioned. */
export const FullResultSchema = /* @__PURE__ */ z.object({
  schemaVersion: z.literal(FULL_RESULT_SCHEMA_VERSION),
  depth: z.literal('full'),
  locale: z.string(),
  /** Versions and content hashes of the full catalogue and of the quick-check bank. */
  bank: z.object({
    version: z.string(),
    hash: z.string(),
    quickVersion: z.string(),
    quickHash: z.string(),
  }),
  scope: z.array(StandardIdSchema),
  profile: OrgProfileSchema,
  scoping: ScopingSchema,
  /**
   * The quick-check answers the classification was computed from, derived from the entries: those that count
   * after branching.
   */
  evidence: AnswersSchema,
  entries: z.array(EntryResultSchema),
  sections: z.array(SectionProgressSchema),
  readiness: z.partialRecord(StandardIdSchema, StandardReadinessSchema),
  classification: z.partialRecord(StandardIdSchema, ClassificationSchema),
  recommendation: RecommendationSchema,
  reuse: z.nullable(FullReuseSchema),
  gaps: z.array(GapSchema),
  documents: z.partialRecord(StandardIdSchema, z.array(DocumentRowSchema)),
});
/** The result of a full gap assessment. */
export type FullResult = z.infer<typeof FullResultSchema>;
