import { ITEMS } from '../../src/bank/items.js';
import type { Answers } from '../../src/schemas/result.js';

/** Every scored item of the bank answered `value`, then `overrides` on top. */
export function controls(value: string, overrides: Answers = {}): Answers {
  const answers: Answers = {};
  for (const item of ITEMS) if (item.kind === 'control') answers[item.id] = value;
  return { ...answers, ...overrides };
}

/** Scored items of one section answered `value`. */
export function section(name: string, value: string): Answers {
  const answers: Answers = {};
  for (const item of ITEMS) if (item.kind === 'control' && item.section === name) answers[item.id] = value;
  return answers;
}

/** An organisation a consultant would recognise, as a full answer set. */
export interface Organisation {
  id: string;
  /** What it is, in a few words. */
  summary: string;
  answers: Answers;
}

/**
 * Ten organisations covering no AI, a procurer, an AI feature, AI as the product (medium and high security),
 * EU high-risk, certified holders and a separate AI team. They drive the spec tests and `npm run verdicts`.
 */
export const ORGANISATIONS: Organisation[] = [
  {
    id: 'no-ai-saas',
    summary: 'No-AI SaaS, 10–49, EU, SMB buyers, medium security, partly in place',
    answers: {
      org_size: '10-49',
      markets: ['eu'],
      buyers: ['smb'],
      regulated_sector: ['none'],
      sensitive_data: ['personal-data'],
      security_maturity: 'medium',
      ai_role: 'none',
      status_27001: 'in-progress',
      ...controls('partly', { isms_scope: 'yes', soa: 'no', internal_audit: 'no', management_review: 'no' }),
    },
  },
  {
    id: 'procurer',
    summary: 'Uses copilots only, affects nobody, 50–249, enterprise + SMB, 27001 in progress',
    answers: {
      org_size: '50-249',
      markets: ['eu', 'uk'],
      buyers: ['enterprise', 'smb'],
      regulated_sector: ['none'],
      sensitive_data: ['customer-confidential'],
      security_maturity: 'medium',
      ai_role: 'procures',
      ai_affects_people: ['none'],
      eu_ai_act_high_risk: 'no',
      status_27001: 'in-progress',
      status_42001: 'none',
      ...controls('no', section('controls', 'partly')),
      isms_scope: 'yes',
      risk_method: 'yes',
    },
  },
  {
    id: 'ai-feature',
    summary: 'Series A, LLM feature, 10–49, EU + US, early investors + SMB, medium, little formal',
    answers: {
      org_size: '10-49',
      markets: ['eu', 'us'],
      buyers: ['investor-early', 'smb'],
      regulated_sector: ['none'],
      sensitive_data: ['personal-data'],
      security_maturity: 'medium',
      ai_role: 'feature',
      ai_affects_people: ['customers'],
      eu_ai_act_high_risk: 'no',
      ai_function: 'integrated',
      status_27001: 'none',
      status_42001: 'none',
      ...controls('no', section('controls', 'partly')),
    },
  },
  {
    id: 'ai-core',
    summary: 'AI-native, 10–49, EU + US, enterprise + early investors, medium, nothing formal',
    answers: {
      org_size: '10-49',
      markets: ['eu', 'us'],
      buyers: ['enterprise', 'investor-early'],
      regulated_sector: ['none'],
      sensitive_data: ['customer-confidential'],
      security_maturity: 'medium',
      ai_role: 'core',
      ai_affects_people: ['customers'],
      eu_ai_act_high_risk: 'no',
      ai_function: 'integrated',
      status_27001: 'none',
      status_42001: 'none',
      ...controls('no', section('controls', 'partly')),
    },
  },
  {
    id: 'ai-core-strong-security',
    summary: 'AI-native, 50–249, EU, enterprise, high security, Annex A strong, no management system',
    answers: {
      org_size: '50-249',
      markets: ['eu'],
      buyers: ['enterprise'],
      regulated_sector: ['none'],
      sensitive_data: ['customer-confidential', 'personal-data'],
      security_maturity: 'high',
      ai_role: 'core',
      ai_affects_people: ['customers'],
      eu_ai_act_high_risk: 'no',
      ai_function: 'integrated',
      status_27001: 'none',
      status_42001: 'none',
      ...controls('no', section('controls', 'yes')),
    },
  },
  {
    id: 'eu-high-risk',
    summary: 'Hiring product (EU high-risk), AI core, 50–249, EU, enterprise, medium',
    answers: {
      org_size: '50-249',
      markets: ['eu'],
      buyers: ['enterprise'],
      regulated_sector: ['none'],
      sensitive_data: ['personal-data'],
      security_maturity: 'medium',
      ai_role: 'core',
      ai_affects_people: ['staff'],
      eu_ai_act_high_risk: 'yes',
      ai_function: 'integrated',
      status_27001: 'none',
      status_42001: 'none',
      ...controls('partly'),
    },
  },
  {
    id: 'certified-adding-llm',
    summary: 'Accredited 27001 for 3 years, 250–999, India + EU, EU enterprise clients, adding an LLM',
    answers: {
      org_size: '250-999',
      markets: ['india', 'eu'],
      buyers: ['enterprise'],
      regulated_sector: ['none'],
      sensitive_data: ['customer-confidential'],
      security_maturity: 'high',
      ai_role: 'feature',
      ai_affects_people: ['customers'],
      eu_ai_act_high_risk: 'no',
      ai_function: 'integrated',
      status_27001: 'certified',
      accreditation_27001: 'yes',
      status_42001: 'none',
      // The ISMS audit and review run; they have never covered AI (asked apart, as ai_internal_audit).
      ...controls('yes', section('ai-governance', 'no')),
    },
  },
  {
    id: 'lender-own-model',
    summary: 'Lender, own credit-scoring model used in-house, 250–999, EU, finance, accredited 27001',
    answers: {
      org_size: '250-999',
      markets: ['eu'],
      buyers: ['none'],
      regulated_sector: ['finance'],
      sensitive_data: ['personal-data', 'financial'],
      security_maturity: 'high',
      ai_role: 'feature',
      ai_affects_people: ['customers'],
      eu_ai_act_high_risk: 'yes',
      ai_function: 'integrated',
      status_27001: 'certified',
      accreditation_27001: 'yes',
      status_42001: 'in-progress',
      ...controls('yes', {
        ai_impact_assessment: 'no',
        ai_soa: 'partly',
        ai_monitoring: 'partly',
        ai_internal_audit: 'no',
        ai_management_review: 'partly',
      }),
      ai_use: 'in-house',
    },
  },
  {
    id: 'separate-ai-team',
    summary:
      '1,000+ people, accredited 27001, separate AI research team, EU + UK + US, enterprise + government',
    answers: {
      org_size: '1000-plus',
      markets: ['eu', 'uk', 'us'],
      buyers: ['enterprise', 'government'],
      regulated_sector: ['critical-infrastructure'],
      sensitive_data: ['personal-data', 'customer-confidential'],
      security_maturity: 'high',
      ai_role: 'core',
      ai_affects_people: ['customers', 'citizens'],
      eu_ai_act_high_risk: 'no',
      ai_function: 'separate',
      status_27001: 'certified',
      accreditation_27001: 'yes',
      status_42001: 'none',
      ...controls('yes', section('ai-governance', 'partly')),
    },
  },
  {
    id: 'procured-cv-screening',
    summary:
      'Buys a CV-screening tool for its own hiring (EU high-risk deployer), accredited 27001, enterprise',
    answers: {
      org_size: '50-249',
      markets: ['eu'],
      buyers: ['enterprise'],
      regulated_sector: ['none'],
      sensitive_data: ['personal-data'],
      security_maturity: 'medium',
      ai_role: 'procures',
      ai_affects_people: ['staff'],
      eu_ai_act_high_risk: 'yes',
      status_27001: 'certified',
      accreditation_27001: 'yes',
      status_42001: 'none',
      ...controls('yes', section('ai-governance', 'no')),
    },
  },
];
