import type { BankItem, Condition } from './schemas/bank.js';
import type { Answers } from './schemas/result.js';
import type { StandardId } from './schemas/standard.js';
import { standardOfRef } from './ref-standard.js';

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

/** Evaluates a branching condition against the answers given so far and the standards in scope. */
export function evaluate(condition: Condition, answers: Answers, scope: readonly StandardId[]): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, scope));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, scope));
  if ('scope' in condition) return scope.includes(condition.scope);
  // A single answer reads as a list of one; no answer as an empty list. Runs on every visibility check, so
  // without allocating the list.
  const given = answers[condition.question];
  if (given === undefined) return false;
  if ('in' in condition)
    return typeof given === 'string'
      ? condition.in.includes(given)
      : given.length > 0 && given.every((v) => condition.in.includes(v));
  if ('notIn' in condition)
    return typeof given === 'string'
      ? !condition.notIn.includes(given)
      : given.length > 0 && given.every((v) => !condition.notIn.includes(v));
  return typeof given === 'string'
    ? condition.includesAny.includes(given)
    : given.some((v) => condition.includesAny.includes(v));
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

/** Which items a visitor sees and which answers count, worked out in one pass over the bank. */
export interface FlowState {
  /** `shown[i]`: is `items[i]` visible? */
  shown: boolean[];
  /** `values[i]`: the answer to `items[i]` if it counts (shown and answered), else undefined. */
  values: (Answers[string] | undefined)[];
  /** Answers of visible items, in bank order. */
  counted: Answers;
}

const STANDARD_BITS: Record<StandardId, number> = { iso27001: 1, iso42001: 2 };

/** What visibility reads of each item, in arrays of one type each: items come in several shapes. */
interface FlowIndex {
  ids: string[];
  /** Each item's position by id. */
  position: Map<string, number>;
  /** Standards of a scored item as a bit mask; -1 for profile items, shown in any scope. */
  masks: number[];
  conditions: (Condition | undefined)[];
  /**
   * Slot of the item's condition in a per-pass memo, or -1. A condition object shared by several items (the bank
   * reuses "AI in use" and the like) gets a slot when every question it reads comes before its first use: the
   * answers it reads then no longer change during the pass, so one evaluation serves every item that shares it.
   */
  slots: number[];
  slotCount: number;
}
const FLOW_INDEX = new WeakMap<readonly BankItem[], FlowIndex>();

/** The questions a condition reads. */
function questionsOf(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) for (const c of condition.all) questionsOf(c, into);
  else if ('any' in condition) for (const c of condition.any) questionsOf(c, into);
  else if ('question' in condition) into.add(condition.question);
  return into;
}

/** What visibility reads of a bank, worked out once per bank (again if its length changed). @internal */
export function flowIndex(items: readonly BankItem[]): FlowIndex {
  let index = FLOW_INDEX.get(items);
  if (index?.ids.length !== items.length) {
    const position = new Map(items.map((item, i) => [item.id, i]));
    const firstUse = new Map<Condition, number>();
    items.forEach((item, i) => {
      if (item.visibleIf && !firstUse.has(item.visibleIf)) firstUse.set(item.visibleIf, i);
    });
    const slotOf = new Map<Condition, number>();
    for (const [condition, first] of firstUse) {
      const reads = [...questionsOf(condition)].map((q) => position.get(q) ?? Infinity);
      if (reads.every((at) => at < first)) slotOf.set(condition, slotOf.size);
    }
    index = {
      ids: items.map((item) => item.id),
      position,
      masks: items.map((item) =>
        item.kind === 'control' ? standardsOf(item).reduce((mask, s) => mask | STANDARD_BITS[s], 0) : -1,
      ),
      conditions: items.map((item) => item.visibleIf),
      slots: items.map((item) => (item.visibleIf ? (slotOf.get(item.visibleIf) ?? -1) : -1)),
      slotCount: slotOf.size,
    };
    FLOW_INDEX.set(items, index);
  }
  return index;
}

// Per-pass memo of shared conditions: -1 not yet evaluated, 0 false, 1 true. Passes are synchronous and never
// re-entered, so one buffer serves every call.
let memo = new Int8Array(16);

/**
 * The visible items and the answers that count, in one pass. Conditions only look at earlier items, and only
 * at answers that still count (an answer to a question a branch has since hidden no longer opens anything).
 */
export function flowState(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
): FlowState {
  return flowOfValues(
    items,
    flowIndex(items).ids.map((id) => answers[id]),
    scope,
  );
}

/**
 * `flowState` for answers already read by position in the bank (`given[i]` answers `items[i]`), as
 * `validateAnswerValues` gives them: no answer is looked up by id, and `counted` is the only object built.
 * @internal
 */
export function flowOfValues(
  items: readonly BankItem[],
  given: readonly (Answers[string] | undefined)[],
  scope: readonly StandardId[],
): FlowState {
  const { ids, masks, conditions, slots, slotCount } = flowIndex(items);
  if (memo.length < slotCount) memo = new Int8Array(slotCount);
  memo.fill(-1, 0, slotCount);
  let inScope = 0;
  for (const standard of scope) inScope |= STANDARD_BITS[standard];
  const counted: Answers = {};
  const shown: boolean[] = [];
  const values: (Answers[string] | undefined)[] = [];
  for (let i = 0; i < ids.length; i++) {
    const mask = masks[i] as number;
    const condition = conditions[i];
    let visible = mask < 0 || (mask & inScope) !== 0;
    if (visible && condition !== undefined) {
      const slot = slots[i] as number;
      if (slot < 0) visible = evaluate(condition, counted, scope);
      else {
        if (memo[slot] === -1) memo[slot] = evaluate(condition, counted, scope) ? 1 : 0;
        visible = memo[slot] === 1;
      }
    }
    shown.push(visible);
    const value = visible ? given[i] : undefined;
    values.push(value);
    if (value !== undefined) counted[ids[i] as string] = value;
  }
  return { shown, values, counted };
}

/** The items a visitor sees, in order. */
export function visibleItems<T extends BankItem>(
  items: readonly T[],
  answers: Answers,
  scope: readonly StandardId[],
): T[] {
  const { shown } = flowState(items, answers, scope);
  return items.filter((_, i) => shown[i]);
}

/** The answers that count: those of visible items. Hidden answers are kept by the session, never scored. */
export const countedAnswers = (
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
): Answers => flowState(items, answers, scope).counted;

/** Could some set of answers show this item in this scope? Scope conditions must hold; answer conditions may. */
export function mayBeVisible(item: BankItem, scope: readonly StandardId[]): boolean {
  const possible = (c: Condition): boolean =>
    'all' in c
      ? c.all.every(possible)
      : 'any' in c
        ? c.any.some(possible)
        : 'scope' in c
          ? scope.includes(c.scope)
          : true;
  if (item.kind === 'control' && !standardsOf(item).some((s) => scope.includes(s))) return false;
  return item.visibleIf === undefined || possible(item.visibleIf);
}

/**
 * For each item: could it still be shown, given the answers so far? True for every visible item and for any
 * item whose condition reads a question not yet answered but still able to show; false once the answers rule
 * it out. Read in bank order, like `flowState`, so a question ruled out rules out what depends on it.
 */
export function mayStillShow(
  items: readonly BankItem[],
  answers: Answers,
  scope: readonly StandardId[],
): boolean[] {
  const { shown, counted } = flowState(items, answers, scope);
  const maybe = new Map<string, boolean>();
  // true, false, or undefined where unanswered questions leave it open.
  const tri = (c: Condition): boolean | undefined => {
    if ('all' in c) {
      const parts = c.all.map(tri);
      return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
    }
    if ('any' in c) {
      const parts = c.any.map(tri);
      return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
    }
    if ('scope' in c) return scope.includes(c.scope);
    if (counted[c.question] === undefined && maybe.get(c.question) === true) return undefined;
    return evaluate(c, counted, scope);
  };
  return items.map((item, i) => {
    let open = shown[i] === true;
    if (!open && !(item.kind === 'control' && !standardsOf(item).some((s) => scope.includes(s))))
      open = item.visibleIf !== undefined && tri(item.visibleIf) !== false;
    maybe.set(item.id, open);
    return open;
  });
}
