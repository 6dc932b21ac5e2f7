import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { DomainScore, StandardReadiness } from '../../src/schemas/result.js';
import { ReadinessElement } from '../internal/base-element.js';
import { chartLegend, legendStyles } from '../internal/chart-legend.js';
import { componentStyles } from '../internal/component.styles.js';
import { formatNumber } from '../internal/format.js';
import styles from './domain-chart.styles.js';

/**
 * @tagname iso-readiness-domain-chart
 * @summary Readiness per domain as a bar chart that is also a real table: each row a domain, its score as
 * text and as an SVG bar, so screen readers and print get the same figures as the eye.
 *
 * @csspart base - The figure.
 * @csspart caption - The chart's title.
 * @csspart table - The table of domains.
 * @csspart bar - Each SVG bar.
 * @csspart legend - What the colours and the line mean.
 * @cssproperty --readiness-color-chart - Fill of the bars from the "aligned" line up (default: the success colour).
 * @cssproperty --readiness-color-chart-mid - Fill of bars between the weak and the aligned line.
 * @cssproperty --readiness-color-chart-low - Fill of bars under the weak line.
 */
export class IsoReadinessDomainChart extends ReadinessElement {
  static override styles = [componentStyles, legendStyles, styles];

  /** One standard's readiness from the result. */
  @property({ attribute: false }) readiness: StandardReadiness | null = null;
  /** Interface strings. */
  @property({ attribute: false }) t: Translation | null = null;
  /** Language for numbers. */
  @property() locale = 'en';
  /** Say under the chart what the colours and the line mean (off where several charts share one legend). */
  @property({ type: Boolean, attribute: 'no-legend' }) noLegend = false;
  /** The result's lines: from `aligned` a bar is green and the target line is drawn; under `low` it is weak. */
  @property({ attribute: false }) thresholds: { aligned: number; low: number } | null = null;

  private band(score: number): 'low' | 'mid' | 'ok' {
    const lines = this.thresholds;
    if (!lines) return 'mid';
    return score < lines.low ? 'low' : score < lines.aligned ? 'mid' : 'ok';
  }

  private row(domain: DomainScore): TemplateResult {
    const ui = this.t!.ui.results;
    const aligned = this.thresholds?.aligned;
    const band = domain.score === null ? 'none' : this.band(domain.score);
    return html`<tr class="chart__row chart__row--${band}">
      <th scope="row" class="chart__domain">
        <span class="chart__id">${domain.id.split(':')[1]}</span> ${domain.label}
      </th>
      <td class="chart__score">
        <span class="chart__value">
          ${domain.score === null ? ui.notAssessed : format(ui.percent, { value: formatNumber(this.locale, domain.score) })}
        </span>
        <svg part="bar" class="chart__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
          ${svg`<rect class="chart__track" width="100" height="8" rx="1"></rect>`}
          ${domain.score === null ? nothing : svg`<rect class="chart__fill chart__fill--${band}" width=${domain.score} height="8" rx="1"></rect>`}
          ${aligned === undefined ? nothing : svg`<line class="chart__target" x1=${aligned} x2=${aligned} y1="0" y2="8"></line>`}
        </svg>
      </td>
    </tr>`;
  }

  protected override render() {
    const { readiness, t } = this;
    if (!readiness || !t) return nothing;
    const ui = t.ui.results;
    const standard = t.standards[readiness.standard];
    // Management-system clauses apart from Annex A, as auditors read them.
    const annex = readiness.domains.filter((d) => d.id.includes(':A.'));
    const clauses = readiness.domains.filter((d) => !d.id.includes(':A.'));
    const groups = [
      { label: ui.chartClauses, domains: clauses },
      { label: ui.chartAnnex, domains: annex },
    ].filter((g) => g.domains.length > 0);
    return html`
      <figure part="base" class="chart">
        <figcaption part="caption" class="chart__caption">
          ${format(ui.domainsHeading, { standard })}
        </figcaption>
        <table part="table" class="chart__table">
          <thead class="visually-hidden">
            <tr>
              <th scope="col">${ui.tableDomain}</th>
              <th scope="col">${ui.tableScore}</th>
            </tr>
          </thead>
          ${groups.map(
            (group) =>
              html`<tbody>
                ${
                  groups.length > 1
                    ? html`<tr>
                        <th scope="colgroup" colspan="2" class="chart__group">${group.label}</th>
                      </tr>`
                    : nothing
                }
                ${group.domains.map((domain) => this.row(domain))}
              </tbody>`,
          )}
        </table>
        ${this.noLegend ? nothing : chartLegend(t, this.locale, this.thresholds)}
      </figure>
    `;
  }
}
