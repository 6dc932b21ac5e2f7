import type { ReadinessErrorCode } from '../src/errors.js';
import type { SectionId } from '../src/schemas/bank.js';
import type { Lead } from '../src/schemas/lead.js';
import type { AssessmentResult } from '../src/schemas/result.js';
import type { StandardId } from '../src/schemas/standard.js';

/**
 * One map from event name to detail, shared by DOM events and config callbacks, so `onComplete` and
 * `readiness-complete` can never drift apart.
 */
export interface ReadinessEventMap {
  /** The visitor started (or resumed) an assessment. */
  'readiness-start': { scope: StandardId[]; resumed: boolean };
  /** A new question is on screen. */
  'readiness-step': { questionId: string; index: number; total: number; section: SectionId };
  /** The result is ready. */
  'readiness-complete': { result: AssessmentResult };
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
