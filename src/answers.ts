import * as z from './zod.js';
import { ReadinessError, parseWith, type ReadinessIssue } from './errors.js';
import type { BankItem } from './schemas/bank.js';
import { AnswersSchema, type Answers } from './schemas/answers.js';

/** The answer scale of scored items, and the scale of those that may not apply. */
export const SCALE = ['yes', 'partly', 'no', 'unsure'] as const;
export const SCALE_NA = [...SCALE, 'n/a'] as const;
// Most items share one of two scales: one schema each, built on first use.
let scales: { plain: z.ZodMiniType; na: z.ZodMiniType } | undefined;

/** The schema of one item's answer: its scale, one of its options, or a list of distinct options. */
function answerSchema(item: BankItem): z.ZodMiniType {
  if (item.kind === 'control') {
    scales ??= { plain: z.enum(SCALE), na: z.enum(SCALE_NA) };
    return item.allowNA ? scales.na : scales.plain;
  }
  if (item.input === 'single') return z.enum(item.options as [string, ...string[]]);
  return z
    .array(z.enum(item.options as [string, ...string[]]))
    .check(
      z.refine((list) => list.every((v, i) => list.indexOf(v) === i), 'expected each option at most once'),
    );
}

/** The answers schema of a bank: a strict object with one optional, typed field per question. */
export function bankAnswersSchema(items: readonly BankItem[]) {
  let schema = SCHEMAS.get(items);
  if (!schema) {
    schema = z.strictObject(
      Object.fromEntries(items.map((item) => [item.id, z.optional(answerSchema(item))])),
    );
    SCHEMAS.set(items, schema);
  }
  return schema;
}
const SCHEMAS = new WeakMap<readonly BankItem[], z.ZodMiniObject>();

/** Why a single answer does not fit its item, or null when it fits. */
export function answerProblem(item: BankItem, value: unknown): string | null {
  try {
    parseWith(answerSchema(item), value, 'invalid-answer');
    return null;
  } catch (error) {
    return (error as ReadinessError).message.replace(/^\(root\): /, '');
  }
}

/**
 * Checks answers against the bank: every key a known question, every value on that question's scale.
 * Throws one `ReadinessError` listing every problem; the caller's answers are never modified.
 */
export function validateAnswers(items: readonly BankItem[], answers: unknown): Answers {
  // The success path only needs the verdict; the issues are worked out item by item on failure.
  const result = z.safeParse(bankAnswersSchema(items), answers);
  if (result.success) return result.data as Answers;
  return reportProblems(items, answers);
}

/** Throws the `ReadinessError` for answers the bank's schema refused, with every problem item by item. */
function reportProblems(items: readonly BankItem[], answers: unknown): never {
  // Not even a record of answers: report the shape.
  parseWith(AnswersSchema, answers, 'invalid-answers', ['answers']);
  const issues: (ReadinessIssue & { code: 'unknown-question' | 'invalid-answer' })[] = [];
  const record = answers as Record<string, unknown>;
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(record)) {
    const item = byId.get(id);
    if (!item) {
      issues.push({
        code: 'unknown-question',
        path: ['answers', id],
        message: `answers.${id}: no such question`,
      });
      continue;
    }
    const problem = answerProblem(item, value);
    if (problem)
      issues.push({ code: 'invalid-answer', path: ['answers', id], message: `answers.${id}: ${problem}` });
  }
  const first = issues[0] ?? {
    code: 'invalid-answer' as const,
    path: ['answers'],
    message: 'answers: invalid',
  };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new ReadinessError(first.code, first.message + more, first.path, issues.length ? issues : undefined);
}
