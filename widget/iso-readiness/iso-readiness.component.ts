import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { CALLBACK_NAMES, ReadinessCallbacks } from '../../sdk/events.js';
import type { WidgetConfigInput } from '../../src/schemas/widget-config.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { PopupController } from '../internal/popup-controller.js';
import { SessionController } from '../internal/session-controller.js';
import { IsoReadinessProgress } from '../progress/progress.component.js';
import { IsoReadinessQuestion } from '../question/question.component.js';
import { QuickFlow } from './flow-rules.js';
import { ResultsLoader, whenIdle } from './results-loader.js';
import { ElementSettings } from './settings.js';
import type { Session } from '../../sdk/session-core.js';
import { renderError, renderNotices, renderPopup } from './screens.js';
import { renderFullDepth } from './full-depth-screen.js';
import { renderQuickScreen } from './quick-screen.js';
import { NoticeBoard } from './notices.js';
import { ElementChannels } from './channels.js';
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
 * questions and checklists, and an honest report. The engine decides; this element renders and reports.
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
 * @cssproperty [--readiness-max-width=46rem] - Widest the card grows (`width="full"` lifts it for `depth="full"`).
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
    width: {},
    config: { attribute: false },
  };
  // The results, their charts and the lead form are defined by `./report.js` when it loads.
  static override dependencies = {
    'iso-readiness-question': IsoReadinessQuestion,
    'iso-readiness-progress': IsoReadinessProgress,
  };

  private readonly notices = new NoticeBoard(this);
  private readonly out = new ElementChannels(
    this,
    () => ({ callbacks: this.config, dataLayer: this.settings.config?.dataLayer === true }),
    this.notices,
  );
  // A new language (attribute, page `lang`, a chunk that arrived) re-words the session's questions and result.
  private readonly localize = new LocalizeController(this, {
    onChange: (t) => this.session.session?.setTranslation(t),
  });
  private readonly session = new SessionController(this);
  private readonly popup = new PopupController(this, () => this.find<HTMLDialogElement>('dialog'));
  /** The results part (whole config check, engine, results, lead capture), loaded while the visitor answers. */
  private readonly loader: ResultsLoader = new ResultsLoader(this, {
    onLead: (lead) => this.out.event('readiness-lead', { lead }),
    onError: this.out.error,
    complete: () => this.localize.complete(),
    full: () => this.localize.full,
    check: () => this.settings.checkWhole(),
    input: () => this.settings.input,
    available: (yes) => (yes ? this.notices.remove('unavailable') : this.notices.raise('unavailable')),
  });
  private readonly flow = new QuickFlow({
    session: () => this.session.session,
    t: () => this.localize.t,
    resultsHeading: () => this.localize.full?.ui.results.heading,
    question: () => this.find<IsoReadinessQuestion>('iso-readiness-question'),
    report: this.out.event,
    reportError: this.out.error,
    reportUnsaved: this.out.unsaved,
    results: this.loader,
    reset: () => this.reset(),
    requestUpdate: () => this.requestUpdate(),
  });
  private readonly settings: ElementSettings = new ElementSettings(this, {
    localize: this.localize,
    session: this.session,
    loader: this.loader,
    popup: this.popup,
    states: (on) => this.setStates(on),
    evaluate: (answers, options) => this.loader.assess(answers, options, this.localize.full),
    report: this.out.error,
    opened: (session, config) => this.opened(session, config),
  });
  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

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
  /** `full` with `depth="full"`: the gap assessment takes the host's full width; `contained` (default): a card. */
  width: 'contained' | 'full' | undefined;
  /** Everything else (branding, call to action, callbacks…); validated, wins over attributes. */
  config: IsoReadinessConfig | undefined;

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
    this.notices.remove('discarded');
    this.flow.restart(this.settings.config?.skipIntro === true);
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
      this.settings.checkWhole();
      this.flow.announcement = this.loader.part!.forget(this.localize.full);
      this.requestUpdate();
    });
  }

  protected override firstUpdated(): void {
    whenIdle(() => {
      if (this.isConnected && this.settings.config) void this.loader.loadChecked();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The gate opens when the lead is sent: say where the full report went.
    const unlocked = this.loader.part?.unlocked(this.localize.full) ?? '';
    if (unlocked && this.flow.view === 'results') this.flow.announcement = unlocked;
    this.session.speak(this.localize.t); // also a language whose chunk arrived before it was first used
    if (changed.size > 0) this.settings.apply();
  }

  /** A session opened for new settings: notices start afresh, the flow at its intro or resume screen. */
  private opened(session: Session, config: FirstScreenConfig): void {
    this.notices.clear(session.restored === 'discarded' ? ['discarded'] : []);
    if (this.session.storageUnavailable) this.out.unsaved();
    this.flow.opened(session, config.skipIntro === true);
  }

  private readonly handlers = {
    // The help and the scored items' questions load when first needed, with what a first result needs.
    help: (): void => this.loader.track(this.localize.loadPart('help')),
    questions: (): void => this.loader.track(this.localize.loadPart('questions')),
    forget: (): void => {
      this.forget();
      this.flow.focusAfterUpdate = true;
    },
  };

  protected override updated(): void {
    this.flow.focus((selector) => this.find(selector));
  }

  private renderScreen(): TemplateResult {
    const t = this.localize.t;
    const settings = this.settings.config;
    if (this.settings.error || !settings) return renderError(t, this.settings.error);
    const screen = {
      localize: this.localize,
      settings,
      flow: this.flow,
      loader: this.loader,
      ...this.handlers,
    };
    if (settings.depth !== 'full')
      return renderQuickScreen({ ...screen, session: this.session.session!, host: this });
    const instance = this.settings.instance(settings);
    const loaded = (): void => this.requestUpdate();
    return renderFullDepth({
      ...screen,
      session: this.session.session,
      instance,
      report: this.out.event,
      loaded,
    });
  }

  protected override render() {
    const t = this.localize.t;
    const notices = this.notices.shown(this.session.unsaved);
    const body = html`${renderNotices(t, notices, (n) => this.notices.dismiss(n))}
      <div class="screen">${this.renderScreen()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.flow.announcement}</div>`;
    const settings = this.settings.config;
    if (settings?.mode !== 'popup') return html`<div part="base" class="card">${body}</div>`;
    return renderPopup(t, settings, body, {
      open: () => this.open(),
      close: () => this.close(),
      closed: this.popup.handleClose,
    });
  }
}
