import * as z from './zod.js';
import type { ResultTranslation } from './i18n/translation.js';
import { CurrencySchema, ScopeSchema } from './options.js';

// Apart from ./options.ts, whose scope and currency the widget's first screen checks: these load with the engine.

/** A translation object: checked for shape by the i18n layer; here only that it is one. */
export const TranslationRefSchema = z.custom<ResultTranslation>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { locale?: unknown }).locale === 'string',
  'expected a translation object with a `locale`',
);

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
