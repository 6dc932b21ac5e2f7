import { ReadinessError } from '../errors.js';
import type { FullTranslation } from '../i18n/en/full.js';
import { format } from '../i18n/format.js';
import type { StandardId } from '../schemas/standard.js';
import { toCsv } from './csv.js';
import { textOf } from './text.js';
import { sortGaps } from './assess.js';
import { SOA_SCHEMA_VERSION, type FullResult, type Soa, type SoaControl, type SoaRow } from './schemas.js';

/** Plain JavaScript callers may leave the text out: say so as the API's own error, not a `TypeError` inside. */
function checkText(t: FullTranslation | undefined, fn: string): void {
  if (typeof t !== 'object' || t === null || typeof t.soa !== 'object' || typeof t.sections !== 'object') {
    throw new ReadinessError(
      'invalid-options',
      `${fn}: expected the full assessment's text (await loadFullText(locale)), received ${t === null ? 'null' : typeof t}`,
      ['t'],
    );
  }
}

/** The AI systems named in scoping, one per non-empty line. */
const aiSystemsOf = (result: FullResult): string[] =>
  (result.scoping.aiSystems ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The draft Statement of Applicability of one standard in scope: every Annex A control with applicability, the
 * reasons for inclusion or the justification for exclusion, status, implementation reference, owner, evidence
 * and planned date. The 42001 draft adds the AI systems in scope and each control's related 27001 controls.
 */
export function soa(result: FullResult, standard: StandardId, t: FullTranslation, control?: SoaControl): Soa {
  checkText(t, 'soa');
  const rows = result.entries
    .filter((e) => e.standard === standard && e.kind === 'control')
    .map((e): SoaRow => {
      const text = textOf(e, t);
      const exclusion = e.applicable
        ? ''
        : e.justification || (e.suggestion ? (t.suggestions[e.suggestion] ?? '') : '');
      const row: SoaRow = {
        control: e.id,
        title: text.title,
        theme: t.sections[e.section] ?? e.section,
        applicable: e.applicable,
        reasons: [...e.reasons],
        exclusion,
        status: e.status,
        source: e.source,
        reference: e.reference,
        owner: e.owner,
        evidence: e.evidence,
        plannedDate: e.targetDate,
      };
      if (standard === 'iso42001') row.related = e.related.map((ref) => ref.slice(6));
      if (e.applicable) {
        const open: NonNullable<SoaRow['toComplete']> = [];
        if (e.reasons.length === 0) open.push('reasons');
        // Included without the visitor deciding (an estimate or carried status): the scoping rule's exclusion
        // is still open. A visitor who included the control on purpose has decided.
        if (e.suggested !== null && e.source !== 'answer') {
          open.push('exclusion-suggested');
          row.suggested = e.suggested;
        }
        if (open.length > 0) row.toComplete = open;
      }
      return row;
    });
  const out: Soa = {
    schemaVersion: SOA_SCHEMA_VERSION,
    standard,
    locale: t.locale,
    bank: { version: result.bank.version, hash: result.bank.hash },
    rows,
  };
  if (standard === 'iso42001') out.aiSystems = aiSystemsOf(result);
  if (control) out.control = { ...control };
  return out;
}

/** A Statement of Applicability as CSV (RFC 4180, UTF-8 with BOM, formulas neutralised), headers in `t`'s language. */
export function soaCsv(draft: Soa, t: FullTranslation): string {
  checkText(t, 'soaCsv');
  const h = t.soa;
  const ai = draft.standard === 'iso42001';
  const header = [
    h.control,
    h.title,
    h.theme,
    h.applicable,
    h.reasons,
    h.exclusion,
    h.status,
    h.source,
    h.reference,
    h.owner,
    h.evidence,
    h.plannedDate,
    ...(ai ? [h.related, h.aiSystems] : []),
  ];
  const systems = (draft.aiSystems ?? []).join('; ');
  const c = draft.control;
  const d = h.document;
  // Document control first, as an SoA template carries it: a spreadsheet shows it above the table.
  const block = c
    ? [
        [
          d.title,
          format(h.heading, { standard: draft.standard === 'iso42001' ? 'ISO/IEC 42001' : 'ISO/IEC 27001' }),
        ],
        [d.organisation, c.organisation],
        [d.version, c.version],
        [d.date, c.date],
        [d.preparedBy, c.preparedBy],
        [d.approvedBy, c.approvedBy || d.notApproved],
        [d.status, c.approvedBy ? d.approved : d.draft],
        [],
      ]
    : [];
  const rows = draft.rows.map((r) => [
    r.control,
    r.title,
    r.theme,
    r.applicable ? h.yes : h.no,
    r.toComplete?.includes('reasons')
      ? h.reasonsToComplete
      : r.reasons.map((reason) => t.reasons[reason] ?? reason).join('; '),
    r.toComplete?.includes('exclusion-suggested') && r.suggested
      ? format(h.exclusionSuggested, { reason: t.suggestions[r.suggested] ?? r.suggested })
      : r.exclusion,
    r.status ? (t.statuses[r.status] ?? r.status) : '',
    t.sources[r.source] ?? r.source,
    r.reference,
    r.owner,
    r.evidence,
    r.plannedDate ?? '',
    ...(ai ? [(r.related ?? []).join('; '), r.applicable ? systems : ''] : []),
  ]);
  return toCsv([...block, header, ...rows]);
}

/**
 * The gap register as CSV: one row per gap with what is missing and the action that closes it, in `sortBy`
 * order; requirements and controls not yet assessed are folded into one closing line with their count.
 */
export function gapRegisterCsv(
  result: FullResult,
  t: FullTranslation,
  sortBy: 'grade' | 'section' = 'grade',
): string {
  const u = t.ui;
  const byRef = new Map(result.entries.map((e) => [e.ref, e]));
  const gaps = sortGaps(result.gaps, sortBy);
  const assessed = gaps.filter((g) => g.grade !== 'not-assessed');
  const open = gaps.length - assessed.length;
  const rows = assessed.map((g) => {
    const entry = byRef.get(g.ref);
    return [
      g.ref.replace(/^(\d+):/, '$1 '),
      entry ? textOf(entry, t).title : '',
      t.grades[g.grade] ?? g.grade,
      t.gap.missing[g.rule] ?? '',
      t.gap.next[g.rule] ?? '',
      g.owner,
      g.targetDate ?? '',
    ];
  });
  const folded = open ? [[format(t.soa.document.notAssessed, { count: open })]] : [];
  return toCsv([
    [u.requirement, t.soa.title, u.gradeColumn, u.missing, u.nextStep, u.owner, u.due],
    ...rows,
    ...folded,
  ]);
}

/** The heading of a printed SoA, e.g. "Statement of Applicability (draft): ISO/IEC 27001". */
export const soaHeading = (t: FullTranslation, standardName: string): string =>
  format(t.soa.heading, { standard: standardName });
