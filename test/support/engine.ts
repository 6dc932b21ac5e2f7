import { ReadinessError } from '../../src/errors.js';
import type { BankItem } from '../../src/schemas/bank.js';
import type { OrgProfile } from '../../src/schemas/profile.js';
import type { Answers } from '../../src/schemas/result.js';

// A small bank: every milestone of both standards, shared items (refs in both) and a few controls.
// 42001 counted weight 21, of which 9 on shared items (context, internal_audit, management_review, logging).
export const ITEMS: BankItem[] = [
  { id: 'context', section: 'management', kind: 'control', refs: ['27001:4.1', '42001:4.1'], weight: 1 },
  {
    id: 'isms_scope',
    section: 'management',
    kind: 'control',
    refs: ['27001:4.3'],
    weight: 2,
    milestone: 'scope',
  },
  {
    id: 'risk_assessment',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.1.2', '27001:8.2'],
    weight: 3,
    milestone: 'risk-assessment',
  },
  { id: 'soa', section: 'management', kind: 'control', refs: ['27001:6.1.3'], weight: 3, milestone: 'soa' },
  {
    id: 'internal_audit',
    section: 'management',
    kind: 'control',
    refs: ['27001:9.2', '42001:9.2'],
    weight: 3,
    milestone: 'internal-audit',
  },
  {
    id: 'management_review',
    section: 'management',
    kind: 'control',
    refs: ['27001:9.3', '42001:9.3'],
    weight: 3,
    milestone: 'management-review',
  },
  { id: 'access_control', section: 'controls', kind: 'control', refs: ['27001:A.5.15'], weight: 2 },
  { id: 'logging', section: 'controls', kind: 'control', refs: ['27001:A.8.15', '42001:A.6.2.8'], weight: 2 },
  {
    id: 'ai_scope',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:4.3'],
    weight: 2,
    milestone: 'scope',
  },
  {
    id: 'ai_risk',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.2'],
    weight: 3,
    milestone: 'risk-assessment',
  },
  {
    id: 'ai_impact',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.4', '42001:8.4'],
    weight: 3,
    milestone: 'impact-assessment',
  },
  {
    id: 'ai_soa',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.3'],
    weight: 2,
    milestone: 'soa',
  },
  { id: 'ai_data', section: 'ai-governance', kind: 'control', refs: ['42001:A.7.2'], weight: 2 },
];
export const ALL_YES: Answers = Object.fromEntries(ITEMS.map((item) => [item.id, 'yes']));

/** Runs `fn` and returns the `ReadinessError` it throws; anything else fails the test. */
export function thrown(fn: () => unknown): ReadinessError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReadinessError) return error;
    throw error;
  }
  throw new Error('expected a ReadinessError');
}

/** A small EU SaaS selling to smaller businesses, no AI, nothing held, medium security. */
export const SAAS_PROFILE: OrgProfile = {
  aiRole: 'none',
  aiAffectsPeople: false,
  euAiActHighRisk: 'no',
  handlesSensitiveData: true,
  regulatedSector: false,
  markets: ['eu'],
  buyers: ['smb'],
  status: { iso27001: 'none', iso42001: 'none' },
  securityMaturity: 'medium',
  aiFunction: 'integrated',
  employees: 40,
};
