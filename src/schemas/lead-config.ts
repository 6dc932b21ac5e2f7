import * as z from '../zod.js';
import { ReadinessError } from '../errors.js';

// The lead's building blocks and the lead settings of a widget config: everything checking a config and a
// visitor's contact details needs. The lead record's schema is in ./lead-schema.ts, its builder in ./lead-build.ts.

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
export const text = (max: number, multiline = false) =>
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
export const toUrl = (s: string): URL | null => {
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
export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Version of the Lead format; bumped on any change a receiving system would notice. */
export const LEAD_SCHEMA_VERSION = 1;

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

// ---------------------------------------------------------------------------------------------
// Config (plugged into WidgetConfigSchema as `lead`)
// ---------------------------------------------------------------------------------------------

/** `off`, `optional` (offered beside the results) or `gate` (headlines first, full results after the form). */
export const LeadModeSchema = z.enum(['off', 'optional', 'gate']);
/** How the lead form is offered. */
export type LeadMode = z.infer<typeof LeadModeSchema>;

const FieldRulesSchema = z
  .partialRecord(ContactFieldSchema, z.enum(['required', 'optional']))
  .check(z.refine((f) => Object.keys(f).length > 0, 'expected at least one contact field'));
type FieldRules = z.infer<typeof FieldRulesSchema>;

// What people write first: the fields in the form's order; the email is the one a lead cannot do without.
const FieldListSchema = z.array(ContactFieldSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list).size === list.length, 'each field at most once'),
);

const rulesOf = (fields: FieldRules | ContactField[]): FieldRules =>
  Array.isArray(fields)
    ? Object.fromEntries(fields.map((field) => [field, field === 'email' ? 'required' : 'optional']))
    : fields;

/**
 * Which contact fields the form shows, each `required` or `optional`: `{ name: 'required', email: 'required' }`,
 * or a list of field names (`['name', 'email', 'company']`: the email required, the rest optional). Either way
 * it parses to the object form.
 */
// An overwrite rather than a transform: zod's pipe would be in what every page loads before the first question.
export const LeadFieldsSchema = z
  .union([FieldRulesSchema, FieldListSchema])
  .check(z.overwrite(rulesOf)) as z.ZodMiniType<FieldRules, FieldRules | ContactField[]>;
/** The form's fields, each `required` or `optional`. */
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
    /** Attempts before the visitor is told the lead is not sent yet; the page goes on trying for 45 minutes. */
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

/** What the visitor sees once the form is sent (`lead.thankYou`). */
export const ThankYouSchema = z.strictObject({
  /** The banner's heading (default from the translation). */
  heading: z.optional(text(120)),
  /** What happens next, e.g. "A consultant will email you within one working day." */
  text: z.optional(text(600, true)),
  /** Send the visitor to this page instead (https only), e.g. the consultancy's own thank-you page. */
  redirectUrl: z.optional(HttpsUrlSchema),
});
/** The confirmation after sending. */
export type ThankYou = z.infer<typeof ThankYouSchema>;

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
    /** The form's button (default names the reward: "Show my full report" behind the gate). */
    submitLabel: z.optional(text(60)),
    /** The confirmation once the form is sent. */
    thankYou: z.optional(ThankYouSchema),
  })
  .check(
    z.refine((l) => l.mode === 'off' || l.consent !== undefined, {
      message: 'lead capture needs consent text, version and privacyPolicyUrl',
      path: ['consent'],
    }),
    // A lead the consultancy cannot answer is no lead: one way back to the visitor must be asked for.
    z.refine((l) => l.mode === 'off' || l.fields.email === 'required' || l.fields.phone === 'required', {
      message: 'a lead needs a way to reach the visitor: make email or phone required',
      path: ['fields'],
    }),
  );
/** Lead capture settings, defaults applied. */
export type LeadConfig = z.infer<typeof LeadConfigSchema>;
/** Lead capture settings as written in config. */
export type LeadConfigInput = z.input<typeof LeadConfigSchema>;

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
