import { bank } from './bank.js';
import { common } from './common.js';
import { engine } from './engine.js';

/**
 * The English text the engine and the SDK use: shared words, the question bank and the explanations. The
 * widget's full `en` (`./index.ts`) adds its interface strings; the SDK never carries those.
 */
export const enEngine = { locale: 'en', ...common, bank, engine };
