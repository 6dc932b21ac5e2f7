import * as z from '../src/zod.js';
import { answerProblem, validateAnswers } from '../src/answers.js';
import { BANK_HASH } from '../src/bank/hash.js';
import { SECONDS_PER_QUESTION, questionItems } from '../src/bank/questions.js';
import { ReadinessError, parseWith } from '../src/errors.js';
import { mayBeVisible, visibleItems } from '../src/flow.js';
import type { EngineTranslation } from '../src/i18n/translation.js';
import { CurrencySchema, ScopeSchema, normaliseScope } from '../src/options.js';
import type { BankItem, QuestionItem, SectionId } from '../src/schemas/bank.js';
import type { Answers, AssessmentResult } from '../src/schemas/result.js';
import type { Range, StandardId } from '../src/schemas/standard.js';
import { draftKey, readDraft, removeDraft, writeDraft, type Draft } from './draft.js';
import { reportHostError } from './events.js';
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

/** What a session reads of a translation: the questions and the section names. Any `EngineTranslation` is one. */
export type SessionTranslation = Pick<EngineTranslation, 'locale' | 'bank' | 'sections'>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const SessionTranslationSchema = z.custom<SessionTranslation>(
  (v) => isObject(v) && typeof v.locale === 'string' && isObject(v.bank) && isObject(v.sections),
  'expected a translation object with a `locale`, a `bank` and `sections`',
);

/** Turns a session's answers into its result: `assess`, or the widget's engine once it has loaded. */
export type Evaluate = (
  answers: Answers,
  options: { scope: StandardId[]; translation: SessionTranslation; figures?: unknown; currency?: string },
) => AssessmentResult;

/** What `createSession` accepts. */
export const SessionConfigSchema = z.strictObject({
  /** Standards in scope (default both). */
  scope: z.optional(ScopeSchema),
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

/** Where the visitor is. */
export interface SessionProgress {
  /** 0-based position of the current question among the visible ones (= total when complete). */
  index: number;
  /** Visible questions after branching. */
  total: number;
  /** Visible questions answered. */
  answered: number;
  /** Section of the current question. */
  section: SectionId;
  /** Sections in order, with how far the visitor is. */
  sections: { id: SectionId; label: string; state: 'done' | 'current' | 'todo' }[];
  /** answered / total, 0–1. */
  fraction: number;
}

/** How long the assessment takes: the fewest and most questions the branches can show, and minutes. */
export interface SessionEstimate {
  questions: Range;
  minutes: Range;
}

/** What changed, for subscribers. */
export interface SessionChange {
  type: 'answer' | 'step' | 'complete' | 'reset' | 'translation';
  session: Session;
}

/** The assessment flow without a DOM: questions after branching, answers, navigation, progress, result. */
export interface Session {
  /** Standards in scope. */
  readonly scope: StandardId[];
  /** Every answer given, including those a branch has since hidden (kept so going back restores them). */
  readonly answers: Readonly<Answers>;
  /** Questions visible after branching, in order. */
  readonly visible: QuestionItem[];
  /** The question on screen; null once complete. */
  readonly current: QuestionItem | null;
  readonly progress: SessionProgress;
  /** Questions and minutes to expect: the range narrows as answers settle the branches. */
  readonly estimate: SessionEstimate;
  readonly status: 'active' | 'complete';
  /** The result, once complete. */
  readonly result: AssessmentResult | null;
  /** What happened to a saved draft when the session was created. */
  readonly restored: 'none' | 'restored' | 'discarded';
  /** Outcome of the last save: `off` when no storage was given. */
  readonly persistence: 'saved' | 'unavailable' | 'off';
  readonly canGoBack: boolean;
  /** True when the current question has an answer. */
  readonly canGoNext: boolean;
  /** Answers a question; throws `ReadinessError` for an unknown question or a value off its scale. */
  answer(id: string, value: string | string[]): void;
  /** Goes to the next visible question; past the last one, completes. */
  next(): void;
  back(): void;
  /** Jumps to a visible question. */
  goTo(id: string): void;
  /** Computes the result from the answers so far and marks the session complete. */
  complete(): AssessmentResult;
  /** Clears every answer and the saved draft. */
  reset(): void;
  /** Switches the language of questions and results; answers are untouched. */
  setTranslation(translation: SessionTranslation): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (change: SessionChange) => void): () => void;
}

class ReadinessSession implements Session {
  readonly scope: StandardId[];
  restored: Session['restored'] = 'none';
  persistence: Session['persistence'];
  status: Session['status'] = 'active';
  // Worked out on first read after completion, so a restored complete draft costs nothing until shown.
  private computed: AssessmentResult | null = null;
  private state: Answers = {};
  private currentId: string | null = null;
  private items: QuestionItem[];
  private translation: SessionTranslation;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly storage: StorageAdapter | null;
  private readonly key: string;
  private readonly engine: { figures?: unknown; currency?: string };
  private readonly now: () => number;

  constructor(
    config: z.output<typeof SessionConfigSchema>,
    private readonly bank: SessionBank,
    private readonly evaluate: Evaluate,
  ) {
    this.scope = normaliseScope(config.scope);
    this.translation = config.translation ?? bank.translation;
    this.items = questionItems(bank.items, this.scope, this.translation.bank);
    this.storage = config.storage ?? null;
    this.key = config.storageKey ?? draftKey(this.scope);
    this.engine = { figures: config.figures, currency: config.currency };
    this.now = config.now ?? Date.now;
    this.persistence = this.storage ? 'saved' : 'off';
    if (config.answers !== undefined) this.state = { ...validateAnswers(this.items, config.answers) };
    else if (this.storage) this.restore(this.storage);
    this.currentId ??= this.visible[0]?.id ?? null;
  }

  private restore(storage: StorageAdapter): void {
    const read = readDraft(storage, this.key, BANK_HASH, this.scope);
    if (read.kind === 'discarded') {
      this.restored = 'discarded';
      removeDraft(storage, this.key);
      return;
    }
    if (read.kind === 'none') return;
    try {
      this.state = { ...validateAnswers(this.items, read.draft.answers) };
    } catch {
      this.restored = 'discarded';
      removeDraft(storage, this.key);
      return;
    }
    this.restored = 'restored';
    this.currentId = this.visible.some((q) => q.id === read.draft.current) ? read.draft.current : null;
    // A draft that says complete but misses answers is resumed at the first gap, never shown as a whole result.
    if (read.draft.status === 'complete') {
      const gap = this.visible.find((q) => this.state[q.id] === undefined);
      if (gap) this.currentId = gap.id;
      else this.status = 'complete';
    }
  }

  get answers(): Readonly<Answers> {
    return this.state;
  }

  get visible(): QuestionItem[] {
    return visibleItems(this.items, this.state, this.scope);
  }

  get current(): QuestionItem | null {
    if (this.status === 'complete') return null;
    return this.visible.find((q) => q.id === this.currentId) ?? null;
  }

  get progress(): SessionProgress {
    const visible = this.visible;
    const current = this.current;
    const index = current ? visible.indexOf(current) : visible.length;
    const answered = visible.filter((q) => this.state[q.id] !== undefined).length;
    const order = [...new Set(visible.map((q) => q.section))];
    const section = current?.section ?? order[order.length - 1] ?? 'organisation';
    const at = this.status === 'complete' ? order.length : order.indexOf(section);
    return {
      index,
      total: visible.length,
      answered,
      section,
      sections: order.map((id, i) => ({
        id,
        label: this.translation.sections[id],
        state: i < at ? 'done' : i === at ? 'current' : 'todo',
      })),
      fraction: visible.length === 0 ? 0 : answered / visible.length,
    };
  }

  get estimate(): SessionEstimate {
    const min = this.visible.length;
    const max = Math.max(min, this.items.filter((q) => mayBeVisible(q, this.scope)).length);
    const minutes = (n: number) => Math.max(1, Math.round((n * SECONDS_PER_QUESTION) / 60));
    return { questions: { min, max }, minutes: { min: minutes(min), max: minutes(max) } };
  }

  get canGoBack(): boolean {
    return this.status === 'complete' || this.progress.index > 0;
  }

  get canGoNext(): boolean {
    const current = this.current;
    return current !== null && this.state[current.id] !== undefined;
  }

  answer(id: string, value: string | string[]): void {
    const item = this.items.find((q) => q.id === id);
    if (!item)
      throw new ReadinessError('unknown-question', `answers.${id}: no such question`, ['answers', id]);
    if (!this.visible.includes(item)) {
      throw new ReadinessError(
        'invalid-answer',
        `answers.${id}: this question is not shown for the answers given`,
        ['answers', id],
      );
    }
    const problem = answerProblem(item, value);
    if (problem) throw new ReadinessError('invalid-answer', `answers.${id}: ${problem}`, ['answers', id]);
    this.state = { ...this.state, [id]: Array.isArray(value) ? [...value] : value };
    if (this.status === 'complete') {
      this.status = 'active';
      this.computed = null;
    }
    this.currentId = id;
    this.save();
    this.notify('answer');
  }

  next(): void {
    const current = this.current;
    if (!current) return;
    if (this.state[current.id] === undefined) {
      throw new ReadinessError(
        'invalid-answer',
        `answers.${current.id}: answer this question (or choose "not sure") first`,
        ['answers', current.id],
      );
    }
    const visible = this.visible;
    const following = visible[visible.indexOf(current) + 1];
    if (!following) {
      this.complete();
      return;
    }
    this.currentId = following.id;
    this.save();
    this.notify('step');
  }

  back(): void {
    const visible = this.visible;
    if (this.status === 'complete') {
      this.status = 'active';
      this.computed = null;
      this.currentId = visible[visible.length - 1]?.id ?? null;
    } else {
      const current = this.current;
      const previous = current ? visible[visible.indexOf(current) - 1] : undefined;
      if (!previous) return;
      this.currentId = previous.id;
    }
    this.save();
    this.notify('step');
  }

  goTo(id: string): void {
    if (!this.visible.some((q) => q.id === id)) {
      throw new ReadinessError('unknown-question', `answers.${id}: not a visible question`, ['answers', id]);
    }
    this.status = 'active';
    this.computed = null;
    this.currentId = id;
    this.save();
    this.notify('step');
  }

  get result(): AssessmentResult | null {
    if (this.status !== 'complete') return null;
    this.computed ??= this.compute();
    return this.computed;
  }

  private compute(): AssessmentResult {
    return this.evaluate(this.state, { scope: this.scope, translation: this.translation, ...this.engine });
  }

  complete(): AssessmentResult {
    const result = this.compute();
    this.computed = result;
    this.status = 'complete';
    this.save();
    this.notify('complete');
    return result;
  }

  reset(): void {
    this.state = {};
    this.status = 'active';
    this.computed = null;
    this.restored = 'none';
    this.currentId = this.visible[0]?.id ?? null;
    if (this.storage) removeDraft(this.storage, this.key);
    this.notify('reset');
  }

  setTranslation(translation: SessionTranslation): void {
    this.translation = parseWith(SessionTranslationSchema, translation, 'invalid-translation', [
      'translation',
    ]);
    this.items = questionItems(this.bank.items, this.scope, this.translation.bank);
    this.computed = null;
    this.notify('translation');
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private save(): void {
    if (!this.storage) return;
    const draft: Draft = {
      v: 1,
      bank: BANK_HASH,
      scope: this.scope,
      answers: this.state,
      current: this.currentId,
      status: this.status,
      savedAt: this.now(),
    };
    this.persistence = writeDraft(this.storage, this.key, draft) ? 'saved' : 'unavailable';
  }

  private notify(type: SessionChange['type']): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ type, session: this });
      } catch (error) {
        reportHostError(error);
      }
    }
  }
}

/** The questions a session asks: the bank's items and the translation used when the config names none. */
export interface SessionBank {
  /** The items, in order: the SDK's whole bank, or the widget's first-screen copy of its structure. */
  items: readonly BankItem[];
  translation: SessionTranslation;
}

/**
 * Opens a session on `bank` whose result comes from `evaluate`: the SDK's `createSession` passes `assess`; the
 * widget passes its engine, which loads while the visitor answers. Throws `ReadinessError('invalid-config')`.
 */
export function openSession(
  config: SessionConfig | undefined,
  bank: SessionBank,
  evaluate: Evaluate,
): Session {
  const parsed = parseWith(SessionConfigSchema, config ?? {}, 'invalid-config', ['config']);
  return new ReadinessSession(parsed, bank, evaluate);
}
