import * as z from '../zod.js';
import { StandardIdSchema } from './standard.js';

/** Answer values on the readiness scale. `unsure` counts as a gap; `n/a` only where an item allows it. */
export const ScaleAnswerSchema = z.enum(['yes', 'partly', 'no', 'unsure', 'n/a']);
/** One answer on the readiness scale. */
export type ScaleAnswer = z.infer<typeof ScaleAnswerSchema>;

/** A reference to a clause or Annex A control, written `27001:9.2` or `42001:A.6.2.4`. */
export const RefSchema = z.string().check(z.regex(/^(27001|42001):(A\.)?\d+(\.\d+){0,2}$/));
/** A clause or control reference such as `27001:A.5.15`. */
export type Ref = z.infer<typeof RefSchema>;

/** A condition on earlier answers and on the standards in scope. */
export type Condition =
  | { question: string; in: string[] }
  | { question: string; notIn: string[] }
  | { question: string; includesAny: string[] }
  | { scope: z.infer<typeof StandardIdSchema> }
  | { all: Condition[] }
  | { any: Condition[] };

export const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: z.string(), in: z.array(z.string()) }),
    z.strictObject({ question: z.string(), notIn: z.array(z.string()) }),
    z.strictObject({ question: z.string(), includesAny: z.array(z.string()) }),
    z.strictObject({ scope: StandardIdSchema }),
    z.strictObject({ all: z.array(ConditionSchema) }),
    z.strictObject({ any: z.array(ConditionSchema) }),
  ]),
) as z.ZodMiniType<Condition>;

/** Sections in the order the visitor meets them. */
export const SectionIdSchema = z.enum([
  'organisation',
  'ai',
  'status',
  'management',
  'controls',
  'ai-governance',
]);
/** A section of the questionnaire. */
export type SectionId = z.infer<typeof SectionIdSchema>;

/** Milestones that make a management system real; `aligned` needs all of a standard's milestones. */
export const MilestoneSchema = z.enum([
  'scope',
  'risk-assessment',
  'soa',
  'impact-assessment',
  'internal-audit',
  'management-review',
]);
/** A management-system milestone an item evidences. */
export type Milestone = z.infer<typeof MilestoneSchema>;

const base = {
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  section: SectionIdSchema,
  visibleIf: z.optional(ConditionSchema),
};

/** A profile question: establishes facts, is not scored. */
export const ProfileItemSchema = z.strictObject({
  ...base,
  kind: z.literal('profile'),
  /** `single` picks one option, `multi` any number. */
  input: z.enum(['single', 'multi']),
  options: z.array(z.string()).check(z.minLength(2)),
});

/** A readiness question: evidences clauses/controls and is scored on the yes/partly/no/unsure scale. */
export const ControlItemSchema = z.strictObject({
  ...base,
  kind: z.literal('control'),
  refs: z.array(RefSchema).check(z.minLength(1)),
  weight: z.number().check(z.minimum(0.5), z.maximum(5)),
  allowNA: z.optional(z.boolean()),
  milestone: z.optional(MilestoneSchema),
});

export const BankItemSchema = z.discriminatedUnion('kind', [ProfileItemSchema, ControlItemSchema]);
/** A profile question as stored in the bank. */
export type ProfileItem = z.infer<typeof ProfileItemSchema>;
/** A scored question as stored in the bank. */
export type ControlItem = z.infer<typeof ControlItemSchema>;
/** Any item of the bank. */
export type BankItem = z.infer<typeof BankItemSchema>;

/** A bank item as `getQuestionBank()` returns it: the stored item plus the standards it evidences and its text. */
export type QuestionItem = BankItem & {
  /** Standards this item evidences (derived from `refs`; profile items list the standards they inform). */
  standards: z.infer<typeof StandardIdSchema>[];
  /** Question text in the requested locale. */
  text: string;
  /** Optional help shown on demand. */
  help?: string;
  /** Option labels for profile items, keyed by option id. */
  optionLabels?: Record<string, string>;
};
