import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { CALLBACK_NAMES, ReadinessCallbacks, ReadinessEventMap } from '../../sdk/events.js';
import { ReadinessError } from '../../src/errors.js';
import { format } from '../../src/i18n/format.js';
import type { WidgetConfigInput } from '../../src/schemas/config.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { resolveConfig } from '../internal/config.js';
import { LocalizeController, type Overrides } from '../internal/localize-controller.js';
import { PopupController } from '../internal/popup-controller.js';
import { report } from '../internal/reporter.js';
import { SessionController } from '../internal/session-controller.js';
import { IsoReadinessProgress } from '../progress/progress.component.js';
import { IsoReadinessQuestion } from '../question/question.component.js';
import type { IsoReadinessResults } from '../results/results.component.js';
import type * as ReportModule from './report.js';
import type { LeadPlace, ResultsPart } from './results-part.js';
import {
  renderError,
  renderIntro,
  renderNotices,
  renderPopup,
  renderPreparing,
  renderQuestion,
  renderResume,
  type Notice,
} from './screens.js';
import styles from './iso-readiness.styles.js';

/** `config` as a host writes it: the validated settings plus callbacks typed from the shared event map. */
export type IsoReadinessConfig = Omit<
  WidgetConfigInput,
  (typeof CALLBACK_NAMES)[keyof typeof CALLBACK_NAMES]
> &
  ReadinessCallbacks;

type View = 'intro' | 'resume' | 'question' | 'results';

type Report = typeof ReportModule;
// One copy of the results part per page, whichever instance asks first. A load that fails (a deployment with a
// chunk missing, a network blip) is tried again after 1 s and 3 s before the visitor and the host are told; a
// later call (the next answer, the Try again button) starts afresh.
let reportModule: Promise<Report> | null = null;
const load = (): Promise<Report> => import('./report.js');
const later = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms)).then(load);
const importReport = (): Promise<Report> =>
  (reportModule ??= load()
    .catch(later(1000))
    .catch(later(3000))
    .catch((error: unknown) => {
      reportModule = null;
      throw error;
    }));

// After the first question is on screen, when the browser is idle: the results part loads while the visitor reads.
// `depth="full"`: the gap assessment is a chunk of its own, fetched the first time an instance shows it.
let fullModule: Promise<unknown> | null = null;
const importFull = (): Promise<unknown> =>
  (fullModule ??= import('../full-assessment/full-assessment.js').catch((error: unknown) => {
    fullModule = null;
    throw error;
  }));

const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
};

/**
 * @tagname iso-readiness
 * @summary An ISO/IEC 27001 and ISO/IEC 42001 readiness assessment a consultancy embeds in its site: intro,
 * one question per screen, and an honest report. The engine decides; this element renders and reports.
 *
 * @dependency iso-readiness-question
 * @dependency iso-readiness-progress
 * @dependency iso-readiness-results
 * @dependency iso-readiness-lead-form
 *
 * @event {{ scope: StandardId[]; resumed: boolean; depth: Depth }} readiness-start - The visitor started or resumed.
 * @event {QuickStepDetail | FullStepDetail} readiness-step - A question (quick check) or a section (`depth="full"`) is on screen after the visitor acted.
 * @event {{ result: AssessmentResult; depth: Depth; gapAssessment?: FullResult }} readiness-complete - The result is ready; with `depth="full"`, each time the visitor opens the results after a change, `gapAssessment` holding the whole of it.
 * @event {{ lead: Lead }} readiness-lead - The visitor sent the lead form: contact, consent and the result scoped to what they agreed to share. Once per lead.
 * @event {{ code: ReadinessErrorCode; message: string; path: (string | number)[] }} readiness-error - Invalid config, storage trouble, or a lead the webhook refused.
 *
 * @slot lead - After the results and the lead form: anything the host wants to show there.
 * @slot report - The consultancy's own section of the report, where `report.sections` places `own`.
 *
 * @csspart base - The card around everything.
 * @csspart open-button - Popup mode: the button that opens the dialog.
 * @csspart dialog - Popup mode: the dialog.
 * @csspart close-button - Popup mode: the dialog's close button.
 * @csspart notice - A notice (progress not saved, draft discarded).
 * @csspart intro - The intro screen.
 * @csspart logo - The consultancy's logo.
 * @csspart start-button - Start (and Resume) buttons.
 * @csspart error - The configuration error box.
 * @csspart lead - The area that holds the lead form and the `lead` slot.
 * @csspart lead-form - The lead form (`iso-readiness-lead-form`).
 * @csspart forget - The "Forget my data" control under the results.
 * @csspart progress - The progress part (`iso-readiness-progress`).
 * @csspart question - The question part (`iso-readiness-question`).
 * @csspart results - The results part (`iso-readiness-results`).
 * @csspart full - `depth="full"`: the full gap assessment (`iso-readiness-full`).
 *
 * @cssproperty [--readiness-color-primary=#2952cc] - Buttons, selection, bars.
 * @cssproperty [--readiness-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssproperty [--readiness-color-text=#152033] - Body text.
 * @cssproperty [--readiness-color-muted=#556072] - Secondary text.
 * @cssproperty [--readiness-color-surface=#ffffff] - Card background.
 * @cssproperty [--readiness-color-surface-alt=#f3f5f9] - Quiet backgrounds.
 * @cssproperty [--readiness-color-border=#d8dee8] - Borders.
 * @cssproperty [--readiness-color-focus=#2952cc] - Focus ring.
 * @cssproperty [--readiness-font-family=system-ui] - Font stack.
 * @cssproperty [--readiness-font-size=1rem] - Base font size (never below 1rem on inputs).
 * @cssproperty [--readiness-radius=0.875rem] - Card corner radius.
 * @cssproperty [--readiness-radius-control=0.5rem] - Buttons and options.
 * @cssproperty [--readiness-spacing=1.25rem] - Base spacing.
 * @cssproperty [--readiness-max-width=46rem] - Widest the card grows.
 */
export class IsoReadiness extends ReadinessElement {
  static override styles = [componentStyles, styles];
  // Declared statically, not with decorators: this module loads before the first question. States say
  // `attribute: false` too, which Lit implies, so the manifest does not list them as attributes.
  static override properties = {
    standards: {},
    mode: {},
    locale: {},
    theme: {},
    lead: {},
    trigger: {},
    storageKey: { attribute: 'storage-key' },
    storage: {},
    currency: {},
    skipIntro: { type: Boolean, attribute: 'skip-intro' },
    depth: {},
    config: { attribute: false },
    resultsFailure: { state: true, attribute: false },
    view: { state: true, attribute: false },
    notices: { state: true, attribute: false },
    dismissed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    configError: { state: true, attribute: false },
  };
  // The results, their charts and the lead form are defined by `./report.js` when it loads.
  static override dependencies = {
    'iso-readiness-question': IsoReadinessQuestion,
    'iso-readiness-progress': IsoReadinessProgress,
  };

  // A new language (attribute, page `lang`, a chunk that arrived) re-words the session's questions and result;
  // the whole English brings the help texts.
  private readonly localize = new LocalizeController(this, {
    onChange: (t) => this.flow.session?.setTranslation(t),
  });
  private readonly flow = new SessionController(this);
  private readonly popup = new PopupController(this, () => this.dialog);
  /** The results part (whole config check, engine, results, lead capture) once loaded. */
  private results: ResultsPart | null = null;
  private resultsLoad: Promise<boolean> | null = null;
  private resultsFailure: ReadinessError | null = null;

  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }
  private get dialog(): HTMLDialogElement | null {
    return this.find('dialog');
  }
  private get questionEl(): IsoReadinessQuestion | null {
    return this.find('iso-readiness-question');
  }
  private get resultsEl(): IsoReadinessResults | null {
    return this.find('iso-readiness-results');
  }

  private view: View = 'intro';
  private notices: Notice[] = [];
  private dismissed: Notice[] = [];
  private announcement = '';
  private configError: ReadinessError | null = null;

  /** Standards in scope, space-separated: `iso27001`, `iso42001` or both. */
  standards = 'iso27001 iso42001';
  /** `inline` renders in place; `popup` renders a button (or uses `trigger`) that opens a dialog. */
  mode: 'inline' | 'popup' | undefined;
  /** BCP 47 language tag; default: the page's `lang`, else English. */
  locale: string | undefined;
  /** Colour scheme; `auto` follows the visitor's system setting. */
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Lead capture: `off`, `optional` or `gate`. */
  lead: 'off' | 'optional' | 'gate' | undefined;
  /** Popup mode: CSS selector of host elements that open the dialog. */
  trigger: string | undefined;
  /** Distinguishes this instance's saved progress from other instances (default: the element's `id`). */
  storageKey: string | undefined;
  /** `off` keeps nothing in `localStorage`. */
  storage: 'on' | 'off' | undefined;
  /** ISO 4217 currency for cost ranges. */
  currency: string | undefined;
  /** Open on the first question instead of the intro. */
  skipIntro = false;
  /** `quick` (default): the ten-minute check; `full`: every clause requirement and Annex A control, with a draft SoA. */
  depth: 'quick' | 'full' | undefined;
  /** Everything else (branding, call to action, callbacks…); validated, wins over attributes. */
  config: IsoReadinessConfig | undefined;

  /** The settings the first screen needs, validated; null while the config is invalid. */
  private settings: FirstScreenConfig | null = null;
  /** Attributes and `config` merged, as the whole check reads them. */
  private configInput: Record<string, unknown> = {};
  /** Where lead capture keeps its state, from the settings last in force. */
  private leadPlace: LeadPlace = { instance: 'default', persist: false };
  private sessionSignature = '';
  /** A finished assessment resumed: `readiness-complete` goes out when its results are shown. */
  private resumedComplete = false;
  private focusAfterUpdate = false;
  private started = false;

  /** Opens the dialog (popup mode). */
  open(): void {
    this.popup.open();
  }

  /** Closes the dialog (popup mode); focus returns to what opened it. */
  close(): void {
    this.popup.close();
  }

  /** Forgets every answer and the saved progress, and goes back to the intro. */
  reset(): void {
    this.flow.session?.reset();
    this.started = false;
    this.notices = this.notices.filter((n) => n !== 'discarded');
    this.view = this.settings?.skipIntro ? 'question' : 'intro';
  }

  /**
   * Removes everything this widget stored in the browser (answers, drafts, leads not yet sent, the lead gate)
   * and starts again. A lead already delivered stays with its recipient: withdrawing consent is theirs to act on.
   */
  forget(): void {
    this.reset();
    void this.importResults().then((ok) => {
      if (!ok) return;
      // Lead capture must know this instance's keys, also while the config is invalid.
      this.checkWholeConfig();
      this.announcement = this.results!.forget(this.localize.full);
    });
  }

  /**
   * Loads the results part (the engine's rules, the complete translation, results and lead form), then checks
   * the whole config with it. Resolves true when results and leads can be shown; false, after reporting why,
   * when the part cannot be loaded (a later call tries again) or the config is invalid.
   */
  private loadResults(): Promise<boolean> {
    return this.importResults().then((loaded) => loaded && this.checkWholeConfig());
  }

  /** Loads the results part once, lead capture off until the whole config is checked. */
  private importResults(): Promise<boolean> {
    this.resultsLoad ??= Promise.all([importReport(), this.localize.complete()]).then(
      ([report]) => {
        // Leads reach the page through `report`, like every other event: DOM event, `onLead` and dataLayer.
        this.results ??= new report.ResultsPart(this, {
          onLead: (lead) => this.report('readiness-lead', { lead }),
          onError: (error) => this.reportError(error),
        });
        this.resultsFailure = null;
        if (this.notices.includes('unavailable'))
          this.notices = this.notices.filter((n) => n !== 'unavailable');
        this.requestUpdate();
        return true;
      },
      (error: unknown) => {
        this.resultsLoad = null;
        const failure = new ReadinessError(
          'load-failed',
          `The results could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        );
        // Told at once, on whatever screen the visitor is, rather than after the last question.
        if (!this.resultsFailure) {
          console.error(`<iso-readiness>: ${failure.message}`);
          this.reportError(failure);
        }
        this.resultsFailure = failure;
        if (!this.notices.includes('unavailable')) this.notices = [...this.notices, 'unavailable'];
        this.dismissed = this.dismissed.filter((n) => n !== 'unavailable');
        return false;
      },
    );
    return this.resultsLoad;
  }

  /**
   * The rest of the config (lead settings, translation overrides, figures) is checked with the results part,
   * before any result or lead form is shown; a mistake there is shown like any config error, and lead capture
   * stays off. True when the whole config is valid. `shown`: the error on screen, not to be reported twice.
   */
  private checkWholeConfig(shown = this.configError): boolean {
    if (!this.results) return false;
    if (!this.settings) {
      this.results.off(this.leadPlace);
      return false;
    }
    const failure = this.results.check(this.configInput, this.leadPlace);
    if (!failure) return true;
    if (shown?.message !== failure.message) this.fail(failure);
    this.closeConfig();
    return false;
  }

  /** An invalid config: no session, no result and no lead until a valid one replaces it. */
  private closeConfig(): void {
    this.settings = null;
    this.flow.close();
    this.sessionSignature = '';
    this.results?.off(this.leadPlace);
  }

  protected override firstUpdated(): void {
    whenIdle(() => {
      if (this.isConnected && this.settings) void this.loadResults();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The gate opens when the lead is sent: say where the full report went.
    const unlocked = this.results?.unlocked(this.localize.full) ?? '';
    if (unlocked && this.view === 'results') this.announcement = unlocked;
    if (
      changed.size === 0 ||
      [...changed.keys()].every((k) =>
        ['view', 'notices', 'dismissed', 'announcement', 'configError', 'resultsFailure'].includes(String(k)),
      )
    ) {
      return;
    }
    const resolved = resolveConfig(this, this.config);
    if (!resolved.ok) {
      if (this.configError?.message !== resolved.error.message) this.fail(resolved.error);
      this.closeConfig();
      return;
    }
    const shown = this.configError;
    this.configError = null;
    this.settings = resolved.config;
    this.configInput = resolved.input;
    this.leadPlace = { instance: this.instance(resolved.config), persist: resolved.config.storage !== false };
    // Laid over leniently until the whole check below (or with the results part) has vouched for them.
    const overrides = resolved.config.translations;
    this.localize.requested = resolved.config.locale;
    this.localize.overrides =
      typeof overrides === 'object' && overrides !== null ? (overrides as Overrides) : undefined;
    this.setStates([resolved.config.theme ?? 'light', resolved.config.mode ?? 'inline']);
    this.popup.setTrigger(resolved.config.mode === 'popup' ? resolved.config.trigger : undefined);
    if (resolved.signature !== this.sessionSignature) this.openSession(resolved.config, resolved.signature);
    this.checkWholeConfig(shown);
  }

  /** This instance's part of its storage keys: `storage-key`, else the element's `id`, else `default`. */
  private instance(config: FirstScreenConfig): string {
    return config.storageKey ?? (this.id || 'default');
  }

  private openSession(config: FirstScreenConfig, signature: string): void {
    this.sessionSignature = signature;
    let session;
    try {
      session = this.flow.open({
        scope: config.standards ?? ['iso27001', 'iso42001'],
        storage: config.storage !== false,
        instance: this.instance(config),
        figures: config.figures,
        currency: config.currency,
        translation: this.localize.t,
        evaluate: (answers, options) => {
          const full = this.localize.full;
          // Never reached before `loadResults()`: results are shown only once it has resolved.
          if (!this.results || !full)
            throw new ReadinessError('not-complete', 'The results part has not loaded.');
          return this.results.assess(answers, { ...options, translation: full });
        },
      });
    } catch (error) {
      this.fail(
        error instanceof ReadinessError ? error : new ReadinessError('invalid-config', String(error)),
      );
      return;
    }
    this.started = false;
    this.notices = [];
    this.dismissed = [];
    if (session.restored === 'discarded') this.notices = ['discarded'];
    if (this.flow.storageUnavailable) this.reportUnsaved();
    const resumable =
      session.restored === 'restored' &&
      (Object.keys(session.answers).length > 0 || session.status === 'complete');
    this.view = resumable ? 'resume' : config.skipIntro ? 'question' : 'intro';
  }

  /** Shows a readable error in the element, the console and a `readiness-error` event. */
  private fail(error: ReadinessError): void {
    this.configError = error;
    console.error(`<iso-readiness>: ${error.message}`);
    this.reportError(error);
  }

  private reportError(error: ReadinessError): void {
    this.report('readiness-error', { code: error.code, message: error.message, path: error.path });
  }

  private reportUnsaved(): void {
    if (this.notices.includes('unsaved')) return;
    this.notices = [...this.notices, 'unsaved'];
    this.report('readiness-error', {
      code: 'storage-unavailable',
      message: 'Storage is unavailable: progress is not saved.',
      path: ['storage'],
    });
  }

  // An arrow: the full assessment reports its events through it, on this element's channels.
  private readonly report = <K extends keyof ReadinessEventMap>(
    name: K,
    detail: ReadinessEventMap[K],
  ): void =>
    report(this, { callbacks: this.config, dataLayer: this.settings?.dataLayer === true }, name, detail);

  private begin(resumed: boolean): void {
    const session = this.flow.session;
    if (!session) return;
    if (!this.started) {
      this.started = true;
      this.report('readiness-start', { scope: [...session.scope], resumed, depth: 'quick' });
    }
    this.show();
  }

  /** Whether results can be worked out now; if not, loads what they need and then runs `then`. */
  private resultsReady(then: () => void): boolean {
    if (this.results?.checked && this.localize.full) return true;
    void this.loadResults().then((ok) => {
      if (ok && this.localize.full) then();
    });
    return false;
  }

  /** Shows where the session is now and tells the page; focus follows after the render unless `quiet`. */
  private show(quiet = false): void {
    const session = this.flow.session;
    if (!session) return;
    this.focusAfterUpdate = !quiet;
    if (session.status === 'complete') {
      this.view = 'results';
      // Until the results part is here the screen says the report is being prepared; then this runs again.
      if (!this.resultsReady(() => this.show(quiet))) return;
      this.announcement = this.localize.full?.ui.results.heading ?? '';
      // A returning visitor's result reaches the page as a new one does: the host may have missed it.
      if (this.resumedComplete)
        this.report('readiness-complete', { result: session.result!, depth: 'quick' });
      this.resumedComplete = false;
      return;
    }
    const current = session.current;
    if (!current) return;
    // The results part failed to load: each step tries again, and the notice goes once it is here.
    if (this.resultsFailure && !this.resultsLoad) void this.loadResults();
    this.view = 'question';
    const { index, total, section } = session.progress;
    const t = this.localize.t;
    this.announcement = format(t.ui.progress.announce, {
      section: t.sections[section],
      index: index + 1,
      total,
    });
    this.report('readiness-step', { depth: 'quick', questionId: current.id, index, total, section });
  }

  private readonly handleRetryResults = (): void => {
    this.resultsFailure = null;
    this.show();
  };

  private readonly handleAnswer = (event: CustomEvent<{ id: string; value: string | string[] }>): void => {
    const session = this.flow.session;
    if (!session) return;
    if (!this.started) {
      // skip-intro: the first answer starts the assessment; the visitor's focus stays on the option they chose.
      this.started = true;
      this.report('readiness-start', { scope: [...session.scope], resumed: false, depth: 'quick' });
      this.show(true);
    }
    try {
      session.answer(event.detail.id, event.detail.value);
    } catch (error) {
      if (!(error instanceof ReadinessError)) throw error;
      this.reportError(error);
    }
    if (session.persistence === 'unavailable') this.reportUnsaved();
  };

  private readonly handleNavigate = (event: CustomEvent<{ to: 'next' | 'back' | 'restart' }>): void => {
    const session = this.flow.session;
    if (!session) return;
    if (event.detail.to === 'restart') {
      this.reset();
      this.focusAfterUpdate = true;
      return;
    }
    if (event.detail.to === 'back') {
      if (!session.canGoBack) return;
      session.back();
      this.show();
      return;
    }
    if (!session.canGoNext) {
      this.questionEl?.requireAnswer();
      return;
    }
    const { index, total } = session.progress;
    // The last answer turns into a result: say so while the results part is still on its way.
    if (index === total - 1 && !this.resultsReady(() => this.handleNavigate(event))) {
      this.view = 'results';
      this.focusAfterUpdate = false;
      return;
    }
    session.next();
    if (session.persistence === 'unavailable') this.reportUnsaved();
    if (session.status === 'complete' && session.result) {
      this.report('readiness-complete', { result: session.result, depth: 'quick' });
    }
    this.show();
  };

  // Help asked for before it arrived: fetch the results part now rather than when the browser is idle.
  private readonly handleHelp = (): void => void this.loadResults();

  private readonly handleResume = (): void => {
    this.resumedComplete = this.flow.session?.status === 'complete';
    this.begin(true);
  };

  private readonly handleForget = (): void => {
    this.forget();
    this.focusAfterUpdate = true;
  };

  private readonly handleRestart = (): void => {
    this.reset();
    this.begin(false);
  };

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    // Only ever after the visitor acted: never on load, so the host page keeps its focus and scroll.
    void Promise.all([this.questionEl?.updateComplete, this.resultsEl?.updateComplete]).then(() => {
      if (this.view === 'question') this.questionEl?.focusHeading();
      else if (this.view === 'results') this.resultsEl?.focusHeading();
      else this.find<HTMLElement>('.screen-heading')?.focus();
    });
  }

  private renderScreen(): TemplateResult {
    const t = this.localize.t;
    if (this.configError || !this.settings) return renderError(t, this.configError);
    if (this.settings.depth === 'full') return this.renderFull(t, this.settings);
    const session = this.flow.session!;
    switch (this.view) {
      case 'intro':
        return renderIntro(t, this.settings, session, () => this.begin(false));
      case 'resume':
        return renderResume(t, session, this.handleResume, this.handleRestart);
      case 'results': {
        const full = this.localize.full;
        if (!full || !this.results?.checked || session.status !== 'complete') {
          if (!this.resultsFailure) void this.loadResults();
          return renderPreparing(t, this.resultsFailure, this.handleRetryResults);
        }
        return this.results.render(full, this.localize.lang, session, this.settings, this, {
          navigate: this.handleNavigate,
          forget: this.handleForget,
        });
      }
      case 'question':
        // English help comes with the results part; other languages bring theirs with their chunk.
        return renderQuestion(t, session, !this.localize.full && !this.resultsFailure, {
          answer: this.handleAnswer,
          navigate: this.handleNavigate,
          help: this.handleHelp,
        });
    }
  }

  /** The full gap assessment in place of the quick check, pre-filled from its answers; loaded on first use. */
  private renderFull(t: CoreTranslation, settings: FirstScreenConfig): TemplateResult {
    if (!customElements.get('iso-readiness-full')) {
      void importFull().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.resultsFailure = new ReadinessError(
            'load-failed',
            `The full assessment could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.reportError(this.resultsFailure);
        },
      );
      return renderPreparing(t, this.resultsFailure, this.handleRetryResults);
    }
    return html`<iso-readiness-full
      part="full"
      .scope=${settings.standards ?? ['iso27001', 'iso42001']}
      .locale=${this.localize.lang}
      .quickSession=${this.flow.session}
      .instance=${this.instance(settings)}
      .storage=${settings.storage !== false}
      .bankText=${t.bank}
      .report=${this.report}
      .gated=${this.results?.gated}
      .branding=${settings.branding}
      >${this.results?.fullLead(this.localize, settings)}</iso-readiness-full
    >`;
  }

  protected override render() {
    const t = this.localize.t;
    const wanted: Notice[] = this.flow.unsaved
      ? [...new Set([...this.notices, 'unsaved' as const])]
      : this.notices;
    const notices = wanted.filter((n) => !this.dismissed.includes(n));
    const body = html`${renderNotices(t, notices, (n) => (this.dismissed = [...this.dismissed, n]))}
      <div class="screen">${this.renderScreen()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (this.settings?.mode !== 'popup') return html`<div part="base" class="card">${body}</div>`;
    return renderPopup(t, this.settings, body, {
      open: () => this.open(),
      close: () => this.close(),
      closed: this.popup.handleClose,
    });
  }
}
