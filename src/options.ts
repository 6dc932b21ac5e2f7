import * as z from './zod.js';
import { StandardIdSchema, STANDARD_IDS, type StandardId } from './schemas/standard.js';
import type { ResultTranslation } from './i18n/translation.js';

/** Standards in scope: at least one, each once. */
export const ScopeSchema = z.array(StandardIdSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list).size === list.length, 'each standard at most once'),
);

/** ISO 4217 currency code such as `EUR`, `GBP`, `CHF`, `INR`. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

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

/** Scope in canonical order, defaulting to both standards. */
export const normaliseScope = (scope: readonly StandardId[] | undefined): StandardId[] =>
  STANDARD_IDS.filter((s) => (scope ?? STANDARD_IDS).includes(s));
