import type { BankItem, Condition } from '../schemas/bank.js';

// Branching used by several items. Conditions may only look at items earlier in this list.
const AI_IN_USE: Condition = { question: 'ai_role', notIn: ['none'] };
const AI_BUILT: Condition = { question: 'ai_role', in: ['feature', 'core'] };
// A general-purpose model placed on the market is a product in itself: asked where the model is the product.
const AI_MODEL_PRODUCT: Condition = { question: 'ai_role', in: ['core'] };
// AI governance questions are asked only where ISO/IEC 42001 can apply: AI is built, AI feeds decisions about
// people or may be high-risk, or a 42001 programme already exists. Someone using AI tools that affect nobody
// is not asked a dozen questions the result would then call irrelevant.
const AI_GOVERNED: Condition = {
  any: [
    AI_BUILT,
    { question: 'ai_affects_people', includesAny: ['customers', 'staff', 'patients', 'citizens'] },
    { question: 'eu_ai_act_high_risk', in: ['yes', 'unsure'] },
    { question: 'status_42001', in: ['in-progress', 'aligned', 'certified'] },
  ],
};

/**
 * The question bank's structure, in the order the visitor meets it. Text lives in `src/i18n/<locale>/bank.ts`.
 *
 * Items whose refs name both standards are shared: one implementation serves both management systems, which
 * is how the engine computes what carries over from ISO/IEC 27001 to ISO/IEC 42001. About 45 % of 42001's
 * scored weight sits on shared items (the bank test keeps it between 35 and 50 %).
 */
export const ITEMS: BankItem[] = [
  // Organisation: establishes size, markets, buyers, sector, data and security maturity.
  {
    id: 'org_size',
    section: 'organisation',
    kind: 'profile',
    input: 'single',
    options: ['1-9', '10-49', '50-249', '250-999', '1000-plus'],
  },
  {
    id: 'markets',
    section: 'organisation',
    kind: 'profile',
    input: 'multi',
    options: ['eu', 'uk', 'us', 'india', 'other'],
  },
  {
    id: 'buyers',
    section: 'organisation',
    kind: 'profile',
    input: 'multi',
    options: [
      'smb',
      'enterprise',
      'government',
      'investor-early',
      'investor-growth',
      'investor-late',
      'none',
    ],
  },
  {
    id: 'regulated_sector',
    section: 'organisation',
    kind: 'profile',
    input: 'multi',
    options: ['finance', 'payments', 'health', 'public-sector', 'critical-infrastructure', 'none'],
  },
  {
    id: 'sensitive_data',
    section: 'organisation',
    kind: 'profile',
    input: 'multi',
    options: ['personal-data', 'special-category', 'financial', 'customer-confidential', 'none'],
  },
  {
    id: 'security_maturity',
    section: 'organisation',
    kind: 'profile',
    input: 'single',
    options: ['low', 'medium', 'high'],
  },

  // AI: role first; the follow-ups only where AI is in use.
  {
    id: 'ai_role',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['none', 'procures', 'feature', 'core'],
  },
  {
    id: 'ai_affects_people',
    section: 'ai',
    kind: 'profile',
    input: 'multi',
    options: ['customers', 'staff', 'patients', 'citizens', 'none'],
    visibleIf: AI_IN_USE,
  },
  {
    id: 'eu_ai_act_high_risk',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'no', 'unsure'],
    visibleIf: AI_IN_USE,
  },
  {
    // EU AI Act roles: AI built for customers makes a provider; AI built and used in-house, provider and deployer.
    id: 'ai_use',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    // Art. 2(6): AI developed and used solely for scientific research is outside the EU AI Act.
    options: ['customers', 'in-house', 'both', 'research'],
    visibleIf: AI_BUILT,
  },
  {
    // EU AI Act Art. 53–55: duties of providers of general-purpose AI models, systemic-risk ones on top.
    id: 'ai_gpai',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['no', 'yes', 'systemic', 'unsure'],
    visibleIf: AI_MODEL_PRODUCT,
  },
  {
    // Art. 50 transparency duties apply to chatbots and generated content only.
    id: 'ai_generates',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'no', 'unsure'],
    visibleIf: AI_IN_USE,
  },
  {
    // Only decides unified vs federated, which matters only when 42001 is on the table and there is an AI team.
    id: 'ai_function',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['integrated', 'separate'],
    visibleIf: { all: [{ scope: 'iso42001' }, AI_BUILT] },
  },
  {
    // Seed 000: certify when a deal demands it. Only the visitor knows whether one already does.
    id: 'ai_certificate_asked',
    section: 'ai',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'no'],
    visibleIf: { all: [{ scope: 'iso42001' }, AI_BUILT] },
  },

  // Status: what they hold per standard in scope; accreditation only for those who say certified.
  {
    id: 'status_27001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['none', 'in-progress', 'aligned', 'certified'],
  },
  {
    id: 'accreditation_27001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'no', 'unsure'],
    visibleIf: { question: 'status_27001', in: ['certified'] },
  },
  {
    // Buyers check the scope on the certificate, not only that one exists.
    id: 'scope_27001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'partly', 'unsure'],
    visibleIf: { question: 'status_27001', in: ['certified'] },
  },
  {
    // IAF MD 26: certificates to the 2013 edition ceased to be valid after 31 October 2025. A suspended or
    // expired certificate cannot be claimed either.
    id: 'edition_27001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['current', '2013', 'suspended', 'expired', 'unsure'],
    visibleIf: { question: 'status_27001', in: ['certified'] },
  },
  {
    id: 'status_42001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['none', 'in-progress', 'aligned', 'certified'],
    // Asked beyond a 42001 scope too when AI is in use: an AI certificate already held changes the 27001 path.
    visibleIf: { any: [{ scope: 'iso42001' }, { question: 'ai_role', notIn: ['none'] }] },
  },
  {
    id: 'accreditation_42001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'no', 'unsure'],
    visibleIf: { question: 'status_42001', in: ['certified'] },
  },
  {
    id: 'scope_42001',
    section: 'status',
    kind: 'profile',
    input: 'single',
    options: ['yes', 'partly', 'unsure'],
    visibleIf: { question: 'status_42001', in: ['certified'] },
  },

  // Management system, clauses 4–10: shared items where one process serves both standards; scope, risk
  // assessment, internal audit and management review are asked per system, because the evidence differs.
  {
    id: 'context_parties',
    section: 'management',
    kind: 'control',
    refs: ['27001:4.1', '27001:4.2', '42001:4.1', '42001:4.2'],
    weight: 1,
  },
  {
    id: 'isms_scope',
    section: 'management',
    kind: 'control',
    refs: ['27001:4.3'],
    weight: 2.5,
    milestone: 'scope',
  },
  {
    id: 'leadership',
    section: 'management',
    kind: 'control',
    refs: ['27001:5.1', '27001:5.3', '27001:7.1', '42001:5.1', '42001:5.3', '42001:7.1'],
    weight: 2,
  },
  {
    id: 'security_policy',
    section: 'management',
    kind: 'control',
    refs: ['27001:5.2', '27001:6.2', '27001:A.5.1'],
    weight: 1.5,
  },
  {
    id: 'risk_method',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.1.2', '42001:6.1.1'],
    weight: 2,
  },
  {
    id: 'risk_assessment',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.1.2', '27001:8.2'],
    weight: 3,
    milestone: 'risk-assessment',
  },
  {
    id: 'soa',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.1.3', '27001:8.3'],
    weight: 3,
    milestone: 'soa',
  },
  {
    // 6.1.3 f): risk owners approve the treatment plan and accept the residual risk; auditors ask for it.
    id: 'risk_acceptance',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.1.3', '27001:8.3'],
    weight: 1.5,
  },
  {
    id: 'changes_communication',
    section: 'management',
    kind: 'control',
    refs: ['27001:6.3', '27001:7.4', '42001:6.3', '42001:7.4'],
    weight: 1,
  },
  {
    id: 'competence_awareness',
    section: 'management',
    kind: 'control',
    refs: ['27001:7.2', '27001:7.3', '27001:A.6.3', '42001:7.2', '42001:7.3'],
    weight: 2,
  },
  {
    id: 'document_control',
    section: 'management',
    kind: 'control',
    refs: ['27001:7.5', '42001:7.5'],
    weight: 1.5,
  },
  {
    id: 'monitoring_measurement',
    section: 'management',
    kind: 'control',
    refs: ['27001:9.1', '42001:9.1'],
    weight: 1,
  },
  {
    id: 'internal_audit',
    section: 'management',
    kind: 'control',
    refs: ['27001:9.2'],
    weight: 3,
    milestone: 'internal-audit',
  },
  {
    id: 'management_review',
    section: 'management',
    kind: 'control',
    refs: ['27001:9.3'],
    weight: 3,
    milestone: 'management-review',
  },
  {
    id: 'corrective_action',
    section: 'management',
    kind: 'control',
    refs: ['27001:10.1', '27001:10.2', '42001:10.1', '42001:10.2'],
    weight: 2,
  },

  // ISO 27001 Annex A themes A.5–A.8, with the shared supplier, change, logging and incident processes.
  {
    id: 'asset_inventory',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.9', '27001:A.5.12'],
    weight: 1.5,
  },
  {
    id: 'access_control',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.15', '27001:A.5.16', '27001:A.5.18', '27001:A.8.2', '27001:A.8.3'],
    weight: 2,
  },
  {
    id: 'authentication',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.17', '27001:A.8.5'],
    weight: 2,
  },
  {
    id: 'cryptography',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.8.24'],
    weight: 1,
  },
  {
    id: 'endpoints',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.6.7', '27001:A.7.9', '27001:A.7.14', '27001:A.8.1', '27001:A.8.7'],
    weight: 1.5,
  },
  {
    id: 'network_security',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.8.20', '27001:A.8.21', '27001:A.8.22'],
    weight: 1.5,
  },
  {
    // A fully remote company on cloud services has no premises to protect.
    id: 'physical_security',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.7.1', '27001:A.7.2', '27001:A.7.3', '27001:A.7.4'],
    weight: 1,
    allowNA: true,
  },
  {
    id: 'people_security',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.11', '27001:A.6.1', '27001:A.6.2', '27001:A.6.5', '27001:A.6.6'],
    weight: 1,
  },
  {
    id: 'supplier_security',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.19', '27001:A.5.20', '27001:A.5.21', '27001:A.5.22', '27001:A.5.23'],
    weight: 1.5,
  },
  {
    id: 'legal_privacy',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.31', '27001:A.5.34'],
    weight: 1.5,
  },
  {
    // New in 2022 and audit favourites: acceptable use (AI tools included), deletion, masking, leakage.
    id: 'data_protection',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.10', '27001:A.8.10', '27001:A.8.11', '27001:A.8.12'],
    weight: 1.5,
  },
  {
    id: 'threat_intelligence',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.5', '27001:A.5.6', '27001:A.5.7'],
    weight: 1,
  },
  {
    id: 'vulnerability_management',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.8.8', '27001:A.8.9', '27001:A.5.35'],
    weight: 2,
  },
  {
    // Some organisations develop no software, in-house or outsourced.
    id: 'secure_development',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.8.25', '27001:A.8.28', '27001:A.8.29', '27001:A.8.30', '27001:A.8.31'],
    weight: 1.5,
    allowNA: true,
  },
  {
    // Seed 003: model retraining and fine-tuning are a different change process, asked as `ai_change`.
    id: 'change_management',
    section: 'controls',
    kind: 'control',
    refs: ['27001:8.1', '27001:A.8.32'],
    weight: 1.5,
  },
  {
    id: 'logging_monitoring',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.8.15', '27001:A.8.16', '27001:A.8.17', '42001:A.6.2.8'],
    weight: 1,
  },
  {
    id: 'incident_management',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.24', '27001:A.5.25', '27001:A.5.26', '27001:A.5.27', '27001:A.6.8'],
    weight: 2,
  },
  {
    id: 'backup_continuity',
    section: 'controls',
    kind: 'control',
    refs: ['27001:A.5.29', '27001:A.5.30', '27001:A.8.13'],
    weight: 1.5,
  },

  // ISO 42001 only: asked where AI governance can apply (AI_GOVERNED); development-specific items only where
  // AI is built.
  {
    id: 'ai_scope',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:4.1', '42001:4.3', '42001:4.4'],
    weight: 2.5,
    milestone: 'scope',
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_policy',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:5.2', '42001:6.2', '42001:A.2.2', '42001:A.2.3', '42001:A.2.4'],
    weight: 2,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_accountability',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.3.2', '42001:A.4.2', '42001:A.4.3', '42001:A.4.4', '42001:A.4.5', '42001:A.4.6'],
    weight: 1.5,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_concerns',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.3.3'],
    weight: 1,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_risk_assessment',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.2', '42001:8.2'],
    weight: 3,
    milestone: 'risk-assessment',
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_impact_assessment',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.4', '42001:8.4', '42001:A.5.2', '42001:A.5.3', '42001:A.5.4', '42001:A.5.5'],
    weight: 3,
    milestone: 'impact-assessment',
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_soa',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:6.1.3', '42001:8.3'],
    weight: 2.5,
    milestone: 'soa',
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_lifecycle',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.6.1.2', '42001:A.6.1.3', '42001:A.6.2.2', '42001:A.6.2.3', '42001:A.6.2.7'],
    weight: 1.5,
    visibleIf: AI_BUILT,
  },
  {
    // Someone using an AI tool as it comes supplies no data for training, tuning or retrieval.
    id: 'ai_data',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.7.2', '42001:A.7.3', '42001:A.7.4', '42001:A.7.5', '42001:A.7.6'],
    weight: 2.5,
    allowNA: true,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_verification',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.6.2.4', '42001:A.6.2.5'],
    weight: 2.5,
    visibleIf: AI_GOVERNED,
  },
  {
    // Seed 003: retraining, fine-tuning and a supplier's model updates need their own change process.
    id: 'ai_change',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:8.1', '42001:A.6.1.3'],
    weight: 1.5,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_monitoring',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.6.2.6'],
    weight: 2,
    visibleIf: AI_GOVERNED,
  },
  {
    // Seed 003: one incident runbook can serve both, but AI failures need playbooks of their own.
    id: 'ai_incidents',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.8.4'],
    weight: 1.5,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_responsible_use',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.9.2', '42001:A.9.3', '42001:A.9.4'],
    weight: 2.5,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_transparency',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.8.2', '42001:A.8.3', '42001:A.8.5'],
    weight: 1.5,
    visibleIf: AI_GOVERNED,
  },
  {
    // A company training only its own models on its own data has no AI suppliers.
    id: 'ai_suppliers',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.10.2', '42001:A.10.3'],
    weight: 1.5,
    allowNA: true,
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_customers',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:A.10.4'],
    weight: 1,
    visibleIf: AI_BUILT,
  },
  {
    // Asked apart from the ISMS audit: an audit programme that leaves out the AI management system is sound
    // for ISO/IEC 27001 and no evidence for ISO/IEC 42001.
    id: 'ai_internal_audit',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:9.2'],
    weight: 3,
    milestone: 'internal-audit',
    visibleIf: AI_GOVERNED,
  },
  {
    id: 'ai_management_review',
    section: 'ai-governance',
    kind: 'control',
    refs: ['42001:9.3'],
    weight: 3,
    milestone: 'management-review',
    visibleIf: AI_GOVERNED,
  },
];
