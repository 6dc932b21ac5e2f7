import { getTranslation, normalise, ready, resolveLocale, type SupportedLocale } from './locales.js';
import type { Translation } from './translation.js';

// Relative dynamic imports: bundlers (esbuild `splitting`, Vite, Rollup) emit each as its own chunk, and the
// CDN build fetches it from beside the entry file. A module of its own: the widget's first screen loads locales
// in parts (./parts.ts) and never carries these.
const loaders: Record<SupportedLocale, () => Promise<Translation>> = {
  en: () => import('./en/index.js').then((m) => m.en),
  de: () => import('./de/index.js').then((m) => m.de),
  fr: () => import('./fr/index.js').then((m) => m.fr),
};

const pending = new Map<string, Promise<Translation>>();

/**
 * The translation for a locale (resolved as `resolveLocale` does), loading a shipped locale's chunk the first
 * time. Unknown locales give English.
 */
export function loadTranslation(locale: string): Promise<Translation> {
  const key = resolveLocale(locale, undefined).toLowerCase();
  const loaded = getTranslation(key);
  if (loaded) return Promise.resolve(loaded);
  const inFlight = pending.get(key);
  if (inFlight) return inFlight;
  const load = loaders[key as keyof typeof loaders];
  if (!load) return loadTranslation('en');
  const promise = load().then(
    (translation) => {
      pending.delete(key);
      // A consultancy may have registered its own version meanwhile: theirs wins.
      const own = normalise(translation.locale);
      if (!ready.has(own)) ready.set(own, translation);
      return ready.get(own) as Translation;
    },
    (error: unknown) => {
      pending.delete(key);
      throw error;
    },
  );
  pending.set(key, promise);
  return promise;
}
