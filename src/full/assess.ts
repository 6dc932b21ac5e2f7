/**
 * The full gap assessment: every clause requirement and Annex A control of the standards in scope, graded from
 * the visitor's answers, what carries over and the quick check's estimates. Filling an entry lives in
 * `entries.ts`, what the graded entries add up to in `totals.ts`.
 */
import { validateAnswers } from '../answers.js';
import { assess } from '../assess.js';
import { BANK_HASH, BANK_VERSION } from '../bank/index.js';
import { ITEMS } from '../bank/engine-items.js';
import { ReadinessError, parseWith } from '../errors.js';
import { enResult } from '../i18n/en/result-translation.js';
import { EngineOptionsSchema, type EngineOptions } from '../engine-options.js';
import { normaliseScope } from '../options.js';
import type { StandardId } from '../schemas/standard.js';
import { evidenceFrom } from './adapter.js';
import { CATALOGUE, ENTRY_BY_REF, SECTIONS } from './catalogue.js';
import { withReadiness } from './project.js';
import { FULL_BANK_HASH, FULL_BANK_VERSION } from './version.js';
import { STATICS, fill, suggestionFor, type EntryStatics } from './entries.js';
import { documentsOf, readinessFrom, reuseOf } from './totals.js';
import { gradeOf, type SuggestionFacts } from './rules.js';
import {
  FULL_RESULT_SCHEMA_VERSION,
  EntryAnswerSchema,
  FullAnswersShapeSchema,
  entryFits,
  type EntryAnswer,
  type EntryResult,
  type FullAnswers,
  type FullResult,
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

const GRADE_ORDER = { 'major-gap': 0, 'minor-gap': 1, 'not-assessed': 2, conformant: 3 } as const;
const GAP_GRADES = ['major-gap', 'minor-gap', 'not-assessed'] as const;

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
