import type { en } from './en/index.js';

/** A complete translation: every key English has, with the same placeholders. */
export type Translation = typeof en;
