import type { ItemText } from '../en/bank.js';
import type { PartLoaders, Translation } from '../translation.js';
import { practices } from './bank-practice.js';
import { coreBank } from './core-bank.js';
import { common } from './common.js';
import { engine } from './engine.js';
import { lead } from './lead.js';
import { ui } from './ui.js';

/**
 * French as the widget loads it for a first result: every text but the scored items' questions and the help,
 * which load when a visitor sharpens the result or opens help (`../parts.ts`). `./index.ts` is the whole of it.
 */
export const frFlow: Translation = {
  locale: 'fr',
  ...common,
  engine,
  // Each scored item is known by its checklist line until its question's wording loads (`parts`).
  bank: {
    ...coreBank,
    ...Object.fromEntries(
      Object.entries(practices).map(([id, line]): [string, ItemText] => [id, { text: line, practice: line }]),
    ),
  },
  ui,
  lead,
};

/** The later parts: the scored items' questions (sharpening, the standard length) and the help (when opened). */
export const parts: PartLoaders = {
  questions: () => import('./bank.js').then((m) => m.bank),
  help: () => import('./bank-help.js').then((m) => m.bankHelp),
};
