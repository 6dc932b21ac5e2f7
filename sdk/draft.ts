import * as z from '../src/zod.js';
import { AnswersSchema } from '../src/schemas/answers.js';
import { StandardIdSchema, type StandardId } from '../src/schemas/standard.js';
import { STORAGE_PREFIX, type StorageAdapter } from './storage.js';

/** Version of the saved-draft format; a draft of another version is discarded, never half-read. */
export const DRAFT_VERSION = 1;

/** A saved draft: what the visitor answered and where they were. */
export const DraftSchema = z.strictObject({
  v: z.literal(DRAFT_VERSION),
  /** Bank content hash the answers were given against. */
  bank: z.string(),
  scope: z.array(StandardIdSchema),
  answers: AnswersSchema,
  /** Question on screen when saved, or null on the intro. */
  current: z.nullable(z.string()),
  status: z.enum(['active', 'complete']),
  /** Epoch milliseconds of the last save. */
  savedAt: z.number(),
  /** Short path: before the first result, or sharpening. */
  phase: z.optional(z.enum(['first', 'sharpen'])),
  /** Short path: items taken coarsely from a checklist, asked again when sharpening. */
  coarse: z.optional(z.array(z.string())),
});
/** A saved draft. */
export type Draft = z.infer<typeof DraftSchema>;

/** The default key for a scope; the widget adds an instance id so two embeds never share a draft. */
export const draftKey = (scope: readonly StandardId[], instance = 'default'): string =>
  `${STORAGE_PREFIX}draft:v${DRAFT_VERSION}:${instance}:${scope.join('+')}`;

/** What reading a draft found. */
export type DraftRead =
  { kind: 'none' } | { kind: 'found'; draft: Draft } | { kind: 'discarded'; reason: string };

/** Reads and checks a draft; anything corrupt, old or from another bank is reported as discarded, never thrown. */
export function readDraft(
  storage: StorageAdapter,
  key: string,
  bankHash: string,
  scope: readonly StandardId[],
): DraftRead {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'discarded', reason: 'corrupt' };
  }
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success) return { kind: 'discarded', reason: 'format' };
  if (parsed.data.bank !== bankHash) return { kind: 'discarded', reason: 'bank-changed' };
  if (parsed.data.scope.join() !== scope.join()) return { kind: 'discarded', reason: 'scope-changed' };
  return { kind: 'found', draft: parsed.data };
}

/** Saves a draft; returns false when storage refused (full, private mode). The previous draft stays intact. */
export function writeDraft(storage: StorageAdapter, key: string, draft: Draft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Removes a draft; never throws. */
export function removeDraft(storage: StorageAdapter, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage that cannot remove has nothing we could clear anyway.
  }
}
