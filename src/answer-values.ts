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
function answerValues(items: readonly BankItem[], answers: unknown): (AnswerValue | undefined)[] | null {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const { position } = flowIndex(items);
  const values = new Array<AnswerValue | undefined>(items.length).fill(undefined);
  const record = answers as Record<string, unknown>;
  // `for…in`, like zod's check for unknown keys, sees inherited enumerable keys too.
  for (const key in record) {
    const at = position.get(key);
    if (at === undefined) return null;
    const value = record[key];
    if (value === undefined) continue;
    const item = items[at] as BankItem;
    const allowed: readonly string[] =
      item.kind !== 'control' ? item.options : item.allowNA ? SCALE_NA : SCALE;
    if (item.kind === 'control' || item.input === 'single') {
      if (!allowed.includes(value as string)) return null;
      values[at] = value as string;
      continue;
    }
    if (!Array.isArray(value)) return null;
    const copy: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const option = value[i] as string;
      if (!allowed.includes(option) || copy.includes(option)) return null;
      copy.push(option);
    }
    values[at] = copy;
  }
  return values;
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
