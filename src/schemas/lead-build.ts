import * as z from '../zod.js';
import { ReadinessError } from '../errors.js';
import type { FullResult } from '../full/result-schemas.js';
import { StandardIdSchema } from './standard.js';
import type { AssessmentResult } from './result.js';
import {
  CONTACT_FIELDS,
  LEAD_SCHEMA_VERSION,
  narrowScope,
  toUrl,
  UTM_KEYS,
  UtmSchema,
  type Contact,
  type HiddenFields,
  type LeadConfig,
  type LeadConfigInput,
  type LeadScope,
  type Utm,
} from './lead-config.js';
import type { LeadContext, Lead, LeadSummary } from './lead-schema.js';

// Putting a Lead together from its parts: the id, where it came from, the contact fields the consultancy asked
// for, the consent as shown, and the result narrowed to the scope the visitor chose. No schema of the Lead is
// needed here: `buildLead` (./lead.ts) checks what it builds, and the widget builds only from parts it has
// already checked (settings, the visitor's input, the engine's own result), so lead capture loads without it.

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

/** The `summary` scope of a result: claim, requirement, readiness and headline per standard, and the path. */
export function summarise(result: AssessmentResult): LeadSummary {
  const classification: LeadSummary['classification'] = {};
  for (const id of StandardIdSchema.options) {
    const k = result.classification[id];
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
  const { standards, sequence, operatingModel, targets, phases } = result.recommendation;
  return {
    scope: result.scope,
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

/** How a lead's copy of the result is made: `buildLead` parses (known fields only), the widget clones its own. */
export interface LeadCopies {
  /** The `summary` scope of the result, as the lead carries it. */
  summary(result: AssessmentResult): LeadSummary;
  /** The whole result, as a `full` lead carries it. */
  full(result: AssessmentResult): AssessmentResult;
  /** The full gap assessment, as a `full` lead carries it. */
  gapAssessment(gap: FullResult): FullResult;
}

/**
 * Puts a Lead together from settings already checked (`LeadConfig`): consent required and given, only the
 * contact fields the consultancy asked for, the scope narrowed to what it asked, and the result copied through
 * `copies`. Throws `ReadinessError` (`invalid-config`, `invalid-lead`) with messages free of personal data; it
 * does not check the parts themselves against the Lead's schema: `buildLead` does.
 */
export function assembleLead(
  input: Omit<BuildLeadInput, 'config'>,
  config: LeadConfig,
  copies: LeadCopies,
): Lead {
  const consentConfig = config.consent;
  if (!consentConfig)
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
  const result = input.result;
  if (scope !== 'contact' && !result) {
    throw new ReadinessError('invalid-lead', `result: required for scope ${scope}`, ['result']);
  }
  const bank = input.bank ?? result?.bank;
  if (!bank) throw new ReadinessError('invalid-lead', 'bank: required', ['bank']);
  const createdAt = input.now.toISOString();
  const base: Omit<Lead, 'scope' | 'result' | 'gapAssessment'> = {
    schemaVersion: LEAD_SCHEMA_VERSION,
    id: input.id,
    createdAt,
    contact,
    consent: {
      text: consentConfig.text,
      version: consentConfig.version,
      privacyPolicyUrl: consentConfig.privacyPolicyUrl,
      given: true,
      at: createdAt,
      locale: input.locale,
      ...(config.marketing
        ? { marketing: { given: input.consent.marketing === true, text: config.marketing.text } }
        : {}),
    },
    context: { ...input.context, hidden: { ...config.hiddenFields, ...input.context.hidden } },
    bank: { version: bank.version, hash: bank.hash },
    widgetVersion: input.widgetVersion,
    locale: input.locale,
  };
  if (scope === 'contact' || !result) return { ...base, scope: 'contact' };
  if (scope === 'summary') return { ...base, scope, result: copies.summary(result) };
  return {
    ...base,
    scope,
    result: copies.full(result),
    ...(input.gapAssessment ? { gapAssessment: copies.gapAssessment(input.gapAssessment) } : {}),
  };
}

/**
 * Copies for a result the caller computed itself (the widget's own engine run): the summary projected, the rest
 * cloned, so a page that changes the lead it is handed cannot change what the widget shows.
 */
export const ownCopies: LeadCopies = {
  summary: (result) => structuredClone(summarise(result)),
  full: (result) => structuredClone(result),
  gapAssessment: (gap) => structuredClone(gap),
};
