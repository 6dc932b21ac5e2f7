import { withHelp } from '../bank-text.js';
import { bank } from './bank.js';
import { bankHelp } from './bank-help.js';
import { common } from './common.js';
import { ui } from './ui.js';

/**
 * The English the widget needs before any result exists: shared words, the questions and the interface. The
 * result and lead texts arrive with the results (`./index.ts` is the whole translation).
 */
export const enCore = { locale: 'en', ...common, bank: /* @__PURE__ */ withHelp(bank, bankHelp), ui };
