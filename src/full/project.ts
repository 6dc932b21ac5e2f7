import type { AssessmentResult } from '../schemas/result.js';
import { RESULT_SCHEMA_VERSION } from '../schemas/result-version.js';
import { STANDARD_IDS } from '../schemas/standard.js';
import type { FullResult } from './result-schemas.js';

/** Each standard's classification with the readiness figure of `readiness` (the control-level one). */
export function withReadiness(
  classification: AssessmentResult['classification'],
  readiness: AssessmentResult['readiness'],
): AssessmentResult['classification'] {
  const out: AssessmentResult['classification'] = {};
  for (const id of STANDARD_IDS) {
    const c = classification[id];
    if (c) out[id] = { ...c, readiness: readiness[id]?.score ?? null };
  }
  return out;
}

/**
 * The full assessment in the quick check's result shape, for everything that reads one (a lead's `result`,
 * `readiness-complete`, a CRM mapping): readiness from the controls, and the claim and path the quick check's
 * rules give for the evidence the entries provide (`evidence` as its answers, the quick bank's version and hash).
 * A module of its own, free of the engine: the widget's lead capture uses it without loading the full assessment.
 */
export function quickResultOf(full: FullResult): AssessmentResult {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    locale: full.locale,
    bank: { version: full.bank.quickVersion, hash: full.bank.quickHash },
    scope: [...full.scope],
    answers: full.evidence,
    profile: full.profile,
    readiness: full.readiness,
    classification: full.classification,
    recommendation: full.recommendation,
  };
}
