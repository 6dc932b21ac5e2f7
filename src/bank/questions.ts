import { standardsOf } from '../flow.js';
import type { ItemText } from '../i18n/en/bank.js';
import type { BankItem, QuestionItem } from '../schemas/bank.js';
import { STANDARD_IDS, type StandardId } from '../schemas/standard.js';

// What a session needs of the bank, apart from ./index.ts: the widget's first screen reads the structure the
// flow needs (./flow-items.ts) and never loads ./items.ts with every ref, weight and milestone.

/**
 * Pace for time estimates: most items are a yes/partly/no/unsure choice read once, a few are multi-choice
 * profile questions; about 12 seconds each puts a full run with both standards and AI at 10–11 minutes.
 */
export const SECONDS_PER_QUESTION = 12;

// Which standards each profile question informs; the others inform both.
const PROFILE_STANDARDS: Record<string, StandardId[]> = {
  ai_affects_people: ['iso42001'],
  eu_ai_act_high_risk: ['iso42001'],
  ai_function: ['iso42001'],
  status_27001: ['iso27001'],
  accreditation_27001: ['iso27001'],
  status_42001: ['iso42001'],
  accreditation_42001: ['iso42001'],
};

/** Standards an item evidences (scored items) or informs (profile items). */
export const standardsOfItem = (item: BankItem): StandardId[] =>
  item.kind === 'control' ? standardsOf(item) : (PROFILE_STANDARDS[item.id] ?? [...STANDARD_IDS]);

/**
 * `items` in `scope`, worded with `texts` (a translation's `bank`): what a session shows. An item `texts` lacks
 * falls back to `english` (the caller's English, so the first screen need not carry every English question). Help is there when the text has it, so a widget can show the first question before
 * the help texts have loaded.
 */
export function questionItems(
  items: readonly BankItem[],
  scope: readonly StandardId[],
  texts: Readonly<Record<string, ItemText>>,
  english: Readonly<Record<string, ItemText>> = {},
): QuestionItem[] {
  return items.flatMap((item): QuestionItem[] => {
    const standards = standardsOfItem(item);
    if (item.kind === 'control' && !standards.some((s) => scope.includes(s))) return [];
    const text = texts[item.id] ?? english[item.id];
    const question: QuestionItem = { ...item, standards, text: text?.text ?? item.id };
    if (text?.help) question.help = text.help;
    if (item.kind === 'profile') {
      const labels = { ...english[item.id]?.options, ...text?.options };
      question.optionLabels = Object.fromEntries(item.options.map((o) => [o, labels[o] ?? o]));
    }
    return [question];
  });
}
