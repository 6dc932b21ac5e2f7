/**
 * Answers as `assess()` reads them: checked against the bank and laid out by position in it. Apart from
 * `answers.ts`, which the first screen loads, because only the result needs it.
 */
import { SCALE, SCALE_NA, validateAnswers } from './answers.js';
import { flowIndex } from './flow.js';
import type { BankItem } from './schemas/bank.js';
import type { Answers } from './schemas/answers.js';

/** An answer as the engine reads it by position in the bank: a scale value, an option, or a list of options. */
export type AnswerValue = Answers[string];

/**
 * The answers by position in the bank, copied (lists too), or null when the bank's schema would refuse them:
 * not a record, a key that is no question, a value off its question's scale or options, or a list naming an
 * option twice. The same verdict as `bankAnswersSchema(items)` (a property test holds them equal), reading the
 * bank's own data: zod's interpreter walks every field of a 70-field object on each call, which made checking
 * the answers a fifth of `assess()`. Each value is read once, so a getter cannot answer differently later.
 */
interface ValueRules {
  /** Each item's allowed values by position: its options, or the scale (with "n/a" where allowed). */
  allowed: (readonly string[])[];
  /** Whether the item at a position takes a list of options. */
  multi: boolean[];
}

// Read from the bank once per item list: the check then loads from two arrays rather than from bank items of
// three shapes.
const RULES = new WeakMap<readonly BankItem[], ValueRules>();

function rulesOf(items: readonly BankItem[]): ValueRules {
  let rules = RULES.get(items);
  if (rules === undefined) {
    rules = {
      allowed: items.map((item) =>
        item.kind !== 'control' ? item.options : item.allowNA ? SCALE_NA : SCALE,
      ),
      multi: items.map((item) => item.kind !== 'control' && item.input !== 'single'),
    };
    RULES.set(items, rules);
  }
  return rules;
}

function answerValues(items: readonly BankItem[], answers: unknown): (AnswerValue | undefined)[] | null {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const { position } = flowIndex(items);
  const { allowed, multi } = rulesOf(items);
  const values = new Array<AnswerValue | undefined>(items.length).fill(undefined);
  const record = answers as Record<string, unknown>;
  // zod's check for unknown keys sees inherited enumerable keys too (`for…in`). A plain record inherits none,
  // and its own keys come faster from `Object.keys`, which matters for the large records answers are.
  const proto: unknown = Object.getPrototypeOf(record);
  let keys: string[];
  if ((proto === Object.prototype || proto === null) && !hasEnumerable(proto)) keys = Object.keys(record);
  else {
    keys = [];
    for (const key in record) keys.push(key);
  }
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const at = position.get(key);
    if (at === undefined) return null;
    const value = record[key];
    if (value === undefined) continue;
    const options = allowed[at] as readonly string[];
    if (!multi[at]) {
      if (!options.includes(value as string)) return null;
      values[at] = value as string;
      continue;
    }
    if (!Array.isArray(value)) return null;
    const copy: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const option = value[i] as string;
      if (!options.includes(option) || copy.includes(option)) return null;
      copy.push(option);
    }
    values[at] = copy;
  }
  return values;
}

/** Whether a prototype has an enumerable key (`Object.prototype` only when something has polluted it). */
function hasEnumerable(proto: object | null): boolean {
  for (const key in proto) if (key !== undefined) return true;
  return false;
}

/**
 * Checks answers against the bank and returns them by position in the bank (`undefined` where unanswered), the
 * caller's lists copied. Throws one `ReadinessError` listing every problem; the caller's answers are never
 * modified. @internal
 */
export function validateAnswerValues(
  items: readonly BankItem[],
  answers: unknown,
): (AnswerValue | undefined)[] {
  const values = answerValues(items, answers);
  if (values) return values;
  // Refused: the bank's zod schema has the last word, and its item schemas name every problem.
  const data = validateAnswers(items, answers);
  return items.map((item) => data[item.id]);
}
