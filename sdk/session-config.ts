// What `createSession` accepts, checked at the boundary, and how a session turns answers into a result.
import * as z from '../src/zod.js';
import { CurrencySchema, ScopeSchema } from '../src/options.js';
import type { BankItem } from '../src/schemas/bank.js';
import type { Answers, AssessmentResult } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';
import type { SessionTranslation } from './session-api.js';
import type { StorageAdapter } from './storage.js';

const StorageSchema = z.custom<StorageAdapter>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['getItem', 'setItem', 'removeItem'].every(
      (m) => typeof (v as unknown as Record<string, unknown>)[m] === 'function',
    ),
  'expected an object with getItem, setItem and removeItem',
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A translation a session can use: its locale, question texts and section names. */
export const SessionTranslationSchema = z.custom<SessionTranslation>(
  (v) => isObject(v) && typeof v.locale === 'string' && isObject(v.bank) && isObject(v.sections),
  'expected a translation object with a `locale`, a `bank` and `sections`',
);

/** Turns a session's answers into its result: `assess`, or the widget's engine once it has loaded. */
export type Evaluate = (
  answers: Answers,
  options: {
    scope: StandardId[];
    translation: SessionTranslation;
    figures?: unknown;
    currency?: string;
    /** Short path: the items taken coarsely, so the result can say what sharper answers would change. */
    coarse?: string[];
  },
) => AssessmentResult;

/** What `createSession` accepts. */
export const SessionConfigSchema = z.strictObject({
  /** Standards in scope (default both). */
  scope: z.optional(ScopeSchema),
  /**
   * `standard` (default here): one question per screen, the whole bank. `short`: what branches first, then one
   * "which of these are in place?" checklist per section; `sharpen()` asks the rest at full precision.
   */
  length: z.optional(z.enum(['short', 'standard'])),
  /** Answers to start from (checked against the bank). */
  answers: z.optional(z.unknown()),
  /** Where drafts are saved after every answer; null or absent: nowhere. */
  storage: z.optional(z.nullable(StorageSchema)),
  /** Key of this session's draft (default derived from the scope). */
  storageKey: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Figure overrides passed to the engine. */
  figures: z.optional(z.unknown()),
  /** Currency for cost ranges. */
  currency: z.optional(CurrencySchema),
  /** Translation for question texts and results (default English). */
  translation: z.optional(SessionTranslationSchema),
  /** Clock for draft timestamps (tests). */
  now: z.optional(z.custom<() => number>((v) => typeof v === 'function')),
});
/** Configuration of a session. */
export type SessionConfig = z.input<typeof SessionConfigSchema>;

/** The questions a session asks: the bank's items and the translation used when the config names none. */
export interface SessionBank {
  /** The items, in order: the SDK's whole bank, or the widget's first-screen copy of its structure. */
  items: readonly BankItem[];
  translation: SessionTranslation;
}
