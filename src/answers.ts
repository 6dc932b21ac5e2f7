import { ReadinessError, parseWith, type ReadinessIssue } from './errors.js';
import type { BankItem } from './schemas/bank.js';
import { AnswersSchema, type Answers } from './schemas/result.js';

const SCALE = new Set(['yes', 'partly', 'no', 'unsure']);

/** Why a single answer does not fit its item, or null when it fits. */
export function answerProblem(item: BankItem, value: unknown): string | null {
  if (item.kind === 'control') {
    if (typeof value === 'string' && (SCALE.has(value) || (value === 'n/a' && item.allowNA))) return null;
    const accepted = item.allowNA ? '"yes", "partly", "no", "unsure" or "n/a"' : '"yes", "partly", "no" or "unsure"';
    return `expected ${accepted}, received ${JSON.stringify(value)}`;
  }
  const options = item.options.map((o) => JSON.stringify(o)).join(', ');
  if (item.input === 'single') {
    return typeof value === 'string' && item.options.includes(value)
      ? null
      : `expected one of ${options}, received ${JSON.stringify(value)}`;
  }
  if (!Array.isArray(value)) return `expected a list of options from ${options}, received ${JSON.stringify(value)}`;
  const unknown = value.filter((v) => !item.options.includes(v));
  if (unknown.length > 0) return `expected options from ${options}, received ${JSON.stringify(unknown[0])}`;
  if (new Set(value).size !== value.length) return 'expected each option at most once';
  return null;
}

/**
 * Checks answers against the bank: every key a known question, every value on that question's scale.
 * Throws one `ReadinessError` listing every problem; the caller's answers are never modified.
 */
export function validateAnswers(items: readonly BankItem[], answers: unknown): Answers {
  const parsed = parseWith(AnswersSchema, answers, 'invalid-answers', ['answers']);
  const byId = new Map(items.map((item) => [item.id, item]));
  const issues: (ReadinessIssue & { code: 'unknown-question' | 'invalid-answer' })[] = [];
  for (const [id, value] of Object.entries(parsed)) {
    const item = byId.get(id);
    if (!item) {
      issues.push({ code: 'unknown-question', path: ['answers', id], message: `answers.${id}: no such question` });
      continue;
    }
    const problem = answerProblem(item, value);
    if (problem) issues.push({ code: 'invalid-answer', path: ['answers', id], message: `answers.${id}: ${problem}` });
  }
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new ReadinessError(first.code, first.message + more, first.path, issues);
  }
  return parsed;
}
