import type { BankItem, Condition } from './schemas/bank.js';
import type { Answers } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import { standardOfRef } from './standards.js';

/** Standards an item evidences: from its refs for scored items, none for profile items. */
export function standardsOf(item: BankItem): StandardId[] {
  // Items are immutable data, read on every visibility check: derive once per item.
  let standards = STANDARDS_CACHE.get(item);
  if (!standards) {
    standards = item.kind === 'control' ? [...new Set(item.refs.map(standardOfRef))] : [];
    STANDARDS_CACHE.set(item, standards);
  }
  return standards;
}
const STANDARDS_CACHE = new WeakMap<BankItem, StandardId[]>();

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Evaluates a branching condition against the answers given so far and the standards in scope. */
export function evaluate(condition: Condition, answers: Answers, scope: readonly StandardId[]): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, scope));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, scope));
  if ('scope' in condition) return scope.includes(condition.scope);
  const given = asList(answers[condition.question]);
  if ('in' in condition) return given.length > 0 && given.every((v) => condition.in.includes(v));
  if ('notIn' in condition) return given.length > 0 && given.every((v) => !condition.notIn.includes(v));
  return given.some((v) => condition.includesAny.includes(v));
}

/**
 * Is the item shown for these answers and this scope? A scored item needs one of its standards in scope;
 * any item needs its `visibleIf` to hold. Conditions only look at earlier items, so one pass in bank order
 * is enough.
 */
export function isVisible(item: BankItem, answers: Answers, scope: readonly StandardId[]): boolean {
  if (item.kind === 'control' && !standardsOf(item).some((s) => scope.includes(s))) return false;
  return item.visibleIf === undefined || evaluate(item.visibleIf, answers, scope);
}

/**
 * The items a visitor sees, in order. Conditions only look at earlier items, and only at answers that still
 * count (an answer to a question a branch has since hidden no longer opens anything), so one pass suffices.
 */
export function visibleItems<T extends BankItem>(items: readonly T[], answers: Answers, scope: readonly StandardId[]): T[] {
  const counted: Answers = {};
  const visible: T[] = [];
  for (const item of items) {
    if (!isVisible(item, counted, scope)) continue;
    visible.push(item);
    const value = answers[item.id];
    if (value !== undefined) counted[item.id] = value;
  }
  return visible;
}

/** The answers that count: those of visible items. Hidden answers are kept by the session, never scored. */
export function countedAnswers(items: readonly BankItem[], answers: Answers, scope: readonly StandardId[]): Answers {
  const counted: Answers = {};
  for (const item of visibleItems(items, answers, scope)) {
    const value = answers[item.id];
    if (value !== undefined) counted[item.id] = value;
  }
  return counted;
}
