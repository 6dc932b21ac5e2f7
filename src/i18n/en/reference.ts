import { withHelp } from '../bank-text.js';
import type { Translation } from '../translation.js';
import { bank } from './bank.js';
import { bankHelp } from './bank-help.js';
import { common } from './common.js';
import { engineShape, leadShape } from './shape.js';
import { ui } from './ui.js';

/**
 * What every translation and override is checked against: English's keys and placeholders, help included. The
 * result and lead texts are their generated shapes, so checking a config does not bundle those texts.
 */
export const enReference: Translation = {
  locale: 'en',
  ...common,
  bank: /* @__PURE__ */ withHelp(bank, bankHelp),
  ui,
  engine: engineShape,
  lead: leadShape,
};
