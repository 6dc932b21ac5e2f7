import * as z from '../zod.js';
import { parseWith, type ReadinessErrorCode } from '../errors.js';
import { FullResultSchema } from '../full/result-schemas.js';
import { AssessmentResultSchema, ClassificationSchema, RecommendationSchema } from './result.js';
import type { AssessmentResult } from './result.js';
import { StandardIdSchema } from './standard.js';
import {
  ContactSchema,
  ConsentTextSchema,
  HiddenFieldsSchema,
  HttpsUrlSchema,
  LEAD_SCHEMA_VERSION,
  UtmSchema,
  text,
  toUrl,
} from './lead-config.js';

// The Lead as a schema: what `verifyLead`, webhook delivery and a CRM's validator check. The widget builds its
// leads from parts it has already checked (./lead-build.ts) and never loads this.

// ---------------------------------------------------------------------------------------------
// The record: when, where from, and the consent given
// ---------------------------------------------------------------------------------------------

/** A page address as the lead records it: http(s), no query, no fragment, no credentials. */
export const PageUrlSchema = z
  .string()
  .check(
    z.maxLength(2048),
    z.refine((s) => {
      const url = toUrl(s);
      return (
        url !== null &&
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.username === '' &&
        url.password === '' &&
        !s.includes('?') &&
        !s.includes('#')
      );
    }, 'expected an http(s) URL without query, fragment or credentials'),
  )
  .register(z.globalRegistry, { format: 'uri', maxLength: 2048, pattern: '^https?://[^?#]*$' });

/** A BCP 47 language tag such as `en`, `de-CH`. */
export const LocaleSchema = z
  .string()
  .check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/), z.maxLength(35));

/** An ISO 8601 UTC timestamp such as `2025-03-01T12:00:00.000Z`. */
export const TimestampSchema = z.iso.datetime();

/** The consent the visitor gave, recorded exactly as shown (Art. 7(1) GDPR: be able to demonstrate it). */
export const ConsentRecordSchema = z.strictObject({
  /** The exact consent text shown next to the checkbox. */
  text: ConsentTextSchema,
  /** The consultancy's version of that text. */
  version: text(64),
  /** The privacy policy linked from the consent text. */
  privacyPolicyUrl: HttpsUrlSchema,
  /** Always true: no lead exists without consent. */
  given: z.literal(true),
  /** When the visitor ticked the box and sent the form. */
  at: TimestampSchema,
  /** Locale the text was shown in. */
  locale: LocaleSchema,
  /** The separate, optional marketing opt-in, present when the consultancy offers one. */
  marketing: z.optional(
    z.strictObject({
      /** Did the visitor tick it? Unticked by default. */
      given: z.boolean(),
      /** The exact opt-in text shown. */
      text: ConsentTextSchema,
    }),
  ),
});
/** Recorded consent. */
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

/** Where the lead came from. Nothing here identifies the visitor. */
export const LeadContextSchema = z.strictObject({
  /** The host page, without query or fragment; null when not an http(s) page. */
  pageUrl: z.nullable(PageUrlSchema),
  /** The referring page, origin and path only; null when none. */
  referrer: z.nullable(PageUrlSchema),
  /** `utm_*` parameters of the host page's URL. */
  utm: UtmSchema,
  /** Hidden fields set by the consultancy in config. */
  hidden: HiddenFieldsSchema,
});
/** Where the lead came from. */
export type LeadContext = z.infer<typeof LeadContextSchema>;

// ---------------------------------------------------------------------------------------------
// The result a lead carries, by scope
// ---------------------------------------------------------------------------------------------

const c = ClassificationSchema.shape;
const r = RecommendationSchema.shape;

/** Per standard, in a summary: the claim, what buyers require, readiness and the headline. */
export const LeadStandardSummarySchema = z.strictObject({
  standard: c.standard,
  claim: c.claim,
  requirement: c.requirement,
  readiness: c.readiness,
  headline: c.headline,
});
/** One standard in a summary. */
export type LeadStandardSummary = z.infer<typeof LeadStandardSummarySchema>;

/** The `summary` scope: a projection of `AssessmentResult` with the same field names. */
export const LeadSummarySchema = z.strictObject({
  /** Standards assessed. */
  scope: z.array(StandardIdSchema),
  /** Claim, requirement, readiness and headline per standard. */
  classification: z.partialRecord(StandardIdSchema, LeadStandardSummarySchema),
  /** The recommended path, without costs, rationale or regulatory detail. */
  recommendation: z.strictObject({
    standards: r.standards,
    sequence: r.sequence,
    operatingModel: r.operatingModel,
    targets: r.targets,
    phases: r.phases,
  }),
});
/** What a `summary` lead carries. */
export type LeadSummary = z.infer<typeof LeadSummarySchema>;

/** The result part of a lead, by scope. */
export type LeadResult = LeadSummary | AssessmentResult;

/** The fields every lead has, whatever its scope. */
const leadBase = {
  /** Version of this format (`LEAD_SCHEMA_VERSION`). */
  schemaVersion: z.literal(LEAD_SCHEMA_VERSION),
  /** Random UUID v4, also the webhook's `Idempotency-Key`. */
  id: z.uuidv4(),
  /** When the lead was created (ISO 8601, UTC). */
  createdAt: TimestampSchema,
  /** Who the visitor is: only the fields the consultancy asked for. */
  contact: ContactSchema,
  /** The consent given, with its exact text, version, time and locale. */
  consent: ConsentRecordSchema,
  /** Page, referrer, UTM parameters and hidden fields. */
  context: LeadContextSchema,
  /** Question bank version and content hash the result was computed with. */
  bank: z.strictObject({ version: text(64), hash: text(128) }),
  /** Version of the widget that captured the lead. */
  widgetVersion: z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,32}$/)),
  /** Locale the visitor used. */
  locale: LocaleSchema,
};

/** A lead: who the visitor is, their consent, and the result scoped to what they agreed to share. */
export const LeadSchema = z.discriminatedUnion('scope', [
  z.strictObject({ ...leadBase, scope: z.literal('contact') }),
  z.strictObject({ ...leadBase, scope: z.literal('summary'), result: LeadSummarySchema }),
  z.strictObject({
    ...leadBase,
    scope: z.literal('full'),
    result: AssessmentResultSchema,
    /**
     * The full gap assessment (`depth: 'full'`): every requirement and control with its applicability, status,
     * grade, owner and evidence, the gap register and the documented information checklist. Only in `full` leads;
     * `result` is then its projection (control-level readiness).
     */
    gapAssessment: z.optional(FullResultSchema),
  }),
]);
/** A lead, as delivered to the host page and the webhook. */
export type Lead = z.infer<typeof LeadSchema>;

/** Like `parseWith`, but messages never contain the offending value: leads hold personal data. */
export const parseRedacted = <S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  code: ReadinessErrorCode,
  root: (string | number)[] = [],
): z.output<S> => parseWith(schema, value, code, root, { redact: true });

/** Validates an unknown value as a Lead; throws `ReadinessError('invalid-lead')` without echoing values. */
export const parseLead = (value: unknown): Lead => parseRedacted(LeadSchema, value, 'invalid-lead');
