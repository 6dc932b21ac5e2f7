import { validateAnswers } from '../answers.js';
import { assess } from '../assess.js';
import { BANK_HASH, BANK_VERSION } from '../bank/index.js';
import { ITEMS } from '../bank/items.js';
import { ReadinessError, parseWith } from '../errors.js';
import { enResult } from '../i18n/en/result-translation.js';
import { EngineOptionsSchema, type EngineOptions } from '../engine-options.js';
import { normaliseScope } from '../options.js';
import type { ControlItem } from '../schemas/bank.js';
import type { Answers, DomainScore, StandardReadiness } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import { DOMAINS } from '../standards.js';
import { entriesOfItem, evidenceFrom } from './adapter.js';
import { CATALOGUE, ENTRY_BY_REF, RELATED, SECTIONS, type CatalogueEntry } from './catalogue.js';
import { withReadiness } from './project.js';
import { FULL_BANK_HASH, FULL_BANK_VERSION } from './version.js';
import {
  CARRY_CAP,
  CRITICAL_CLAUSES,
  DOCUMENTS,
  KIND_WEIGHT,
  QUICK_STATUS,
  STATUS_CREDIT,
  STATUS_RANK,
  SUGGESTION_RULES,
  gradeOf,
  weakest,
  type DocumentState,
  type Status,
  type SuggestionFacts,
  type SuggestionId,
} from './rules.js';
import {
  FULL_RESULT_SCHEMA_VERSION,
  EntryAnswerSchema,
  FullAnswersShapeSchema,
  entryFits,
  type DocumentRow,
  type EntryAnswer,
  type EntryResult,
  type FullAnswers,
  type FullResult,
  type FullReuse,
  type Gap,
  type SectionProgress,
} from './schemas.js';

/** Options of `assessFull`: those of `assess`. */
export type AssessFullOptions = EngineOptions;

/** Validates full answers: the shape, every entry a known ref, clause requirements never excluded. */
export function validateFullAnswers(answers: unknown): FullAnswers {
  const parsed = parseWith(FullAnswersShapeSchema, answers ?? {}, 'invalid-answers', [
    'answers',
  ]) as FullAnswers;
  const entries = parsed.entries ?? {};
  for (const ref of Object.keys(entries)) {
    const entry = entries[ref] as EntryAnswer;
    // The schema reports what is wrong with an entry the quick check refuses.
    if (!entryFits(entry))
      parseWith(EntryAnswerSchema, entry, 'invalid-answers', ['answers', 'entries', ref]);
    const known = ENTRY_BY_REF.get(ref);
    if (!known) {
      throw new ReadinessError('unknown-question', `answers.entries.${ref}: no such requirement or control`, [
        'answers',
        'entries',
        ref,
      ]);
    }
    if (known.kind === 'clause' && entry.applicable === false) {
      throw new ReadinessError(
        'invalid-answer',
        `answers.entries.${ref}.applicable: clause requirements always apply; expected true or nothing, received false`,
        ['answers', 'entries', ref, 'applicable'],
      );
    }
  }
  // Quick-check answers are checked against the quick bank, as `assess` checks them.
  if (parsed.quick) validateAnswers(ITEMS, parsed.quick);
  return parsed;
}

/** Values of one entry before grading: what the visitor said, or what was pre-filled, and from where. */
interface Filled {
  source: EntryResult['source'];
  from: string[];
  applicable: boolean;
  status: Status | null;
  justification: string;
  suggestion: SuggestionId | null;
}

const answered = (a: EntryAnswer | undefined): a is EntryAnswer =>
  a !== undefined && (a.status !== undefined || a.applicable === false);

// The quick-check items that evidence each ref, in bank order, worked out once.
const ITEMS_BY_REF: ReadonlyMap<string, readonly ControlItem[]> = (() => {
  const map = new Map<string, ControlItem[]>();
  for (const item of ITEMS) {
    if (item.kind !== 'control') continue;
    for (const entry of entriesOfItem(item)) {
      let list = map.get(entry.ref);
      if (!list) map.set(entry.ref, (list = []));
      if (!list.includes(item)) list.push(item);
    }
  }
  return map;
})();

/** Quick-check pre-fill of one ref: the items that answered it and their answers, or null. */
function estimate(ref: string, quick: Readonly<Answers>): { items: string[]; values: string[] } | null {
  let found: { items: string[]; values: string[] } | null = null;
  for (const item of ITEMS_BY_REF.get(ref) ?? []) {
    const value = quick[item.id];
    if (typeof value !== 'string') continue;
    found ??= { items: [], values: [] };
    found.items.push(item.id);
    found.values.push(value);
  }
  return found;
}

/** The status an entry would carry over from its confirmed counterparts in the other standard, or null. */
function carried(
  ref: string,
  entries: Readonly<Record<string, EntryAnswer>>,
  scope: readonly StandardId[],
  only?: StandardId,
): { status: Status; from: string[] } | null {
  const relations = RELATED.get(ref);
  if (!relations) return null;
  let best: { status: Status; from: string[] } | null = null;
  // Per overlap: the weakest confirmed, applicable source, capped by what that overlap may carry.
  for (const overlap of ['strong', 'partial'] as const) {
    const cap = CARRY_CAP[overlap] as Status;
    const sources = relations.filter((r) => {
      if (r.overlap !== overlap) return false;
      const entry = ENTRY_BY_REF.get(r.ref);
      const answer = entries[r.ref];
      return (
        entry &&
        (only === undefined || entry.standard === only) &&
        scope.includes(entry.standard) &&
        answer?.status !== undefined &&
        answer.applicable !== false
      );
    });
    if (sources.length === 0) continue;
    const status = weakest(sources.map((r) => entries[r.ref]?.status as Status)) as Status;
    const capped = STATUS_RANK[status] > STATUS_RANK[cap] ? cap : status;
    if (!best || STATUS_RANK[capped] > STATUS_RANK[best.status])
      best = { status: capped, from: sources.map((r) => r.ref) };
  }
  return best;
}

/** What never changes about an entry, worked out once: its relations, grade facts and possible suggestions. */
interface EntryStatics {
  related: string[];
  critical: boolean;
  rules: (typeof SUGGESTION_RULES)[number][];
}
const STATICS: ReadonlyMap<string, EntryStatics> = new Map(
  [...ENTRY_BY_REF.keys()].map((ref) => [
    ref,
    {
      related: (RELATED.get(ref) ?? []).map((r) => r.ref),
      critical: CRITICAL_CLAUSES.has(ref),
      rules: SUGGESTION_RULES.filter((rule) => rule.refs.includes(ref)),
    },
  ]),
);

/** The exclusion the profile suggests for a ref, if any. */
function suggestionFor(statics: EntryStatics, facts: SuggestionFacts): SuggestionId | null {
  for (const rule of statics.rules) {
    const holds = (Object.keys(rule.when) as (keyof SuggestionFacts)[]).every((key) => {
      const allowed = rule.when[key] as string[] | undefined;
      const value = facts[key];
      return allowed === undefined || (value !== undefined && allowed.includes(value));
    });
    if (holds) return rule.id;
  }
  return null;
}

function fill(
  entry: CatalogueEntry,
  answers: FullAnswers,
  quick: Readonly<Answers>,
  scope: readonly StandardId[],
  suggested: SuggestionId | null,
): Filled {
  const own = answers.entries?.[entry.ref];
  if (answered(own)) {
    const applicable = entry.kind === 'clause' || own.applicable !== false;
    return {
      source: 'answer',
      from: [],
      applicable,
      status: applicable ? (own.status ?? null) : null,
      justification: applicable ? '' : (own.justification ?? '').trim(),
      suggestion: applicable ? null : (own.suggestion ?? null),
    };
  }
  const carry = carried(entry.ref, answers.entries ?? {}, scope);
  const prefill = estimate(entry.ref, quick);
  let fromQuick: Filled | null = null;
  if (prefill) {
    const excluded = entry.kind === 'control' && prefill.values.every((v) => v === 'n/a');
    const statuses = prefill.values.map((v) => QUICK_STATUS[v]).filter((s): s is Status => s !== undefined);
    fromQuick = {
      source: 'estimate',
      from: prefill.items,
      applicable: !excluded,
      status: excluded ? null : weakest(statuses),
      justification: '',
      suggestion: excluded ? (suggested ?? 'quick-na') : null,
    };
  }
  // Review Y2: a carried status never overrides the visitor's own, weaker answer for this very entry.
  if (carry && !(fromQuick?.status != null && STATUS_RANK[fromQuick.status] < STATUS_RANK[carry.status])) {
    return {
      source: 'carried',
      from: carry.from,
      applicable: true,
      status: carry.status,
      justification: '',
      suggestion: null,
    };
  }
  if (fromQuick) return fromQuick;
  // Review Z2: a scoping rule (no premises, no development…) excludes every control it names, not only those
  // the quick check happened to ask about, so the SoA is consistent; the visitor can still include any of them,
  // and the workbench offers the reason again after an exclusion by hand.
  if (suggested !== null)
    return {
      source: 'none',
      from: [],
      applicable: false,
      status: null,
      justification: '',
      suggestion: suggested,
    };
  return { source: 'none', from: [], applicable: true, status: null, justification: '', suggestion: null };
}

const percent = (earned: number, weight: number): number | null =>
  weight === 0 ? null : Math.round((1000 * earned) / weight) / 10;

/** Readiness of one standard from its graded entries, in the quick check's shape. */
function readinessFrom(
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

const GRADE_ORDER = { 'major-gap': 0, 'minor-gap': 1, 'not-assessed': 2, conformant: 3 } as const;
const GAP_GRADES = ['major-gap', 'minor-gap', 'not-assessed'] as const;

/** The documented information checklist of one standard, from its clauses' status and references. */
function documentsOf(standard: StandardId, byRef: ReadonlyMap<string, EntryResult>): DocumentRow[] {
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
function reuseOf(
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

/**
 * The full gap assessment: every clause requirement and Annex A control of the standards in scope, each with
 * its applicability, status, grade and where its values came from (the visitor, the other standard, the quick
 * check); readiness per clause, theme and standard; the quick check's classification and recommendation driven
 * by this evidence; the gap register and the documented information checklist. Pure and deterministic; throws
 * `ReadinessError` on bad input.
 */
export function assessFull(answers: unknown, options?: AssessFullOptions): FullResult {
  const opts =
    options === undefined || options === null
      ? {}
      : parseWith(EngineOptionsSchema, options, 'invalid-options', ['options']);
  const scope = normaliseScope(opts.scope);
  const t = opts.translation ?? enResult;
  const valid = validateFullAnswers(answers);
  const quickAnswers = valid.quick ?? {};
  const aiRole = quickAnswers.ai_role;
  const facts: SuggestionFacts = {
    aiRole: typeof aiRole === 'string' ? (aiRole as SuggestionFacts['aiRole']) : undefined,
    premises: valid.scoping?.premises,
    development: valid.scoping?.development,
  };

  const entries: EntryResult[] = [];
  const byStandard: Partial<Record<StandardId, EntryResult[]>> = {};
  const sections: SectionProgress[] = [];
  const progressOf = new Map<string, SectionProgress>();
  for (const standard of scope) {
    for (const section of SECTIONS[standard]) {
      const progress = { id: section, standard, total: 0, answered: 0, prefilled: 0 };
      sections.push(progress);
      progressOf.set(section, progress);
    }
    const ofStandard: EntryResult[] = (byStandard[standard] = []);
    for (const entry of CATALOGUE[standard]) {
      const statics = STATICS.get(entry.ref) as EntryStatics;
      const suggested = entry.kind === 'control' ? suggestionFor(statics, facts) : null;
      const filled = fill(entry, valid, quickAnswers, scope, suggested);
      const own = valid.entries?.[entry.ref];
      const targetDate = own?.targetDate ?? null;
      const { grade, rule } = gradeOf({
        kind: entry.kind,
        applicable: filled.applicable,
        status: filled.status,
        // "You said it does not apply in the quick check" asks for a reason; it is not one.
        justified:
          filled.justification !== '' || (filled.suggestion !== null && filled.suggestion !== 'quick-na'),
        critical: statics.critical,
        dated: targetDate !== null,
      });
      // Fields written out: an object spread here costs more than the rest of the assessment.
      const result: EntryResult = {
        ref: entry.ref,
        standard: entry.standard,
        kind: entry.kind,
        id: entry.id,
        section: entry.section,
        source: filled.source,
        from: filled.from,
        applicable: filled.applicable,
        justification: filled.justification,
        suggestion: filled.suggestion,
        suggested,
        reasons: filled.applicable ? [...(own?.reasons ?? [])] : [],
        status: filled.status,
        owner: own?.owner ?? '',
        evidence: own?.evidence ?? '',
        reference: own?.reference ?? '',
        targetDate,
        note: own?.note ?? '',
        grade,
        rule,
        related: statics.related.slice(),
      };
      entries.push(result);
      ofStandard.push(result);
      const progress = progressOf.get(entry.section);
      if (progress) {
        progress.total += 1;
        if (filled.source === 'answer') progress.answered += 1;
        else if (filled.source !== 'none') progress.prefilled += 1;
      }
    }
  }

  const byRef = new Map<string, EntryResult>();
  for (const e of entries) byRef.set(e.ref, e);
  const evidence = evidenceFrom(byRef, quickAnswers);
  const quickResult = assess(evidence, { ...opts, scope, translation: t });
  const readiness: FullResult['readiness'] = {};
  for (const standard of scope)
    readiness[standard] = readinessFrom(standard, byStandard[standard] ?? [], t.domains);
  // One readiness figure per standard: the control-level one.
  const classification = withReadiness(quickResult.classification, readiness);

  const documents: FullResult['documents'] = {};
  for (const standard of scope) documents[standard] = documentsOf(standard, byRef);
  // Most serious first, in the standards' order within a grade.
  const gaps: Gap[] = [];
  for (const grade of GAP_GRADES) {
    for (const e of entries) {
      if (e.grade !== grade) continue;
      gaps.push({
        ref: e.ref,
        standard: e.standard,
        section: e.section,
        grade: e.grade,
        rule: e.rule,
        status: e.status,
        owner: e.owner,
        targetDate: e.targetDate,
      });
    }
  }

  return {
    schemaVersion: FULL_RESULT_SCHEMA_VERSION,
    depth: 'full',
    locale: t.locale,
    bank: {
      version: FULL_BANK_VERSION,
      hash: FULL_BANK_HASH,
      quickVersion: BANK_VERSION,
      quickHash: BANK_HASH,
    },
    scope,
    profile: quickResult.profile,
    scoping: { ...valid.scoping },
    // What counts after branching, as in any result: the answers the classification read.
    evidence: quickResult.answers,
    entries,
    sections,
    readiness,
    classification,
    recommendation: quickResult.recommendation,
    reuse: reuseOf(valid, scope, entries),
    gaps,
    documents,
  };
}

/** Gaps sorted by grade (most serious first) or by section, in the standards' order; stable. */
export function sortGaps(gaps: readonly Gap[], by: 'grade' | 'section'): Gap[] {
  const order = new Map([...CATALOGUE.iso27001, ...CATALOGUE.iso42001].map((e, i) => [e.ref, i]));
  const position = (g: Gap) => order.get(g.ref) ?? 0;
  return [...gaps].sort((a, b) =>
    by === 'grade'
      ? GRADE_ORDER[a.grade] - GRADE_ORDER[b.grade] || position(a) - position(b)
      : position(a) - position(b),
  );
}
