import * as z from '../zod.js';
import { parseWith } from '../errors.js';
import { CurrencySchema, ScopeSchema } from '../options.js';

// The part of a widget config the first screen needs, checked before the first question. Lead settings,
// translation overrides, figures, the call to action, dataLayer and the callbacks are checked by
// `WidgetConfigSchema` (./widget-config.ts) when the results part arrives: their schemas would otherwise be in what
// every page loads up front.

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
export const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

// Until the results part checks them: used only as far as they fit (a callback that is a function, `true`).
const later = z.optional(z.unknown());

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
  /** The person behind the lead form and the report (name, role, photo); checked with the results part. */
  contact: later,
});

/** The settings checked before the first question; `WidgetConfigSchema` (./widget-config.ts) checks the rest. */
export const firstScreenShape = {
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
  /** ISO 4217 currency for cost ranges (the session checks it too). */
  currency: z.optional(CurrencySchema),
  /** Save progress in `localStorage` (default on). */
  storage: z.optional(z.boolean()),
  /** Distinguishes this instance's saved progress from others on the same site. */
  storageKey: z.optional(z.string().check(z.regex(/^[\w.:-]{1,80}$/))),
  /** Skip the intro and open on the first question. */
  skipIntro: z.optional(z.boolean()),
  /** `quick` (default): the ten-minute check; `full`: the gap assessment of every clause and Annex A control. */
  depth: z.optional(z.enum(['quick', 'full'])),
  /**
   * `short` (default): a first result after a few checklists, then "Sharpen your result"; `standard`: every
   * question of the bank, one per screen.
   */
  length: z.optional(z.enum(['short', 'standard'])),
  /**
   * `contained` (default): the card grows to `--readiness-max-width`; `full`: with `depth: 'full'`, the gap
   * assessment takes the host's full width (the quick check stays a card).
   */
  width: z.optional(z.enum(['contained', 'full'])),
};

/**
 * A widget config as the first screen reads it: its own settings checked, the others let through unchecked
 * (unknown keys are refused, so a typo shows at once).
 */
export const FirstScreenConfigSchema = z.strictObject({
  ...firstScreenShape,
  cta: later,
  report: later,
  lead: later,
  translations: later,
  dataLayer: later,
  figures: later,
  onStart: later,
  onStep: later,
  onComplete: later,
  onLead: later,
  onError: later,
});

/** A widget config with its first-screen settings validated; the rest still to be checked. */
export type FirstScreenConfig = z.infer<typeof FirstScreenConfigSchema>;

/** Validates what the first screen needs of a widget config; throws `ReadinessError('invalid-config')`. */
export const parseFirstScreenConfig = (value: unknown): FirstScreenConfig =>
  parseWith(FirstScreenConfigSchema, value, 'invalid-config', ['config']);
