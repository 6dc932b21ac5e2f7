import { FullResultSchema } from '../full/result-schemas.js';
import { AssessmentResultSchema, type AssessmentResult } from './result.js';
import { LeadConfigSchema, narrowScope, type LeadScope } from './lead-config.js';
import { assembleLead, summarise, type BuildLeadInput, type LeadCopies } from './lead-build.js';
import { LeadSchema, parseRedacted, type Lead, type LeadResult, type LeadSummary } from './lead-schema.js';

// The Lead for apps: its settings and building blocks (./lead-config.ts), its schema (./lead-schema.ts) and
// `buildLead`, which puts one together (./lead-build.ts) and checks it.

export * from './lead-config.js';
export * from './lead-schema.js';
export * from './lead-build.js';

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
  return scopeChecked === 'full' ? full : summarise(full);
}

/** Copies that parse: whatever object a caller passes, only the fields the schemas know go into the lead. */
const parsedCopies: LeadCopies = {
  summary: (result) => scopeResult(result, 'summary'),
  full: (result) => scopeResult(result, 'full'),
  gapAssessment: (gap) => parseRedacted(FullResultSchema, gap, 'invalid-result', ['gapAssessment']),
};

/** Builds and validates a Lead. Throws `ReadinessError('invalid-lead')`, with messages free of personal data. */
export function buildLead(input: BuildLeadInput): Lead {
  const config = parseRedacted(LeadConfigSchema, input.config, 'invalid-config', ['lead']);
  return parseRedacted(LeadSchema, assembleLead(input, config, parsedCopies), 'invalid-lead');
}
