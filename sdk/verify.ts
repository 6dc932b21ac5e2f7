import { assess } from '../src/assess.js';
import { BANK_HASH, BANK_VERSION } from '../src/bank/index.js';
import { ReadinessError } from '../src/errors.js';
import { LeadSchema, parseRedacted, type Lead } from '../src/schemas/lead.js';
import { withReadiness } from '../src/full/project.js';
import type { AssessmentResult } from '../src/schemas/result.js';

/** What `verifyLead` found. */
export interface LeadVerification {
  /** True when the lead is well-formed and, for a `full` lead, its result is exactly what its answers give. */
  valid: boolean;
  /** Why it is not valid; empty when valid. */
  reasons: string[];
  /** What could not be checked, and why (a summary has no answers to recompute from; a different bank). */
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
}

// Texts follow the visitor's locale; verification compares only ids, numbers and codes.
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

/** Paths at which two neutral values differ, at most `limit` of them. */
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
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
        out,
        limit,
      );
    }
    return;
  }
  if (!Object.is(a, b)) out.push(`${path}: the lead says ${show(a)}, recomputed ${show(b)}`);
}

/**
 * Checks a lead received by a back end. Every lead is validated against `LeadSchema`; a `full` lead's result
 * is recomputed from its answers with this SDK's engine and compared field by field (ids, numbers, claims:
 * texts may differ by locale), so an edited result is told apart from a genuine one. A lead computed with
 * another question bank cannot be recomputed exactly, and the answer says so. Never throws.
 */
export function verifyLead(lead: unknown, options: VerifyLeadOptions = {}): LeadVerification {
  let parsed: Lead;
  try {
    parsed = parseRedacted(LeadSchema, lead, 'invalid-lead');
  } catch (error) {
    const issues = error instanceof ReadinessError ? error.issues.map((i) => i.message) : [String(error)];
    return { valid: false, reasons: issues.slice(0, 20), warnings: [], checked: 'schema' };
  }

  const reasons: string[] = [];
  const warnings: string[] = [];
  const sameBank = parsed.bank.hash === BANK_HASH;
  if (!sameBank) {
    const message =
      `bank: the lead was computed with question bank ${parsed.bank.version} (hash ${parsed.bank.hash}); ` +
      `this SDK has ${BANK_VERSION} (hash ${BANK_HASH})`;
    if (parsed.scope === 'full')
      reasons.push(`${message}, so its result cannot be recomputed: verify it with that version`);
    else warnings.push(message);
  }
  if (parsed.scope !== 'full') {
    if (parsed.scope === 'summary')
      warnings.push('result: a summary carries no answers, so it cannot be recomputed');
    return { valid: reasons.length === 0, reasons, warnings, checked: 'schema' };
  }
  if (!sameBank) return { valid: false, reasons, warnings, checked: 'schema' };

  const result = parsed.result;
  if (result.bank.hash !== parsed.bank.hash || result.bank.version !== parsed.bank.version) {
    reasons.push('result.bank: differs from the lead’s bank');
  }
  let recomputed: unknown;
  try {
    recomputed = assess(result.answers, {
      scope: result.scope,
      ...(options.figures !== undefined ? { figures: options.figures } : {}),
      ...(options.currency !== undefined ? { currency: options.currency } : {}),
    });
  } catch (error) {
    const message = error instanceof ReadinessError ? error.message : 'the engine could not assess them';
    reasons.push(`result.answers: cannot be recomputed: ${message}`);
    return { valid: false, reasons, warnings, checked: 'result' };
  }
  const gap = parsed.gapAssessment;
  if (gap) {
    // A gap assessment's result takes its readiness from the controls, which answers alone cannot give: the lead's
    // own gap assessment is the reference for it, and everything else is recomputed as for any full lead.
    if (JSON.stringify(neutral(gap.evidence)) !== JSON.stringify(neutral(result.answers))) {
      reasons.push('gapAssessment.evidence: differs from result.answers');
    }
    const quick = recomputed as AssessmentResult;
    recomputed = {
      ...quick,
      readiness: gap.readiness,
      classification: withReadiness(quick.classification, gap.readiness),
    };
    warnings.push(
      'gapAssessment: its entries were checked against the schema, not recomputed (assessFull needs the answers given per control)',
    );
  }
  differences(neutral(result), neutral(recomputed), 'result', reasons, 20);
  return { valid: reasons.length === 0, reasons, warnings, checked: 'result' };
}
