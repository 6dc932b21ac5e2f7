// iso-readiness: the typed SDK. Pure engine functions, a DOM-free session, storage and events.
export * from '../src/index.js';
export {
  createSession,
  SessionConfigSchema,
  type Session,
  type SessionConfig,
  type SessionProgress,
  type SessionChange,
} from './session.js';
export { browserStorage, memoryStorage, STORAGE_PREFIX, type StorageAdapter } from './storage.js';
export {
  CALLBACK_NAMES,
  type Depth,
  type FullStepDetail,
  type QuickStepDetail,
  type ReadinessEventMap,
  type ReadinessEventName,
  type ReadinessCallbacks,
} from './events.js';
export { LeadDelivery, type DeliveryStatus, type DeliveryResult } from './lead/delivery.js';
export { deliverLead, flushOutbox } from './lead/deliver.js';
export { forget } from './lead/outbox.js';
export {
  verifyLead,
  MAX_LEAD_CHARS,
  type LeadVerification,
  type LeadVerificationStatus,
  type VerifyLeadOptions,
} from './verify.js';
/** The question bank as data; `{ depth: 'full' }` resolves to the full gap assessment's bank, loaded on demand. */
export { getQuestionBank, loadFull, type FullBankOptions } from './bank.js';
