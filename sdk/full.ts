// iso-readiness/full: the full gap assessment — every clause requirement and Annex A control of both standards,
// the draft Statement of Applicability, the gap register and the documented information checklist. Its own entry
// (and chunk), so the quick check never carries it.
import { full as enFull } from '../src/i18n/en/full.js';
import type { FullTranslation } from '../src/i18n/en/full.js';
import { parseWith } from '../src/errors.js';
import { fullBankWith, type FullQuestionBank } from '../src/full/bank.js';
import { ScopeSchema, normaliseScope } from '../src/options.js';
import * as z from '../src/zod.js';

export * from '../src/full/index.js';
export { FullSession, openFullSession, fullDraftKey, type FullSessionConfig } from './full-session.js';

const FullBankOptionsSchema = z.optional(
  z.object({
    depth: z.optional(z.literal('full')),
    scope: z.optional(ScopeSchema),
    translation: z.optional(
      z.custom<FullTranslation>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as { controls27001?: unknown }).controls27001 === 'object',
        'expected a full-assessment translation (see loadFullText)',
      ),
    ),
  }),
);

/** The full bank: every requirement and control of the standards in scope with its text (English by default). */
export function getFullBank(options?: z.input<typeof FullBankOptionsSchema>): FullQuestionBank {
  const parsed = parseWith(FullBankOptionsSchema, options, 'invalid-options', ['options']);
  return fullBankWith(normaliseScope(parsed?.scope), parsed?.translation ?? enFull);
}
