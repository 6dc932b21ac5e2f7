import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Translation } from '../../src/i18n/translation.js';
import { isSafeUrl } from '../../src/schemas/first-screen-config.js';
import {
  REPORT_SECTIONS,
  type CallToAction,
  type ReportConfig,
  type ReportSection,
} from '../../src/schemas/config.js';
import type { ThankYou } from '../../src/schemas/lead-config.js';
import type { AssessmentResult, Classification } from '../../src/schemas/result.js';
import { IsoReadinessDomainChart } from '../domain-chart/domain-chart.component.js';
import { afterPaint } from '../internal/after-paint.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { downloadJson } from '../internal/download.js';
import { PageNumbers, printOnly } from '../internal/print.js';
import { IsoReadinessPhaseTimeline } from '../phase-timeline/phase-timeline.component.js';
import styles from './results.styles.js';
import {
  actions,
  banner,
  bannerBooks,
  ctaBox,
  placed,
  preparedBy,
  printHeader,
  stickyCta,
  type ReportBranding,
} from './frame.js';
import * as part from './sections.js';

export type { CallToAction } from '../../src/schemas/config.js';
export type { ReportBranding } from './frame.js';

/** The classification of each standard in scope, in the scope's order. */
const classifications = (result: AssessmentResult): Classification[] =>
  result.scope.map((s) => result.classification[s]).filter((cl): cl is Classification => cl !== undefined);

/**
 * @tagname iso-readiness-results
 * @summary The report. First, per standard: readiness on a gauge with the line where "aligned" begins, what the
 * organisation can say against what its buyers ask for, what that means, and the call to action. Then the path,
 * what to do, readiness by domain, the top reasons (the rest on demand), next steps, costs, carry-over, the
 * consultancy's own section, alternatives and regulation, in the order and selection the consultancy configures.
 * Behind the lead gate: the readiness per standard and a locked preview of the rest. After the form is sent: a
 * banner at the top with what happens next. Printed, it carries the consultancy's brand, the client and the date.
 *
 * @dependency iso-readiness-domain-chart
 * @dependency iso-readiness-phase-timeline
 *
 * @slot report - The consultancy's own section (replaces `report.own` from config).
 *
 * @csspart base - The report.
 * @csspart heading - The report's heading, focused when the results appear.
 * @csspart standard - Each standard's card.
 * @csspart gauge - Each standard's readiness gauge.
 * @csspart headline - Each standard's one-sentence consequence.
 * @csspart path - The recommended path.
 * @csspart alternatives - Other paths the sources allow, and when each would be right.
 * @csspart own-section - The consultancy's own section.
 * @csspart cta - Each call-to-action box.
 * @csspart cta-link - The call to action link.
 * @csspart cta-secondary - The secondary action.
 * @csspart sticky-cta - The call to action kept at the bottom of a phone's screen.
 * @csspart banner - The confirmation after the lead form is sent.
 * @csspart print-header - The consultancy, client and date, on paper only.
 * @csspart prepared-by - The consultancy's contact person under the report.
 * @csspart actions - Print, download, review and restart.
 * @csspart teaser - Lead gate: the locked preview of the full report.
 *
 * @slot sharpen - Short path: the element's "Sharpen your result" offer (`iso-readiness-sharpen`), under the verdict.
 */
export class IsoReadinessResults extends ReadinessElement {
  static override styles = [componentStyles, styles];
  static override dependencies = {
    'iso-readiness-domain-chart': IsoReadinessDomainChart,
    'iso-readiness-phase-timeline': IsoReadinessPhaseTimeline,
  };

  /** The engine's result. */
  @property({ attribute: false }) result: AssessmentResult | null = null;
  /** Interface strings. */
  @property({ attribute: false }) t: Translation | null = null;
  /** Language for numbers and money. */
  @property() locale = 'en';
  /** The consultancy's call to action, if configured. */
  @property({ attribute: false }) cta: CallToAction | null = null;
  /** Which sections show, in which order, and the consultancy's own section. */
  @property({ attribute: false }) report: ReportConfig | null = null;
  /** The consultancy's brand, for print and the prepared-by block. */
  @property({ attribute: false }) branding: ReportBranding | null = null;
  /** The client's company, from the lead form, for the printed report. */
  @property() client = '';
  /** The lead form was sent: show the confirmation banner (and follow `thankYou.redirectUrl`). */
  @property({ type: Boolean }) sent = false;
  /** The lead reached the page and its webhook: `thankYou.redirectUrl` may be followed now. */
  @property({ type: Boolean }) delivered = false;
  /** The consultancy's confirmation. */
  @property({ attribute: false }) thankYou: ThankYou | null = null;
  /** Element whose page-level printing this report triggers (the `<iso-readiness>` host). */
  @property({ attribute: false }) printHost: HTMLElement | null = null;
  /** Lead gate: readiness, claim and requirement per standard and a locked preview; the rest after the form. */
  @property({ type: Boolean }) teaser = false;

  /** The phone's sticky action shows once the first one has scrolled out of view. */
  @state() private stuck = false;
  @state() private slotted = false;
  /**
   * Whether the report below the verdicts is rendered. A report that appears (the results, or the unlocked report
   * after the form) first shows its top (heading, banner, verdicts, first action) in the frame that answers the
   * click, and the parts below the screen in a task after that paint (`updateComplete` waits for them).
   */
  @state() private below = true;
  private belowShown: Promise<void> | null = null;

  @query('h2') private heading!: HTMLHeadingElement;
  private watched: Document | null = null;
  // Any print of the page while the report shows (Ctrl+P too) has its pages numbered.
  private readonly pages = new PageNumbers(this, () => this.result !== null);
  private readonly now = new Date();

  /** Moves focus to the report's heading. */
  focusHeading(): void {
    // Once the report is painted: focusing in the task that renders it would lay the page out before the paint.
    afterPaint(() => this.heading?.focus());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.removeEventListener('scroll', this.handleScroll, { capture: true });
    this.watched = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A report appears: the first result, or the gate opening. A result that replaces one on screen (sharpened,
    // another language) renders whole at once: parts that left for a frame would move what the visitor reads.
    const appears =
      (changed.has('result') && !changed.get('result')) ||
      (changed.has('teaser') && changed.get('teaser') === true && !this.teaser);
    if (appears && this.result && this.below && !isServer) this.deferBelow();
  }

  /** Renders the parts below the verdicts in a task after the next paint. */
  private deferBelow(): void {
    this.below = false;
    this.belowShown = new Promise((resolve) =>
      afterPaint(() => {
        this.below = true;
        this.belowShown = null;
        resolve();
      }),
    );
  }

  /** Settles once the report's top is rendered: `updateComplete` without the wait for the parts below it. */
  get topComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.belowShown) {
      await this.belowShown;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // After the send the visitor is taken to the top of the report they unlocked, in the frame that first shows it
    // (once the lead form below has rendered too, so the page is laid out once), and its banner is focused.
    if (changed.has('sent') && this.sent && changed.get('sent') === false) {
      afterPaint(() => this.scrollIntoView({ block: 'start' }), true);
      afterPaint(() =>
        this.renderRoot.querySelector<HTMLElement>('[part="banner"]')?.focus({ preventScroll: true }),
      );
    }
    // Only once delivered: leaving earlier could cut the webhook's request short.
    const url = this.thankYou?.redirectUrl;
    if (changed.has('delivered') && this.delivered && this.sent && url && isSafeUrl(url))
      this.ownerDocument.defaultView?.location.assign(url);
    this.watchCta();
  }

  // The sticky action appears once the first in-report action has left the screen upwards. Scrolls are heard in
  // the capture phase, so a scrolling dialog (popup mode) counts as much as the page. The browser sends a scroller
  // at most one scroll event per frame, so the check runs at once, with no frame of its own to wait for.
  private readonly handleScroll = (): void => {
    const first = this.renderRoot.querySelector('[part~="cta"]');
    this.stuck = first !== null && first.getBoundingClientRect().bottom < 0;
  };

  private watchCta(): void {
    if (this.watched || !placed(this.cta, 'sticky')) return;
    this.watched = this.ownerDocument;
    this.watched.addEventListener('scroll', this.handleScroll, { capture: true, passive: true });
  }

  private readonly handlePrint = (): void => printOnly(this.printHost ?? this);

  private readonly handleDownload = (): void => {
    if (this.result && this.t) downloadJson(this.result, this.t.ui.results.fileName, this.renderRoot);
  };

  private handleSlot(event: Event): void {
    this.slotted = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private renderSection(
    id: ReportSection,
    c: part.ReportContext,
    standards: Classification[],
    shown: Set<string>,
  ) {
    const rec = c.result.recommendation;
    const ui = c.t.ui.results;
    switch (id) {
      case 'path':
        return html`<section part="path" class="block" aria-labelledby="path">
            <h3 id="path" class="block__heading">${ui.pathHeading}</h3>
            <iso-readiness-phase-timeline
              .phases=${rec.phases}
              .t=${c.t}
              locale=${c.locale}
            ></iso-readiness-phase-timeline>
          </section>
          ${ctaBox(c.t, this.cta, 'path', ui.ctaPathText)}`;
      case 'blockers':
        return part.blockersSection(c, standards);
      case 'domains':
        return part.domainsSection(c, standards);
      case 'reasons':
        return part.reasonsSection(c, rec, shown);
      case 'next-steps':
        return part.nextStepsSection(c, rec);
      case 'costs':
        return part.costsSection(c, rec);
      case 'reuse':
        return part.reuseSection(c, rec);
      case 'regulation':
        return part.regulationSection(c, rec);
      case 'alternatives':
        return part.alternativesSection(c, rec);
      case 'own':
        return part.ownSection(c, this.report?.own, !this.report?.own && !this.slotted, this.handleSlot);
    }
  }

  protected override render() {
    const { result, t } = this;
    if (!result || !t) return nothing;
    const ui = t.ui.results;
    // The verdicts and sections are worked out again only when what they show changes, not when the sticky action
    // appears on scroll, the banner comes or delivery progresses.
    const shows = [
      result,
      t,
      this.locale,
      this.teaser,
      this.cta,
      this.report,
      this.branding,
      this.slotted,
      this.sent,
    ];
    return html`
      <article part="base" class="results">
        ${printHeader(t, this.branding, this.client, this.locale, this.now)}
        ${this.sent && !this.teaser ? banner(t, this, this.handlePrint) : nothing}
        <header class="results__header">
          <h2 part="heading" class="results__heading" tabindex="-1">${ui.heading}</h2>
        </header>
        ${guard(shows, () => this.renderStandards(result, t))}
        <slot name="sharpen"></slot>
        ${this.below ? this.renderBelow(result, t, shows) : nothing}
      </article>
    `;
  }

  /** The sections, the actions and the phone's sticky action. */
  private renderBelow(result: AssessmentResult, t: Translation, shows: unknown[]) {
    return html`${guard(shows, () => this.renderSections(result, t))}
    ${actions(t, this.teaser, {
      print: this.handlePrint,
      download: this.handleDownload,
      review: () => this.signal('iso-readiness-navigate', { to: 'back' }),
      restart: () => this.signal('iso-readiness-navigate', { to: 'restart' }),
    })}
    ${this.teaser ? nothing : stickyCta(t, this.cta, this.stuck)}`;
  }

  /** Per standard: the verdict, and after the first one the primary action (unless the banner just offered it). */
  private renderStandards(result: AssessmentResult, t: Translation): TemplateResult {
    const c: part.ReportContext = { t, locale: this.locale, result };
    const booked = this.sent && !this.teaser && bannerBooks(this.cta);
    const hero = booked ? nothing : ctaBox(t, this.cta, 'hero', '');
    return html`<div class="results__standards">
      ${classifications(result).map(
        // On a phone the action follows the first verdict; side by side, it spans under both (styles).
        (cl, i) => html`${part.standardCard(c, cl)}${i === 0 ? hero : nothing}`,
      )}
    </div>`;
  }

  /** The sections in the consultancy's order, the last action and the contact; behind the gate, their preview. */
  private renderSections(result: AssessmentResult, t: Translation): TemplateResult {
    const c: part.ReportContext = { t, locale: this.locale, result };
    if (this.teaser) return part.lockedPreview(c);
    const sections = this.report?.sections ?? REPORT_SECTIONS;
    // What a section shows is not repeated among the reasons.
    const shown = new Set<string>();
    const rec = result.recommendation;
    if (sections.includes('reuse') && rec.reuse) shown.add(rec.reuse.text);
    // The size band's sentence restates the cost table; other cost reasons stay with the full reasoning.
    if (sections.includes('costs') && rec.costs.length > 0)
      for (const r of rec.rationale) if (r.id.startsWith('costs.band.')) shown.add(r.text);
    const standards = classifications(result);
    return html`${sections.map((id) => this.renderSection(id, c, standards, shown))}
    ${ctaBox(t, this.cta, 'end', t.ui.results.ctaText)} ${preparedBy(t, this.branding)}`;
  }
}
