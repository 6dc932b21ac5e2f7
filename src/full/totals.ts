/**
 * What the graded entries add up to: readiness per standard in the quick check's shape, the documented
 * information checklist, and how much of ISO/IEC 42001 the ISO/IEC 27001 answers already answer.
 */
import type { DomainScore, StandardReadiness } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import { DOMAINS } from '../standards.js';
import { CATALOGUE, RELATED } from './catalogue.js';
import { DOCUMENTS, KIND_WEIGHT, STATUS_CREDIT, type DocumentState } from './rules.js';
import type { DocumentRow, EntryAnswer, EntryResult, FullAnswers, FullReuse } from './schemas.js';
import { carried } from './entries.js';

const percent = (earned: number, weight: number): number | null =>
  weight === 0 ? null : Math.round((1000 * earned) / weight) / 10;

/** Readiness of one standard from its graded entries, in the quick check's shape. */
export function readinessFrom(
  standard: StandardId,
  entries: readonly EntryResult[],
  labels: Readonly<Record<string, string>>,
): StandardReadiness {
  const ids = DOMAINS[standard];
  const totals = ids.map(() => ({ earned: 0, weight: 0, items: 0, unsure: 0 }));
  let earned = 0;
  let weight = 0;
  const unsure: string[] = [];
  const gaps: string[] = [];
  const position = new Map(ids.map((id, i) => [id, i]));
  for (const entry of entries) {
    if (!entry.applicable) continue;
    const w = KIND_WEIGHT[entry.kind];
    const credit = entry.status ? STATUS_CREDIT[entry.status] : 0;
    const isUnsure = entry.status === null || entry.status === 'unsure';
    earned += credit * w;
    weight += w;
    if (isUnsure) unsure.push(entry.ref);
    else if (credit < 1) gaps.push(entry.ref);
    const total = totals[position.get(entry.section) ?? -1];
    if (!total) continue;
    total.earned += credit * w;
    total.weight += w;
    total.items += 1;
    if (isUnsure) total.unsure += 1;
  }
  const domains: DomainScore[] = ids.map((id, i) => {
    const total = totals[i] as (typeof totals)[number];
    return {
      id,
      label: labels[id] ?? id,
      score: percent(total.earned, total.weight),
      items: total.items,
      unsure: total.unsure,
    };
  });
  return { standard, score: percent(earned, weight), domains, unsure, gaps };
}

/** The documented information checklist of one standard, from its clauses' status and references. */
export function documentsOf(standard: StandardId, byRef: ReadonlyMap<string, EntryResult>): DocumentRow[] {
  const prefix = standard === 'iso27001' ? '27001' : '42001';
  return DOCUMENTS[standard].map((doc) => {
    const clauses = doc.clauses.map((c) => `${prefix}:${c}`);
    const references: string[] = [];
    let unknown = false;
    let all = true;
    let some = false;
    for (const ref of clauses) {
      const entry = byRef.get(ref);
      if (!entry) continue;
      const status = entry.status;
      if (status === null || status === 'unsure') unknown = true;
      if (status !== 'implemented') all = false;
      if (status === 'implemented' || status === 'partly') some = true;
      for (const text of [entry.reference, entry.evidence])
        if (text.trim() !== '' && !references.includes(text)) references.push(text);
    }
    const state: DocumentState = unknown
      ? 'unknown'
      : all
        ? references.length
          ? 'present'
          : 'unreferenced'
        : some
          ? 'partial'
          : 'missing';
    return { id: doc.id, clauses, state, references };
  });
}

/**
 * Per-requirement carry-over: how many 42001 entries the 27001 answers already answer. Before any 27001 entry is
 * confirmed, the quick check's estimates of the 27001 entries stand in, and the figure says so (`estimated`), so
 * a certified prospect does not read "0 of 70" next to the quick check's computed reuse (review Z3).
 */
export function reuseOf(
  answers: FullAnswers,
  scope: readonly StandardId[],
  estimates: readonly EntryResult[],
): FullReuse | null {
  if (!scope.includes('iso27001') || !scope.includes('iso42001')) return null;
  const confirmed = answers.entries ?? {};
  const anyConfirmed = Object.keys(confirmed).some((ref) => ref.startsWith('27001:'));
  let sources: Readonly<Record<string, EntryAnswer>> = confirmed;
  if (!anyConfirmed) {
    const estimated: Record<string, EntryAnswer> = {};
    for (const e of estimates)
      if (e.standard === 'iso27001' && e.source === 'estimate' && e.status !== null)
        estimated[e.ref] = { status: e.status, applicable: e.applicable } as EntryAnswer;
    sources = estimated;
  }
  let related = 0;
  let implemented = 0;
  let partly = 0;
  const all = CATALOGUE.iso42001;
  for (const entry of all) {
    if (!RELATED.get(entry.ref)?.some((r) => r.overlap !== 'weak')) continue;
    related += 1;
    // What 27001 alone would carry: only 27001 answers count as sources here.
    const carry = carried(entry.ref, sources, scope, 'iso27001');
    if (carry?.status === 'implemented') implemented += 1;
    else if (carry?.status === 'partly') partly += 1;
  }
  return {
    related,
    implemented,
    partly,
    of: all.length,
    percent: Math.round((1000 * (implemented + partly / 2)) / all.length) / 10,
    estimated: !anyConfirmed && Object.keys(sources).length > 0,
  };
}
