import type { ReadinessEventMap } from '../../sdk/events.js';

type DataLayerWindow = { dataLayer?: unknown[] };

// Tag managers see what happened, never what was answered or who the visitor is.
const summaries: {
  [K in keyof ReadinessEventMap]: (detail: ReadinessEventMap[K]) => Record<string, unknown>;
} = {
  'readiness-start': (d) => ({ readinessScope: d.scope.join(' '), readinessResumed: d.resumed }),
  'readiness-step': (d) => ({
    readinessQuestion: d.questionId,
    readinessIndex: d.index,
    readinessTotal: d.total,
  }),
  'readiness-complete': (d) => ({
    readinessScope: d.result.scope.join(' '),
    readinessClaims: Object.fromEntries(
      Object.entries(d.result.classification).map(([s, c]) => [s, c?.claim]),
    ),
  }),
  'readiness-lead': () => ({}),
  'readiness-error': (d) => ({ readinessError: d.code }),
};

/** Pushes `{ event, … }` to `window.dataLayer` (created if missing); a broken dataLayer is ignored. */
export function pushDataLayer<K extends keyof ReadinessEventMap>(
  name: K,
  detail: ReadinessEventMap[K],
): void {
  try {
    const w = globalThis as DataLayerWindow;
    w.dataLayer ??= [];
    w.dataLayer.push({ event: name, ...summaries[name](detail) });
  } catch {
    // The host's dataLayer is its own business; ours must keep working.
  }
}
