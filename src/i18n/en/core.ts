import { coreBank } from './core-bank.js';
import { commonCore, uiCore } from './core-words.js';

/**
 * The English the widget needs before any result exists: standards, sections and scale, the questions (without
 * their help, and scored items only as the short path's checklists word them: `./core-bank.ts`, generated) and
 * the interface strings but the results'. Help, result and lead texts arrive with the results
 * (`./index.ts` is the whole translation); `./core-words.ts` is generated from `./common.ts` and `./ui.ts`.
 */
export const enCore = { locale: 'en', ...commonCore, bank: coreBank, ui: uiCore };
