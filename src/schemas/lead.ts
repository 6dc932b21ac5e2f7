import * as z from '../zod.js';
import { ReadinessError, parseWith, type ReadinessErrorCode } from '../errors.js';
import { AssessmentResultSchema, ClassificationSchema, RecommendationSchema } from './result.js';
import type { AssessmentResult } from './result.js';
import { StandardIdSchema } from './standard.js';

// ---------------------------------------------------------------------------------------------
// Text and URL building blocks. Lengths count code points (`[...s].length`), as JSON Schema's
// `maxLength` does, so a limit means the same in the widget, the SDK and a CRM's validator.
// ---------------------------------------------------------------------------------------------

/** Matches an unpaired surrogate: with the `u` flag, paired surrogates are one code point and never match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F]/u;
// eslint-disable-next-line no-control-regex -- as above, but tab, LF and CR are fine in a message
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** Number of Unicode code points in `s` (what a person counts as characters, near enough). */
export const codePointLength = (s: string): number => [...s].length;

/**
 * A string of 1–`max` code points that is well-formed Unicode, not blank, and free of control
 * characters (tab and line breaks allowed when `multiline`). Kept byte-exact: never trimmed or normalised.
 */
const text = (max: number, multiline = false) =>
  z
    .string()
    .check(
      z.refine((s) => /\S/u.test(s), 'must not be empty'),
      z.refine((s) => codePointLength(s) <= max, `expected at most ${max} characters`),
      z.refine((s) => !LONE_SURROGATE.test(s), 'contains an unpaired surrogate (not valid Unicode text)'),
      z.refine(
        (s) => !(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(s),
        'contains control characters',
      ),
    )
    .register(z.globalRegistry, { minLength: 1, maxLength: max });

/** Parses `s` as an absolute URL, or returns null. */
const toUrl = (s: string): URL | null => {
  try {
    return new URL(s);
  } catch {
    return null;
  }
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** May this URL receive data? https, or plain http to localhost / 127.0.0.1 / [::1] for development; never credentials. */
export const isSafeEndpointUrl = (s: string, allowLocalHttp: boolean): boolean => {
  const url = toUrl(s);
  if (!url || url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return allowLocalHttp && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
};

const urlString = (allowLocalHttp: boolean, message: string) =>
  z
    .string()
    .check(
      z.maxLength(2048),
      z.refine((s) => isSafeEndpointUrl(s, allowLocalHttp), message),
    )
    .register(z.globalRegistry, {
      format: 'uri',
      maxLength: 2048,
      pattern: allowLocalHttp
        ? '^(https://|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/]|$))'
        : '^https://',
    });

/** An https URL without credentials (privacy policy, links shown to the visitor). */
export const HttpsUrlSchema = urlString(false, 'expected an https:// URL without credentials');

/** A webhook URL: https, or http://localhost / http://127.0.0.1 for development; no credentials. */
export const WebhookUrlSchema = urlString(
  true,
  'expected an https:// URL (or http://localhost / http://127.0.0.1 while developing) without credentials',
);

/** A page address as the lead records it: http(s), no query, no fragment, no credentials. */
const PageUrlSchema = z
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
const TimestampSchema = z.iso.datetime();

// ---------------------------------------------------------------------------------------------
// Contact, consent, scope, context
// ---------------------------------------------------------------------------------------------

/** The contact fields a consultancy can ask for. */
export const ContactFieldSchema = z.enum([
  'name',
  'email',
  'company',
  'role',
  'companySize',
  'phone',
  'message',
]);
/** One contact field. */
export type ContactField = z.infer<typeof ContactFieldSchema>;
/** Contact fields in the order the form shows them. */
export const CONTACT_FIELDS: readonly ContactField[] = ContactFieldSchema.options;

/** Company size bands (employees), as a CRM picklist would hold them. */
export const CompanySizeSchema = z.enum(['1-9', '10-49', '50-249', '250-999', '1000+']);
/** A company size band. */
export type CompanySize = z.infer<typeof CompanySizeSchema>;

/** Maximum length, in code points, of each free-text contact field. */
export const CONTACT_LIMITS = {
  name: 100,
  email: 254,
  company: 150,
  role: 100,
  phone: 40,
  message: 2000,
} as const;

/** An email address (ASCII, the shape mail servers accept everywhere), at most 254 characters. */
export const EmailSchema = z.email().check(z.maxLength(CONTACT_LIMITS.email));

/** A phone number: digits with optional leading `+`, spaces, dots, dashes, slashes and brackets; 4+ digits. */
export const PhoneSchema = z.string().check(
  z.regex(/^\+?[0-9 ()./-]{4,40}$/),
  z.refine((s) => (s.match(/[0-9]/g)?.length ?? 0) >= 4, 'expected at least 4 digits'),
);

/** Who the visitor is. Which fields are present is decided by the consultancy's `lead.fields`. */
export const ContactSchema = z.strictObject({
  /** Full name, as the visitor writes it (never split into first/last). */
  name: z.optional(text(CONTACT_LIMITS.name)),
  /** Work email. */
  email: z.optional(EmailSchema),
  /** Company name. */
  company: z.optional(text(CONTACT_LIMITS.company)),
  /** Job title or role. */
  role: z.optional(text(CONTACT_LIMITS.role)),
  /** Number of employees, as a band. */
  companySize: z.optional(CompanySizeSchema),
  /** Phone number. */
  phone: z.optional(PhoneSchema),
  /** A free message to the consultancy; line breaks allowed. */
  message: z.optional(text(CONTACT_LIMITS.message, true)),
});
/** The visitor's contact details. */
export type Contact = z.infer<typeof ContactSchema>;

/** What the consultancy shows as its consent text and its version. */
export const ConsentTextSchema = text(2000, true);

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

/** How much of the result a lead carries: nothing, the summary, or everything. */
export const LeadScopeSchema = z.enum(['contact', 'summary', 'full']);
/** `contact` (no result), `summary` (claims, readiness, path) or `full` (plus domains and answers). */
export type LeadScope = z.infer<typeof LeadScopeSchema>;
/** Scopes from narrowest to widest. */
export const LEAD_SCOPES: readonly LeadScope[] = LeadScopeSchema.options;

/** UTM parameters read from the host page's URL. */
export const UtmSchema = z.strictObject({
  source: z.optional(text(200)),
  medium: z.optional(text(200)),
  campaign: z.optional(text(200)),
  term: z.optional(text(200)),
  content: z.optional(text(200)),
});
/** UTM parameters. */
export type Utm = z.infer<typeof UtmSchema>;
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Maximum number of hidden fields. */
export const MAX_HIDDEN_FIELDS = 20;
/** Hidden fields from config (campaign, partner id…): name → value. */
export const HiddenFieldsSchema = z
  .record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/)), text(500))
  .check(
    z.refine(
      (r) => Object.keys(r).length <= MAX_HIDDEN_FIELDS,
      `expected at most ${MAX_HIDDEN_FIELDS} fields`,
    ),
  )
  .register(z.globalRegistry, { maxProperties: MAX_HIDDEN_FIELDS });
/** Hidden fields. */
export type HiddenFields = z.infer<typeof HiddenFieldsSchema>;

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
  z.strictObject({ ...leadBase, scope: z.literal('full'), result: AssessmentResultSchema }),
]);
/** A lead, as delivered to the host page and the webhook. */
export type Lead = z.infer<typeof LeadSchema>;

// ---------------------------------------------------------------------------------------------
// Config (plugged into WidgetConfigSchema as `lead`)
// ---------------------------------------------------------------------------------------------

/** `off`, `optional` (offered beside the results) or `gate` (headlines first, full results after the form). */
export const LeadModeSchema = z.enum(['off', 'optional', 'gate']);
/** How the lead form is offered. */
export type LeadMode = z.infer<typeof LeadModeSchema>;

/** Which contact fields the form shows, each `required` or `optional`. */
export const LeadFieldsSchema = z
  .partialRecord(ContactFieldSchema, z.enum(['required', 'optional']))
  .check(z.refine((f) => Object.keys(f).length > 0, 'expected at least one contact field'));
/** The form's fields. */
export type LeadFields = z.infer<typeof LeadFieldsSchema>;

const HubSpotPropertySchema = z.string().check(z.regex(/^[A-Za-z0-9_]{1,100}$/));

/** HubSpot Forms API target and mapping. */
export const HubSpotConfigSchema = z.strictObject({
  /** HubSpot account (portal) id. */
  portalId: z.string().check(z.regex(/^[0-9]{1,12}$/)),
  /** The HubSpot form's GUID. */
  formGuid: z.guid(),
  /** Subscription type the marketing opt-in maps to; without it the opt-in is not sent to HubSpot. */
  subscriptionTypeId: z.optional(z.number().check(z.int(), z.positive())),
  /** HubSpot property per contact field or hidden field; contact fields default to HubSpot's own names. */
  properties: z.optional(
    z.record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/)), HubSpotPropertySchema),
  ),
  /** Property that receives a one-line, language-neutral result summary (claims, readiness, path). */
  resultProperty: z.optional(HubSpotPropertySchema),
  /** `context.pageName` sent to HubSpot; defaults to the page's path. */
  pageName: z.optional(text(300)),
});
/** HubSpot settings. */
export type HubSpotConfig = z.infer<typeof HubSpotConfigSchema>;

/** The consultancy's own endpoint for leads. */
export const WebhookConfigSchema = z
  .strictObject({
    /** Endpoint; for `hubspot`, defaults to HubSpot's public submission URL for the portal and form. */
    url: z.optional(WebhookUrlSchema),
    /** `json`: the Lead as is, with `Idempotency-Key`; `hubspot`: HubSpot's Forms submission format. */
    format: z._default(z.enum(['json', 'hubspot']), 'json'),
    /** Required when `format` is `hubspot`. */
    hubspot: z.optional(HubSpotConfigSchema),
    /** Abort an attempt after this long. */
    timeoutMs: z._default(z.number().check(z.int(), z.minimum(1000), z.maximum(120_000)), 10_000),
    /** Attempts per send before the lead waits for the next page load or `online`. */
    maxAttempts: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(10)), 5),
  })
  .check(
    z.refine((w) => w.format !== 'json' || w.url !== undefined, {
      message: 'a json webhook needs a url',
      path: ['url'],
    }),
    z.refine((w) => w.format !== 'hubspot' || w.hubspot !== undefined, {
      message: 'a hubspot webhook needs hubspot.portalId and hubspot.formGuid',
      path: ['hubspot'],
    }),
  );
/** Webhook settings, defaults applied. */
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;
/** Webhook settings as written in config. */
export type WebhookConfigInput = z.input<typeof WebhookConfigSchema>;

/** The consent text the consultancy asks the visitor to agree to. */
export const ConsentConfigSchema = z.strictObject({
  /** Shown next to the checkbox, as text. Name the controller, the purposes and the right to withdraw. */
  text: ConsentTextSchema,
  /** Your version of that text; recorded with every lead. */
  version: text(64),
  /** Linked after the text. https only. */
  privacyPolicyUrl: HttpsUrlSchema,
});

/** Lead capture settings (`config.lead`). */
export const LeadConfigSchema = z
  .strictObject({
    /** `off`, `optional` or `gate`. */
    mode: z._default(LeadModeSchema, 'off'),
    /** Contact fields and which are required. */
    fields: z._default(LeadFieldsSchema, { name: 'required', email: 'required', company: 'optional' }),
    /** The widest scope asked for; the visitor may narrow it. */
    scope: z._default(LeadScopeSchema, 'summary'),
    /** Required unless `mode` is `off`. */
    consent: z.optional(ConsentConfigSchema),
    /** A separate marketing opt-in, unticked by default. */
    marketing: z.optional(z.strictObject({ text: ConsentTextSchema })),
    /** Sent with every lead (campaign, partner id…). */
    hiddenFields: z._default(HiddenFieldsSchema, {}),
    /** A form sent faster than this after it appeared is treated as a bot. */
    minSecondsToComplete: z._default(z.number().check(z.minimum(0), z.maximum(600)), 2),
    /** Optional: also POST every lead to this endpoint. */
    webhook: z.optional(WebhookConfigSchema),
  })
  .check(
    z.refine((l) => l.mode === 'off' || l.consent !== undefined, {
      message: 'lead capture needs consent text, version and privacyPolicyUrl',
      path: ['consent'],
    }),
  );
/** Lead capture settings, defaults applied. */
export type LeadConfig = z.infer<typeof LeadConfigSchema>;
/** Lead capture settings as written in config. */
export type LeadConfigInput = z.input<typeof LeadConfigSchema>;

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

/** The scope the visitor ends up sharing: their choice if it is within what was asked, else what was asked. */
export function narrowScope(asked: LeadScope, chosen?: LeadScope | null): LeadScope {
  const a = LEAD_SCOPES.indexOf(asked);
  if (a < 0) throw new ReadinessError('invalid-options', `scope: expected one of ${LEAD_SCOPES.join(', ')}`);
  const c = chosen == null ? -1 : LEAD_SCOPES.indexOf(chosen);
  return c >= 0 && c <= a ? (chosen as LeadScope) : asked;
}

/** The scopes a visitor may pick when `asked` is the widest: narrowest first. */
export const scopesWithin = (asked: LeadScope): LeadScope[] =>
  LEAD_SCOPES.slice(0, LEAD_SCOPES.indexOf(narrowScope(asked)) + 1);

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
    context: { ...input.context, hidden: { ...config.hiddenFields, ...input.context.hidden } },
    bank: bank ? { version: bank.version, hash: bank.hash } : undefined,
    widgetVersion: input.widgetVersion,
    locale: input.locale,
  };
  return parseRedacted(LeadSchema, lead, 'invalid-lead');
}

/** Validates an unknown value as a Lead; throws `ReadinessError('invalid-lead')` without echoing values. */
export const parseLead = (value: unknown): Lead => parseRedacted(LeadSchema, value, 'invalid-lead');
