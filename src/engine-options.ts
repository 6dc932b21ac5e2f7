import * as z from './zod.js';
import type { ResultTranslation } from './i18n/translation.js';
import { CurrencySchema, ScopeSchema } from './options.js';

// Apart from ./options.ts, whose scope and currency the widget's first screen checks: these load with the engine.

/** The sections of a result's text the engine reads; each must be an object. */
const RESULT_SECTIONS = ['standards', 'claims', 'requirements', 'sections', 'scale', 'domains', 'engine'];

/**
 * A translation object: its words are checked by the i18n layer (`loadTranslation`, `checkTranslation`); here that
 * it is one, with a `locale` and every section the engine reads, so a stray object is refused before scoring.
 */
export const TranslationRefSchema = z.custom<ResultTranslation>((v) => {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    typeof t['locale'] === 'string' &&
    RESULT_SECTIONS.every((key) => typeof t[key] === 'object' && t[key] !== null)
  );
}, "expected a translation from `loadTranslation()`: a `locale` and the sections of a result's text");

/** Options shared by `assess`, `classify` and `recommend`. */
export const EngineOptionsSchema = z.strictObject({
  /** Standards in scope (default: both). */
  scope: z.optional(ScopeSchema),
  /** Overrides for weeks, costs, reuse and thresholds (see `Figures`). */
  figures: z.optional(z.unknown()),
  /** Currency for cost ranges (default from figures, `EUR`). */
  currency: z.optional(CurrencySchema),
  /** Translation for texts (default English). */
  translation: z.optional(TranslationRefSchema),
});
/** Options shared by the engine's public functions. */
export type EngineOptions = z.input<typeof EngineOptionsSchema>;
