import * as z from '../zod.js';
import { ReadinessError, parseWith } from '../errors.js';
import { FiguresOverridesSchema, resolveFigures } from '../figures.js';
import { TranslationOverridesSchema } from '../i18n/check.js';
import { SafeUrlSchema, firstScreenShape, text } from './first-screen-config.js';
import { LeadConfigSchema } from './lead-config.js';

export { BrandingSchema, SafeUrlSchema, isSafeUrl, type FirstScreenConfig } from './first-screen-config.js';

/** The consultancy's call to action on the results screen. */
export const CallToActionSchema = z.strictObject({
  /** Booking or contact page, `https:` only. */
  url: SafeUrlSchema,
  /** Button text (default from the translation). */
  label: z.optional(text(80)),
});

/** A host callback; validated as "is a function", its argument typed from the event map by the widget. */
const callback = z.custom<(detail: never) => unknown>((v) => typeof v === 'function', 'expected a function');

/** Everything an embedder can configure on `<iso-readiness>`; attributes cover the simple fields. */
export const WidgetConfigSchema = z.strictObject({
  ...firstScreenShape,
  /** Call to action on the results. */
  cta: z.optional(CallToActionSchema),
  /** Push events to `window.dataLayer` for tag managers (default off). */
  dataLayer: z.optional(z.boolean()),
  /** Called with the `readiness-start` detail. */
  onStart: z.optional(callback),
  /** Called with the `readiness-step` detail. */
  onStep: z.optional(callback),
  /** Called with the `readiness-complete` detail. */
  onComplete: z.optional(callback),
  /** Called with the `readiness-lead` detail. */
  onLead: z.optional(callback),
  /** Called with the `readiness-error` detail. */
  onError: z.optional(callback),
  /** Lead capture: mode (`off`, `optional`, `gate`), fields, scope, consent text, webhook. */
  lead: z.optional(LeadConfigSchema),
  /** The consultancy's wording, per locale: any string of the translation (unknown keys are reported). */
  translations: z.optional(TranslationOverridesSchema),
  /** Overrides of weeks, costs, reuse figures and thresholds, as the engine's `options.figures` takes them. */
  figures: z.optional(FiguresOverridesSchema),
});

/** A validated widget configuration. */
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;
/** A widget configuration as an embedder writes it. */
export type WidgetConfigInput = z.input<typeof WidgetConfigSchema>;

/**
 * Validates a widget configuration, figures as the engine will merge them (ranges with `min <= max`); throws
 * `ReadinessError('invalid-config')` naming the field.
 */
export function parseWidgetConfig(value: unknown): WidgetConfig {
  const config = parseWith(WidgetConfigSchema, value, 'invalid-config', ['config']);
  try {
    resolveFigures(config.figures, ['config', 'figures']);
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    throw new ReadinessError('invalid-config', error.message, error.path, error.issues);
  }
  return config;
}
