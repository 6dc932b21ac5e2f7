import { bank } from './bank.js';
import { common } from './common.js';
import { engine } from './engine.js';
import { ui } from './ui.js';

/** The English translation: always bundled, the reference every other locale must match key for key. */
export const en = { locale: 'en', ...common, bank, engine, ui };
