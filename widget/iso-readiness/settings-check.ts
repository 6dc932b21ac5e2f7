import type { TranslationOverridesSchema } from '../../src/i18n/check.js';
import { WidgetSettingsSchema, parseConfigWith, type WidgetSettings } from '../../src/schemas/config.js';
import type { LeadConfig, LeadConfigSchema } from '../../src/schemas/lead-config.js';
import * as z from '../../src/zod.js';

/** The whole config as checked, its lead settings by `LeadConfigSchema`. */
export type WholeSettings = Omit<WidgetSettings, 'lead'> & { lead?: LeadConfig };

/** Settings whose check loads only for a config that has some. */
type Late = 'translations' | 'lead';

/**
 * The whole config's check: `WidgetSettingsSchema` with the checks loaded so far in place of what it lets through
 * unchecked, translation overrides' keys (`TranslationOverridesSchema`, with English's shape) and lead settings
 * (`LeadConfigSchema`, with lead capture). Each is loaded only for a config that has some.
 */
export class SettingsCheck {
  private readonly checks: Partial<Record<Late, z.ZodMiniType>> = {};
  private schema: z.ZodMiniType<WidgetSettings> = WidgetSettingsSchema;

  /** Puts a loaded check in place. */
  use(key: 'translations', check: typeof TranslationOverridesSchema): void;
  use(key: 'lead', check: typeof LeadConfigSchema): void;
  use(key: Late, check: z.ZodMiniType): void {
    this.checks[key] = z.optional(check);
    // Replacing a key keeps its place: issues come in the order of the whole `WidgetConfigSchema`'s.
    this.schema = z.strictObject({
      ...WidgetSettingsSchema.shape,
      ...this.checks,
    }) as z.ZodMiniType<WidgetSettings>;
  }

  /** Whether `input` (attributes and `config` merged) sets `key` and its check has not loaded yet. */
  missing(input: unknown, key: Late): boolean {
    return (
      typeof input === 'object' &&
      input !== null &&
      (input as Record<string, unknown>)[key] !== undefined &&
      !this.checks[key]
    );
  }

  /** Checks `input` once no check it needs is `missing`; throws `ReadinessError('invalid-config')` naming the field. */
  parse(input: unknown): WholeSettings {
    // A config with lead settings gets here only once `LeadConfigSchema` is in place: they passed it.
    return parseConfigWith(this.schema, input) as WholeSettings;
  }
}
