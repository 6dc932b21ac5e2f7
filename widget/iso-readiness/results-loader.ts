import type { ReactiveControllerHost } from 'lit';
import type { Evaluate } from '../../sdk/session-core.js';
import { ReadinessError } from '../../src/errors.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { Answers, AssessmentResult } from '../../src/schemas/result.js';
import type * as FullModule from '../full-assessment/full-assessment.js';
import type * as ReportModule from './report.js';
import type { ResultsPart, ResultsPartOptions } from './results-part.js';

type Report = typeof ReportModule;
// One copy of the results part per page, whichever instance asks first. A load that fails (a deployment with a
// chunk missing, a network blip) is tried again after 1 s and 3 s before the visitor and the host are told; a
// later call (the next answer, the Try again button) starts afresh.
let reportModule: Promise<Report> | null = null;
const loadReport = (): Promise<Report> => import('./report.js');
const later = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms)).then(loadReport);
const importReport = (): Promise<Report> =>
  (reportModule ??= loadReport()
    .catch(later(1000))
    .catch(later(3000))
    .catch((error: unknown) => {
      reportModule = null;
      throw error;
    }));

// `depth="full"`: the gap assessment is a chunk of its own, fetched the first time an instance shows it.
let fullModule: Promise<typeof FullModule> | null = null;
const importFull = (): Promise<typeof FullModule> =>
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
      /** Loads the complete translation the results need, alongside. */
      complete: () => Promise<unknown>;
      /** The complete translation, once here. */
      full: () => Translation | null;
      /** Checks the whole config with the part: true when results and leads may be shown. */
      check: () => boolean;
      /** The whole config (attributes and `config` merged), for what its check needs loaded. */
      input: () => unknown;
      /** Whether the part could be loaded, after the last try: the element's notice follows it. */
      available: (yes: boolean) => void;
    },
  ) {}

  /** The result of `answers`, in the complete translation; only once the part and that translation are here. */
  assess(answers: Answers, options: Parameters<Evaluate>[1], full: Translation | null): AssessmentResult {
    if (!this.part || !full) throw new ReadinessError('not-complete', 'The results part has not loaded.');
    return this.part.assess(answers, { ...options, translation: full });
  }

  /** A load is under way. */
  get busy(): boolean {
    return this.loading !== null;
  }

  /**
   * Loads the part and what checking the config needs (the check of translation overrides, when it has some),
   * then checks the whole config with it: true when results and leads can be shown.
   */
  loadChecked(): Promise<boolean> {
    return this.load()
      .then((loaded) => loaded && this.prepare())
      .then((ready) => ready && this.options.check());
  }

  private prepare(): Promise<boolean> {
    return this.part!.prepare(this.options.input()).then(
      () => true,
      (error: unknown) => {
        this.fail(error);
        return false;
      },
    );
  }

  /** Whether results can be worked out now; if not, loads what they need and then runs `then`. */
  ready(then: () => void): boolean {
    if (this.part?.checked && this.options.full()) return true;
    void this.loadChecked().then((ok) => {
      if (ok && this.options.full()) then();
    });
    return false;
  }

  /** The full gap assessment's chunk, once loaded. */
  full: typeof FullModule | null = null;

  /** Loads the full gap assessment's chunk; a failure is kept in `failure` and reported. */
  loadFull(): Promise<void> {
    return importFull().then(
      (full) => {
        this.full = full;
      },
      (error: unknown) => {
        this.failure = new ReadinessError(
          'load-failed',
          `The full assessment could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        );
        this.options.onError(this.failure);
      },
    );
  }

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
        this.options.available(true);
        this.host.requestUpdate();
        return true;
      },
      (error: unknown) => {
        this.loading = null;
        this.fail(error);
        return false;
      },
    );
    return this.loading;
  }

  /** Follows the loading of text the flow needs beside the part: a failure is kept and told like the part's. */
  track(loading: Promise<unknown>): void {
    void loading.catch((error: unknown) => this.fail(error, 'The questions'));
  }

  private fail(error: unknown, what = 'The results'): void {
    const failure = new ReadinessError(
      'load-failed',
      `${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
    // Told at once, on whatever screen the visitor is, rather than after the last question; once per failure.
    if (!this.failure) {
      console.error(`<iso-readiness>: ${failure.message}`);
      this.options.onError(failure);
    }
    this.failure = failure;
    this.options.available(false);
    this.host.requestUpdate();
  }
}
