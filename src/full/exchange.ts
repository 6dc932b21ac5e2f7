// The saved-assessment file: what "Save a copy (JSON)" writes and "Open a saved assessment" reads, so a workshop
// goes on on another laptop. A trust boundary: the file comes from anywhere, so it is parsed, versioned and
// checked against the catalogue before one answer is taken from it.
import * as z from '../zod.js';
import { ReadinessError, parseWith } from '../errors.js';
import { StandardIdSchema, type StandardId } from '../schemas/standard.js';
import { validateFullAnswers } from './assess.js';
import type { FullAnswers } from './schemas.js';
import { FULL_BANK_HASH, FULL_BANK_VERSION } from './version.js';

/** What the file says it is, so another JSON file is told apart from a damaged one of ours. */
export const FULL_EXPORT_FORMAT = 'iso-readiness/full-assessment';
/** Version of the file's layout; a file of another version is refused with its own message. */
export const FULL_EXPORT_VERSION = 1;

/** A saved full assessment, as written to a file. */
export const FullExportSchema = z.strictObject({
  format: z.literal(FULL_EXPORT_FORMAT),
  v: z.literal(FULL_EXPORT_VERSION),
  /** Catalogue version and hash the answers were given against. */
  bank: z.strictObject({ version: z.string(), hash: z.string() }),
  /** Quick-check bank hash of `answers.quick`. */
  quickBank: z.string(),
  scope: z.array(StandardIdSchema).check(z.minLength(1)),
  answers: z.unknown(),
  /** Section on screen when saved. */
  section: z.nullable(z.string().check(z.maxLength(40))),
  /** Epoch milliseconds of the export. */
  savedAt: z.number(),
});
/** A saved full assessment, as written to a file. */
export type FullExport = z.infer<typeof FullExportSchema>;

/** A file read back: answers checked against today's catalogue. */
export interface FullImport {
  scope: StandardId[];
  answers: FullAnswers;
  section: string | null;
  savedAt: number;
  /** The quick-check answers were given against another quick bank and were left out. */
  quickDropped: boolean;
}

/** Writes the file's content for `answers`. */
export function fullExport(
  scope: readonly StandardId[],
  answers: FullAnswers,
  section: string | null,
  quickBank: string,
  savedAt: number,
): FullExport {
  return {
    format: FULL_EXPORT_FORMAT,
    v: FULL_EXPORT_VERSION,
    bank: { version: FULL_BANK_VERSION, hash: FULL_BANK_HASH },
    quickBank,
    scope: [...scope],
    answers,
    section,
    savedAt,
  };
}

/**
 * Reads a saved-assessment file. Throws `ReadinessError('import-damaged')` for text that is not such a file or
 * has damaged answers, `ReadinessError('import-version')` for a file written by another version of the file
 * layout or against another catalogue.
 */
export function readFullExport(text: string, quickBank: string): FullImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReadinessError('import-damaged', 'file: not JSON (damaged or cut short)', ['file']);
  }
  const head = json as { format?: unknown; v?: unknown; bank?: { version?: unknown; hash?: unknown } } | null;
  if (typeof head !== 'object' || head === null || head.format !== FULL_EXPORT_FORMAT)
    throw new ReadinessError('import-damaged', 'file.format: not a saved full assessment', [
      'file',
      'format',
    ]);
  if (head.v !== FULL_EXPORT_VERSION)
    throw new ReadinessError(
      'import-version',
      `file.v: written in file version ${JSON.stringify(head.v)}, this version reads ${FULL_EXPORT_VERSION}`,
      ['file', 'v'],
    );
  const file = parseWith(FullExportSchema, json, 'import-damaged', ['file']);
  if (file.bank.hash !== FULL_BANK_HASH)
    throw new ReadinessError(
      'import-version',
      `file.bank: answers given against catalogue ${file.bank.version}, this version uses ${FULL_BANK_VERSION}`,
      ['file', 'bank'],
    );
  let answers: FullAnswers;
  try {
    answers = validateFullAnswers(file.answers);
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    throw new ReadinessError(
      'import-damaged',
      `file.${error.message}`,
      ['file', ...error.path],
      error.issues,
    );
  }
  for (const ref of Object.keys(answers.entries ?? {}))
    if (!file.scope.includes(ref.startsWith('27001:') ? 'iso27001' : 'iso42001'))
      throw new ReadinessError('import-damaged', `file.answers.entries.${ref}: outside the file's scope`, [
        'file',
        'answers',
        'entries',
        ref,
      ]);
  const quickDropped = file.quickBank !== quickBank && answers.quick !== undefined;
  if (quickDropped) {
    answers = { ...answers };
    delete answers.quick;
  }
  return { scope: file.scope, answers, section: file.section, savedAt: file.savedAt, quickDropped };
}
