import { withHelp } from '../bank-text.js';
import { bank } from './bank.js';
import { bankHelp } from './bank-help.js';
import { enResult } from './result-translation.js';

/**
 * The English text the engine and the SDK use: the result's text and the question bank. The widget's full
 * `en` (`./index.ts`) adds its interface strings; the SDK never carries those.
 */
export const enEngine = { ...enResult, bank: /* @__PURE__ */ withHelp(bank, bankHelp) };
