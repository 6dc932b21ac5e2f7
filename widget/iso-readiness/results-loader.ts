import type { ReactiveControllerHost } from 'lit';
import { ReadinessError } from '../../src/errors.js';
import type * as ReportModule from './report.js';
import type { ResultsPart, ResultsPartOptions } from './results-part.js';

type Report = typeof ReportModule;
// One copy of the results part per page, whichever instance asks first; a failed load may be retried.
let reportModule: Promise<Report> | null = null;
const importReport = (): Promise<Report> =>
  (reportModule ??= import('./report.js').catch((error: unknown) => {
    reportModule = null;
    throw error;
  }));

// `depth="full"`: the gap assessment is a chunk of its own, fetched the first time an instance shows it.
let fullModule: Promise<unknown> | null = null;
/** Loads the full gap assessment's chunk once per page; a failed load may be retried. */
export const importFull = (): Promise<unknown> =>
  (fullModule ??= import('../full-assessment/full-assessment.js').catch((error: unknown) => {
    fullModule = null;
    throw error;
  }));

/** Runs `fn` when the browser is idle: the results part loads while the visitor reads the first question. */
export const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
};

/** What loading the results part needs of the element. */
export type ResultsLoaderHost = ReactiveControllerHost & HTMLElement & { forget(): void };

/**
 * Loads the element's results part (engine, complete translation, results, lead capture) once, and says why
 * when it cannot: `failure` holds the error until a later call succeeds.
 */
export class ResultsLoader {
  /** The results part, once loaded. */
  part: ResultsPart | null = null;
  /** Why the last load failed, or null. */
  failure: ReadinessError | null = null;
  private loading: Promise<boolean> | null = null;

  constructor(
    private readonly host: ResultsLoaderHost,
    private readonly options: ResultsPartOptions & {
      /** The complete translation the results need, loaded alongside. */
      complete: () => Promise<unknown>;
    },
  ) {}

  /** Loads the part (and the complete translation); true once it is here. A failure is reported once per try. */
  load(): Promise<boolean> {
    this.loading ??= Promise.all([importReport(), this.options.complete()]).then(
      ([report]) => {
        // Leads reach the page through the element's `report`, like every other event.
        this.part ??= new report.ResultsPart(this.host, {
          onLead: this.options.onLead,
          onError: this.options.onError,
        });
        this.failure = null;
        this.host.requestUpdate();
        return true;
      },
      (error: unknown) => {
        this.loading = null;
        this.failure = new ReadinessError(
          'load-failed',
          `The results could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        );
        console.error(`<iso-readiness>: ${this.failure.message}`);
        this.options.onError(this.failure);
        this.host.requestUpdate();
        return false;
      },
    );
    return this.loading;
  }
}
