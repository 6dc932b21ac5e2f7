// The engine's public surface: pure functions and the zod schemas every public type is inferred from.
export { assess, type AssessOptions } from './assess.js';
export { classify, recommend } from './from-profile.js';
export { getQuestionBank, BANK_VERSION, BANK_HASH } from './bank/index.js';
export { ReadinessError, type ReadinessErrorCode, type ReadinessIssue } from './errors.js';
export { EngineOptionsSchema, type EngineOptions } from './engine-options.js';
export { FiguresSchema, DEFAULT_FIGURES, type Figures } from './figures.js';
export {
  OrgProfileSchema,
  type OrgProfile,
  type AiRole,
  type Market,
  type Buyer,
} from './schemas/profile.js';
export { StandardIdSchema, type StandardId } from './schemas/standard.js';
export { ClaimSchema, RequirementSchema, type Claim, type Requirement, type Range } from './schemas/claim.js';
export {
  BankItemSchema,
  type QuestionItem,
  type BankItem,
  type SectionId,
  type ScaleAnswer,
} from './schemas/bank.js';
export {
  AnswersSchema,
  AssessmentResultSchema,
  ClassificationSchema,
  RecommendationSchema,
  type Answers,
  type AssessmentResult,
  type Classification,
  type Recommendation,
  type StandardReadiness,
  type DomainScore,
  type Phase,
  type Cost,
  type Reuse,
  type Reason,
  type Blocker,
  type RegulatoryLink,
  type Sequence,
} from './schemas/result.js';
export {
  LeadSchema,
  LeadConfigSchema,
  WebhookConfigSchema,
  buildLead,
  buildContext,
  scopeResult,
  narrowScope,
  parseLead,
  newLeadId,
  type Lead,
  type LeadScope,
  type LeadConfig,
  type Contact,
  type LeadSummary,
} from './schemas/lead.js';
export type { EngineTranslation, ResultTranslation, Translation } from './i18n/translation.js';
