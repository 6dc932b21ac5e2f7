import type { ItemText } from './en/bank.js';

/**
 * A locale's question texts with their help laid in: the bank's whole text, as `getQuestionBank()`, the bank
 * hash and translation checks read it. Help lives in its own module so it can load after the first question.
 */
export const withHelp = (
  bank: Readonly<Record<string, ItemText>>,
  help: Readonly<Record<string, string>>,
): Record<string, ItemText> =>
  Object.fromEntries(
    Object.entries(bank).map(([id, text]) => {
      const itemHelp = help[id];
      return [id, itemHelp === undefined ? text : { ...text, help: itemHelp }];
    }),
  );

/**
 * A locale's bank as the widget holds it up to a first result: the profile questions, and each scored item known
 * by its checklist line, all the short path shows of it before then. The questions' own wording and their help
 * load when needed (`./parts.ts`) and replace these entries.
 */
export const flowBank = (
  profile: Readonly<Record<string, ItemText>>,
  practices: Readonly<Record<string, string>>,
): Record<string, ItemText> => ({
  ...profile,
  ...Object.fromEntries(Object.entries(practices).map(([id, line]) => [id, { text: line, practice: line }])),
});
