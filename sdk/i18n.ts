// iso-readiness/i18n: languages for results computed from code. English is built in; these load the others.
export { SUPPORTED_LOCALES, resolveLocale } from '../src/i18n/locales.js';
export { loadTranslation } from '../src/i18n/load.js';
export { registerTranslation } from '../src/i18n/register.js';
export { checkTranslation, applyOverrides, TranslationOverridesSchema } from '../src/i18n/check.js';
export type { TranslationOverrides } from '../src/i18n/check.js';
export type { Translation } from '../src/i18n/translation.js';
