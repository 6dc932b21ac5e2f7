import * as z from '../zod.js';
import { TranslationOverridesSchema } from '../i18n/check.js';
import { WidgetSettingsSchema, parseConfigWith } from './config.js';
import { LeadConfigSchema } from './lead-config.js';

/**
 * Everything an embedder can configure on `<iso-readiness>`; attributes cover the simple fields. Translation
 * overrides are checked against English key by key, so a typo fails when the config is parsed.
 */
export const WidgetConfigSchema = z.strictObject({
  ...WidgetSettingsSchema.shape,
  /** Lead capture: mode (`off`, `optional`, `gate`), fields, scope, consent text, webhook. */
  lead: z.optional(LeadConfigSchema),
  /** The consultancy's wording, per locale: any string of the translation (unknown keys are reported). */
  translations: z.optional(TranslationOverridesSchema),
});

/** A validated widget configuration. */
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;
/** A widget configuration as an embedder writes it. */
export type WidgetConfigInput = z.input<typeof WidgetConfigSchema>;

/**
 * Validates a widget configuration, lead settings, translation overrides and figures included (figure ranges as the engine
 * will merge them, `min <= max`); throws `ReadinessError('invalid-config')` naming the field.
 */
export const parseWidgetConfig = (value: unknown): WidgetConfig => parseConfigWith(WidgetConfigSchema, value);
