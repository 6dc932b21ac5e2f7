import * as z from '../zod.js';
import { ReadinessError, type ReadinessIssue } from '../errors.js';
import { enReference } from './en/reference.js';
import { placeholders } from './placeholders.js';
import type { CoreTranslation, Translation } from './translation.js';

type Path = (string | number)[];
/** A problem at a path; `detail` says what is wrong without repeating where. */
interface Finding {
  path: Path;
  detail: string;
}
type Tree = { readonly [key: string]: unknown };

/** Any part of a translation left out: what a consultancy writes to change a few strings of one locale. */
export type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

/** String overrides for one locale, e.g. `{ ui: { intro: { start: 'Begin' } } }`. */
export type TranslationOverride = DeepPartial<Omit<Translation, 'locale'>>;

/** Overrides per locale tag, e.g. `{ de: { ui: { intro: { start: '…' } } }, 'de-CH': { … } }`. */
export type TranslationOverrides = Record<string, TranslationOverride>;

/** A BCP 47 language tag as far as we need one: `de`, `fr-CH`, `pt-BR`, `zh-Hant-TW`. */
export const LocaleTagSchema = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/));

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

/** `ui.intro.start`, with keys that are not identifiers quoted: `engine["claim.none"]`, `bank.org_size`. */
export const formatKeyPath = (path: Path): string =>
  path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('') || '(root)';

const braces = (names: string[]): string => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none');
const unique = (template: string): string[] => [...new Set(placeholders(template))];

// Edit distance, to suggest the key a consultancy probably meant (`strat` → `start`).
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

const suggestion = (key: string, known: string[]): string => {
  const best = known
    .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? `; did you mean "${best.k}"?` : '';
};

function checkString(candidate: unknown, reference: string, path: Path, issues: Finding[]): void {
  if (typeof candidate !== 'string') {
    issues.push({ path, detail: `expected a string, received ${describe(candidate)}` });
    return;
  }
  if (candidate.trim() === '') {
    issues.push({ path, detail: 'empty string' });
    return;
  }
  const expected = unique(reference).sort();
  const found = unique(candidate).sort();
  if (expected.join() !== found.join()) {
    issues.push({
      path,
      detail: `placeholders must be ${braces(expected)} as in English, found ${braces(found)}`,
    });
  }
}

function checkTree(
  candidate: unknown,
  reference: Tree,
  path: Path,
  partial: boolean,
  issues: Finding[],
): void {
  if (!isTree(candidate)) {
    issues.push({ path, detail: `expected an object, received ${describe(candidate)}` });
    return;
  }
  const known = Object.keys(reference);
  for (const key of Object.keys(candidate)) {
    if (!Object.hasOwn(reference, key)) {
      const at = [...path, key];
      issues.push({ path: at, detail: `unknown key${suggestion(key, known)}` });
    }
  }
  for (const key of known) {
    const at = [...path, key];
    const ref = reference[key];
    if (!Object.hasOwn(candidate, key) || candidate[key] === undefined) {
      if (!partial) issues.push({ path: at, detail: 'missing' });
      continue;
    }
    if (typeof ref === 'string') checkString(candidate[key], ref, at, issues);
    else if (isTree(ref)) checkTree(candidate[key], ref, at, partial, issues);
  }
}

const toIssue = ({ path, detail }: Finding): ReadinessIssue => ({
  path,
  message: `${formatKeyPath(path)}: ${detail}`,
});

function translationFindings(candidate: unknown, reference: Translation, root: Path): Finding[] {
  const findings: Finding[] = [];
  checkTree(candidate, reference, root, false, findings);
  const locale = isTree(candidate) ? candidate.locale : undefined;
  if (typeof locale === 'string' && locale.trim() !== '' && !z.safeParse(LocaleTagSchema, locale).success) {
    findings.push({ path: [...root, 'locale'], detail: 'expected a language tag such as "de" or "fr-CH"' });
  }
  return findings;
}

function overrideFindings(overrides: unknown, base: Translation, root: Path): Finding[] {
  const findings: Finding[] = [];
  const { locale: _locale, ...reference } = base;
  checkTree(overrides, reference, root, true, findings);
  return findings;
}

/**
 * Compares a translation with the reference (English) key for key: missing, unknown and empty keys, values of
 * the wrong type, and placeholders that differ. Returns every problem with its path; empty means complete.
 */
export const checkTranslation = (
  candidate: unknown,
  reference: Translation = enReference,
  root: Path = [],
): ReadinessIssue[] => translationFindings(candidate, reference, root).map(toIssue);

/**
 * Problems in one locale's overrides, checked against `base` (any complete translation: they all share English's
 * keys and placeholders). `locale` cannot be overridden: it names the translation.
 */
export const checkOverrides = (
  overrides: unknown,
  base: Translation = enReference,
  root: Path = [],
): ReadinessIssue[] => overrideFindings(overrides, base, root).map(toIssue);

/** Throws one `ReadinessError('invalid-translation')` carrying every issue, the first in its message. */
export function throwIfIssues(issues: ReadinessIssue[], what: string): void {
  const first = issues[0];
  if (!first) return;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new ReadinessError('invalid-translation', `${what}: ${first.message}${more}`, first.path, issues);
}

function merge(base: Tree, patch: Tree): Tree {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isTree(current) && isTree(value) ? merge(current, value) : value;
  }
  return out;
}

/**
 * Returns `base` with a consultancy's strings laid over it (never mutates `base`). Every override is checked
 * first: an unknown key, a value that is not a non-empty string, or placeholders that differ from the base
 * string throw `ReadinessError('invalid-translation')` naming the key path; nothing is silently ignored.
 */
export function applyOverrides<T extends CoreTranslation>(
  base: T,
  overrides: unknown,
  root: Path = [base.locale],
): T {
  if (overrides === undefined) return base;
  // Every translation has English's keys and placeholders: the reference checks overrides for any of them,
  // also for the part of English the widget holds before a result.
  throwIfIssues(checkOverrides(overrides, enReference, root), 'Invalid translation override');
  return merge(base, overrides as Tree) as T;
}

/**
 * Config shape of string overrides: locale tag → deep partial translation. Keys, value types and placeholders
 * are checked against English (every locale has English's keys), so a typo fails when the config is parsed.
 */
export const TranslationOverridesSchema = z
  .record(LocaleTagSchema, z.custom<TranslationOverride>(isTree, 'expected an object of strings'))
  .check(
    z.superRefine((value, ctx) => {
      for (const [locale, overrides] of Object.entries(value)) {
        for (const { path, detail } of overrideFindings(overrides, enReference, [locale])) {
          ctx.addIssue({ code: 'custom', message: detail, path, input: overrides });
        }
      }
    }),
  );
