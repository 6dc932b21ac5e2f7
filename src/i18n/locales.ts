import type { CoreTranslation, Translation } from './translation.js';

/**
 * Locales shipped with the package, each loaded on demand: whole (`loadTranslation`, ./load.ts) or, by the
 * widget, in parts (./parts.ts). The widget bundles the part of English it needs before a result (`enCore`).
 */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr'] as const;
/** A locale shipped with the package. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Complete translations in memory, keyed by `normalise`d tag: shipped ones loaded whole (`loadTranslation`,
 * ./load.ts) and a consultancy's own (`registerTranslation`, ./register.ts), which are what set them.
 */
export const ready = new Map<string, Translation>();
const listeners = new Set<() => void>();

/** A language tag as `ready` keys it: lower case, `-` for `_`. */
export const normalise = (tag: string | undefined | null): string =>
  (tag ?? '').trim().replace(/_/g, '-').toLowerCase();

/** Every locale that can be resolved now: the shipped ones and those registered on this page. */
export const availableLocales = (): string[] => [
  ...new Set<string>([...SUPPORTED_LOCALES, ...[...ready.values()].map((t) => t.locale)]),
];

// The available locale a tag falls back to (`de-CH` → `de`, `zh-Hant-TW` → `zh-Hant` → `zh`), or undefined.
function match(tag: string | undefined): string | undefined {
  const wanted = normalise(tag);
  if (!wanted) return undefined;
  const byKey = new Map(availableLocales().map((l) => [l.toLowerCase(), l]));
  const parts = wanted.split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = byKey.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return undefined;
}

/**
 * The locale to show: the `locale` attribute if we have it (or its language: `de-CH` → `de`), else the host
 * page's `lang` the same way, else English. Case-insensitive; `_` is read as `-`.
 */
export const resolveLocale = (requested: string | undefined, hostLang: string | undefined): string =>
  match(requested) ?? match(hostLang) ?? 'en';

/** What a visitor's language settles to: the translation to use and the full tag for `Intl` (`de` + `de-CH`). */
export interface ResolvedLanguage {
  /** Locale of the translation, as registered: `de`. */
  locale: string;
  /** The visitor's tag that matched, canonicalised, for numbers and dates: `de-CH`; the locale itself otherwise. */
  tag: string;
}

const canonical = (tag: string): string => {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? tag;
  } catch {
    return tag;
  }
};

/** Like `resolveLocale`, and keeps the visitor's own tag (region included) for `Intl`. */
export function resolveLanguage(
  requested: string | undefined,
  hostLang: string | undefined,
): ResolvedLanguage {
  for (const tag of [requested, hostLang]) {
    const locale = match(tag);
    if (locale && tag) return { locale, tag: canonical(tag) };
  }
  return { locale: 'en', tag: 'en' };
}

// Swiss and Liechtenstein German write "ss" for "ß".
const SHARP_S_FREE = new Set(['de-ch', 'de-li']);

const mapStrings = (value: unknown, fn: (text: string) => string): unknown => {
  if (typeof value === 'string') return fn(value);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
};

/**
 * The translation as a visitor in region `tag` reads it: `locale` becomes the regional tag (so the engine's
 * numbers and the result's `locale` follow it) and Swiss German gets "ss" for "ß". Other tags change nothing.
 */
export function forRegion<T extends CoreTranslation>(translation: T, tag: string): T {
  const wanted = normalise(tag);
  const own = normalise(translation.locale);
  if (wanted === own || !wanted.startsWith(`${own}-`)) return translation;
  const regional = SHARP_S_FREE.has(wanted)
    ? (mapStrings(translation, (text) => text.replace(/ß/g, 'ss')) as T)
    : { ...translation };
  return { ...regional, locale: canonical(tag) };
}

/** The complete translation for a locale if it is already in memory; no loading. */
export const getTranslation = (locale: string): Translation | undefined =>
  ready.get(normalise(resolveLocale(locale, undefined)));

/** Tells every listener that translations changed (one registered, or a part of a shipped one loaded). */
export function translationsChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
