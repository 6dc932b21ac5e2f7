import { isVisible } from './flow.js';
import type { Translation } from './i18n/translation.js';
import type { BankItem, ControlItem, Milestone } from './schemas/bank.js';
import type { Answers, DomainScore, StandardReadiness } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import { DOMAINS, REF_PREFIX, domainOfRef } from './standards.js';

/** Credit each answer earns; `unsure` and unanswered earn nothing (a gap until someone checks). */
export const ANSWER_CREDIT: Record<string, number> = { yes: 1, partly: 0.5, no: 0, unsure: 0 };

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

const percent = (earned: number, weight: number): number | null =>
  weight === 0 ? null : Math.round((1000 * earned) / weight) / 10;

/** Readiness 0–100 per domain and overall for one standard. */
export function scoreStandard(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  standard: StandardId,
  t: Pick<Translation, 'domains'>,
): StandardReadiness {
  const counted = countedItems(items, answers, scope, standard);
  const totals = new Map<string, { earned: number; weight: number; items: number; unsure: number }>(
    DOMAINS[standard].map((id) => [id, { earned: 0, weight: 0, items: 0, unsure: 0 }]),
  );
  let earned = 0;
  let weight = 0;
  const unsure: string[] = [];
  const gaps: string[] = [];
  for (const item of counted) {
    const answer = answers[item.id];
    const credit = typeof answer === 'string' ? (ANSWER_CREDIT[answer] ?? 0) : 0;
    const isUnsure = answer === undefined || answer === 'unsure';
    earned += credit * item.weight;
    weight += item.weight;
    if (isUnsure) unsure.push(item.id);
    else if (credit < 1) gaps.push(item.id);
    for (const domain of refsOf(item, standard).domains) {
      const total = totals.get(domain);
      if (!total) continue;
      total.earned += credit * item.weight;
      total.weight += item.weight;
      total.items += 1;
      if (isUnsure) total.unsure += 1;
    }
  }
  const domains: DomainScore[] = [...totals].map(([id, total]) => ({
    id,
    label: (t.domains as Record<string, string>)[id] ?? id,
    score: percent(total.earned, total.weight),
    items: total.items,
    unsure: total.unsure,
  }));
  return { standard, score: percent(earned, weight), domains, unsure, gaps };
}

/** Readiness for every standard in scope. */
export const scoreReadiness = (
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
  t: Pick<Translation, 'domains'>,
): Partial<Record<StandardId, StandardReadiness>> =>
  Object.fromEntries(scope.map((standard) => [standard, scoreStandard(items, answers, scope, standard, t)]));

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
