import { bank } from './bank.js';
import { engine } from './engine.js';
import { lead } from './lead.js';
import { ui } from './ui.js';
import type { Translation } from '../translation.js';
import { common } from './common.js';

export const fr: Translation = { locale: 'fr', ...common, bank, engine, ui, lead };
