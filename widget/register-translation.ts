import type { Translation } from '../src/i18n/translation.js';

/**
 * Adds a locale of your own, or replaces a shipped one, for every widget on the page, as the CDN module offers
 * it: the check (every English key, no others, no empty strings, the same `{placeholders}`) loads on demand
 * instead of with the first question, so this returns a promise. It resolves once the translations are in use
 * and rejects with `ReadinessError('invalid-translation')` listing every problem, registering none of them.
 */
export async function registerTranslation(...translations: Translation[]): Promise<void> {
  const { registerTranslation: register } = await import('../src/i18n/register.js');
  register(...translations);
}
