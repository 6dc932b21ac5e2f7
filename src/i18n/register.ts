import { checkTranslation, throwIfIssues } from './check.js';
import { normalise, ready, translationsChanged } from './locales.js';
import type { Translation } from './translation.js';

/**
 * Adds a locale of your own, or replaces a shipped one, for every widget on the page. The translation must be
 * complete: every English key, no extra keys, no empty strings, the same `{placeholders}`; otherwise this
 * throws `ReadinessError('invalid-translation')` listing every problem with its key path.
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    const locale = (translation as { locale?: unknown } | null)?.locale;
    const name = typeof locale === 'string' && locale ? locale : 'translation';
    throwIfIssues(
      checkTranslation(translation, undefined, [name]),
      `Cannot register the "${name}" translation`,
    );
  }
  // In memory for every widget on the page, as they are; apart from ./locales.ts so that what a widget loads up
  // front carries neither this nor the check.
  for (const translation of translations) ready.set(normalise(translation.locale), translation);
  translationsChanged();
}
