// The full assessment's rules, as data: what each status is worth, which grade a finding gets, what carries
// over between the standards, which exclusions the profile suggests and which documents each standard requires.
import type { StandardId } from '../schemas/standard.js';
import type { Overlap } from './catalogue.js';
import type { DEVELOPMENT, PREMISES, Grade, Status, SuggestionId } from './ids.js';

export {
  DEVELOPMENT,
  DOCUMENT_STATES,
  GRADES,
  INCLUSION_REASONS,
  PREMISES,
  STATUSES,
  SUGGESTION_IDS,
  type DocumentState,
  type Grade,
  type InclusionReason,
  type Status,
  type SuggestionId,
} from './ids.js';

/** Credit towards readiness; `unsure` and unanswered earn nothing (a gap until someone checks). */
export const STATUS_CREDIT: Record<Status, number> = {
  implemented: 1,
  partly: 0.5,
  planned: 0,
  'not-started': 0,
  unsure: 0,
};

/** Weight in readiness: clause requirements cannot be excluded and carry the certificate, so they count double. */
export const KIND_WEIGHT = { clause: 2, control: 1 } as const;

/** Rank used to take the weakest of several statuses (carry-over and quick-check pre-fill are conservative). */
export const STATUS_RANK: Record<Status, number> = {
  implemented: 4,
  partly: 3,
  planned: 2,
  'not-started': 1,
  unsure: 0,
};

/** The weakest of some statuses, or null for none. */
export const weakest = (statuses: readonly Status[]): Status | null =>
  statuses.reduce<Status | null>((w, s) => (w === null || STATUS_RANK[s] < STATUS_RANK[w] ? s : w), null);

/** Quick-check answers as statuses; `n/a` becomes an exclusion instead. */
export const QUICK_STATUS: Record<string, Status | undefined> = {
  yes: 'implemented',
  partly: 'partly',
  no: 'not-started',
  unsure: 'unsure',
};

/**
 * What an answer in one standard pre-fills in the other: the best status it may carry. `weak` overlaps carry
 * nothing; they are listed as related controls only.
 */
export const CARRY_CAP: Record<Overlap, Status | null> = {
  strong: 'implemented',
  partial: 'partly',
  weak: null,
};

/**
 * Clause requirements an auditor's stage 1 cannot pass without: scope, policy, risk assessment and treatment
 * (with the SoA), the AI system impact assessment, and the audit and review records. Only half done, they are
 * a major gap, not a minor one.
 */
export const CRITICAL_CLAUSES: ReadonlySet<string> = new Set(
  ['4.3', '5.2', '6.1.2', '6.1.3', '6.1.4', '8.2', '8.3', '8.4', '9.2.2', '9.3.3'].flatMap((id) => [
    `27001:${id}`,
    `42001:${id}`,
  ]),
);

/** What a grade rule looks at. */
export interface FindingFacts {
  kind: 'clause' | 'control';
  applicable: boolean;
  status: Status | null;
  /** An exclusion reason was given (own words or an accepted suggestion). */
  justified: boolean;
  critical: boolean;
  /** A target date is set. */
  dated: boolean;
}

/** A grade rule: every stated condition must hold; the first rule that matches decides. */
export interface GradeRule {
  id: string;
  when: {
    kind?: FindingFacts['kind'];
    applicable?: boolean;
    status?: (Status | null)[];
    justified?: boolean;
    critical?: boolean;
    dated?: boolean;
  };
  grade: Grade;
}

/** Grade rules, in order. Ids are language-neutral and appear in the gap register. */
export const GRADE_RULES: readonly GradeRule[] = [
  { id: 'excluded-justified', when: { applicable: false, justified: true }, grade: 'conformant' },
  { id: 'excluded-unjustified', when: { applicable: false }, grade: 'minor-gap' },
  { id: 'unanswered', when: { status: [null] }, grade: 'not-assessed' },
  { id: 'unsure', when: { status: ['unsure'] }, grade: 'not-assessed' },
  { id: 'implemented', when: { status: ['implemented'] }, grade: 'conformant' },
  { id: 'critical-partly', when: { status: ['partly'], critical: true }, grade: 'major-gap' },
  { id: 'partly', when: { status: ['partly'] }, grade: 'minor-gap' },
  {
    id: 'control-planned-dated',
    when: { kind: 'control', status: ['planned'], dated: true },
    grade: 'minor-gap',
  },
  { id: 'missing', when: { status: ['planned', 'not-started'] }, grade: 'major-gap' },
];

/** The grade of a finding and the rule that gave it. */
export function gradeOf(facts: FindingFacts): { grade: Grade; rule: string } {
  for (const rule of GRADE_RULES) {
    const w = rule.when;
    if (w.kind !== undefined && w.kind !== facts.kind) continue;
    if (w.applicable !== undefined && w.applicable !== facts.applicable) continue;
    if (w.status !== undefined && !w.status.includes(facts.status)) continue;
    if (w.justified !== undefined && w.justified !== facts.justified) continue;
    if (w.critical !== undefined && w.critical !== facts.critical) continue;
    if (w.dated !== undefined && w.dated !== facts.dated) continue;
    return { grade: rule.grade, rule: rule.id };
  }
  return { grade: 'not-assessed', rule: 'none' };
}

/** The facts suggestions read: the quick check's AI role and the full assessment's scoping answers. */
export interface SuggestionFacts {
  aiRole: 'none' | 'procures' | 'feature' | 'core' | undefined;
  premises: (typeof PREMISES)[number] | undefined;
  development: (typeof DEVELOPMENT)[number] | undefined;
}

/** A suggestion rule: when the facts hold, these controls are suggested for exclusion with this justification. */
export interface SuggestionRule {
  id: SuggestionId;
  when: Partial<{ [K in keyof SuggestionFacts]: NonNullable<SuggestionFacts[K]>[] }>;
  refs: readonly string[];
}

const ids = (prefix: string, list: string[]): string[] => list.map((id) => `${prefix}${id}`);

/** Exclusions the profile suggests, first match per control wins. A suggestion is offered, never applied. */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    // Remote or cloud-only: the perimeter, entry, offices, utilities and cabling are the provider's (A.5.23).
    id: 'no-premises',
    when: { premises: ['none'] },
    refs: ids('27001:A.7.', ['1', '2', '3', '4', '5', '6', '8', '11', '12']),
  },
  {
    // A desk in a managed building: the landlord runs the perimeter, entry, utilities and cabling.
    id: 'shared-premises',
    when: { premises: ['shared'] },
    refs: ids('27001:A.7.', ['1', '2', '4', '11', '12']),
  },
  {
    id: 'no-development',
    when: { development: ['none'] },
    refs: ids('27001:A.8.', ['4', '25', '26', '27', '28', '29', '30', '31', '33']),
  },
  {
    id: 'no-ai',
    when: { aiRole: ['none'] },
    refs: [
      ...ids('42001:A.6.', ['1.2', '1.3', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8']),
      ...ids('42001:A.7.', ['2', '3', '4', '5', '6']),
      '42001:A.10.4',
    ],
  },
  {
    // Using AI as it comes: nothing is designed, developed or trained in-house (A.10.3 on suppliers carries it).
    id: 'ai-procured',
    when: { aiRole: ['procures'] },
    refs: [...ids('42001:A.6.', ['1.2', '1.3', '2.2', '2.3']), '42001:A.7.2'],
  },
  {
    id: 'no-ai-customers',
    when: { aiRole: ['procures'] },
    refs: ['42001:A.10.4'],
  },
];

/** Mandatory documented information: what it is (a text key) and the clauses that require it. */
export interface DocumentItem {
  id: string;
  clauses: readonly string[];
}

const DOCUMENTS_COMMON: DocumentItem[] = [
  { id: 'scope', clauses: ['4.3'] },
  { id: 'policy', clauses: ['5.2'] },
  { id: 'risk-assessment-process', clauses: ['6.1.2'] },
  { id: 'risk-treatment-process', clauses: ['6.1.3'] },
  { id: 'soa', clauses: ['6.1.3'] },
  { id: 'risk-treatment-plan', clauses: ['6.1.3'] },
  { id: 'objectives', clauses: ['6.2'] },
  { id: 'competence', clauses: ['7.2'] },
  { id: 'operational-records', clauses: ['8.1'] },
  { id: 'risk-assessment-results', clauses: ['8.2'] },
  { id: 'risk-treatment-results', clauses: ['8.3'] },
  { id: 'monitoring-results', clauses: ['9.1'] },
  { id: 'audit-programme', clauses: ['9.2.2'] },
  { id: 'audit-results', clauses: ['9.2.2'] },
  { id: 'review-results', clauses: ['9.3.3'] },
  { id: 'nonconformities', clauses: ['10.2'] },
];

/** The mandatory documented information checklist per standard (reference §1.2, §2.2; domain review §3.2). */
export const DOCUMENTS: Record<StandardId, readonly DocumentItem[]> = {
  iso27001: DOCUMENTS_COMMON,
  iso42001: [
    ...DOCUMENTS_COMMON.filter((d) => d.id !== 'policy' && d.id !== 'objectives'),
    { id: 'ai-policy', clauses: ['5.2'] },
    { id: 'ai-objectives', clauses: ['6.2'] },
    { id: 'impact-assessment-process', clauses: ['6.1.4'] },
    { id: 'impact-assessment-results', clauses: ['8.4'] },
  ],
};
