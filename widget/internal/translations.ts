import { en } from '../../src/i18n/en/index.js';
import type { Translation } from '../../src/i18n/translation.js';

const registry = new Map<string, Translation>([['en', en]]);

/** Makes a translation available to every `<iso-readiness>` on the page, keyed by its `locale`. */
export function registerTranslation(translation: Translation): void {
  registry.set(translation.locale.toLowerCase(), translation);
}

/** The best registered translation for a BCP 47 tag: exact, then its language (`de-CH` → `de`), then English. */
export function resolveTranslation(locale: string | undefined): Translation {
  const tag = (locale ?? '').toLowerCase();
  return registry.get(tag) ?? registry.get(tag.split('-')[0] ?? '') ?? en;
}
