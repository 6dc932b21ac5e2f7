import { withHelp } from './bank-text.js';
import type { ItemText } from './en/bank.js';
import { SUPPORTED_LOCALES, resolveLocale, translationsChanged, type SupportedLocale } from './locales.js';
import type { BankPart, PartLoaders, Translation } from './translation.js';

/**
 * A shipped locale as the widget loads it, in parts: first what a first result needs (`./<locale>/flow.ts`), then
 * the scored items' questions (sharpening, the standard length, the full assessment) and the questions' help
 * (when a visitor first opens it). `loadTranslation` (./load.ts) still gives a locale whole, at once.
 */
export type { BankPart, PartLoaders } from './translation.js';

interface FlowModule {
  flow: Translation;
  parts: PartLoaders;
}

// Relative dynamic imports, each its own chunk beside the CDN module (as ./load.ts does).
const flows: Record<SupportedLocale, () => Promise<FlowModule>> = {
  en: () => import('./en/flow.js').then((m) => ({ flow: m.enFlow, parts: m.parts })),
  de: () => import('./de/flow.js').then((m) => ({ flow: m.deFlow, parts: m.parts })),
  fr: () => import('./fr/flow.js').then((m) => ({ flow: m.frFlow, parts: m.parts })),
};

interface Parts {
  flow?: Translation;
  loaders?: PartLoaders;
  questions?: Record<string, ItemText>;
  help?: Record<string, string>;
  /** The parts here, as one translation. */
  whole?: Translation;
}
const loaded = new Map<SupportedLocale, Parts>();
const pending = new Map<string, Promise<void>>();

const shipped = (locale: string): SupportedLocale | undefined => {
  const key = resolveLocale(locale, undefined);
  return (SUPPORTED_LOCALES as readonly string[]).includes(key) ? (key as SupportedLocale) : undefined;
};

function compose({ flow, questions, help }: Parts): Translation | undefined {
  if (!flow) return undefined;
  const bank = questions ? { ...flow.bank, ...questions } : flow.bank;
  return questions || help ? { ...flow, bank: help ? withHelp(bank, help) : bank } : flow;
}

/** A shipped locale with the parts loaded so far, or undefined before its first part. */
export function partialTranslation(locale: string): Translation | undefined {
  const key = shipped(locale);
  const parts = key && loaded.get(key);
  return parts ? (parts.whole ??= compose(parts)) : undefined;
}

/** Whether `part` of a shipped locale has loaded. */
export function hasPart(locale: string, part: BankPart): boolean {
  const key = shipped(locale);
  return key !== undefined && loaded.get(key)?.[part] !== undefined;
}

function load(locale: string, part: 'flow' | BankPart): Promise<void> {
  const key = shipped(locale) ?? 'en';
  const id = `${key}|${part}`;
  if (loaded.get(key)?.[part]) return Promise.resolve();
  let promise = pending.get(id);
  if (!promise) {
    const fetch: Promise<Partial<Parts>> =
      part === 'flow'
        ? flows[key]().then(({ flow, parts }) => ({ flow, loaders: parts }))
        : load(key, 'flow').then(() =>
            loaded
              .get(key)!
              .loaders![part]()
              .then((value) => ({ [part]: value })),
          );
    promise = fetch.then(
      (value) => {
        pending.delete(id);
        loaded.set(key, { ...loaded.get(key), ...value, whole: undefined });
        translationsChanged();
      },
      (error: unknown) => {
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, promise);
  }
  return promise;
}

/** Loads what a shipped locale needs for a first result (English for any other tag). */
export const loadFlow = (locale: string): Promise<Translation> =>
  load(locale, 'flow').then(() => partialTranslation(shipped(locale) ?? 'en')!);

/** Loads `part` of a shipped locale; the translation of `partialTranslation` has it once this resolves. */
export const loadPart = (locale: string, part: BankPart): Promise<void> => load(locale, part);
