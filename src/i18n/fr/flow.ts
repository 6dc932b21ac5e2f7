import { flowBank } from '../bank-text.js';
import type { Translation } from '../translation.js';
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
  bank: /* @__PURE__ */ flowBank(coreBank, practices),
  ui,
  lead,
};
