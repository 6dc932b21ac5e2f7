import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { StandardReadiness } from '../../src/schemas/result.js';
import { ReadinessElement } from '../internal/base-element.js';
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
 * @cssproperty --readiness-color-chart - Fill of the bars (default: the primary colour).
 */
export class IsoReadinessDomainChart extends ReadinessElement {
  static override styles = [componentStyles, styles];

  /** One standard's readiness from the result. */
  @property({ attribute: false }) readiness: StandardReadiness | null = null;
  /** Interface strings. */
  @property({ attribute: false }) t: Translation | null = null;
  /** Language for numbers. */
  @property() locale = 'en';

  protected override render() {
    const { readiness, t } = this;
    if (!readiness || !t) return nothing;
    const ui = t.ui.results;
    const standard = t.standards[readiness.standard];
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
          <tbody>
            ${readiness.domains.map(
              (domain) =>
                html`<tr class="chart__row">
                  <th scope="row" class="chart__domain">
                    <span class="chart__id">${domain.id.split(':')[1]}</span>${domain.label}
                  </th>
                  <td class="chart__score">
                    <span class="chart__value">
                      ${
                        domain.score === null
                          ? ui.notAssessed
                          : format(ui.percent, { value: formatNumber(this.locale, domain.score) })
                      }
                    </span>
                    <svg
                      part="bar"
                      class="chart__bar"
                      viewBox="0 0 100 8"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                    >
                      ${svg`<rect class="chart__track" width="100" height="8" rx="1"></rect>`}
                      ${
                        domain.score === null
                          ? nothing
                          : svg`<rect class="chart__fill" width=${domain.score} height="8" rx="1"></rect>`
                      }
                    </svg>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </figure>
    `;
  }
}
