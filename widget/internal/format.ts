import type { Range } from '../../src/schemas/standard.js';

// Presentation only: figures come from the result; these helpers put them into the visitor's locale. Making an
// Intl formatter costs far more than using one (tens of milliseconds on a slow phone for the first of a locale),
// so each is made once per locale and options.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function cached<F extends Formatter>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** A whole number in the visitor's locale; fractions are cut, as the engine's sentences cut them (79.6 reads 79). */
export const formatNumber = (lang: string, value: number): string =>
  cached(`n|${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })).format(
    Math.floor(value),
  );

/** An amount of money without decimals, e.g. `€12,000`. */
export const formatMoney = (lang: string, currency: string, value: number): string =>
  cached(
    `m|${lang}|${currency}`,
    () => new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(value);

/** A date such as `3 March 2026`. */
export const formatDate = (lang: string, date: Date): string =>
  cached(`d|${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long' })).format(date);

/** Items joined as the locale writes a list: `a, b and c`. */
export const formatList = (lang: string, items: string[]): string =>
  cached(`l|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);

/** Both ends of a range through one formatter. */
export const formatRange = (range: Range, one: (n: number) => string): { min: string; max: string } => ({
  min: one(range.min),
  max: one(range.max),
});
