// The full gap assessment's engine: every clause requirement and Annex A control, the SoA, the gap register.
// Its own chunk: nothing here is loaded by the quick check.
export { assessFull, sortGaps, validateFullAnswers, type AssessFullOptions } from './assess.js';
export { quickResultOf } from './project.js';
export { evidenceFrom } from './adapter.js';
export { fullBankWith, type FullBankItem, type FullBankSection, type FullQuestionBank } from './bank.js';
export {
  CATALOGUE,
  CLAUSES_27001,
  CLAUSES_42001,
  CONTROLS_27001,
  CONTROLS_42001,
  RELATIONS,
  SECTIONS,
  expandRef,
  type CatalogueEntry,
  type Overlap,
  type Relation,
} from './catalogue.js';
export { BOM, neutralise, toCsv } from './csv.js';
export {
  DOCUMENTS,
  GRADE_RULES,
  GRADES,
  INCLUSION_REASONS,
  STATUSES,
  SUGGESTION_RULES,
  type Grade,
  type InclusionReason,
  type Status,
  type SuggestionId,
} from './rules.js';
export * from './schemas.js';
export { gapRegisterCsv, soa, soaCsv, soaHeading } from './soa.js';
export { FULL_LOCALES, loadFullText, textOf, type FullLocale } from './text.js';
export { FULL_BANK_HASH, FULL_BANK_VERSION } from './version.js';
export type { FullEntryText, FullTranslation } from '../i18n/en/full.js';
export {
  FULL_EXPORT_FORMAT,
  FULL_EXPORT_VERSION,
  FullExportSchema,
  fullExport,
  readFullExport,
  type FullExport,
  type FullImport,
} from './exchange.js';
