import * as z from './zod.js';
import { StandardIdSchema, STANDARD_IDS, type StandardId } from './schemas/standard.js';

/** Standards in scope: at least one, each once. */
export const ScopeSchema = z.array(StandardIdSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list).size === list.length, 'each standard at most once'),
);

/** ISO 4217 currency code such as `EUR`, `GBP`, `CHF`, `INR`. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/** Scope in canonical order, defaulting to both standards. */
export const normaliseScope = (scope: readonly StandardId[] | undefined): StandardId[] =>
  STANDARD_IDS.filter((s) => (scope ?? STANDARD_IDS).includes(s));
