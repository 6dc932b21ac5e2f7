import type { ItemText } from './bank.js';
import type { PartLoaders, Translation } from '../translation.js';
import { practices } from './bank-practice.js';
import { coreBank } from './core-bank.js';
import { uiCore } from './core-words.js';
import { enResult } from './result-translation.js';
import { lead } from './lead.js';
import { uiResults } from './result-words.js';

/**
 * English as the widget loads it for a first result: every text but the scored items' questions and the help,
 * which load when a visitor sharpens the result or opens help (`../parts.ts`). `./index.ts` is the whole of it.
 */
export const enFlow: Translation = {
  ...enResult,
  // Each scored item is known by its checklist line until its question's wording loads (`parts`).
  bank: {
    ...coreBank,
    ...Object.fromEntries(
      Object.entries(practices).map(([id, line]): [string, ItemText] => [id, { text: line, practice: line }]),
    ),
  },
  // ./ui.ts in the two parts the widget loads it in: the first screen's and the results'.
  ui: { ...uiCore, results: { ...uiCore.results, ...uiResults } },
  lead,
};

/** The later parts: the scored items' questions (sharpening, the standard length) and the help (when opened). */
export const parts: PartLoaders = {
  questions: () => import('./bank.js').then((m) => m.bank),
  help: () => import('./bank-help.js').then((m) => m.bankHelp),
};
