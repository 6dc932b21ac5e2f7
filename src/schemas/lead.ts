import * as z from '../zod.js';
import { ReadinessError, parseWith, type ReadinessErrorCode } from '../errors.js';
import { FullResultSchema, type FullResult } from '../full/result-schemas.js';
import { AssessmentResultSchema, ClassificationSchema, RecommendationSchema } from './result.js';
import type { AssessmentResult } from './result.js';
import { StandardIdSchema } from './standard.js';
import {
  CONTACT_FIELDS,
  ConsentRecordSchema,
  ContactSchema,
  LeadConfigSchema,
  LeadContextSchema,
  narrowScope,
  LocaleSchema,
  TimestampSchema,
  UTM_KEYS,
  UtmSchema,
  text,
  toUrl,
  type Contact,
  type HiddenFields,
  type LeadConfigInput,
  type LeadContext,
  type LeadScope,
  type Utm,
} from './lead-config.js';

export * from './lead-config.js';

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

/** Version of the Lead format; bumped on any change a receiving system would notice. */
export const LEAD_SCHEMA_VERSION = 1;

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

// ---------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------

/**
 * A fresh UUID v4 for a lead. `crypto.randomUUID` exists only in secure contexts (https, localhost); a host
 * page on plain http still has `getRandomValues`, so the id is built from that there.
 */
export function newLeadId(
  c: { getRandomValues(array: Uint8Array): Uint8Array; randomUUID?: () => string } = globalThis.crypto,
): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Exactly the part of `result` that `scope` allows: nothing, the summary, or the whole (validated) result. */
export function scopeResult(result: AssessmentResult, scope: 'contact'): undefined;
export function scopeResult(result: AssessmentResult, scope: 'summary'): LeadSummary;
export function scopeResult(result: AssessmentResult, scope: 'full'): AssessmentResult;
export function scopeResult(result: AssessmentResult, scope: LeadScope): LeadResult | undefined;
export function scopeResult(result: AssessmentResult, scope: LeadScope): LeadResult | undefined {
  const scopeChecked = narrowScope(scope);
  if (scopeChecked === 'contact') return undefined;
  // Parsing copies the known fields only: an extended result object cannot smuggle extra data out.
  const full = parseRedacted(AssessmentResultSchema, result, 'invalid-result', ['result']);
  if (scopeChecked === 'full') return full;
  const classification: LeadSummary['classification'] = {};
  for (const id of StandardIdSchema.options) {
    const k = full.classification[id];
    if (k) {
      classification[id] = {
        standard: k.standard,
        claim: k.claim,
        requirement: k.requirement,
        readiness: k.readiness,
        headline: k.headline,
      };
    }
  }
  const { standards, sequence, operatingModel, targets, phases } = full.recommendation;
  return {
    scope: full.scope,
    classification,
    recommendation: { standards, sequence, operatingModel, targets, phases },
  };
}

/** `origin + pathname` of an http(s) URL, or null. */
const stripUrl = (s: string | null | undefined): string | null => {
  const url = s ? toUrl(s) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const out = url.origin + url.pathname;
  return out.length <= 2048 ? out : null;
};

/** Where the lead came from: page and referrer without query or fragment, `utm_*`, hidden fields. */
export function buildContext(input: {
  href: string;
  referrer?: string | null;
  hidden?: HiddenFields;
}): LeadContext {
  const url = toUrl(input.href);
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = url?.searchParams.get(`utm_${key}`);
    // A UTM value that breaks the rules is dropped rather than failing the lead.
    if (value != null && z.safeParse(UtmSchema.shape[key], value).success) utm[key] = value;
  }
  return {
    pageUrl: stripUrl(input.href),
    referrer: stripUrl(input.referrer),
    utm,
    hidden: { ...(input.hidden ?? {}) },
  };
}

/** Everything `buildLead` needs. Time and id come in as parameters so the function stays testable. */
export interface BuildLeadInput {
  /** A fresh UUID v4: `newLeadId()`. */
  id: string;
  /** Creation time; also the consent time. */
  now: Date;
  /** The lead settings (as written in config, or already parsed). */
  config: LeadConfigInput;
  /** What the visitor entered. */
  contact: Contact;
  /** Whether they ticked consent (must be true) and the marketing opt-in. */
  consent: { given: boolean; marketing?: boolean };
  /** The scope the visitor chose; narrowed to `config.scope`, never widened. */
  scope?: LeadScope;
  /** The assessment result; required unless the scope is `contact`. */
  result: AssessmentResult | null;
  /** The full gap assessment the result was projected from, if any: sent only when the scope is `full`. */
  gapAssessment?: FullResult | null;
  /** Bank version and hash; defaults to the result's. */
  bank?: { version: string; hash: string };
  /** Where the lead came from: `buildContext(...)`. */
  context: LeadContext;
  /** BCP 47 tag of the language the visitor used. */
  locale: string;
  /** Version of the widget (or app) capturing the lead. */
  widgetVersion: string;
}

/** Builds and validates a Lead. Throws `ReadinessError('invalid-lead')`, with messages free of personal data. */
export function buildLead(input: BuildLeadInput): Lead {
  const config = parseRedacted(LeadConfigSchema, input.config, 'invalid-config', ['lead']);
  if (!config.consent)
    throw new ReadinessError('invalid-config', 'lead.consent: required', ['lead', 'consent']);
  if (input.consent.given !== true) {
    throw new ReadinessError('invalid-lead', 'consent.given: the visitor has not given consent', [
      'consent',
      'given',
    ]);
  }
  const contact: Contact = {};
  for (const field of CONTACT_FIELDS) {
    const value = input.contact[field];
    const rule = config.fields[field];
    const empty = value === undefined || value === '';
    if (rule === 'required' && empty) {
      throw new ReadinessError('invalid-lead', `contact.${field}: required`, ['contact', field]);
    }
    // Fields the consultancy did not ask for are never sent, whatever the caller passes.
    if (rule && !empty) (contact as Record<string, unknown>)[field] = value;
  }
  const scope = narrowScope(config.scope, input.scope);
  if (scope !== 'contact' && !input.result) {
    throw new ReadinessError('invalid-lead', `result: required for scope ${scope}`, ['result']);
  }
  const createdAt = input.now.toISOString();
  const bank = input.bank ?? input.result?.bank;
  const lead = {
    schemaVersion: LEAD_SCHEMA_VERSION,
    id: input.id,
    createdAt,
    contact,
    consent: {
      text: config.consent.text,
      version: config.consent.version,
      privacyPolicyUrl: config.consent.privacyPolicyUrl,
      given: true,
      at: createdAt,
      locale: input.locale,
      ...(config.marketing
        ? { marketing: { given: input.consent.marketing === true, text: config.marketing.text } }
        : {}),
    },
    scope,
    ...(scope !== 'contact' && input.result ? { result: scopeResult(input.result, scope) } : {}),
    // Parsing copies the known fields only, as for the result.
    ...(scope === 'full' && input.gapAssessment
      ? {
          gapAssessment: parseRedacted(FullResultSchema, input.gapAssessment, 'invalid-result', [
            'gapAssessment',
          ]),
        }
      : {}),
    context: { ...input.context, hidden: { ...config.hiddenFields, ...input.context.hidden } },
    bank: bank ? { version: bank.version, hash: bank.hash } : undefined,
    widgetVersion: input.widgetVersion,
    locale: input.locale,
  };
  return parseRedacted(LeadSchema, lead, 'invalid-lead');
}

/** Validates an unknown value as a Lead; throws `ReadinessError('invalid-lead')` without echoing values. */
export const parseLead = (value: unknown): Lead => parseRedacted(LeadSchema, value, 'invalid-lead');
