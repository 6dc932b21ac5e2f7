import type { QuestionItem } from '../src/schemas/bank.js';
import type { Answers } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';
import { SECONDS_PER_QUESTION } from '../src/bank/questions.js';
import { CHECKLIST_NONE, checklistValue, type Step } from '../src/steps.js';
import type { ItemText } from '../src/i18n/en/bank.js';

/** Reading one practice on a checklist and deciding whether it is in place. */
const SECONDS_PER_PRACTICE = 4;

/** About how many minutes these screens take. */
export const minutesOf = (steps: readonly Step[]): number => {
  const seconds = steps.reduce(
    (sum, s) =>
      sum + SECONDS_PER_QUESTION + (s.kind === 'checklist' ? SECONDS_PER_PRACTICE * s.items.length : 0),
    0,
  );
  return Math.max(1, Math.round(seconds / 60));
};

/** A screen's answer: a question's, or a checklist's ticked items. */
export const stepValue = (step: Step, answers: Answers): string | string[] | undefined =>
  step.kind === 'checklist' ? checklistValue(step, answers) : answers[step.id];

/**
 * A checklist as a multi-choice question: its options the section's items, each labelled with its practice
 * (falling back to the question), then `none`. The heading is the section's name; an interface may word it.
 */
export function checklistItem(
  step: Step,
  items: readonly QuestionItem[],
  translation: { bank: Readonly<Record<string, ItemText>>; sections: Readonly<Record<string, string>> },
): QuestionItem {
  const members = items.filter((q) => step.items.includes(q.id));
  const standards = [...new Set(members.flatMap((q) => q.standards))] as StandardId[];
  return {
    id: step.id,
    section: step.section,
    kind: 'profile',
    input: 'multi',
    options: [...step.items, CHECKLIST_NONE],
    standards,
    text: translation.sections[step.section] ?? step.section,
    optionLabels: Object.fromEntries([
      ...members.map((q) => [q.id, translation.bank[q.id]?.practice ?? q.text]),
      [CHECKLIST_NONE, CHECKLIST_NONE],
    ]),
  };
}
