import * as z from '../zod.js';
import { parseWith } from '../errors.js';
import { withHelp } from '../i18n/bank-text.js';
import { bankHelp as enHelp } from '../i18n/en/bank-help.js';
import { bank as enText, type ItemText } from '../i18n/en/bank.js';
import type { EngineTranslation } from '../i18n/translation.js';
import type { BankItem, QuestionItem } from '../schemas/bank.js';
import { STANDARD_IDS, StandardIdSchema } from '../schemas/standard.js';
import { BANK_HASH } from './hash.js';
import { ITEMS } from './engine-items.js';
import { questionItems } from './questions.js';
import { BANK_VERSION } from './version.js';

export { BANK_HASH, ITEMS };
export { SECONDS_PER_QUESTION, questionItems, standardsOfItem } from './questions.js';

// English with its help: the default text of `getQuestionBank()`. The widget never reads it (./questions.ts).
const enBank = /* @__PURE__ */ withHelp(enText, enHelp);

// Its own module, so the engine reads it without this one's English text.
export { BANK_VERSION } from './version.js';

/** Options of `getQuestionBank()`. */
export const BankOptionsSchema = z.optional(
  z.object({
    /** Standards in scope; items evidencing none of them are left out. Defaults to both. */
    scope: z.optional(
      z.array(StandardIdSchema).check(
        z.minLength(1),
        z.refine((list) => new Set(list).size === list.length, 'standards must not repeat'),
      ),
    ),
    /** Translation for the text; English when omitted. */
    translation: z.optional(
      z.custom<Pick<EngineTranslation, 'bank'>>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as { bank?: unknown }).bank === 'object' &&
          (value as { bank?: unknown }).bank !== null,
        'expected a translation object with a `bank` section',
      ),
    ),
  }),
);
/** Options of `getQuestionBank()`. */
export type BankOptions = NonNullable<z.infer<typeof BankOptionsSchema>>;

/** The question bank as data: version, content hash and the items in the order the visitor meets them. */
export interface QuestionBank {
  /** Bank version, e.g. `2026.11.1`. */
  version: string;
  /** Content hash of the items and their English text. */
  hash: string;
  /** Items with their standards and text. */
  items: QuestionItem[];
}

// JSON with object keys sorted at every level, so the hash ignores property order.
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

// 32-bit FNV-1a over the UTF-8 bytes: tiny, deterministic, the same in every runtime. Not for security.
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/** Content hash of a bank: FNV-1a (hex) over canonical JSON of the items and their English text. */
export const hashBank = (items: readonly BankItem[], text: Readonly<Record<string, ItemText>>): string =>
  fnv1a(canonical({ items, text }));

/** Content hash of this bank (same as `BANK_HASH`). */
export const bankHash = (): string => BANK_HASH;

/**
 * The question bank as data: each item with the standards it evidences, its clause/control refs and its text.
 * With a `scope`, scored items evidencing only standards outside it are left out; profile items always stay.
 * Throws a `ReadinessError` (`invalid-options`) on bad options.
 */
export function getQuestionBank(options?: BankOptions): QuestionBank {
  const parsed = parseWith(BankOptionsSchema, options, 'invalid-options', ['options']);
  const scope = parsed?.scope ?? STANDARD_IDS;
  const items = questionItems(ITEMS, scope, parsed?.translation?.bank ?? enBank, enBank);
  return { version: BANK_VERSION, hash: BANK_HASH, items };
}
