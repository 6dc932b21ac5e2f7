import type { enEngine } from './en/engine-translation.js';
import type { en } from './en/index.js';

/** A complete translation: every key English has, with the same placeholders. */
export type Translation = typeof en;

/** What the engine and the SDK read of a translation: words, question bank, explanations. Any `Translation` is one. */
export type EngineTranslation = typeof enEngine;
