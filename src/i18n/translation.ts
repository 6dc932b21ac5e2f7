import type { enEngine } from './en/engine-translation.js';
import type { enResult } from './en/result-translation.js';
import type { enCore } from './en/core.js';
import type { en } from './en/index.js';

/** A complete translation: every key English has, with the same placeholders. */
export type Translation = typeof en;

/** What the engine and the SDK read of a translation: words, question bank, explanations. Any `Translation` is one. */
export type EngineTranslation = typeof enEngine;

/** What `assess`, `classify` and `recommend` read: words and explanations, no question text. Any `EngineTranslation` is one. */
export type ResultTranslation = typeof enResult;

/** What the widget needs before a result: shared words, questions, interface. Any `Translation` is one. */
export type CoreTranslation = typeof enCore;

/** What loads of a shipped locale after what a first result needs: the scored items' questions, or the help. */
export type BankPart = 'questions' | 'help';

/** A locale's own loaders of its later parts (`./<locale>/flow.ts`), so they load from it, not the first screen. */
export type PartLoaders = Record<BankPart, () => Promise<unknown>>;
