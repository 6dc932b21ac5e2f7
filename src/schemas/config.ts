import * as z from '../zod.js';
import { ReadinessError, parseWith } from '../errors.js';
import { FiguresOverridesSchema, resolveFigures } from '../figures.js';
import {
  BrandingSchema as BrandingFirstScreenSchema,
  SafeUrlSchema,
  firstScreenShape,
  text,
} from './first-screen-config.js';

export { SafeUrlSchema, isSafeUrl, type FirstScreenConfig } from './first-screen-config.js';

/** The person who puts a face to the lead form and signs the printed report. */
export const ContactPersonSchema = z.strictObject({
  /** Full name. */
  name: text(120),
  /** Role, e.g. "Lead auditor". */
  role: z.optional(text(120)),
  /** Portrait, `https:` only; shown small and round. */
  photoUrl: z.optional(SafeUrlSchema),
});
/** The consultancy's contact person. */
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

/** The consultancy's brand shown on the intro, the lead form, the results and the printed report. */
export const BrandingSchema = z.strictObject({
  ...BrandingFirstScreenSchema.shape,
  contact: z.optional(ContactPersonSchema),
});

/** Where the call to action appears: beside the verdict, after the path, at the end, and sticky on a phone. */
export const CtaPlacementSchema = z.enum(['hero', 'path', 'end', 'sticky']);
/** One placement of the call to action. */
export type CtaPlacement = z.infer<typeof CtaPlacementSchema>;
/** Every placement, in the report's order: the default. */
export const CTA_PLACEMENTS: readonly CtaPlacement[] = CtaPlacementSchema.options;

/** A second, quieter action, e.g. "Start the full gap assessment". */
export const SecondaryActionSchema = z.strictObject({
  /** Where it leads, `https:` only. */
  url: SafeUrlSchema,
  /** Its label. */
  label: text(80),
});

/** The consultancy's call to action on the results screen. */
export const CallToActionSchema = z.strictObject({
  /** Booking or contact page, `https:` only. */
  url: SafeUrlSchema,
  /** Button text (default from the translation). */
  label: z.optional(text(80)),
  /** Where the action appears (default: all of `hero`, `path`, `end`, `sticky`). */
  placements: z.optional(
    z
      .array(CtaPlacementSchema)
      .check(z.refine((list) => new Set(list).size === list.length, 'each placement at most once')),
  ),
  /** A second action shown next to the first. */
  secondary: z.optional(SecondaryActionSchema),
});
/** The call to action, as configured. */
export type CallToAction = z.infer<typeof CallToActionSchema>;

/** Sections of the report after the verdict, which a consultancy may hide or reorder. */
export const ReportSectionSchema = z.enum([
  'path',
  'blockers',
  'reasons',
  'domains',
  'next-steps',
  'costs',
  'reuse',
  'regulation',
  'alternatives',
  'own',
]);
/** One section of the report. */
export type ReportSection = z.infer<typeof ReportSectionSchema>;
/** The default order; `own` shows only when configured or slotted. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  'path',
  'blockers',
  'domains',
  'reasons',
  'next-steps',
  'costs',
  'reuse',
  'own',
  'alternatives',
  'regulation',
];

/** The consultancy's own section, e.g. "How Acme helps". Text only; a link is optional. */
export const OwnSectionSchema = z.strictObject({
  /** Its heading. */
  heading: text(120),
  /** Its paragraphs, one string each. */
  paragraphs: z.array(text(1200)).check(z.minLength(1), z.maxLength(6)),
  /** An optional link under it. */
  link: z.optional(SecondaryActionSchema),
});

/** What the report holds and in which order (`config.report`). */
export const ReportConfigSchema = z.strictObject({
  /** Sections after the verdict, in order; a section left out is hidden (default `REPORT_SECTIONS`). */
  sections: z.optional(
    z
      .array(ReportSectionSchema)
      .check(z.refine((list) => new Set(list).size === list.length, 'each section at most once')),
  ),
  /** The consultancy's own section, shown where `own` stands; a `report` slot can replace it. */
  own: z.optional(OwnSectionSchema),
});
/** The report's composition. */
export type ReportConfig = z.infer<typeof ReportConfigSchema>;

/** A host callback; validated as "is a function", its argument typed from the event map by the widget. */
const callback = z.custom<(detail: never) => unknown>((v) => typeof v === 'function', 'expected a function');

// Translation overrides are checked key by key against English (`../i18n/check.ts`, with English's shape), and
// lead settings by `LeadConfigSchema` (./lead-config.ts): the widget loads each check only for a config that has
// some. `WidgetConfigSchema` (./widget-config.ts) is this shape with both checks in place.
const isTree = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every setting of `<iso-readiness>` but the check of translation overrides' keys and of lead settings:
 * `translations` is only read as locale tags holding objects, `lead` not at all. `WidgetConfigSchema`
 * (./widget-config.ts) is the whole config.
 */
export const WidgetSettingsSchema = z.strictObject({
  ...firstScreenShape,
  /** The consultancy's brand, with its contact person. */
  branding: z.optional(BrandingSchema),
  /** Call to action on the results. */
  cta: z.optional(CallToActionSchema),
  /** Which report sections show, in which order, and the consultancy's own section. */
  report: z.optional(ReportConfigSchema),
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
  /** Lead capture: mode (`off`, `optional`, `gate`), fields, scope, consent text, webhook; checked by `LeadConfigSchema`. */
  lead: z.optional(z.unknown()),
  /** The consultancy's wording, per locale; its keys are checked by `WidgetConfigSchema`. */
  translations: z.optional(
    z.record(z.string(), z.custom<Record<string, unknown>>(isTree, 'expected an object of strings')),
  ),
  /** Overrides of weeks, costs, reuse figures and thresholds, as the engine's `options.figures` takes them. */
  figures: z.optional(FiguresOverridesSchema),
});

/** The widget's settings, validated, translation overrides' keys and lead settings unchecked. */
export type WidgetSettings = z.infer<typeof WidgetSettingsSchema>;

/**
 * Validates a widget configuration with `schema` (`WidgetSettingsSchema`, the whole `WidgetConfigSchema`, or
 * the settings with some of its checks in place), figures as the engine will merge them (ranges with
 * `min <= max`); throws `ReadinessError('invalid-config')` naming the field.
 */
export function parseConfigWith<S extends z.ZodMiniType<{ figures?: unknown }>>(
  schema: S,
  value: unknown,
): z.output<S> {
  const config = parseWith(schema, value, 'invalid-config', ['config']);
  try {
    resolveFigures(config.figures, ['config', 'figures']);
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    throw new ReadinessError('invalid-config', error.message, error.path, error.issues);
  }
  return config;
}
