import type { ItemText } from './bank.js';
import type { PartLoaders, Translation } from '../translation.js';
import { practices } from './bank-practice.js';
import { coreBank } from './core-bank.js';
import { commonCore, uiCore } from './core-words.js';
import { engine } from './engine.js';
import { lead } from './lead.js';
import { commonResults, uiResults } from './result-words.js';

/**
 * English as the widget loads it for a first result: every text but the scored items' questions and the help,
 * which load when a visitor sharpens the result or opens help (`../parts.ts`). `./index.ts` is the whole of it.
 */
export const enFlow: Translation = {
  // ./result-translation.ts's text, and ./common.ts and ./ui.ts, in the two parts the widget loads them in:
  // the first screen's (./core-words.ts) and the results' (./result-words.ts).
  locale: 'en',
  ...commonCore,
  ...commonResults,
  engine,
  // Each scored item is known by its checklist line until its question's wording loads (`parts`).
  bank: {
    ...coreBank,
    ...Object.fromEntries(
      Object.entries(practices).map(([id, line]): [string, ItemText] => [id, { text: line, practice: line }]),
    ),
  },
  ui: { ...uiCore, results: { ...uiCore.results, ...uiResults } },
  lead,
};

/** The later parts: the scored items' questions (sharpening, the standard length) and the help (when opened). */
export const parts: PartLoaders = {
  questions: () => import('./bank.js').then((m) => m.bank),
  help: () => import('./bank-help.js').then((m) => m.bankHelp),
};
