import { assess } from '../src/assess.js';
import { BANK_HASH, BANK_VERSION } from '../src/bank/index.js';
import { ReadinessError } from '../src/errors.js';
import type { ResultTranslation } from '../src/i18n/translation.js';
import { LeadSchema, parseRedacted, type Lead } from '../src/schemas/lead.js';
import type { FullResult } from '../src/full/result-schemas.js';
import { withReadiness } from '../src/full/project.js';
import type { AssessmentResult } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';

/**
 * Largest lead `verifyLead` reads, in characters of JSON. The biggest lead the widget can build (both standards'
 * 193 entries with every text filled to its limit in characters JSON must escape) is about 2.4 million; anything
 * larger was not built by it, and is refused before any work is done on it.
 */
export const MAX_LEAD_CHARS = 3_000_000;

/** How far in the future a lead's timestamps may lie (clock skew between the visitor's device and the server). */
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * `verified`: everything the lead carries was checked and, where it can be, recomputed (texts included);
 * `consistent`: well-formed and nothing contradicts, but part of it could not be recomputed (see `warnings`);
 * `invalid`: malformed, oversized, or edited (see `reasons`).
 */
export type LeadVerificationStatus = 'verified' | 'consistent' | 'invalid';

/** What `verifyLead` found. */
export interface LeadVerification {
  /** What the check established; only `verified` means every part was checked. */
  status: LeadVerificationStatus;
  /** True only when `status` is `verified`: a back end that reads this one field accepts nothing unchecked. */
  valid: boolean;
  /** Why it is invalid; empty otherwise. */
  reasons: string[];
  /** What could not be checked, and why (a summary has no answers to recompute from; another bank). */
  warnings: string[];
  /** `schema`: the shape was checked; `result`: the result was also recomputed from the answers. */
  checked: 'schema' | 'result';
}

/** Options of `verifyLead`: the same figure overrides and currency the widget was configured with. */
export interface VerifyLeadOptions {
  /** The `figures` overrides the consultancy's widget uses (weeks, costs, reuse). */
  figures?: unknown;
  /** The widget's currency. */
  currency?: string;
  /**
   * The result texts of the lead's locale (`loadTranslation(locale)`), so its sentences are compared too. English
   * is built in; a lead in another locale without its translation is at most `consistent`.
   */
  translation?: ResultTranslation;
  /** Epoch milliseconds now, to refuse timestamps in the future (default `Date.now()`). */
  now?: number;
  /**
   * `assessFull` from `iso-readiness/full`, to recompute a gap assessment. Without it a lead from the full
   * assessment is at most `consistent` (the SDK entry stays free of the full engine).
   */
  assessFull?: (answers: unknown, options: Record<string, unknown>) => FullResult;
}

// Texts follow the visitor's locale; without that locale's translation only ids, numbers and codes compare.
const TEXT_KEYS = new Set(['text', 'label', 'headline', 'locale']);

/** The language-neutral part of a value: every `text`, `label`, `headline` and `locale` removed. */
function neutral(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(neutral);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (!TEXT_KEYS.has(key)) out[key] = neutral((value as Record<string, unknown>)[key]);
  }
  return out;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths at which two values differ, at most `limit` of them. */
function differences(a: unknown, b: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(`${path}: the lead has ${a.length} items, recomputed ${b.length}`);
      return;
    }
    a.forEach((item, i) => differences(item, b[i], `${path}[${i}]`, out, limit));
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) differences(a[key], b[key], `${path}.${key}`, out, limit);
    return;
  }
  if (!Object.is(a, b)) out.push(`${path}: the lead says ${show(a)}, recomputed ${show(b)}`);
}

/** Fields in what arrived that the schema does not know (a lenient schema drops them silently). */
function unknownFields(raw: unknown, parsed: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, i) => unknownFields(item, parsed[i], `${path}[${i}]`, out, limit));
    return;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return;
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(parsed, key)) out.push(`${path}.${key}: unknown field`);
    else unknownFields(raw[key], parsed[key], `${path}.${key}`, out, limit);
    if (out.length >= limit) return;
  }
}

/** A gap assessment's entries of one standard, each as the visitor would have answered it to get what it says. */
function entriesOf(gap: FullResult, standard: StandardId): Record<string, Record<string, unknown>> {
  const entries: Record<string, Record<string, unknown>> = {};
  for (const e of gap.entries) {
    if (e.standard !== standard) continue;
    const entry: Record<string, unknown> = {};
    if (e.kind === 'control') entry.applicable = e.applicable;
    if (e.status !== null) entry.status = e.status;
    if (e.justification !== '') entry.justification = e.justification;
    if (e.suggestion !== null) entry.suggestion = e.suggestion;
    if (e.reasons.length > 0) entry.reasons = e.reasons;
    for (const key of ['owner', 'evidence', 'reference', 'note'] as const)
      if (e[key] !== '') entry[key] = e[key];
    if (e.targetDate !== null) entry.targetDate = e.targetDate;
    entries[e.ref] = entry;
  }
  return entries;
}

/**
 * What a replay of one standard recomputes: its entries (grades and rules from statuses, suggestions, texts and
 * their limits), readiness, documents checklist, gap register and section sizes. Where a value came from
 * (`source`, `from`, answered versus pre-filled) is the replay's own; the evidence, profile, claim and path are
 * checked against the lead's result.
 */
const partOf = (gap: FullResult, standard: StandardId): unknown => ({
  entries: gap.entries
    .filter((e) => e.standard === standard)
    .map((e) => ({ ...e, source: undefined, from: undefined })),
  sections: gap.sections
    .filter((s) => s.standard === standard)
    .map((s) => ({ id: s.id, standard: s.standard, total: s.total })),
  readiness: gap.readiness[standard],
  documents: gap.documents[standard],
  gaps: gap.gaps.filter((g) => g.standard === standard),
});

/**
 * Recomputes a gap assessment standard by standard from its own entries (one standard at a time, so nothing is
 * carried over or estimated: every status stands as given); a reason for every difference.
 */
function checkGap(
  gap: FullResult,
  run: NonNullable<VerifyLeadOptions['assessFull']>,
  engine: Record<string, unknown>,
  compareTexts: boolean,
  reasons: string[],
): void {
  if (gap.bank.quickHash !== BANK_HASH) {
    reasons.push(
      `gapAssessment.bank: computed with question bank ${gap.bank.quickVersion}; this SDK has ${BANK_VERSION}`,
    );
    return;
  }
  const aiRole = gap.evidence.ai_role;
  const quick = typeof aiRole === 'string' ? { ai_role: aiRole } : {};
  for (const standard of gap.scope) {
    let recomputed: FullResult;
    try {
      recomputed = run(
        { quick, scoping: gap.scoping, entries: entriesOf(gap, standard) },
        { ...engine, scope: [standard] },
      );
    } catch (error) {
      const message = error instanceof ReadinessError ? error.message : 'the engine could not assess them';
      reasons.push(`gapAssessment.entries: cannot be recomputed: ${message}`);
      return;
    }
    if (recomputed.bank.hash !== gap.bank.hash) {
      reasons.push(
        `gapAssessment.bank: the lead says ${gap.bank.hash}, this SDK has ${recomputed.bank.hash}`,
      );
      return;
    }
    const [a, b] = [partOf(gap, standard), partOf(recomputed, standard)];
    const path = `gapAssessment[${standard}]`;
    differences(compareTexts ? a : neutral(a), compareTexts ? b : neutral(b), path, reasons, 20);
  }
  if (gap.entries.some((e) => !gap.scope.includes(e.standard)))
    reasons.push('gapAssessment.entries: entries of a standard outside its scope');
}

/** Timestamps later than now (plus clock skew) were not written by a visitor's browser. */
function checkTimes(lead: Lead, now: number, reasons: string[]): void {
  for (const [path, value] of [
    ['createdAt', lead.createdAt],
    ['consent.at', lead.consent.at],
  ] as const) {
    const at = Date.parse(value);
    if (Number.isFinite(at) && at > now + CLOCK_SKEW_MS) reasons.push(`${path}: ${value} is in the future`);
  }
}

/** The size of what arrived, in characters of JSON; Infinity when it is not JSON at all. */
function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

const verdict = (
  reasons: string[],
  warnings: string[],
  checked: LeadVerification['checked'],
): LeadVerification => {
  const status: LeadVerificationStatus =
    reasons.length > 0 ? 'invalid' : warnings.length > 0 ? 'consistent' : 'verified';
  return { status, valid: status === 'verified', reasons, warnings, checked };
};

/**
 * Checks a lead received by a back end: a consistency check, not proof of origin. Every lead is validated against
 * `LeadSchema`, refusing unknown fields anywhere and leads over `MAX_LEAD_CHARS`; a `full` lead's result is
 * recomputed from its answers with this SDK's engine and compared field by field, its sentences too when they are
 * in English or `options.translation` is theirs; a gap assessment is recomputed from its entries when
 * `options.assessFull` is given (`import { assessFull } from 'iso-readiness/full'`). Anyone who can run the widget or
 * this SDK can build a lead that passes: it tells an edited lead from one the engine computed, not who sent it.
 * `valid` is true only when `status` is `verified`. Never throws.
 */
export function verifyLead(lead: unknown, options: VerifyLeadOptions = {}): LeadVerification {
  const size = sizeOf(lead);
  if (size > MAX_LEAD_CHARS) {
    const what = Number.isFinite(size) ? `${size} characters of JSON` : 'not serialisable as JSON';
    return verdict([`lead: ${what}; a lead has at most ${MAX_LEAD_CHARS}`], [], 'schema');
  }
  let parsed: Lead;
  try {
    parsed = parseRedacted(LeadSchema, lead, 'invalid-lead');
  } catch (error) {
    const issues = error instanceof ReadinessError ? error.issues.map((i) => i.message) : [String(error)];
    return verdict(issues.slice(0, 20), [], 'schema');
  }

  const reasons: string[] = [];
  const warnings: string[] = [];
  unknownFields(lead, parsed, 'lead', reasons, 20);
  checkTimes(parsed, options.now ?? Date.now(), reasons);
  const sameBank = parsed.bank.hash === BANK_HASH;
  if (!sameBank) {
    const message =
      `bank: the lead was computed with question bank ${parsed.bank.version} (hash ${parsed.bank.hash}); ` +
      `this SDK has ${BANK_VERSION} (hash ${BANK_HASH})`;
    if (parsed.scope === 'full')
      reasons.push(`${message}, so its result cannot be recomputed: verify it with that version`);
    else if (parsed.scope === 'summary') warnings.push(message);
  }
  if (parsed.scope !== 'full') {
    if (parsed.scope === 'summary')
      warnings.push(
        'result: a summary carries no answers, so its claim, readiness and headline cannot be recomputed',
      );
    return verdict(reasons, warnings, 'schema');
  }
  if (!sameBank) return verdict(reasons, warnings, 'schema');

  const result = parsed.result;
  if (result.bank.hash !== parsed.bank.hash || result.bank.version !== parsed.bank.version) {
    reasons.push('result.bank: differs from the lead’s bank');
  }
  const translation =
    options.translation && options.translation.locale === result.locale ? options.translation : undefined;
  const compareTexts = translation !== undefined || result.locale === 'en';
  if (!compareTexts)
    warnings.push(
      `result: its texts are in "${result.locale}"; pass that locale's translation to compare them (ids, numbers and claims were compared)`,
    );
  const engine = {
    ...(options.figures !== undefined ? { figures: options.figures } : {}),
    ...(options.currency !== undefined ? { currency: options.currency } : {}),
    ...(translation ? { translation } : {}),
  };
  let recomputed: AssessmentResult;
  try {
    recomputed = assess(result.answers, { scope: result.scope, ...engine });
  } catch (error) {
    const message = error instanceof ReadinessError ? error.message : 'the engine could not assess them';
    reasons.push(`result.answers: cannot be recomputed: ${message}`);
    return verdict(reasons, warnings, 'result');
  }
  const gap = parsed.gapAssessment;
  if (gap) {
    // The result's readiness comes from the controls; the gap assessment is recomputed below (when it can be),
    // and the result must be its projection.
    if (JSON.stringify(neutral(gap.evidence)) !== JSON.stringify(neutral(result.answers))) {
      reasons.push('gapAssessment.evidence: differs from result.answers');
    }
    recomputed = {
      ...recomputed,
      readiness: gap.readiness,
      classification: withReadiness(recomputed.classification, gap.readiness),
    };
    if (gap.locale !== result.locale) reasons.push('gapAssessment.locale: differs from result.locale');
    for (const key of ['profile', 'classification', 'recommendation'] as const) {
      if (JSON.stringify(gap[key]) !== JSON.stringify(result[key]))
        reasons.push(`gapAssessment.${key}: differs from result.${key}`);
    }
    if (options.assessFull) checkGap(gap, options.assessFull, engine, compareTexts, reasons);
    else
      warnings.push(
        'gapAssessment: not recomputed; pass { assessFull } from iso-readiness/full to recompute its grades, readiness and gap register',
      );
  }
  if (compareTexts) differences(result, recomputed, 'result', reasons, 20);
  else differences(neutral(result), neutral(recomputed), 'result', reasons, 20);
  return verdict(reasons, warnings, 'result');
}
