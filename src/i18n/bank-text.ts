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
