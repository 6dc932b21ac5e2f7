import * as z from '../src/zod.js';
import { BANK_HASH } from '../src/bank/index.js';
import { ReadinessError, parseWith } from '../src/errors.js';
import { assessFull } from '../src/full/assess.js';
import { ENTRY_BY_REF } from '../src/full/catalogue.js';
import {
  DocumentControlSchema,
  EntryAnswerSchema,
  ScopingSchema,
  type DocumentControl,
  type EntryAnswer,
  type FullAnswers,
  type FullResult,
  type Scoping,
} from '../src/full/schemas.js';
import { validateFullAnswers } from '../src/full/assess.js';
import { fullExport, readFullExport, type FullExport } from '../src/full/exchange.js';
import { FULL_BANK_HASH, FULL_BANK_VERSION } from '../src/full/version.js';
import type { ResultTranslation } from '../src/i18n/translation.js';
import { CurrencySchema, ScopeSchema, normaliseScope } from '../src/options.js';
import { AnswersSchema, type Answers } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';
import { reportHostError } from './events.js';
import { STORAGE_PREFIX, type StorageAdapter } from './storage.js';

/** Version of the saved full-assessment format; another version is discarded, never half-read. */
export const FULL_DRAFT_VERSION = 1;

const FullDraftSchema = z.strictObject({
  v: z.literal(FULL_DRAFT_VERSION),
  depth: z.literal('full'),
  /** Full catalogue version and hash the answers were given against. */
  bank: z.strictObject({ version: z.string(), hash: z.string() }),
  /** Quick-check bank hash the `quick` answers were given against. */
  quickBank: z.string(),
  scope: z.array(z.string()),
  answers: z.unknown(),
  /** Section on screen when saved. */
  section: z.nullable(z.string()),
  savedAt: z.number(),
});

// A small key written when a save fails, so the next visit can say which changes were not kept.
const UNSAVED_SUFFIX = ':unsaved';
const UNDO_DEPTH = 20;

/** The storage key of a full assessment: per instance and scope, under the SDK's prefix so `forget()` finds it. */
export const fullDraftKey = (scope: readonly StandardId[], instance = 'default'): string =>
  `${STORAGE_PREFIX}full:v${FULL_DRAFT_VERSION}:${instance}:${scope.join('+')}`;

const StorageSchema = z.custom<StorageAdapter>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['getItem', 'setItem', 'removeItem'].every(
      (m) => typeof (v as unknown as Record<string, unknown>)[m] === 'function',
    ),
  'expected an object with getItem, setItem and removeItem',
);

/** What `openFullSession` accepts. */
export const FullSessionConfigSchema = z.strictObject({
  /** Standards in scope (default both). */
  scope: z.optional(ScopeSchema),
  /** Answers to start from, instead of a saved draft. */
  answers: z.optional(z.unknown()),
  /** Quick-check answers to pre-fill from (a visitor who took the quick check goes deeper without answering again). */
  quick: z.optional(AnswersSchema),
  /** Where progress is saved after every answer; null or absent: nowhere. */
  storage: z.optional(z.nullable(StorageSchema)),
  /** Key of this assessment's draft (default derived from the scope). */
  storageKey: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  figures: z.optional(z.unknown()),
  currency: z.optional(CurrencySchema),
  /** Translation for the classification and recommendation texts (default English). */
  translation: z.optional(z.custom<ResultTranslation>((v) => typeof v === 'object' && v !== null)),
  /** Clock for draft timestamps (tests). */
  now: z.optional(z.custom<() => number>((v) => typeof v === 'function')),
});
/** Configuration of a full-assessment session. */
export type FullSessionConfig = z.input<typeof FullSessionConfigSchema>;

/**
 * A full gap assessment in progress, without a DOM: answers per requirement and control, scoping, the current
 * section, autosave after every change (catalogue version and hash checked on restore) and the result.
 */
export class FullSession {
  readonly scope: StandardId[];
  /** What happened to a saved draft when the session opened. */
  restored: 'none' | 'restored' | 'discarded' = 'none';
  /** Quick-check answers in the draft were given against another quick bank and were dropped. */
  quickDiscarded = false;
  /** Outcome of the last save. */
  persistence: 'saved' | 'unavailable' | 'off';
  /** Section on screen, or null before the first. */
  section: string | null = null;
  /** When the answers now held were last saved (epoch ms), or null while nothing is saved. */
  savedAt: number | null = null;
  /**
   * When saving first failed after the draft that was restored (epoch ms): what changed after that was not
   * kept in this browser. Null when every save went through.
   */
  unsavedSince: number | null = null;
  private state: FullAnswers = {};
  private readonly undoStack: FullAnswers[] = [];
  private flagged = false;
  private computed: FullResult | null = null;
  private readonly listeners = new Set<(session: FullSession) => void>();
  private readonly storage: StorageAdapter | null;
  private readonly key: string;
  private engine: { figures?: unknown; currency?: string; translation?: ResultTranslation };
  private readonly now: () => number;

  constructor(config: z.output<typeof FullSessionConfigSchema>) {
    this.scope = normaliseScope(config.scope);
    this.storage = config.storage ?? null;
    this.key = config.storageKey ?? fullDraftKey(this.scope);
    this.engine = { figures: config.figures, currency: config.currency, translation: config.translation };
    this.now = config.now ?? Date.now;
    this.persistence = this.storage ? 'saved' : 'off';
    // A copy: the host keeps its object, and changing it later changes nothing here.
    if (config.answers !== undefined) this.state = structuredClone(validateFullAnswers(config.answers));
    else if (this.storage) this.restore(this.storage);
    if (config.quick) this.state = { ...this.state, quick: { ...config.quick } };
    validateFullAnswers(this.state);
  }

  private restore(storage: StorageAdapter): void {
    let raw: string | null = null;
    try {
      raw = storage.getItem(this.key);
    } catch {
      return;
    }
    if (raw === null) return;
    const discard = () => {
      this.restored = 'discarded';
      try {
        storage.removeItem(this.key);
      } catch {
        // Nothing more to do when storage cannot remove.
      }
    };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return discard();
    }
    const draft = FullDraftSchema.safeParse(json);
    if (
      !draft.success ||
      draft.data.bank.hash !== FULL_BANK_HASH ||
      draft.data.scope.join() !== this.scope.join()
    )
      return discard();
    let answers: FullAnswers;
    try {
      answers = validateFullAnswers(draft.data.answers);
    } catch {
      return discard();
    }
    // Another quick bank: its answers may no longer mean what they meant; the confirmed entries still do.
    if (draft.data.quickBank !== BANK_HASH && answers.quick) {
      answers = { ...answers, quick: undefined };
      delete answers.quick;
      this.quickDiscarded = true;
    }
    this.state = answers;
    this.section = draft.data.section;
    this.savedAt = draft.data.savedAt;
    this.restored = 'restored';
    try {
      const since = Number(storage.getItem(`${this.key}${UNSAVED_SUFFIX}`));
      if (since > 0) {
        this.unsavedSince = since;
        this.flagged = true;
      }
    } catch {
      // A flag we cannot read says nothing.
    }
  }

  /** Every answer given. */
  get answers(): Readonly<FullAnswers> {
    return this.state;
  }

  /** The assessment as it stands: worked out on first read after a change. */
  get result(): FullResult {
    this.computed ??= assessFull(this.state, { scope: this.scope, ...this.clean(this.engine) });
    return this.computed;
  }

  private clean(engine: FullSession['engine']) {
    const out: { figures?: unknown; currency?: string; translation?: ResultTranslation } = {};
    if (engine.figures !== undefined) out.figures = engine.figures;
    if (engine.currency !== undefined) out.currency = engine.currency;
    if (engine.translation !== undefined) out.translation = engine.translation;
    return out;
  }

  /** Switches the language of the classification and recommendation texts; answers are untouched. */
  setTranslation(translation: ResultTranslation): void {
    this.engine.translation = parseWith(
      z.custom<ResultTranslation>(
        (v) => typeof v === 'object' && v !== null && typeof (v as { locale?: unknown }).locale === 'string',
        'expected a translation object with a `locale`',
      ),
      translation,
      'invalid-translation',
      ['translation'],
    );
    this.computed = null;
    this.notify();
  }

  /** Records (part of) the answer for one requirement or control; `undefined` fields are removed. */
  setEntry(ref: string, patch: Partial<EntryAnswer>): void {
    const entry = ENTRY_BY_REF.get(ref);
    if (!entry || !this.scope.includes(entry.standard)) {
      throw new ReadinessError(
        'unknown-question',
        `answers.entries.${ref}: not a requirement or control in scope`,
        ['answers', 'entries', ref],
      );
    }
    const merged: Record<string, unknown> = { ...this.state.entries?.[ref], ...patch };
    for (const key of Object.keys(merged))
      if (merged[key] === undefined || merged[key] === '') delete merged[key];
    const value = parseWith(EntryAnswerSchema, merged, 'invalid-answer', ['answers', 'entries', ref]);
    const entries = { ...this.state.entries };
    if (Object.keys(value).length === 0) delete entries[ref];
    else entries[ref] = value;
    this.update({ ...this.state, entries });
  }

  /** Confirms a pre-filled entry as it stands (carried over or estimated): it becomes the visitor's answer. */
  confirm(ref: string): void {
    const shown = this.result.entries.find((e) => e.ref === ref);
    if (!shown || shown.source === 'answer' || shown.source === 'none') return;
    this.setEntry(
      ref,
      shown.applicable
        ? { applicable: shown.kind === 'control' ? true : undefined, status: shown.status ?? undefined }
        : { applicable: false, suggestion: shown.suggestion ?? undefined },
    );
  }

  /**
   * Records patches for many requirements and controls as one change, which `undo()` takes back whole. Each patch
   * is checked as `setEntry` checks it; one refused patch refuses them all.
   */
  setEntries(patches: Readonly<Record<string, Partial<EntryAnswer>>>): void {
    const entries = { ...this.state.entries };
    for (const [ref, patch] of Object.entries(patches)) {
      const entry = ENTRY_BY_REF.get(ref);
      if (!entry || !this.scope.includes(entry.standard)) {
        throw new ReadinessError(
          'unknown-question',
          `answers.entries.${ref}: not a requirement or control in scope`,
          ['answers', 'entries', ref],
        );
      }
      const merged: Record<string, unknown> = { ...entries[ref], ...patch };
      for (const key of Object.keys(merged))
        if (merged[key] === undefined || merged[key] === '') delete merged[key];
      const value = parseWith(EntryAnswerSchema, merged, 'invalid-answer', ['answers', 'entries', ref]);
      if (Object.keys(value).length === 0) delete entries[ref];
      else entries[ref] = value;
    }
    this.remember();
    this.update({ ...this.state, entries });
  }

  /** Can `undo()` take back a change made with `setEntries` or `importFile`? */
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Takes back the last change made with `setEntries` or `importFile`; false when there is none. */
  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.update(previous);
    return true;
  }

  private remember(): void {
    this.undoStack.push(this.state);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
  }

  /** The assessment as a file's content (`JSON.stringify` it): what `importFile` reads on another device. */
  exportFile(): FullExport {
    return fullExport(this.scope, this.state, this.section, BANK_HASH, this.now());
  }

  /**
   * Replaces the answers with a saved file's (undoable). Throws `ReadinessError` `import-damaged` for a file that
   * is not one or is damaged, `import-version` for one from another version; a file of other standards than this
   * session's is `import-damaged` at path `['file', 'scope']`. Returns whether quick-check answers were left out.
   */
  importFile(text: string): { quickDropped: boolean } {
    const file = readFullExport(text, BANK_HASH);
    if (file.scope.join() !== this.scope.join())
      throw new ReadinessError(
        'import-damaged',
        `file.scope: covers ${file.scope.join(' + ')}, this assessment ${this.scope.join(' + ')}`,
        ['file', 'scope'],
      );
    this.remember();
    if (file.section !== null) this.section = file.section;
    this.update(file.answers);
    return { quickDropped: file.quickDropped };
  }

  /** Removes the answer for one requirement or control (pre-fills apply again). */
  clearEntry(ref: string): void {
    if (!this.state.entries?.[ref]) return;
    const entries = { ...this.state.entries };
    delete entries[ref];
    this.update({ ...this.state, entries });
  }

  /** Records scoping answers (premises, development, AI systems in scope). */
  setScoping(patch: Partial<Scoping>): void {
    const merged: Record<string, unknown> = { ...this.state.scoping, ...patch };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const scoping = parseWith(ScopingSchema, merged, 'invalid-answer', ['answers', 'scoping']);
    this.update({ ...this.state, scoping });
  }

  /** Records the SoA's document control (client organisation, prepared and approved by, version). */
  setDocument(patch: Partial<DocumentControl>): void {
    const merged: Record<string, unknown> = { ...this.state.document, ...patch };
    for (const key of Object.keys(merged))
      if (merged[key] === undefined || merged[key] === '') delete merged[key];
    const document = parseWith(DocumentControlSchema, merged, 'invalid-answer', ['answers', 'document']);
    this.update({ ...this.state, document });
  }

  /** Takes quick-check answers to pre-fill from (replacing earlier ones). */
  setQuick(quick: Answers): void {
    this.update(structuredClone(validateFullAnswers({ ...this.state, quick })));
  }

  /** Moves to a section (saved, so a reload comes back to it). */
  goTo(section: string): void {
    this.section = section;
    this.save();
    this.notify();
  }

  /** Clears every answer and the saved draft. */
  reset(): void {
    this.state = {};
    this.section = null;
    this.computed = null;
    this.restored = 'none';
    this.quickDiscarded = false;
    this.undoStack.length = 0;
    this.savedAt = null;
    this.unsavedSince = null;
    if (this.storage) {
      try {
        this.storage.removeItem(this.key);
        this.storage.removeItem(`${this.key}${UNSAVED_SUFFIX}`);
        this.flagged = false;
      } catch {
        // Storage that cannot remove has nothing we could clear.
      }
    }
    this.notify();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (session: FullSession) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(next: FullAnswers): void {
    this.state = next;
    this.computed = null;
    this.save();
    this.notify();
  }

  private save(): void {
    if (!this.storage) return;
    const draft: z.infer<typeof FullDraftSchema> = {
      v: FULL_DRAFT_VERSION,
      depth: 'full',
      bank: { version: FULL_BANK_VERSION, hash: FULL_BANK_HASH },
      quickBank: BANK_HASH,
      scope: this.scope,
      answers: this.state,
      section: this.section,
      savedAt: this.now(),
    };
    try {
      this.storage.setItem(this.key, JSON.stringify(draft));
      this.persistence = 'saved';
      this.savedAt = draft.savedAt;
      this.unsavedSince = null;
      if (this.flagged) {
        this.storage.removeItem(`${this.key}${UNSAVED_SUFFIX}`);
        this.flagged = false;
      }
    } catch {
      this.persistence = 'unavailable';
      if (this.flagged) return;
      // The flag is a few bytes: it usually fits where the draft no longer does.
      try {
        this.storage.setItem(`${this.key}${UNSAVED_SUFFIX}`, String(draft.savedAt));
        this.flagged = true;
      } catch {
        // Nothing can be written: the visible notice is all the visitor gets, now.
      }
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this);
      } catch (error) {
        reportHostError(error);
      }
    }
  }
}

/** Opens a full assessment; bad config throws `ReadinessError('invalid-config')`, bad answers `invalid-answers`. */
export function openFullSession(config?: FullSessionConfig): FullSession {
  return new FullSession(parseWith(FullSessionConfigSchema, config ?? {}, 'invalid-config', ['config']));
}
