import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ReadinessEventMap } from '../../sdk/events.js';
import { FullSession, fullDraftKey } from '../../sdk/full-session.js';
import type { Session } from '../../sdk/session-core.js';
import { ReadinessError } from '../../src/errors.js';
import { browserStorage } from '../../sdk/storage.js';
import { getQuestionBank } from '../../src/bank/index.js';
import { fullBankWith, type FullBankItem, type FullQuestionBank } from '../../src/full/bank.js';
import { quickResultOf } from '../../src/full/project.js';
import type { EntryAnswer } from '../../src/full/schemas.js';
import { loadFullText } from '../../src/full/text.js';
import { visibleItems } from '../../src/flow.js';
import { format } from '../../src/i18n/format.js';
import { loadTranslation } from '../../src/i18n/load.js';
import type { ItemText } from '../../src/i18n/en/bank.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import type { ResultTranslation } from '../../src/i18n/translation.js';
import type { QuestionItem } from '../../src/schemas/bank.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { renderFileActions, saveCopy, type PrintBrand } from './files.js';
import { renderNotices, renderSaveAlert } from './notices.js';
import { renderProfile, renderScoping } from './profile.js';
import { renderRail } from './rail.js';
import { STANDARD_NAMES } from './report.js';
import { renderResults } from './results.js';
import { WorkbenchController } from './workbench-controller.js';
import styles from './full-assessment.styles.js';
import workbenchStyles from './workbench.styles.js';

/** How the element tells the page what happens: `<iso-readiness>`'s own reporting (event, callback, dataLayer). */
export type Reporter = <K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]) => void;

// Answers compared whatever the order their keys were given in.
const sameAnswers = (a: Readonly<Answers>, b: Readonly<Answers>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
const PROFILE = 'profile';
const SCOPING = 'scoping';
const RESULTS = 'results';

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
    saveFailed: { state: true },
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
  private saveFailed = false;
  private sortBy: 'grade' | 'section' = 'grade';
  private announcement = '';
  private session: FullSession | null = null;
  private unsubscribe: (() => void) | null = null;
  private bank: FullQuestionBank | null = null;
  private itemsByRef = new Map<string, FullBankItem>();
  private unsaved = false;
  /** The quick check's result texts in the visitor's language, once loaded. */
  private resultText: ResultTranslation | null = null;
  private focusHeading = false;
  private focusIntro = false;
  private signature = '';
  private reportedStart = false;
  private reportedAnswers: unknown = null;
  private reportedUnsaved = false;
  private unfollow: (() => void) | null = null;
  private followed: Session | null = null;

  /** The assessment in progress, once open. */
  get assessment(): FullSession | null {
    return this.session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (a popup's dialog): follow the quick check again.
    if (this.session) this.follow(this.quickSession ?? null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.follow(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const signature = `${this.scope.join('+')}|${this.instance}|${this.storage}`;
    if (signature !== this.signature) this.open(signature);
    if (this.isConnected) this.follow(this.quickSession ?? null);
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
    const storage = this.storage ? browserStorage() : null;
    this.unsaved = this.storage && storage === null;
    this.unsubscribe?.();
    const session = new FullSession({
      scope: this.scope,
      storage,
      storageKey: fullDraftKey(this.scope, this.instance),
      translation: this.resultText ?? undefined,
    });
    // A visitor who took the quick check goes deeper without answering again.
    const quick = this.quickSession?.answers ?? this.quick;
    if (quick && Object.keys(quick).length && !sameAnswers(quick, session.answers.quick ?? {}))
      session.setQuick({ ...quick });
    this.unsubscribe = session.subscribe(() => {
      // Shown at once, in the alert region: nothing typed after this point is kept by the browser.
      this.saveFailed = session.persistence === 'unavailable';
      if (session.persistence === 'unavailable' && !this.reportedUnsaved) {
        this.reportedUnsaved = true;
        this.report?.('readiness-error', {
          code: 'storage-unavailable',
          message: 'Storage is unavailable: progress is not saved.',
          path: ['storage'],
        });
      }
      this.requestUpdate();
    });
    this.session = session;
    this.section = session.section ?? PROFILE;
    this.started = session.restored === 'restored';
    this.reportedStart = false;
    this.reportedAnswers = null;
  }

  /** Follows the quick check's session: answers changed there (another tab, the quick check itself) pre-fill here. */
  private follow(quick: Session | null): void {
    if (quick === this.followed) return;
    this.unfollow?.();
    this.unfollow = null;
    this.followed = quick;
    if (!quick) return;
    this.unfollow = quick.subscribe((change) => {
      if (change.type === 'reset') return this.restart();
      const session = this.session;
      const answers = quick.answers;
      if (session && Object.keys(answers).length && !sameAnswers(answers, session.answers.quick ?? {}))
        session.setQuick({ ...answers });
    });
  }

  /**
   * Every answer forgotten with the quick check's (`reset()`, "Forget my data"): back to the intro, nothing saved.
   * Focus follows only when the visitor was in the assessment, never on a host's call alone.
   */
  private restart(): void {
    this.focusIntro = this.matches(':focus-within');
    this.session?.reset();
    this.section = PROFILE;
    this.started = false;
    this.reportedStart = false;
    this.reportedAnswers = null;
    this.work.clear();
    this.saveFailed = false;
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

  /**
   * A profile answer: this assessment's, and the quick check's too, so the two never disagree about the
   * organisation. A quick check already complete stays complete (its result worked out again) unless the new
   * answer opens a question it has not answered; then it waits on that question.
   */
  private answerProfile(id: string, value: string | string[]): void {
    const session = this.session;
    if (!session) return;
    this.act(() => session.setQuick({ ...(session.answers.quick ?? {}), [id]: value }));
    const quick = this.quickSession;
    if (!quick) return;
    const complete = quick.status === 'complete';
    this.act(() => {
      quick.answer(id, value);
      if (!complete) return;
      const open = quick.visible.find((q) => quick.answers[q.id] === undefined);
      if (open) return quick.goTo(open.id);
      try {
        quick.complete();
      } catch (error) {
        // Before the results part has loaded the quick check waits on this question, its answers all kept.
        if (!(error instanceof ReadinessError && error.code === 'not-complete')) throw error;
      }
    });
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
    const t = this.t;
    if (!t) return section;
    if (section === PROFILE) return t.ui.profile;
    if (section === SCOPING) return t.scoping.heading;
    if (section === RESULTS) return t.ui.resultsHeading;
    const standard = section.startsWith('27001:') ? 'iso27001' : 'iso42001';
    return `${STANDARD_NAMES[standard]} · ${t.sections[section] ?? section}`;
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

  /** Profile questions visible for the answers so far. */
  private profileItems(): QuestionItem[] {
    const bank = getQuestionBank(this.bankText ? { translation: { bank: this.bankText } } : undefined);
    const quick = this.session?.answers.quick ?? {};
    return visibleItems(
      bank.items.filter((item) => item.kind === 'profile'),
      quick,
      this.scope,
    );
  }

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
      body = renderProfile(this.profileItems(), session.answers.quick ?? {}, (id, value) =>
        this.answerProfile(id, value),
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
    const previous = ids[at - 1];
    const next = ids[at + 1];
    return html`<section class="section" aria-labelledby="section-heading">
      <h3 class="section__heading" id="section-heading" tabindex="-1">${this.titleOf(this.section)}</h3>
      ${body}
      <div class="section__nav no-print">
        ${
          previous
            ? html`<button type="button" class="button button--secondary" @click=${() => this.go(previous)}>
                ${t.ui.previous}
              </button>`
            : nothing
        }
        ${
          next
            ? html`<button type="button" class="button button--primary" @click=${() => this.go(next)}>
                ${next === RESULTS ? t.ui.results : t.ui.next}
              </button>`
            : html`<button type="button" class="button button--secondary" @click=${() => this.go(PROFILE)}>
                ${t.ui.back}
              </button>`
        }
      </div>
    </section>`;
  }

  protected override render() {
    const t = this.t;
    const session = this.session;
    // One alert region in every state, so a failure to save is announced the moment it happens.
    const alert = t && session && (this.unsaved || this.saveFailed);
    return html`<div class="alerts no-print" role="alert">
        ${alert ? renderSaveAlert(t, this.unsaved, () => saveCopy(session, this.renderRoot)) : nothing}
      </div>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.t;
    // Without its text nothing else can be said in the visitor's language; the element reports the failure.
    if (this.failed) return html`<p class="notice" role="alert">The full assessment could not be loaded.</p>`;
    if (!t || !this.session || !this.bank) return html`<p class="muted" aria-busy="true">…</p>`;
    const session = this.session;
    return html`<div class="full">
      <h2 class="full__heading" tabindex="-1">${t.ui.heading}</h2>
      <div class="notices no-print" aria-live="polite">
        ${renderNotices(t, session, this.locale, {
          next: session.restored === 'restored' ? this.work.nextOpen(null) : null,
          idOf: (ref) => this.itemsByRef.get(ref)?.id ?? ref,
          goTo: (entry) => this.work.goToEntry(entry),
          message: this.work.message,
          save: () => saveCopy(session, this.renderRoot),
        })}
      </div>
      ${renderFileActions(
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
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
