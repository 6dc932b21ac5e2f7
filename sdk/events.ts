import type { ReadinessErrorCode } from '../src/errors.js';
import type { FullResult } from '../src/full/schemas.js';
import type { SectionId } from '../src/schemas/bank.js';
import type { Lead } from '../src/schemas/lead.js';
import type { AssessmentResult } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';

/** Which assessment an event comes from: the ten-minute check or the full gap assessment (`depth="full"`). */
export type Depth = 'quick' | 'full';

/** The quick check moved to a question. */
export interface QuickStepDetail {
  depth: 'quick';
  /** The question on screen. */
  questionId: string;
  /** Its position among the questions shown for the answers so far (0-based), and how many there are. */
  index: number;
  total: number;
  section: SectionId;
}

/** The full gap assessment moved to a section (its screens are sections, not single questions). */
export interface FullStepDetail {
  depth: 'full';
  /** The section on screen, the same as `section`: `profile`, `scoping`, `27001:A.5`…, `results`. */
  questionId: string;
  /** Its position in the section list (0-based), and how many sections there are. */
  index: number;
  total: number;
  section: string;
  /** Requirements and controls of the section the visitor has answered, and how many it has (0 for the others). */
  answered: number;
  of: number;
}

/**
 * One map from event name to detail, shared by DOM events and config callbacks, so `onComplete` and
 * `readiness-complete` can never drift apart.
 */
export interface ReadinessEventMap {
  /** The visitor started (or resumed) an assessment. */
  'readiness-start': { scope: StandardId[]; resumed: boolean; depth: Depth };
  /** A new question (quick check) or section (full assessment) is on screen. */
  'readiness-step': QuickStepDetail | FullStepDetail;
  /**
   * The result is ready. In the full assessment, when the visitor opens its results after a change: `result` is
   * then the gap assessment in the quick check's shape (control-level readiness), `gapAssessment` the whole of it.
   */
  'readiness-complete': { result: AssessmentResult; depth: Depth; gapAssessment?: FullResult };
  /** The visitor shared their contact (and what they agreed to share of the result). */
  'readiness-lead': { lead: Lead };
  /** Something went wrong: invalid config, storage, delivery. */
  'readiness-error': { code: ReadinessErrorCode; message: string; path: (string | number)[] };
}

/** Name of a `readiness-*` event. */
export type ReadinessEventName = keyof ReadinessEventMap;

/** The config callback that mirrors each event. */
export const CALLBACK_NAMES = {
  'readiness-start': 'onStart',
  'readiness-step': 'onStep',
  'readiness-complete': 'onComplete',
  'readiness-lead': 'onLead',
  'readiness-error': 'onError',
} as const satisfies Record<ReadinessEventName, string>;

/** Callbacks a host may pass in config, one per event, with the same detail type. */
export type ReadinessCallbacks = {
  [E in ReadinessEventName as (typeof CALLBACK_NAMES)[E]]?: (detail: ReadinessEventMap[E]) => void;
};

/** Reports an error thrown by host code without letting it break ours. */
export function reportHostError(error: unknown): void {
  const report = (globalThis as { reportError?: (e: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else console.error(error);
}

/** Calls the host's callback for an event, if any; a callback that throws or rejects breaks nothing. */
export function invokeCallback<E extends ReadinessEventName>(
  callbacks: ReadinessCallbacks | undefined,
  name: E,
  detail: ReadinessEventMap[E],
): void {
  const callback = callbacks?.[CALLBACK_NAMES[name]] as ((d: ReadinessEventMap[E]) => unknown) | undefined;
  if (typeof callback !== 'function') return;
  try {
    const returned = callback(detail);
    if (returned instanceof Promise) returned.catch(reportHostError);
  } catch (error) {
    reportHostError(error);
  }
}
