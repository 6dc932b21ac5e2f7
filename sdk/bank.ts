import { getQuestionBank as quickBank, type BankOptions, type QuestionBank } from '../src/bank/index.js';
import { ReadinessError } from '../src/errors.js';
import type { FullQuestionBank } from '../src/full/bank.js';
import type { FullTranslation } from '../src/i18n/en/full.js';
import type { StandardId } from '../src/schemas/standard.js';
import type * as FullModule from './full.js';

/** Options of the full bank: the standards in scope and a full-assessment translation (`loadFullText`). */
export interface FullBankOptions {
  depth: 'full';
  scope?: StandardId[];
  translation?: FullTranslation;
}

/** The full gap assessment's module (`iso-readiness/full`), loaded on first use as its own chunk. */
export const loadFull = (): Promise<typeof FullModule> => import('./full.js');

/**
 * The question bank as data. The quick check's (default) comes back at once; `{ depth: 'full' }` resolves to
 * every clause requirement and Annex A control, loaded on demand so an app that never asks does not carry it.
 * Throws (or rejects with) `ReadinessError('invalid-options')` on bad options.
 */
export function getQuestionBank(options: FullBankOptions): Promise<FullQuestionBank>;
export function getQuestionBank(options?: BankOptions & { depth?: 'quick' }): QuestionBank;
export function getQuestionBank(
  options?: (BankOptions & { depth?: 'quick' }) | FullBankOptions,
): QuestionBank | Promise<FullQuestionBank> {
  const depth: unknown = (options as { depth?: unknown } | undefined)?.depth;
  if (depth === 'full') return loadFull().then((full) => full.getFullBank(options as FullBankOptions));
  if (depth !== undefined && depth !== 'quick') {
    throw new ReadinessError(
      'invalid-options',
      `options.depth: expected one of "quick", "full", received ${JSON.stringify(depth)}`,
      ['options', 'depth'],
    );
  }
  return quickBank(options as BankOptions | undefined);
}
