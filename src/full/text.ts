import type { FullEntryText, FullTranslation } from '../i18n/en/full.js';
import type { CatalogueEntry } from './catalogue.js';

/** Locales the full assessment's text ships in; each is its own chunk, loaded on demand. */
export const FULL_LOCALES = ['en', 'de', 'fr'] as const;
/** A locale the full assessment's text ships in. */
export type FullLocale = (typeof FULL_LOCALES)[number];

const loaders: Record<FullLocale, () => Promise<FullTranslation>> = {
  en: () => import('../i18n/en/full.js').then((m) => m.full),
  de: () => import('../i18n/de/full.js').then((m) => m.full),
  fr: () => import('../i18n/fr/full.js').then((m) => m.full),
};

/** Loads the full assessment's text for a locale (`de-CH` reads `de`); English for anything else. */
export function loadFullText(locale: string): Promise<FullTranslation> {
  const language = locale.toLowerCase().split(/[-_]/)[0] as FullLocale;
  return (loaders[language] ?? loaders.en)();
}

/** The text of one requirement or control: the standard's own wording where it differs, else the shared one. */
export function textOf(
  entry: Pick<CatalogueEntry, 'standard' | 'kind' | 'id'>,
  t: FullTranslation,
): FullEntryText {
  if (entry.kind === 'control') {
    const texts = entry.standard === 'iso27001' ? t.controls27001 : t.controls42001;
    return texts[entry.id] ?? { title: entry.id, text: '' };
  }
  const own = entry.standard === 'iso27001' ? t.clauses27001 : t.clauses42001;
  return own[entry.id] ?? t.clauses[entry.id] ?? { title: entry.id, text: '' };
}
