import type * as z from '../src/zod.js';
import { answerProblem, validateAnswers } from '../src/answers.js';
import { BANK_HASH } from '../src/bank/hash.js';
import { questionItems } from '../src/bank/questions.js';
import { ReadinessError, parseWith } from '../src/errors.js';
import { visibleItems } from '../src/flow.js';
import { normaliseScope } from '../src/options.js';
import type { QuestionItem } from '../src/schemas/bank.js';
import type { Answers, AssessmentResult } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';
import {
  CHECKLIST_PREFIX,
  possibleStepsOf,
  stepsOf,
  type Length,
  type Phase,
  type Step,
} from '../src/steps.js';
import { draftKey, readDraft, removeDraft, writeDraft, type Draft } from './draft.js';
import { reportHostError } from './events.js';
import type { StorageAdapter } from './storage.js';
import type {
  Session,
  SessionChange,
  SessionEstimate,
  SessionProgress,
  SessionTranslation,
} from './session-api.js';
import { applyChecklist, checklistItem, minutesOf, stepValue, type Derived } from './session-steps.js';
import {
  SessionConfigSchema,
  SessionTranslationSchema,
  type Evaluate,
  type SessionBank,
  type SessionConfig,
} from './session-config.js';

// The session's types and settings, where the SDK and the widget have always taken them from.
export type * from './session-api.js';
export {
  SessionConfigSchema,
  type Evaluate,
  type SessionBank,
  type SessionConfig,
} from './session-config.js';

class ReadinessSession implements Session {
  readonly scope: StandardId[];
  restored: Session['restored'] = 'none';
  persistence: Session['persistence'];
  status: Session['status'] = 'active';
  // Worked out on first read after completion, so a restored complete draft costs nothing until shown.
  private computed: AssessmentResult | null = null;
  private state: Answers = {};
  private currentId: string | null = null;
  readonly length: Length;
  phase: Phase = 'first';
  private coarse: string[] = [];
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
    this.length = config.length ?? 'standard';
    this.translation = config.translation ?? bank.translation;
    this.items = questionItems(bank.items, this.scope, this.translation.bank, bank.translation.bank);
    this.storage = config.storage ?? null;
    this.key = config.storageKey ?? draftKey(this.scope);
    this.engine = { figures: config.figures, currency: config.currency };
    this.now = config.now ?? Date.now;
    this.persistence = this.storage ? 'saved' : 'off';
    if (config.answers !== undefined) this.state = { ...validateAnswers(this.items, config.answers) };
    else if (this.storage) this.restore(this.storage);
    this.currentId ??= this.steps[0]?.id ?? null;
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
    if (this.length === 'short') {
      this.phase = read.draft.phase ?? 'first';
      this.coarse = read.draft.coarse ?? [];
    }
    this.currentId = this.steps.some((q) => q.id === read.draft.current) ? read.draft.current : null;
    // A draft that says complete but misses answers is resumed at the first gap, never shown as a whole result.
    if (read.draft.status === 'complete') {
      const gap = this.steps.find((step) => stepValue(step, this.state) === undefined);
      if (gap) this.currentId = gap.id;
      else this.status = 'complete';
    }
  }

  get answers(): Readonly<Answers> {
    return this.state;
  }

  // What the flow derives from the answers, worked out once per change: a screen reads it many times per render.
  private derived: Derived | null = null;

  private get memo(): Derived {
    const d = this.derived;
    if (
      d?.state === this.state &&
      d.items === this.items &&
      d.phase === this.phase &&
      d.coarse === this.coarse
    )
      return d;
    return (this.derived = {
      state: this.state,
      items: this.items,
      phase: this.phase,
      coarse: this.coarse,
      checklists: new Map(),
    });
  }

  get visible(): QuestionItem[] {
    const memo = this.memo;
    return (memo.visible ??= visibleItems(this.items, this.state, this.scope));
  }

  private get input() {
    return { length: this.length, phase: this.phase, coarse: this.coarse };
  }

  get steps(): Step[] {
    const memo = this.memo;
    return (memo.steps ??= stepsOf(this.items, this.state, this.scope, this.input));
  }

  private get possible(): Step[] {
    const memo = this.memo;
    return (memo.possible ??= possibleStepsOf(this.items, this.state, this.scope, this.input));
  }

  get step(): Step | null {
    if (this.status === 'complete') return null;
    return this.steps.find((s) => s.id === this.currentId) ?? null;
  }

  get current(): QuestionItem | null {
    const step = this.step;
    if (!step) return null;
    if (step.kind === 'checklist') {
      const { checklists } = this.memo;
      let item = checklists.get(step.id);
      if (!item) checklists.set(step.id, (item = checklistItem(step, this.items, this.translation)));
      return item;
    }
    return this.items.find((q) => q.id === step.id) ?? null;
  }

  get currentValue(): string | string[] | undefined {
    const step = this.step;
    return step ? stepValue(step, this.state) : undefined;
  }

  get progress(): SessionProgress {
    const steps = this.steps;
    const possible = this.possible;
    const step = this.step;
    const total = possible.length;
    const index = step
      ? Math.max(
          0,
          possible.findIndex((s) => s.id === step.id),
        )
      : total;
    const answered = steps.filter((s) => stepValue(s, this.state) !== undefined).length;
    const order = [...new Set(possible.map((q) => q.section))];
    const section = step?.section ?? order[order.length - 1] ?? 'organisation';
    const at = this.status === 'complete' ? order.length : order.indexOf(section);
    return {
      index,
      total,
      answered,
      section,
      sections: order.map((id, i) => ({
        id,
        label: this.translation.sections[id],
        state: i < at ? 'done' : i === at ? 'current' : 'todo',
      })),
      fraction: total === 0 ? 0 : index / total,
    };
  }

  get estimate(): SessionEstimate {
    const shown = this.steps;
    const possible = this.possible;
    return {
      questions: { min: shown.length, max: Math.max(shown.length, possible.length) },
      minutes: { min: minutesOf(shown), max: Math.max(minutesOf(shown), minutesOf(possible)) },
    };
  }

  get canGoBack(): boolean {
    return this.status === 'complete' || this.progress.index > 0;
  }

  get canGoNext(): boolean {
    return this.currentValue !== undefined;
  }

  answer(id: string, value: string | string[]): void {
    if (id.startsWith(CHECKLIST_PREFIX)) this.answerChecklist(id, value);
    else {
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
    }
    if (this.status === 'complete') {
      this.status = 'active';
      this.computed = null;
    }
    const step = this.steps.find((s) => s.items.includes(id) || s.id === id);
    this.currentId = step?.id ?? id;
    this.save();
    this.notify('answer');
  }

  private answerChecklist(id: string, value: string | string[]): void {
    const step = this.steps.find((s) => s.id === id);
    if (!step)
      throw new ReadinessError('unknown-question', `answers.${id}: not a checklist on screen`, [
        'answers',
        id,
      ]);
    ({ state: this.state, coarse: this.coarse } = applyChecklist(step, value, this.state, this.coarse));
  }

  next(): void {
    const step = this.step;
    if (!step) return;
    if (this.currentValue === undefined) {
      throw new ReadinessError(
        'invalid-answer',
        `answers.${step.id}: answer this question (or choose "not sure") first`,
        ['answers', step.id],
      );
    }
    const steps = this.steps;
    const following = steps[steps.findIndex((s) => s.id === step.id) + 1];
    if (!following) {
      this.complete();
      return;
    }
    this.currentId = following.id;
    this.save();
    this.notify('step');
  }

  back(): void {
    const steps = this.steps;
    if (this.status === 'complete') {
      this.status = 'active';
      this.computed = null;
      this.currentId = steps[steps.length - 1]?.id ?? null;
    } else {
      const step = this.step;
      const previous = step ? steps[steps.findIndex((s) => s.id === step.id) - 1] : undefined;
      if (!previous) return;
      this.currentId = previous.id;
    }
    this.save();
    this.notify('step');
  }

  goTo(id: string): void {
    const step = this.steps.find((s) => s.id === id || s.items.includes(id));
    if (!step) {
      throw new ReadinessError('unknown-question', `answers.${id}: not a visible question`, ['answers', id]);
    }
    this.status = 'active';
    this.computed = null;
    this.currentId = step.id;
    this.save();
    this.notify('step');
  }

  sharpen(): boolean {
    if (this.length !== 'short' || this.phase !== 'first' || this.status !== 'complete') return false;
    const steps = stepsOf(this.items, this.state, this.scope, { ...this.input, phase: 'sharpen' });
    if (steps.length === 0) return false;
    this.phase = 'sharpen';
    this.status = 'active';
    this.computed = null;
    this.currentId = steps[0]!.id;
    this.save();
    this.notify('step');
    return true;
  }

  get result(): AssessmentResult | null {
    if (this.status !== 'complete') return null;
    this.computed ??= this.compute();
    return this.computed;
  }

  private compute(): AssessmentResult {
    const coarse = this.length === 'short' && this.phase === 'first' ? { coarse: this.coarse } : {};
    return this.evaluate(this.state, {
      scope: this.scope,
      translation: this.translation,
      ...this.engine,
      ...coarse,
    });
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
    this.phase = 'first';
    this.coarse = [];
    this.currentId = this.steps[0]?.id ?? null;
    if (this.storage) removeDraft(this.storage, this.key);
    this.notify('reset');
  }

  setTranslation(translation: SessionTranslation): void {
    this.translation = parseWith(SessionTranslationSchema, translation, 'invalid-translation', [
      'translation',
    ]);
    this.items = questionItems(
      this.bank.items,
      this.scope,
      this.translation.bank,
      this.bank.translation.bank,
    );
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
      ...(this.length === 'short' ? { phase: this.phase, coarse: this.coarse } : {}),
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
