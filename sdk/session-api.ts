import type { EngineTranslation } from '../src/i18n/translation.js';
import type { QuestionItem, SectionId } from '../src/schemas/bank.js';
import type { Answers, AssessmentResult } from '../src/schemas/result.js';
import type { Range, StandardId } from '../src/schemas/standard.js';
import type { Length, Phase, Step } from '../src/steps.js';

/** What a session reads of a translation: the questions and the section names. Any `EngineTranslation` is one. */
export type SessionTranslation = Pick<EngineTranslation, 'locale' | 'bank' | 'sections'>;

/** Where the visitor is. */
export interface SessionProgress {
  /** 0-based position of the current screen (a question or a checklist); = total when complete. */
  index: number;
  /** Screens the visitor may still meet: answering never raises it, it only falls as branches close. */
  total: number;
  /** Screens answered. */
  answered: number;
  /** Section of the current question. */
  section: SectionId;
  /** Sections in order, with how far the visitor is. */
  sections: { id: SectionId; label: string; state: 'done' | 'current' | 'todo' }[];
  /** index / total, 0–1. */
  fraction: number;
}

/** How long the assessment takes: the fewest and most screens the branches can show, and minutes. */
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
  /** `short` or `standard`: how the questions are asked. */
  readonly length: Length;
  /** Short path: `first` before the first result, `sharpen` while asking the rest at full precision. */
  readonly phase: Phase;
  /** The screens for the answers given, in order. */
  readonly steps: Step[];
  /** The screen on show; null once complete. */
  readonly step: Step | null;
  /**
   * The question on screen; null once complete. A checklist is a multi-choice question whose id is the step's
   * (`practices:<section>`) and whose options are its items' ids plus `none`.
   */
  readonly current: QuestionItem | null;
  /** The answer on screen: a question's answer, or a checklist's ticked items. */
  readonly currentValue: string | string[] | undefined;
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
  /**
   * Answers a question, or a checklist with the ids ticked (`['none']` for "none / not sure"; `[]` clears it);
   * throws `ReadinessError` for an unknown question or a value off its scale.
   */
  answer(id: string, value: string | string[]): void;
  /**
   * Short path, once complete: asks the coarse answers and the questions left out at full precision, then gives
   * the updated result. False when there is nothing to sharpen.
   */
  sharpen(): boolean;
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
