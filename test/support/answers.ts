import type { BankItem } from '../../src/schemas/bank.js';
import type { Session } from '../../sdk/session.js';

/** A valid answer for an item: `yes` on the scale, the first option, or the first option as a list. */
export const firstValid = (item: BankItem): string | string[] =>
  item.kind === 'control'
    ? 'yes'
    : item.input === 'single'
      ? (item.options[0] as string)
      : [item.options[0] as string];

/** Every valid value of an item, for generators. */
export const validValues = (item: BankItem): (string | string[])[] =>
  item.kind === 'control'
    ? item.allowNA
      ? ['yes', 'partly', 'no', 'unsure', 'n/a']
      : ['yes', 'partly', 'no', 'unsure']
    : item.input === 'single'
      ? item.options
      : [[], ...item.options.map((o) => [o]), item.options.slice(0, 2)];

/** Answers each question on screen with `pick(item)` and moves on, until the session completes. */
export function runThrough(session: Session, pick: (item: BankItem) => string | string[] = firstValid): void {
  for (let guard = 0; session.status !== 'complete' && guard < 500; guard++) {
    const current = session.current;
    if (!current) break;
    session.answer(current.id, pick(current));
    session.next();
  }
}
