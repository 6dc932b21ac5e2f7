// The full assessment's closed lists: statuses, grades, reasons, scoping options, suggestion ids, document states.
// A module of their own, so the schemas (and a lead carrying a gap assessment) need none of the rules' data.
/** Implementation status of a requirement or control, strongest first. */
export const STATUSES = ['implemented', 'partly', 'planned', 'not-started', 'unsure'] as const;
/** How far a requirement or control is in place. */
export type Status = (typeof STATUSES)[number];

/** Finding grades a consultant uses, from a clean finding to none at all. */
export const GRADES = ['conformant', 'minor-gap', 'major-gap', 'not-assessed'] as const;
/** The grade of one finding. */
export type Grade = (typeof GRADES)[number];

/** Why an applicable control is in the SoA (6.1.3 d): the four usual grounds. */
export const INCLUSION_REASONS = ['risk', 'legal', 'contractual', 'business'] as const;
/** A ground for including a control. */
export type InclusionReason = (typeof INCLUSION_REASONS)[number];

/** Premises the organisation controls: its own, space in a shared building, or none (remote, cloud only). */
export const PREMISES = ['own', 'shared', 'none'] as const;
/** Software development: in-house, only outsourced, or none. */
export const DEVELOPMENT = ['in-house', 'outsourced', 'none'] as const;

/** Ids of the suggested exclusion justifications (text per locale under `full.suggestions`). */
export const SUGGESTION_IDS = [
  'no-premises',
  'shared-premises',
  'no-development',
  'no-ai',
  'ai-procured',
  'no-ai-customers',
  'quick-na',
] as const;
/** A suggested justification for excluding a control. */
export type SuggestionId = (typeof SUGGESTION_IDS)[number];

/** State of one document on the checklist. */
export const DOCUMENT_STATES = ['present', 'unreferenced', 'partial', 'missing', 'unknown'] as const;
/** Whether a mandatory document exists, derived from its clauses' status and references. */
export type DocumentState = (typeof DOCUMENT_STATES)[number];
