import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { CALLBACK_NAMES, ReadinessCallbacks, ReadinessEventMap } from '../../sdk/events.js';
import { ReadinessError } from '../../src/errors.js';
import type { WidgetConfigInput } from '../../src/schemas/config.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { resolveConfig, setStates } from '../internal/config.js';
import { LocalizeController, type Overrides } from '../internal/localize-controller.js';
import { PopupController } from '../internal/popup-controller.js';
import { report } from '../internal/reporter.js';
import { SessionController } from '../internal/session-controller.js';
import { IsoReadinessProgress } from '../progress/progress.component.js';
import { IsoReadinessQuestion } from '../question/question.component.js';
import type { IsoReadinessResults } from '../results/results.component.js';
import { QuickFlow } from './flow-rules.js';
import { ResultsLoader, importFull, whenIdle } from './results-loader.js';
import type { LeadPlace } from './results-part.js';
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

/**
 * @tagname iso-readiness
 * @summary An ISO/IEC 27001 and ISO/IEC 42001 readiness assessment a consultancy embeds in its site: intro,
 * a short path of questions and checklists (or the whole bank), and an honest report. The engine decides; this element renders and reports.
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
 * @csspart sharpen - Short path: the "Sharpen your result" offer (`iso-readiness-sharpen`) in the results.
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
    length: {},
    config: { attribute: false },
    notices: { state: true, attribute: false },
    dismissed: { state: true, attribute: false },
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
    onChange: (t) => this.session.session?.setTranslation(t),
  });
  private readonly session = new SessionController(this);
  private readonly popup = new PopupController(this, () => this.find<HTMLDialogElement>('dialog'));
  /** The results part (whole config check, engine, results, lead capture), loaded while the visitor answers. */
  private readonly loader = new ResultsLoader(this, {
    onLead: (lead) => this.report('readiness-lead', { lead }),
    onError: (error) => this.reportError(error),
    complete: () => this.localize.complete(),
  });
  private readonly flow = new QuickFlow({
    session: () => this.session.session,
    t: () => this.localize.t,
    resultsHeading: () => this.localize.full?.ui.results.heading,
    question: () => this.find<IsoReadinessQuestion>('iso-readiness-question'),
    report: (name, detail) => this.report(name, detail),
    reportError: (error) => this.reportError(error),
    reportUnsaved: () => this.reportUnsaved(),
    resultsReady: (then) => this.resultsReady(then),
    reset: () => this.reset(),
    requestUpdate: () => this.requestUpdate(),
  });
  private readonly internals = this.attachInternals();

  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private notices: Notice[] = [];
  private dismissed: Notice[] = [];
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
  /** `short` (default): a first result after a few checklists, then an offer to sharpen it; `standard`: every question. */
  length: 'short' | 'standard' | undefined;
  /** Everything else (branding, call to action, callbacks…); validated, wins over attributes. */
  config: IsoReadinessConfig | undefined;

  /** The settings the first screen needs, validated; null while the config is invalid. */
  private settings: FirstScreenConfig | null = null;
  /** Attributes and `config` merged, as the whole check reads them. */
  private configInput: Record<string, unknown> = {};
  /** Where lead capture keeps its state, from the settings last in force. */
  private leadPlace: LeadPlace = { instance: 'default', persist: false };
  private sessionSignature = '';

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
    this.session.session?.reset();
    this.flow.started = false;
    this.notices = this.notices.filter((n) => n !== 'discarded');
    this.flow.view = this.settings?.skipIntro ? 'question' : 'intro';
    this.requestUpdate();
  }

  /**
   * Removes everything this widget stored in the browser (answers, drafts, leads not yet sent, the lead gate)
   * and starts again. A lead already delivered stays with its recipient: withdrawing consent is theirs to act on.
   */
  forget(): void {
    this.reset();
    void this.loader.load().then((ok) => {
      if (!ok) return;
      // Lead capture must know this instance's keys, also while the config is invalid.
      this.checkWholeConfig();
      this.flow.announcement = this.loader.part!.forget(this.localize.full);
      this.requestUpdate();
    });
  }

  /** Loads the results part, then checks the whole config with it: true when results and leads can be shown. */
  private loadResults(): Promise<boolean> {
    return this.loader.load().then((loaded) => loaded && this.checkWholeConfig());
  }

  /**
   * The rest of the config (lead settings, translation overrides, figures) is checked with the results part,
   * before any result or lead form is shown; a mistake there is shown like any config error, and lead capture
   * stays off. True when the whole config is valid. `shown`: the error on screen, not to be reported twice.
   */
  private checkWholeConfig(shown = this.configError): boolean {
    const results = this.loader.part;
    if (!results) return false;
    if (!this.settings) {
      results.off(this.leadPlace);
      return false;
    }
    const failure = results.check(this.configInput, this.leadPlace);
    if (!failure) return true;
    if (shown?.message !== failure.message) this.fail(failure);
    this.closeConfig();
    return false;
  }

  /** An invalid config: no session, no result and no lead until a valid one replaces it. */
  private closeConfig(): void {
    this.settings = null;
    this.session.close();
    this.sessionSignature = '';
    this.loader.part?.off(this.leadPlace);
  }

  protected override firstUpdated(): void {
    whenIdle(() => {
      if (this.isConnected && this.settings) void this.loadResults();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The gate opens when the lead is sent: say where the full report went.
    const unlocked = this.loader.part?.unlocked(this.localize.full) ?? '';
    if (unlocked && this.flow.view === 'results') this.flow.announcement = unlocked;
    if (
      changed.size === 0 ||
      [...changed.keys()].every((k) => ['notices', 'dismissed', 'configError'].includes(String(k)))
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
    setStates(this.internals.states, resolved.config);
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
      session = this.session.open({
        scope: config.standards ?? ['iso27001', 'iso42001'],
        length: config.length ?? 'short',
        storage: config.storage !== false,
        instance: this.instance(config),
        figures: config.figures,
        currency: config.currency,
        translation: this.localize.t,
        evaluate: (answers, options) => {
          const full = this.localize.full;
          // Never reached before `loadResults()`: results are shown only once it has resolved.
          if (!this.loader.part || !full)
            throw new ReadinessError('not-complete', 'The results part has not loaded.');
          return this.loader.part.assess(answers, { ...options, translation: full });
        },
      });
    } catch (error) {
      this.fail(
        error instanceof ReadinessError ? error : new ReadinessError('invalid-config', String(error)),
      );
      return;
    }
    this.flow.started = false;
    this.notices = [];
    this.dismissed = [];
    if (session.restored === 'discarded') this.notices = ['discarded'];
    if (this.session.storageUnavailable) this.reportUnsaved();
    const resumable =
      session.restored === 'restored' &&
      (Object.keys(session.answers).length > 0 || session.status === 'complete');
    this.flow.view = resumable ? 'resume' : config.skipIntro ? 'question' : 'intro';
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

  /** Whether results can be worked out now; if not, loads what they need and then runs `then`. */
  private resultsReady(then: () => void): boolean {
    if (this.loader.part?.checked && this.localize.full) return true;
    void this.loadResults().then((ok) => {
      if (ok && this.localize.full) then();
    });
    return false;
  }

  // Help asked for before it arrived: fetch the results part now rather than when the browser is idle.
  private readonly handleHelp = (): void => void this.loadResults();

  private readonly handleForget = (): void => {
    this.forget();
    this.flow.focusAfterUpdate = true;
  };

  protected override updated(): void {
    if (!this.flow.focusAfterUpdate) return;
    this.flow.focusAfterUpdate = false;
    const question = this.find<IsoReadinessQuestion>('iso-readiness-question');
    const results = this.find<IsoReadinessResults>('iso-readiness-results');
    // Only ever after the visitor acted: never on load, so the host page keeps its focus and scroll.
    void Promise.all([question?.updateComplete, results?.updateComplete]).then(() => {
      if (this.flow.view === 'question') question?.focusHeading();
      else if (this.flow.view === 'results') results?.focusHeading();
      else this.find<HTMLElement>('.screen-heading')?.focus();
    });
  }

  private renderScreen(): TemplateResult {
    const t = this.localize.t;
    if (this.configError || !this.settings) return renderError(t, this.configError);
    if (this.settings.depth === 'full') return this.renderFull(t, this.settings);
    const session = this.session.session!;
    const flow = this.flow;
    switch (flow.view) {
      case 'intro':
        return renderIntro(t, this.settings, session, () => flow.begin(false));
      case 'resume':
        return renderResume(t, session, flow.resume, flow.restart);
      case 'results': {
        const full = this.localize.full;
        const results = this.loader.part;
        if (!full || !results?.checked || session.status !== 'complete') {
          if (!this.loader.failure) void this.loadResults();
          return renderPreparing(t, this.loader.failure);
        }
        return results.render(full, this.localize.lang, session, this.settings, this, {
          navigate: flow.navigate,
          forget: this.handleForget,
        });
      }
      case 'question':
        // English help comes with the results part; other languages bring theirs with their chunk.
        return renderQuestion(t, session, !this.localize.full && !this.loader.failure, {
          answer: flow.answer,
          navigate: flow.navigate,
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
          this.loader.failure = new ReadinessError(
            'load-failed',
            `The full assessment could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.reportError(this.loader.failure);
          this.requestUpdate();
        },
      );
      return renderPreparing(t, this.loader.failure);
    }
    return html`<iso-readiness-full
      part="full"
      .scope=${settings.standards ?? ['iso27001', 'iso42001']}
      .locale=${this.localize.lang}
      .quickSession=${this.session.session}
      .instance=${this.instance(settings)}
      .storage=${settings.storage !== false}
      .bankText=${t.bank}
      .report=${this.report}
      .gated=${this.loader.part?.gated}
      >${this.loader.part?.fullLead(this.localize, settings)}</iso-readiness-full
    >`;
  }

  protected override render() {
    const t = this.localize.t;
    const wanted: Notice[] = this.session.unsaved
      ? [...new Set([...this.notices, 'unsaved' as const])]
      : this.notices;
    const notices = wanted.filter((n) => !this.dismissed.includes(n));
    const body = html`${renderNotices(t, notices, (n) => (this.dismissed = [...this.dismissed, n]))}
      <div class="screen">${this.renderScreen()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.flow.announcement}</div>`;
    if (this.settings?.mode !== 'popup') return html`<div part="base" class="card">${body}</div>`;
    return renderPopup(t, this.settings, body, {
      open: () => this.open(),
      close: () => this.close(),
      closed: this.popup.handleClose,
    });
  }
}
