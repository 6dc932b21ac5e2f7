import type { ReadinessEventMap } from '../../sdk/events.js';
import type { Session } from '../../sdk/session-core.js';
import { ReadinessError } from '../../src/errors.js';
import { format } from '../../src/i18n/format.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { InternalEventMap } from '../internal/base-element.js';
import type { IsoReadinessQuestion } from '../question/question.component.js';
import type { IsoReadinessResults } from '../results/results.component.js';
import type { ResultsLoader } from './results-loader.js';

/** The screen the element shows. */
export type View = 'intro' | 'resume' | 'question' | 'results';

/** What the flow's rules need of the element. */
export interface FlowHost {
  session(): Session | null;
  /** Interface strings of the first screen. */
  t(): CoreTranslation;
  /** The results' heading once the complete translation is here: what is announced when they appear. */
  resultsHeading(): string | undefined;
  question(): IsoReadinessQuestion | null;
  report<K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]): void;
  reportError(error: ReadinessError): void;
  /** Says once that progress is not being saved, when the last save failed. */
  reportUnsaved(): void;
  /** The results part's loading. */
  readonly results: ResultsLoader;
  /** Forgets every answer and goes back to the start. */
  reset(): void;
  requestUpdate(): void;
}

type Handler<K extends keyof InternalEventMap> = (event: CustomEvent<InternalEventMap[K]>) => void;

/**
 * The quick check's rules of movement: which screen shows, what the page is told (`readiness-start`, `-step`,
 * `-complete`), what is announced, and where focus goes after the visitor acts (never before).
 */
export class QuickFlow {
  view: View = 'intro';
  /** The polite live region's text. */
  announcement = '';
  /** `readiness-start` has been sent for this session. */
  started = false;
  /** Move focus to the new screen's heading after the next render. */
  focusAfterUpdate = false;
  /** A finished assessment resumed: `readiness-complete` goes out when its results are shown. */
  private resumedComplete = false;

  constructor(private readonly host: FlowHost) {}

  /** A session opened: the resume screen for a saved draft with answers, else the intro (or first question). */
  opened(session: Session, skipIntro: boolean): void {
    this.started = false;
    const resumable =
      session.restored === 'restored' &&
      (Object.keys(session.answers).length > 0 || session.status === 'complete');
    this.view = resumable ? 'resume' : skipIntro ? 'question' : 'intro';
  }

  /**
   * After a render the visitor caused, focus goes to the new screen's heading; never on load, so the host page
   * keeps its focus and scroll.
   */
  focus(find: <E extends Element>(selector: string) => E | null): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    const question = find<IsoReadinessQuestion>('iso-readiness-question');
    const results = find<IsoReadinessResults>('iso-readiness-results');
    // The report's heading is in its top, which paints before the parts below it.
    void Promise.all([question?.updateComplete, results?.topComplete]).then(() => {
      if (this.view === 'question') question?.focusHeading();
      else if (this.view === 'results') results?.focusHeading();
      else find<HTMLElement>('.screen-heading')?.focus();
    });
  }

  /** Starts (or resumes) on the current screen, telling the page once. */
  begin(resumed: boolean): void {
    const session = this.host.session();
    if (!session) return;
    if (!this.started) {
      this.started = true;
      this.host.report('readiness-start', { scope: [...session.scope], resumed, depth: 'quick' });
    }
    this.show();
  }

  /** Shows where the session is now and tells the page; focus follows after the render unless `quiet`. */
  show(quiet = false): void {
    const session = this.host.session();
    const t = this.host.t();
    if (!session) return;
    this.focusAfterUpdate = !quiet;
    this.host.requestUpdate();
    if (session.status === 'complete') {
      this.view = 'results';
      // Until the results part is here the screen says the report is being prepared; then this runs again.
      if (!this.host.results.ready(() => this.show(quiet))) return;
      this.announcement = this.host.resultsHeading() ?? '';
      // A returning visitor's result reaches the page as a new one does: the host may have missed it.
      if (this.resumedComplete)
        this.host.report('readiness-complete', { result: session.result!, depth: 'quick' });
      this.resumedComplete = false;
      return;
    }
    const current = session.current;
    if (!current) return;
    // The results part failed to load: each step tries again, and the notice goes once it is here.
    if (this.host.results.failure && !this.host.results.busy) void this.host.results.loadChecked();
    this.view = 'question';
    const { index, total, section } = session.progress;
    this.announcement = format(t.ui.progress.announce, {
      section: t.sections[section],
      index: index + 1,
      total,
    });
    this.host.report('readiness-step', { depth: 'quick', questionId: current.id, index, total, section });
  }

  readonly answer: Handler<'iso-readiness-answer'> = (event) => {
    const session = this.host.session();
    if (!session) return;
    if (!this.started) {
      // skip-intro: the first answer starts the assessment; the visitor's focus stays on the option they chose.
      this.started = true;
      this.host.report('readiness-start', { scope: [...session.scope], resumed: false, depth: 'quick' });
      this.show(true);
    }
    try {
      session.answer(event.detail.id, event.detail.value);
    } catch (error) {
      if (!(error instanceof ReadinessError)) throw error;
      this.host.reportError(error);
    }
    if (session.persistence === 'unavailable') this.host.reportUnsaved();
  };

  readonly navigate: Handler<'iso-readiness-navigate'> = (event) => {
    const session = this.host.session();
    if (!session) return;
    const to = event.detail.to;
    if (to === 'restart') {
      this.host.reset();
      this.focusAfterUpdate = true;
      return;
    }
    if (to === 'sharpen') {
      if (session.sharpen()) this.show();
      return;
    }
    if (to === 'back') {
      if (!session.canGoBack) return;
      session.back();
      this.show();
      return;
    }
    if (!session.canGoNext) {
      this.host.question()?.requireAnswer();
      return;
    }
    const last = session.steps[session.steps.length - 1]?.id === session.step?.id;
    // The last answer turns into a result: say so while the results part is still on its way.
    if (last && !this.host.results.ready(() => this.navigate(event))) {
      this.view = 'results';
      this.focusAfterUpdate = false;
      this.host.requestUpdate();
      return;
    }
    session.next();
    if (session.persistence === 'unavailable') this.host.reportUnsaved();
    if (session.status === 'complete' && session.result) {
      this.host.report('readiness-complete', { result: session.result, depth: 'quick' });
    }
    this.show();
  };

  readonly resume = (): void => {
    this.resumedComplete = this.host.session()?.status === 'complete';
    this.begin(true);
  };

  /** "Try again" after the results part failed to load. */
  readonly retry = (): void => {
    this.host.results.failure = null;
    this.show();
  };

  /** Back to the start after a reset: the intro, or the first question with `skipIntro`. */
  restart(skipIntro: boolean): void {
    this.started = false;
    this.view = skipIntro ? 'question' : 'intro';
    this.host.requestUpdate();
  }

  /** "Start over" on the resume screen. */
  readonly startOver = (): void => {
    this.host.reset();
    this.begin(false);
  };
}
