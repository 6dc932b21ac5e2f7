import { isVisible, type FlowState } from './flow.js';
import type { ResultTranslation } from './i18n/translation.js';
import type { BankItem, ControlItem, Milestone } from './schemas/bank.js';
import type { Answers, DomainScore, StandardReadiness } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import { DOMAINS, REF_PREFIX, domainOfRef } from './standards.js';

/** Credit each answer earns; `unsure` and unanswered earn nothing (a gap until someone checks). */
export const ANSWER_CREDIT: Record<string, number> = { yes: 1, partly: 0.5, no: 0, unsure: 0 };

// The two answers that earn credit, read once: the scoring loop compares strings rather than looking them up.
const CREDIT_YES = ANSWER_CREDIT['yes'] as number;
const CREDIT_PARTLY = ANSWER_CREDIT['partly'] as number;

/** Milestones a management system needs before "aligned" is an honest claim. */
export const REQUIRED_MILESTONES: Record<StandardId, Milestone[]> = {
  iso27001: ['scope', 'risk-assessment', 'soa', 'internal-audit', 'management-review'],
  iso42001: ['scope', 'risk-assessment', 'impact-assessment', 'soa', 'internal-audit', 'management-review'],
};

interface ItemRefs {
  refs: string[];
  domains: string[];
}
const REFS_CACHE = new WeakMap<ControlItem, Partial<Record<StandardId, ItemRefs>>>();

/** An item's refs and readiness domains for one standard, derived once per item. */
function refsOf(item: ControlItem, standard: StandardId): ItemRefs {
  let byStandard = REFS_CACHE.get(item);
  if (!byStandard) REFS_CACHE.set(item, (byStandard = {}));
  let entry = byStandard[standard];
  if (!entry) {
    const refs = item.refs.filter((ref) => ref.startsWith(`${REF_PREFIX[standard]}:`));
    entry = byStandard[standard] = { refs, domains: [...new Set(refs.map(domainOfRef))] };
  }
  return entry;
}
const refsFor = (item: ControlItem, standard: StandardId): string[] => refsOf(item, standard).refs;

/** Scored items that count for a standard: visible, evidencing it, and not answered `n/a`. */
export function countedItems(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  standard: StandardId,
): ControlItem[] {
  return items.filter(
    (item): item is ControlItem =>
      item.kind === 'control' &&
      refsFor(item, standard).length > 0 &&
      isVisible(item, answers, scope) &&
      answers[item.id] !== 'n/a',
  );
}

/** A scored item as one standard counts it: its position in the bank and the readiness domains it feeds. */
interface ScoredEntry {
  index: number;
  id: string;
  weight: number;
  /** Positions in `DOMAINS[standard]`. */
  domains: number[];
}
const SCORED = new WeakMap<readonly BankItem[], Record<StandardId, ScoredEntry[]>>();

/**
 * For each standard, the items evidencing it with their domains, in bank order, worked out once per bank.
 * Entries share one shape, so the scoring loop reads them faster than the items, which come in several.
 */
function scoredEntries(items: readonly BankItem[]): Record<StandardId, ScoredEntry[]> {
  let entries = SCORED.get(items);
  if (!entries) {
    const per = (standard: StandardId): ScoredEntry[] =>
      items.flatMap((item, index): ScoredEntry[] => {
        if (item.kind !== 'control' || refsFor(item, standard).length === 0) return [];
        const domains = refsOf(item, standard)
          .domains.map((domain) => DOMAINS[standard].indexOf(domain))
          .filter((position) => position >= 0);
        return [{ index, id: item.id, weight: item.weight, domains }];
      });
    entries = { iso27001: per('iso27001'), iso42001: per('iso42001') };
    SCORED.set(items, entries);
  }
  return entries;
}

const percent = (earned: number, weight: number): number | null =>
  weight === 0 ? null : Math.round((1000 * earned) / weight) / 10;

// Per-domain totals of the standard being scored: earned, weight, items, unsure at 4 * domain + 0…3. Scoring
// is synchronous and never re-entered, so one buffer serves every call.
let totals = new Float64Array(64);

/**
 * Readiness of one standard from a flow (which items are shown, their answers by position): the counted items
 * are the shown ones evidencing the standard and not answered `n/a`, as `countedItems` selects them. @internal
 */
export function scoreFlow(
  items: readonly BankItem[],
  flow: Pick<FlowState, 'shown' | 'values'>,
  standard: StandardId,
  t: Pick<ResultTranslation, 'domains'>,
): StandardReadiness {
  const { shown, values } = flow;
  const ids = DOMAINS[standard];
  if (totals.length < 4 * ids.length) totals = new Float64Array(4 * ids.length);
  totals.fill(0, 0, 4 * ids.length);
  let earned = 0;
  let weight = 0;
  const unsure: string[] = [];
  const gaps: string[] = [];
  for (const entry of scoredEntries(items)[standard]) {
    if (!shown[entry.index]) continue;
    const answer = values[entry.index];
    if (answer === 'n/a') continue;
    const credit =
      answer === 'yes'
        ? CREDIT_YES
        : answer === 'partly'
          ? CREDIT_PARTLY
          : typeof answer === 'string'
            ? (ANSWER_CREDIT[answer] ?? 0)
            : 0;
    const isUnsure = answer === undefined || answer === 'unsure';
    earned += credit * entry.weight;
    weight += entry.weight;
    if (isUnsure) unsure.push(entry.id);
    else if (credit < 1) gaps.push(entry.id);
    for (const d of entry.domains) {
      const at = 4 * d;
      totals[at] = (totals[at] as number) + credit * entry.weight;
      totals[at + 1] = (totals[at + 1] as number) + entry.weight;
      totals[at + 2] = (totals[at + 2] as number) + 1;
      if (isUnsure) totals[at + 3] = (totals[at + 3] as number) + 1;
    }
  }
  const labels = t.domains as Record<string, string>;
  const domains: DomainScore[] = ids.map((id, d) => ({
    id,
    label: labels[id] ?? id,
    score: percent(totals[4 * d] as number, totals[4 * d + 1] as number),
    items: totals[4 * d + 2] as number,
    unsure: totals[4 * d + 3] as number,
  }));
  return { standard, score: percent(earned, weight), domains, unsure, gaps };
}

/** Readiness for every standard in scope, from a flow. @internal */
export function readinessOf(
  items: readonly BankItem[],
  flow: Pick<FlowState, 'shown' | 'values'>,
  scope: readonly StandardId[],
  t: Pick<ResultTranslation, 'domains'>,
): Partial<Record<StandardId, StandardReadiness>> {
  const readiness: Partial<Record<StandardId, StandardReadiness>> = {};
  for (const standard of scope) readiness[standard] = scoreFlow(items, flow, standard, t);
  return readiness;
}

// Answers taken as given: each scored item visible when its condition holds on them (`isVisible`).
const flowOf = (
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
): Pick<FlowState, 'shown' | 'values'> => ({
  shown: items.map((item) => item.kind === 'control' && isVisible(item, answers, scope)),
  values: items.map((item) => answers[item.id]),
});

/** Readiness 0–100 per domain and overall for one standard. */
export const scoreStandard = (
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  standard: StandardId,
  t: Pick<ResultTranslation, 'domains'>,
): StandardReadiness => scoreFlow(items, flowOf(items, answers, scope), standard, t);

/** Readiness for every standard in scope. */
export const scoreReadiness = (
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  t: Pick<ResultTranslation, 'domains'>,
): Partial<Record<StandardId, StandardReadiness>> =>
  readinessOf(items, flowOf(items, answers, scope), scope, t);

/** One milestone of a standard and the items that evidence it. */
export interface MilestoneStatus {
  milestone: Milestone;
  /** True when every visible item evidencing it is answered `yes`. */
  met: boolean;
  /** Items evidencing it that are not yet `yes`. */
  missingItems: string[];
  /** Refs of those items for this standard. */
  refs: string[];
}

/** Which of a standard's required milestones the answers evidence. A milestone with no visible item is not met. */
export function milestoneStatus(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  standard: StandardId,
): MilestoneStatus[] {
  const counted = items.filter(
    (item): item is ControlItem =>
      item.kind === 'control' && refsFor(item, standard).length > 0 && isVisible(item, answers, scope),
  );
  return REQUIRED_MILESTONES[standard].map((milestone) => {
    const evidence = counted.filter((item) => item.milestone === milestone);
    const missing = evidence.filter((item) => answers[item.id] !== 'yes');
    return {
      milestone,
      met: evidence.length > 0 && missing.length === 0,
      missingItems: missing.map((item) => item.id),
      refs: [...new Set((missing.length ? missing : evidence).flatMap((item) => refsFor(item, standard)))],
    };
  });
}
