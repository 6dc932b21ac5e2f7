import { withHelp } from '../bank-text.js';
import { bank } from './bank.js';
import { bankHelp } from './bank-help.js';
import { engine } from './engine.js';
import { lead } from './lead.js';
import { ui } from './ui.js';
import type { Translation } from '../translation.js';
import { common } from './common.js';

export const fr: Translation = {
  locale: 'fr',
  ...common,
  bank: /* @__PURE__ */ withHelp(bank, bankHelp),
  engine,
  ui,
  lead,
};
