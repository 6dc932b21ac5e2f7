import * as z from '../zod.js';
import { parseWith } from '../errors.js';
import { CurrencySchema, ScopeSchema } from '../options.js';
import { LeadConfigSchema } from './lead-config.js';
import { TranslationOverridesSchema } from '../i18n/check.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Is this a URL a consultancy may hand us? `https:` only (plain `http:` for localhost during development),
 * never credentials in it: `javascript:`, `data:` and friends are refused because Lit does not sanitise them.
 */
export function isSafeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
}

/** An `https:` URL (or `http://localhost` / `http://127.0.0.1`), without credentials. */
export const SafeUrlSchema = z
  .string()
  .check(
    z.maxLength(2048),
    z.refine(isSafeUrl, 'expected an https: URL without credentials (http: only for localhost)'),
  );

/** A line of consultancy copy: rendered as text, never as HTML. */
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A host callback; validated as "is a function", its argument typed from the event map by the widget. */
const callback = z.custom<(detail: never) => unknown>((v) => typeof v === 'function', 'expected a function');

/** The consultancy's brand shown on the intro and the results. */
export const BrandingSchema = z.strictObject({
  /** Heading of the intro screen (default: the widget's own title). */
  title: z.optional(text(200)),
  /** Introductory paragraph under the title. */
  intro: z.optional(text(2000)),
  /** Logo image, `https:` only. */
  logoUrl: z.optional(SafeUrlSchema),
  /** The consultancy's name: used in the logo's alternative text and "Offered by …". */
  consultancy: z.optional(text(120)),
});

/** The consultancy's call to action on the results screen. */
export const CallToActionSchema = z.strictObject({
  /** Booking or contact page, `https:` only. */
  url: SafeUrlSchema,
  /** Button text (default from the translation). */
  label: z.optional(text(80)),
});

/** Everything an embedder can configure on `<iso-readiness>`; attributes cover the simple fields. */
export const WidgetConfigSchema = z.strictObject({
  /** Standards in scope (default both). */
  standards: z.optional(ScopeSchema),
  /** `inline` renders in place; `popup` renders a button that opens a modal dialog. */
  mode: z.optional(z.enum(['inline', 'popup'])),
  /** CSS selector of host elements that open the popup (popup mode). */
  trigger: z.optional(text(300)),
  /** `auto` follows `prefers-color-scheme`. */
  theme: z.optional(z.enum(['light', 'dark', 'auto'])),
  /** BCP 47 language tag (default: the `lang` of the page, else English). */
  locale: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/))),
  /** The consultancy's brand. */
  branding: z.optional(BrandingSchema),
  /** Call to action on the results. */
  cta: z.optional(CallToActionSchema),
  /** Lead capture: mode (`off`, `optional`, `gate`), fields, scope, consent text, webhook. */
  lead: z.optional(LeadConfigSchema),
  /** The consultancy's wording, per locale: any string of the translation (unknown keys are reported). */
  translations: z.optional(TranslationOverridesSchema),
  /** Push events to `window.dataLayer` for tag managers (default off). */
  dataLayer: z.optional(z.boolean()),
  /** Overrides of weeks, costs and reuse figures, passed to the engine (which validates them). */
  figures: z.optional(z.unknown()),
  /** ISO 4217 currency for cost ranges. */
  currency: z.optional(CurrencySchema),
  /** Save progress in `localStorage` (default on). */
  storage: z.optional(z.boolean()),
  /** Distinguishes this instance's saved progress from others on the same site. */
  storageKey: z.optional(z.string().check(z.regex(/^[\w.:-]{1,80}$/))),
  /** Skip the intro and open on the first question. */
  skipIntro: z.optional(z.boolean()),
  /** `quick` (default): the ten-minute check; `full`: the gap assessment of every clause and Annex A control. */
  depth: z.optional(z.enum(['quick', 'full'])),
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
});

/** A validated widget configuration. */
export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;
/** A widget configuration as an embedder writes it. */
export type WidgetConfigInput = z.input<typeof WidgetConfigSchema>;

/** Validates a widget configuration; throws `ReadinessError('invalid-config')` naming the field. */
export const parseWidgetConfig = (value: unknown): WidgetConfig =>
  parseWith(WidgetConfigSchema, value, 'invalid-config', ['config']);
