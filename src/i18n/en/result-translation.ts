import { common } from './common.js';
import { engine } from './engine.js';

/**
 * The English text of a result: shared words and the explanations. `assess`, `classify` and `recommend` need
 * nothing else, so an app that only scores never carries the question bank's text.
 */
export const enResult = { locale: 'en', ...common, engine };
