import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ReadinessEventMap } from '../../sdk/events.js';
import type { FullSession } from '../../sdk/full-session.js';
import type { Session } from '../../sdk/session-core.js';
import { ReadinessError } from '../../src/errors.js';
import { fullBankWith, type FullBankItem, type FullQuestionBank } from '../../src/full/bank.js';
import { quickResultOf } from '../../src/full/project.js';
import type { EntryAnswer } from '../../src/full/schemas.js';
import { loadFullText } from '../../src/full/text.js';
import { format } from '../../src/i18n/format.js';
import { loadTranslation } from '../../src/i18n/load.js';
import type { ItemText } from '../../src/i18n/en/bank.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import type { ResultTranslation } from '../../src/i18n/translation.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { renderFileActions, saveCopy, type PrintBrand } from './files.js';
import { renderNotices, renderSaveAlert } from './notices.js';
import { answerProfile, profileItems, renderProfile, renderScoping } from './profile.js';
import { renderRail } from './rail.js';
import { renderResults } from './results.js';
import { PROFILE, RESULTS, SCOPING, renderSection, titleOf } from './section.js';
import { SessionLink } from './session-link.js';
import { WorkbenchController } from './workbench-controller.js';
import styles from './full-assessment.styles.js';
import workbenchStyles from './workbench.styles.js';

/** How the element tells the page what happens: `<iso-readiness>`'s own reporting (event, callback, dataLayer). */
export type Reporter = <K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]) => void;

/**
 * @tagname iso-readiness-full
 * @summary The full gap assessment, `<iso-readiness depth="full">`: the quick check's profile questions, then every
 * clause requirement and Annex A control of the standards in scope, section by section, ending in the gap register,
 * the documented information checklist and a draft Statement of Applicability per standard (CSV, JSON, print).
 * Saved in the browser after every change. Loaded on demand, in its own chunk.
 *
 * @csspart sections - The section rail: stays in view beside the entries.
 * @csspart overall - In the rail: how many of all entries are confirmed, and "Next unanswered".
 * @csspart section-link - A section in the list, with its progress.
 * @csspart files - "Save a copy" and "Open a saved assessment".
 * @csspart notice - A notice: welcome back, a file opened or refused, saving stopped, the desk-tool note on phones.
 * @csspart filters - Filters over the section or the whole assessment: unanswered, status, finding, owner, pre-filled.
 * @csspart bulk - Changes to many entries at once (not applicable, reason for inclusion, owner, target date).
 * @csspart undo - Takes back the last change to many entries.
 * @csspart entry-table - The table view: one row per requirement or control.
 * @csspart entry - One requirement or control.
 * @csspart entry-choice - An option of an entry.
 * @csspart entry-source - Where a pre-filled value came from, with Confirm.
 * @csspart entry-details - Owner, evidence, reference, target date and note.
 * @csspart report - The results.
 * @csspart teaser - Behind the lead gate: what follows once the form is sent.
 * @csspart exports - The export menu (SoA CSV and JSON per standard, gap register CSV, saved copy, print).
 * @csspart document - Document details for the exports (client, prepared by, version, approved by).
 * @csspart print-header - On paper only: logo, client, date and the document-control block.
 * @csspart gaps - The gap register.
 * @csspart soa - A draft Statement of Applicability.
 *
 * @slot lead - In the results: the lead form `<iso-readiness>` puts there, and what the host slots into it.
 */
export class IsoReadinessFull extends ReadinessElement {
  static override styles = [componentStyles, styles, workbenchStyles];
  static override properties = {
    scope: { attribute: false },
    locale: {},
    quick: { attribute: false },
    quickSession: { attribute: false },
    report: { attribute: false },
    gated: { type: Boolean },
    instance: {},
    storage: { type: Boolean },
    bankText: { attribute: false },
    t: { state: true },
    failed: { state: true },
    section: { state: true },
    started: { state: true },
    branding: { attribute: false },
    sortBy: { state: true },
    announcement: { state: true },
  };

  /** Standards in scope. */
  scope: StandardId[] = ['iso27001', 'iso42001'];
  /** Language tag of the text (`de-CH` reads German). */
  locale = 'en';
  /** Quick-check answers to pre-fill from. */
  quick: Answers | undefined = undefined;
  /**
   * The quick check's session (`<iso-readiness>` gives its own): its answers pre-fill this assessment and follow it
   * when they change, and a profile answer changed here is given to it too. Wins over `quick`.
   */
  quickSession: Session | null | undefined = undefined;
  /** Where start, step, complete and error go; `<iso-readiness>` gives its own. */
  report: Reporter | undefined = undefined;
  /**
   * Lead gate not yet passed: the results show the headline and the lead form, the rest once it is sent.
   * `undefined` (the lead settings not checked yet, for a moment after load) holds the rest back too.
   */
  gated: boolean | undefined = false;
  /** This instance's part of the storage key. */
  instance = 'default';
  /** Save progress in the browser. */
  storage = true;
  /** The quick check's question texts in the visitor's language, for the profile questions. */
  bankText: Readonly<Record<string, ItemText>> | undefined = undefined;

  private t: FullTranslation | null = null;
  private failed = false;
  private section = PROFILE;
  private started = false;
  /** The consultancy's logo and name, printed on the report. */
  branding: PrintBrand | undefined = undefined;
  private sortBy: 'grade' | 'section' = 'grade';
  private announcement = '';
  private bank: FullQuestionBank | null = null;
  private itemsByRef = new Map<string, FullBankItem>();
  /** The quick check's result texts in the visitor's language, once loaded. */
  private resultText: ResultTranslation | null = null;
  private focusHeading = false;
  private focusIntro = false;
  private signature = '';
  private reportedStart = false;
  private reportedAnswers: unknown = null;
  private readonly link = new SessionLink({
    changed: () => this.requestUpdate(),
    unsaved: () =>
      this.report?.('readiness-error', {
        code: 'storage-unavailable',
        message: 'Storage is unavailable: progress is not saved.',
        path: ['storage'],
      }),
    reset: () => this.restart(),
  });

  private get session(): FullSession | null {
    return this.link.session;
  }

  /** The assessment in progress, once open. */
  get assessment(): FullSession | null {
    return this.session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (a popup's dialog): follow the quick check again.
    if (this.session) this.link.follow(this.quickSession ?? null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.link.follow(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const signature = `${this.scope.join('+')}|${this.instance}|${this.storage}`;
    if (signature !== this.signature) this.open(signature);
    if (this.isConnected) this.link.follow(this.quickSession ?? null);
    if (changed.has('gated') && changed.get('gated') === true && !this.gated && this.section === RESULTS)
      this.announcement = this.t?.ui.unlocked ?? '';
    if (changed.has('locale')) void this.loadText();
    if (this.t && ((changed as Map<PropertyKey, unknown>).has('t') || changed.has('scope'))) {
      this.bank = fullBankWith(this.scope, this.t);
      this.itemsByRef = new Map(this.bank.items.map((item) => [item.ref, item]));
    }
  }

  private open(signature: string): void {
    this.signature = signature;
    const session = this.link.open({
      scope: this.scope,
      instance: this.instance,
      storage: this.storage,
      translation: this.resultText,
      quick: this.quickSession?.answers ?? this.quick,
    });
    this.section = session.section ?? PROFILE;
    this.started = session.restored === 'restored';
    this.reportedStart = false;
    this.reportedAnswers = null;
  }

  /**
   * Every answer forgotten with the quick check's (`reset()`, "Forget my data"): back to the intro, nothing saved.
   * Focus follows only when the visitor was in the assessment, never on a host's call alone.
   */
  private restart(): void {
    this.focusIntro = this.matches(':focus-within');
    this.link.reset();
    this.section = PROFILE;
    this.started = false;
    this.reportedStart = false;
    this.reportedAnswers = null;
    this.work.clear();
  }

  /** Tells the page, once per session, that the visitor started (or came back to) the assessment. */
  private begin(): void {
    if (this.reportedStart || !this.session) return;
    this.reportedStart = true;
    this.report?.('readiness-start', {
      scope: [...this.scope],
      resumed: this.session.restored === 'restored',
      depth: 'full',
    });
  }

  /** Runs a change the visitor made; one the engine refuses is reported, never thrown into the page. */
  private act(change: () => void): void {
    this.begin();
    try {
      change();
    } catch (error) {
      if (!(error instanceof ReadinessError)) throw error;
      this.report?.('readiness-error', { code: error.code, message: error.message, path: error.path });
    }
  }

  private async loadText(): Promise<void> {
    const locale = this.locale;
    try {
      // The claim and path come from the quick check's rules, worded in its translation of the same language.
      const [t, result] = await Promise.all([
        loadFullText(locale),
        loadTranslation(locale).catch(() => null),
      ]);
      if (locale === this.locale) {
        this.t = t;
        this.failed = false;
        this.resultText = result;
        if (result) this.session?.setTranslation(result);
      }
    } catch {
      this.failed = true;
    }
  }

  private get sectionIds(): string[] {
    return [PROFILE, SCOPING, ...(this.bank?.sections.map((s) => s.id) ?? []), RESULTS];
  }

  private go(section: string): void {
    this.begin();
    if (section !== this.section) this.work.leave();
    this.section = section;
    this.started = true;
    if (section !== RESULTS) this.session?.goTo(section);
    this.focusHeading = true;
    const t = this.t;
    const progress = this.session?.result.sections.find((s) => s.id === section);
    const ids = this.sectionIds;
    this.report?.('readiness-step', {
      depth: 'full',
      questionId: section,
      section,
      index: ids.indexOf(section),
      total: ids.length,
      answered: progress?.answered ?? 0,
      of: progress?.total ?? 0,
    });
    // The result, each time the visitor opens it after a change.
    const session = this.session;
    if (section === RESULTS && session && session.answers !== this.reportedAnswers) {
      this.reportedAnswers = session.answers;
      const full = session.result;
      this.report?.('readiness-complete', {
        result: quickResultOf(full),
        depth: 'full',
        gapAssessment: full,
      });
    }
    this.announcement =
      t && progress
        ? format(t.ui.sectionAnnounce, {
            section: this.titleOf(section),
            answered: progress.answered,
            total: progress.total,
          })
        : this.titleOf(section);
  }

  private titleOf(section: string): string {
    return titleOf(this.t, section);
  }

  protected override updated(): void {
    if (this.focusIntro) {
      this.focusIntro = false;
      this.renderRoot.querySelector<HTMLElement>('.full__heading')?.focus();
    }
    const ref = this.work.focusRef;
    if (ref) {
      this.work.focusRef = null;
      this.focusHeading = false;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-ref="${CSS.escape(ref)}"]`);
      target?.focus();
      target?.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('.section__heading')?.focus();
  }

  private readonly handlers = {
    set: (ref: string, patch: Partial<EntryAnswer>) => this.act(() => this.session?.setEntry(ref, patch)),
    confirm: (ref: string) => this.act(() => this.session?.confirm(ref)),
    detailsOpen: (ref: string): boolean => this.work.details.has(ref),
    toggleDetails: (ref: string, open: boolean): void => this.work.toggleDetails(ref, open),
  };

  private readonly work: WorkbenchController = new WorkbenchController(this, {
    text: () => this.t,
    locale: () => this.locale,
    section: () => this.section,
    items: () => this.itemsByRef,
    act: (change) => this.act(change),
    announce: (text) => (this.announcement = text),
    go: (section) => {
      this.go(section);
      this.focusHeading = false;
    },
    opened: (section) => {
      this.started = true;
      if (section) this.section = section;
    },
    entry: this.handlers,
  });

  private renderRail(t: FullTranslation): TemplateResult {
    const next = this.work.nextOpen(this.work.where());
    return renderRail(t, this.session!.result, this.scope, {
      current: this.section,
      before: [PROFILE, SCOPING],
      after: [RESULTS],
      titleOf: (id) => this.titleOf(id),
      go: (id) => this.go(id),
      next: next?.ref ?? null,
      goNext: () => {
        if (next) this.work.goToEntry(next);
      },
    });
  }

  private renderSection(t: FullTranslation): TemplateResult {
    const session = this.session!;
    const ids = this.sectionIds;
    const at = ids.indexOf(this.section);
    let body: TemplateResult;
    if (this.section === PROFILE) {
      const quick = session.answers.quick ?? {};
      body = renderProfile(profileItems(this.bankText, quick, this.scope), quick, (id, value) =>
        answerProfile(session, this.quickSession, id, value, (change) => this.act(change)),
      );
    } else if (this.section === SCOPING) {
      body = renderScoping(t, session.answers.scoping ?? {}, (patch) =>
        this.act(() => session.setScoping(patch)),
      );
    } else if (this.section === RESULTS) {
      body = renderResults({
        session,
        t,
        items: this.itemsByRef,
        gated: this.gated !== false,
        sortBy: this.sortBy,
        setSort: (by) => (this.sortBy = by),
        branding: this.branding,
        locale: this.locale,
        container: this.renderRoot,
        printHost: ((this.getRootNode() as ShadowRoot).host as HTMLElement | undefined) ?? this,
        act: (change) => this.act(change),
      });
    } else {
      body = this.work.render(t);
    }
    return renderSection(
      t,
      { title: this.titleOf(this.section), body, previous: ids[at - 1], next: ids[at + 1] },
      (section) => this.go(section),
    );
  }

  protected override render() {
    const t = this.t;
    const session = this.session;
    // One alert region in every state, so a failure to save is announced the moment it happens.
    const { unavailable, saveFailed } = this.link;
    const alert = t && session && (unavailable || saveFailed);
    const ready = !this.failed && t && session && this.bank ? { t, session } : null;
    // The live regions are there from the first render, empty until there is something to say: screen readers
    // announce a change inside a region they know, not a region that arrives with its text (the welcome back).
    return html`<div class="alerts no-print" role="alert">
        ${alert ? renderSaveAlert(t, unavailable, () => saveCopy(session, this.renderRoot)) : nothing}
      </div>
      <div class="full">
        ${ready ? html`<h2 class="full__heading" tabindex="-1">${ready.t.ui.heading}</h2>` : nothing}
        <div class="notices no-print" aria-live="polite">
          ${ready ? this.renderNotices(ready.t, ready.session) : nothing}
        </div>
        ${this.renderBody()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>`;
  }

  private renderNotices(t: FullTranslation, session: FullSession): TemplateResult {
    return renderNotices(t, session, this.locale, {
      next: session.restored === 'restored' ? this.work.nextOpen(null) : null,
      idOf: (ref) => this.itemsByRef.get(ref)?.id ?? ref,
      goTo: (entry) => this.work.goToEntry(entry),
      message: this.work.message,
      save: () => saveCopy(session, this.renderRoot),
    });
  }

  private renderBody(): TemplateResult {
    const t = this.t;
    // Without its text nothing else can be said in the visitor's language; the element reports the failure.
    if (this.failed) return html`<p class="notice" role="alert">The full assessment could not be loaded.</p>`;
    if (!t || !this.session || !this.bank) return html`<p class="muted" aria-busy="true">…</p>`;
    const session = this.session;
    return html`${renderFileActions(
      t,
      () => saveCopy(session, this.renderRoot),
      (file) => void this.work.openFile(file),
    )}
    ${
      this.started
        ? html`<div class="full__layout">${this.renderRail(t)} ${this.renderSection(t)}</div>`
        : html`<p class="full__intro">${t.ui.intro}</p>
            <button type="button" class="button button--primary" @click=${() => this.go(this.section)}>
              ${t.ui.start}
            </button>`
    }`;
  }
}
