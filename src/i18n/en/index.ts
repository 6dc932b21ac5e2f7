import { enEngine } from './engine-translation.js';
import { lead } from './lead.js';
import { ui } from './ui.js';

/** The English translation: always bundled, the reference every other locale must match key for key. */
export const en = { ...enEngine, ui, lead };
