// Schemas of the full gap assessment: the answers (a trust boundary: they come from storage, hosts and
// imports), the result (in ./result-schemas.ts, re-exported) and the Statement of Applicability. Types are
// inferred from them.
import * as z from '../zod.js';
import { AnswersSchema } from '../schemas/result.js';
import { StandardIdSchema } from '../schemas/standard.js';
import { INCLUSION_REASONS, STATUSES, SUGGESTION_IDS } from './ids.js';
import {
  InclusionReasonSchema,
  ScopingSchema,
  SourceSchema,
  StatusSchema,
  SuggestionIdSchema,
} from './result-schemas.js';

export * from './result-schemas.js';

const text = (max: number) => z.string().check(z.maxLength(max));
const unique = <T>(list: T[]) => new Set(list).size === list.length;

// Days per month; February gets its 29th in leap years. Arithmetic, not `Date`: it runs for every dated entry.
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isRealDate = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (DAYS[month - 1] as number) + (month === 2 && leap ? 1 : 0)
  );
};

/** A calendar date written `YYYY-MM-DD` that exists (no 31 April). */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isRealDate, 'expected a real calendar date'));

/** What the visitor recorded for one requirement or control. Every field is optional. */
export const EntryAnswerSchema = z.strictObject({
  /** Controls only: does it apply? Clause requirements always apply. */
  applicable: z.optional(z.boolean()),
  /** Why an excluded control does not apply, in the visitor's words. */
  justification: z.optional(text(2000)),
  /** A suggested justification the visitor accepted instead of writing one. */
  suggestion: z.optional(SuggestionIdSchema),
  /** Why an applicable control is included. */
  reasons: z.optional(
    z.array(InclusionReasonSchema).check(z.refine(unique, 'expected each reason at most once')),
  ),
  status: z.optional(StatusSchema),
  /** Who is accountable for it. */
  owner: z.optional(text(200)),
  /** Where the evidence is: a record, ticket, link. */
  evidence: z.optional(text(1000)),
  /** The document or procedure that implements it. */
  reference: z.optional(text(1000)),
  /** When it is planned to be in place (`YYYY-MM-DD`). */
  targetDate: z.optional(IsoDateSchema),
  note: z.optional(text(2000)),
});
/** What the visitor recorded for one requirement or control. */
export type EntryAnswer = z.infer<typeof EntryAnswerSchema>;

/** The SoA's document control (ISO/IEC 27001 7.5.2: identification, version, review and approval). */
export const DocumentControlSchema = z.strictObject({
  /** The organisation the SoA is for (the consultancy's client). */
  organisation: z.optional(text(200)),
  /** Who prepared it. */
  preparedBy: z.optional(text(200)),
  /** Who approved it; empty while it is a draft. */
  approvedBy: z.optional(text(200)),
  /** The document's version, e.g. `0.3`. */
  version: z.optional(text(40)),
});
/** The SoA's document control, as recorded with the answers. */
export type DocumentControl = z.infer<typeof DocumentControlSchema>;

/** Everything a full assessment is computed from. */
export const FullAnswersSchema = z.strictObject({
  /** Quick-check answers (profile and questions) by item id; they pre-fill what they evidence. */
  quick: z.optional(AnswersSchema),
  scoping: z.optional(ScopingSchema),
  /** Answers per requirement or control, keyed by ref (`27001:A.5.15`, `42001:6.1.4`). */
  entries: z.optional(z.record(z.string(), EntryAnswerSchema)),
  /** Document control of the SoA exports. */
  document: z.optional(DocumentControlSchema),
});
/** Everything a full assessment is computed from. */
export type FullAnswers = z.infer<typeof FullAnswersSchema>;

/** `FullAnswersSchema` with each entry left to `entryFits`, which checks the common case faster. @internal */
export const FullAnswersShapeSchema = z.strictObject({
  quick: z.optional(AnswersSchema),
  scoping: z.optional(ScopingSchema),
  entries: z.optional(
    z.custom<Record<string, unknown>>(
      (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
      'expected an object of entries keyed by ref',
    ),
  ),
  document: z.optional(DocumentControlSchema),
});

const ENTRY_TEXT_LIMITS: Record<string, number> = {
  justification: 2000,
  owner: 200,
  evidence: 1000,
  reference: 1000,
  note: 2000,
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const ENTRY_KEYS = new Set(Object.keys(EntryAnswerSchema.shape));

/**
 * Does `value` fit `EntryAnswerSchema`? The same rules written out: zod reads the 193 entries of a full
 * assessment in about a millisecond, this in a fraction of that. A false here sends the entry through the schema,
 * which says what is wrong; a property test keeps the two in step. @internal
 */
export function entryFits(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) {
    if (!ENTRY_KEYS.has(key)) return false;
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    switch (key) {
      case 'applicable':
        if (typeof field !== 'boolean') return false;
        break;
      case 'status':
        if (!(STATUSES as readonly unknown[]).includes(field)) return false;
        break;
      case 'suggestion':
        if (!(SUGGESTION_IDS as readonly unknown[]).includes(field)) return false;
        break;
      case 'reasons':
        if (
          !Array.isArray(field) ||
          !field.every((r) => (INCLUSION_REASONS as readonly unknown[]).includes(r)) ||
          !unique(field)
        )
          return false;
        break;
      case 'targetDate':
        if (typeof field !== 'string' || !DATE.test(field) || !isRealDate(field)) return false;
        break;
      default: {
        const max = ENTRY_TEXT_LIMITS[key];
        if (max === undefined || !isText(field, max)) return false;
      }
    }
  }
  return true;
}

/** One row of a Statement of Applicability. */
export const SoaRowSchema = /* @__PURE__ */ z.object({
  control: z.string(),
  title: z.string(),
  /** Theme (27001) or area (42001), with its id. */
  theme: z.string(),
  applicable: z.boolean(),
  /** Why it is included: risk, legal, contractual, business. */
  reasons: z.array(InclusionReasonSchema),
  /** Why it is excluded, in words. */
  exclusion: z.string(),
  status: z.nullable(StatusSchema),
  /** Where the value came from; anything not `answer` is to be confirmed. */
  source: SourceSchema,
  /** The implementing document or procedure. */
  reference: z.string(),
  owner: z.string(),
  evidence: z.string(),
  plannedDate: z.nullable(z.string()),
  /** 42001 only: related ISO/IEC 27001 controls. */
  related: z.optional(z.array(z.string())),
  /**
   * What an applicable row still needs before the SoA is approved (review Z2): `reasons`, no reason for inclusion
   * given; `exclusion-suggested`, the scoping answers suggest excluding the control and the visitor has not
   * decided. Absent when nothing is open. The engine flags; excluding stays the visitor's call.
   */
  toComplete: z.optional(z.array(z.enum(['reasons', 'exclusion-suggested']))),
  /** With `exclusion-suggested`: the scoping rule behind the suggestion. */
  suggested: z.optional(SuggestionIdSchema),
});
/** One row of a Statement of Applicability. */
export type SoaRow = z.infer<typeof SoaRowSchema>;

/** The document-control block printed above an SoA: who it is for, its version, date and approval. */
export const SoaControlSchema = /* @__PURE__ */ z.object({
  organisation: z.string(),
  preparedBy: z.string(),
  approvedBy: z.string(),
  version: z.string(),
  /** Date of this issue (`YYYY-MM-DD`). */
  date: z.string(),
});
/** The document-control block of an SoA. */
export type SoaControl = z.infer<typeof SoaControlSchema>;

export const SOA_SCHEMA_VERSION = 1;

/** A draft Statement of Applicability for one standard. */
export const SoaSchema = /* @__PURE__ */ z.object({
  schemaVersion: z.literal(SOA_SCHEMA_VERSION),
  standard: StandardIdSchema,
  locale: z.string(),
  bank: z.object({ version: z.string(), hash: z.string() }),
  /** 42001 only: the AI systems in scope. */
  aiSystems: z.optional(z.array(z.string())),
  /** Document control (7.5.2), when the SoA is issued as a document. */
  control: z.optional(SoaControlSchema),
  rows: z.array(SoaRowSchema),
});
/** A draft Statement of Applicability. */
export type Soa = z.infer<typeof SoaSchema>;
