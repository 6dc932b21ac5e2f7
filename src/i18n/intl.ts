// Numbers, money, durations and dates in the visitor's locale, through `Intl` only: no locale data of our own.

/** An inclusive range, as in results (`{ min, max }`). */
export interface NumberRange {
  min: number;
  max: number;
}

// `formatRange` is ES2023; Node 20 and every browser we support have it.
type RangeFormat = Intl.NumberFormat & { formatRange(start: number, end: number): string };

const cache = new Map<string, Intl.NumberFormat>();

// Intl throws a RangeError on a malformed tag; a bad tag from a host page must not break the widget.
function numberFormat(locale: string, options: Intl.NumberFormatOptions): RangeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      formatter = new Intl.NumberFormat('en', options);
    }
    cache.set(key, formatter);
  }
  return formatter as RangeFormat;
}

// Equal ends print as one value: `formatRange` would print "~5,000" (approximately), which is not what we mean.
const range = (formatter: RangeFormat, { min, max }: NumberRange): string =>
  min === max ? formatter.format(min) : formatter.formatRange(min, max);

/** A number with the locale's grouping and decimal marks: `1.000` (de), `1 000` (fr), `1,000` (en). */
export const formatNumber = (value: number, locale: string, maximumFractionDigits = 0): string =>
  numberFormat(locale, { maximumFractionDigits }).format(value);

const decimals = new Map<string, Intl.NumberFormat>();

/**
 * A figure inside a sentence, at most one decimal: `62,5` (de), `62,5` (fr), `62.5` (en), `1.000` (de). The
 * engine fills its templates' numbers with this, so it is cached per locale and cheap on the hot path.
 */
export function formatFigure(value: number, locale: string): string {
  let formatter = decimals.get(locale);
  if (!formatter) {
    formatter = numberFormat(locale, { maximumFractionDigits: 1 });
    decimals.set(locale, formatter);
  }
  return formatter.format(value);
}

/** A percentage given as 0–100: `85 %` (de, fr), `85%` (en). */
export const formatPercent = (value: number, locale: string): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** A range of percentages given as 0–100: `30–50 %` (de, fr), `30%–50%` (en). */
export const formatPercentRange = (value: NumberRange, locale: string): string =>
  range(numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), {
    min: value.min / 100,
    max: value.max / 100,
  });

const money = (currency: string, locale: string): RangeFormat =>
  numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol', maximumFractionDigits: 0 });

/** An amount without decimals in an ISO 4217 currency: `15.000 €` (de), `CHF 15'000` (de-CH), `€15,000` (en). */
export const formatMoney = (amount: number, currency: string, locale: string): string =>
  money(currency, locale).format(amount);

/** A cost range: `15.000–60.000 €` (de), `15 000–60 000 CHF` (fr), `£15,000 – £60,000` (en). */
export const formatMoneyRange = (value: NumberRange, currency: string, locale: string): string =>
  range(money(currency, locale), value);

/** A number of weeks, written out: `6 Wochen`, `6 semaines`, `6 weeks`. */
export const formatWeeks = (weeks: number, locale: string): string =>
  numberFormat(locale, { style: 'unit', unit: 'week', unitDisplay: 'long', maximumFractionDigits: 0 }).format(
    weeks,
  );

/** A duration range in weeks: `6–10 Wochen`, `6–10 semaines`, `6–10 weeks`. */
export const formatWeeksRange = (value: NumberRange, locale: string): string =>
  range(
    numberFormat(locale, { style: 'unit', unit: 'week', unitDisplay: 'long', maximumFractionDigits: 0 }),
    value,
  );

/** A calendar date: `3. März 2026` (de), `3 mars 2026` (fr), `3 March 2026` (en-GB). */
export function formatDate(
  date: Date | number,
  locale: string,
  style: 'long' | 'medium' | 'short' = 'long',
): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: style }).format(date);
  }
}
