import type { QuestionItem } from '../src/schemas/bank.js';
import type { Answers } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';
import { SECONDS_PER_QUESTION } from '../src/bank/questions.js';
import { ReadinessError } from '../src/errors.js';
import { CHECKLIST_NONE, checklistAnswers, checklistValue, type Phase, type Step } from '../src/steps.js';
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

/**
 * A checklist answered: ticked items in place (`yes`), the others not (`no`), "none / not sure" every one
 * `unsure`; an empty list clears it. The items not ticked become coarse: sharpening asks them again.
 */
export function applyChecklist(
  step: Step,
  value: string | string[],
  answers: Answers,
  coarse: readonly string[],
): { state: Answers; coarse: string[] } {
  const ticked = Array.isArray(value) ? value : [value];
  const stray = ticked.find((v) => v !== CHECKLIST_NONE && !step.items.includes(v));
  if (stray !== undefined) {
    throw new ReadinessError('invalid-answer', `answers.${step.id}: "${stray}" is not on this checklist`, [
      'answers',
      step.id,
    ]);
  }
  const state = { ...answers };
  for (const item of step.items) delete state[item];
  const rest = coarse.filter((c) => !step.items.includes(c));
  if (ticked.length > 0) {
    const given = checklistAnswers(step, ticked);
    Object.assign(state, given);
    rest.push(...step.items.filter((item) => given[item] !== 'yes'));
  }
  return { state, coarse: rest };
}

/** What a session derives from one state of its answers, kept until they change. */
export interface Derived {
  state: Answers;
  items: QuestionItem[];
  phase: Phase;
  coarse: string[];
  visible?: QuestionItem[];
  steps?: Step[];
  possible?: Step[];
  /** Checklists as questions, by step id: the same object while nothing changed, so a screen keeps its state. */
  checklists: Map<string, QuestionItem>;
}
