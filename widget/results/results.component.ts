import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import { isSafeUrl } from '../../src/schemas/first-screen-config.js';
import type { AssessmentResult, Classification, Recommendation } from '../../src/schemas/result.js';
import { IsoReadinessDomainChart } from '../domain-chart/domain-chart.component.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { downloadJson } from '../internal/download.js';
import { formatMoney, formatNumber } from '../internal/format.js';
import { printOnly } from '../internal/print.js';
import { IsoReadinessPhaseTimeline } from '../phase-timeline/phase-timeline.component.js';
import styles from './results.styles.js';

/** The consultancy's call to action, already validated. */
export interface CallToAction {
  url: string;
  label?: string;
}

/**
 * @tagname iso-readiness-results
 * @summary The report: per standard the honest claim against what buyers require, readiness by domain,
 * then the recommended path, its reasons, next steps, costs, carry-over and regulation where the result has
 * them, the consultancy's call to action, and ways to keep it (print to PDF, JSON).
 *
 * @dependency iso-readiness-domain-chart
 * @dependency iso-readiness-phase-timeline
 *
 * @csspart base - The report.
 * @csspart heading - The report's heading, focused when the results appear.
 * @csspart standard - Each standard's card.
 * @csspart headline - Each standard's one-sentence headline.
 * @csspart path - The recommended path.
 * @csspart alternatives - Other paths the sources allow, and when each would be right.
 * @csspart cta - The call to action box.
 * @csspart cta-link - The call to action link.
 * @csspart actions - Print, download, review and restart.
 * @csspart teaser - Lead gate: the note that the full report follows the form.
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
  /** Element whose page-level printing this report triggers (the `<iso-readiness>` host). */
  @property({ attribute: false }) printHost: HTMLElement | null = null;
  /** Lead gate: per standard only the headline, claim and requirement; the rest after the lead form is sent. */
  @property({ type: Boolean }) teaser = false;

  @query('h2') private heading!: HTMLHeadingElement;

  /** Moves focus to the report's heading. */
  focusHeading(): void {
    this.heading?.focus();
  }

  private handlePrint(): void {
    printOnly(this.printHost ?? this);
  }

  private handleDownload(): void {
    if (this.result && this.t) downloadJson(this.result, this.t.ui.results.fileName, this.renderRoot);
  }

  private percent(value: number | null): string {
    const ui = this.t!.ui.results;
    return value === null ? ui.notAssessed : format(ui.percent, { value: formatNumber(this.locale, value) });
  }

  private renderStandard(c: Classification): TemplateResult {
    const t = this.t!;
    const ui = t.ui.results;
    const teaser = this.teaser;
    const readiness = teaser ? undefined : this.result?.readiness[c.standard];
    // A standard that does not apply gets its one line, no claim, score or chart to misread as readiness.
    if (!c.applies) return this.renderNotApplicable(c);
    return html`
      <article part="standard" class="standard" aria-labelledby="std-${c.standard}">
        <header class="standard__header">
          <h3 id="std-${c.standard}" class="standard__name">
            ${t.standards[c.standard]}
            <span class="standard__topic">${t.standardTopics[c.standard]}</span>
          </h3>
          <span class="badge ${c.meetsRequirement ? 'badge--ok' : 'badge--gap'}">
            ${c.meetsRequirement ? ui.meets : ui.gap}
          </span>
        </header>
        <p part="headline" class="standard__headline">${c.headline}</p>
        <dl class="standard__facts">
          <div class="fact">
            <dt>${ui.claim}</dt>
            <dd>${t.claims[c.claim]}</dd>
          </div>
          <div class="fact">
            <dt>${ui.requirement}</dt>
            <dd>${t.requirements[c.requirement]}</dd>
          </div>
          ${
            teaser
              ? nothing
              : html`<div class="fact">
                  <dt>${ui.readiness}</dt>
                  <dd class="fact__number">${this.percent(c.readiness)}</dd>
                </div>`
          }
        </dl>
        ${
          !teaser && c.blockers.length > 0
            ? html`<h4 class="subheading">${ui.blockers}</h4>
                <ul class="list">
                  ${c.blockers.map((b) => html`<li>${b.text}</li>`)}
                </ul>`
            : nothing
        }
        ${
          readiness && readiness.domains.length > 0
            ? html`<iso-readiness-domain-chart
                class="standard__chart"
                .readiness=${readiness}
                .t=${t}
                locale=${this.locale}
              ></iso-readiness-domain-chart>`
            : nothing
        }
      </article>
    `;
  }

  private renderNotApplicable(c: Classification): TemplateResult {
    const t = this.t!;
    return html`
      <article part="standard" class="standard standard--not-applicable" aria-labelledby="std-${c.standard}">
        <header class="standard__header">
          <h3 id="std-${c.standard}" class="standard__name">
            ${t.standards[c.standard]}
            <span class="standard__topic">${t.standardTopics[c.standard]}</span>
          </h3>
          <span class="badge badge--neutral">${t.ui.results.doesNotApply}</span>
        </header>
        <p part="headline" class="standard__headline">${c.headline}</p>
      </article>
    `;
  }

  private renderExtras(rec: Recommendation): TemplateResult {
    const t = this.t!;
    const ui = t.ui.results;
    const money = (currency: string) => (n: number) => formatMoney(this.locale, currency, n);
    return html`
      ${
        rec.costs.length > 0
          ? html`<section class="block" aria-labelledby="costs">
              <h3 id="costs" class="block__heading">${ui.costsHeading}</h3>
              <div class="table-scroll">
                <table class="costs">
                  <thead>
                    <tr>
                      <th scope="col">${ui.costStandard}</th>
                      <th scope="col">${ui.costFees}</th>
                      <th scope="col">${ui.costInternal}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rec.costs.map((cost) => {
                      const m = money(cost.currency);
                      return html`<tr>
                        <th scope="row">${t.standards[cost.standard]}</th>
                        <td>
                          ${format(ui.range, { min: m(cost.certificationFees.min), max: m(cost.certificationFees.max) })}
                        </td>
                        <td>
                          ${format(ui.range, { min: m(cost.internalEffort.min), max: m(cost.internalEffort.max) })}
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
      ${
        rec.reuse
          ? html`<section class="block" aria-labelledby="reuse">
              <h3 id="reuse" class="block__heading">${ui.reuseHeading}</h3>
              <p class="reuse__figures">
                <span
                  >${format(ui.reuseQuoted, { min: formatNumber(this.locale, rec.reuse.quoted.min), max: formatNumber(this.locale, rec.reuse.quoted.max) })}</span
                >
                ${
                  rec.reuse.computed === null
                    ? nothing
                    : html`<span
                        >${format(ui.reuseComputed, { value: formatNumber(this.locale, rec.reuse.computed) })}</span
                      >`
                }
              </p>
              <p class="muted">${rec.reuse.text}</p>
            </section>`
          : nothing
      }
      ${
        rec.regulatory.length > 0
          ? html`<section class="block" aria-labelledby="regulatory">
              <h3 id="regulatory" class="block__heading">${ui.regulatoryHeading}</h3>
              <ul class="list">
                ${rec.regulatory.map(
                  (link) =>
                    html`<li>
                      <strong class="list__title"
                        >${format(ui.regulatoryRef, { framework: ui.frameworks[link.framework], ref: link.ref })}</strong
                      >
                      ${link.text}
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }

  private renderCta(): TemplateResult | typeof nothing {
    const ui = this.t!.ui.results;
    const cta = this.cta;
    // Validated with the config already; checked again because this is the one place it becomes a link.
    if (!cta || !isSafeUrl(cta.url)) return nothing;
    return html`<aside part="cta" class="cta">
      <p class="cta__text">${ui.ctaText}</p>
      <a
        part="cta-link"
        class="button button--primary cta__link"
        href=${cta.url}
        target="_blank"
        rel="noopener noreferrer"
      >
        ${cta.label ?? ui.ctaDefault}<span class="visually-hidden"> ${ui.newTab}</span>
      </a>
    </aside>`;
  }

  protected override render() {
    const { result, t } = this;
    if (!result || !t) return nothing;
    const ui = t.ui.results;
    const classifications = result.scope
      .map((s) => result.classification[s])
      .filter((c): c is Classification => c !== undefined);
    return html`
      <article part="base" class="results">
        <header class="results__header">
          <h2 part="heading" class="results__heading" tabindex="-1">${ui.heading}</h2>
          <p class="results__intro">${ui.intro}</p>
        </header>
        <div class="results__standards">${classifications.map((c) => this.renderStandard(c))}</div>
        <slot name="sharpen"></slot>
        ${
          this.teaser
            ? html`<p part="teaser" class="results__teaser">${t.lead.gate.teaser}</p>`
            : this.renderFull(result, t)
        }
        ${this.renderActions(t)}
      </article>
    `;
  }

  private renderFull(result: AssessmentResult, t: Translation): TemplateResult {
    const ui = t.ui.results;
    const rec = result.recommendation;
    return html`
      <section part="path" class="block" aria-labelledby="path">
        <h3 id="path" class="block__heading">${ui.pathHeading}</h3>
        <iso-readiness-phase-timeline
          .phases=${rec.phases}
          .t=${t}
          locale=${this.locale}
        ></iso-readiness-phase-timeline>
        ${
          rec.rationale.length > 0
            ? html`<h4 class="subheading">${ui.rationaleHeading}</h4>
                <ul class="list">
                  ${rec.rationale.map((r) => html`<li>${r.text}</li>`)}
                </ul>`
            : nothing
        }
        ${
          rec.alternatives.length > 0
            ? html`<h4 class="subheading">${ui.alternativesHeading}</h4>
                <ul part="alternatives" class="list">
                  ${rec.alternatives.map((a) => html`<li>${a.text}</li>`)}
                </ul>`
            : nothing
        }
        ${
          rec.nextSteps.length > 0
            ? html`<h4 class="subheading">${ui.nextStepsHeading}</h4>
                <ol class="list list--numbered">
                  ${rec.nextSteps.map((s) => html`<li>${s.text}</li>`)}
                </ol>`
            : nothing
        }
      </section>
      ${this.renderExtras(rec)} ${this.renderCta()}
    `;
  }

  private renderActions(t: Translation): TemplateResult {
    const ui = t.ui.results;
    // Behind the lead gate there is no full report to keep yet; reviewing or restarting stays possible.
    return html`<div part="actions" class="actions no-print" role="group" aria-label=${ui.actionsLabel}>
      ${
        this.teaser
          ? nothing
          : html`<button type="button" class="button button--secondary" @click=${this.handlePrint}>
                ${ui.print}
              </button>
              <button type="button" class="button button--secondary" @click=${this.handleDownload}>
                ${ui.download}
              </button>`
      }
      <button
        type="button"
        class="button button--link"
        @click=${() => this.signal('iso-readiness-navigate', { to: 'back' })}
      >
        ${ui.review}
      </button>
      <button
        type="button"
        class="button button--link"
        @click=${() => this.signal('iso-readiness-navigate', { to: 'restart' })}
      >
        ${ui.restart}
      </button>
    </div>`;
  }
}
