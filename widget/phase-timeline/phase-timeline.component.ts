import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { Phase } from '../../src/schemas/result.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { formatNumber } from '../internal/format.js';
import styles from './phase-timeline.styles.js';

/**
 * @tagname iso-readiness-phase-timeline
 * @summary The recommended path as a timeline: one row per phase with its start and duration in words and
 * an SVG bar on a shared week scale (solid: the shortest case; light: how far it may stretch).
 *
 * @csspart base - The figure.
 * @csspart phase - Each phase row.
 * @csspart bar - Each phase's SVG bar.
 * @csspart axis - The week scale.
 * @cssproperty --readiness-color-chart - Fill of the bars (default: the primary colour).
 */
export class IsoReadinessPhaseTimeline extends ReadinessElement {
  static override styles = [componentStyles, styles];

  /** Phases from `recommendation.phases`, in order. */
  @property({ attribute: false }) phases: Phase[] = [];
  /** Interface strings. */
  @property({ attribute: false }) t: Translation | null = null;
  /** Language for numbers. */
  @property() locale = 'en';

  private start(phase: Phase): string {
    const ui = this.t!.ui.results;
    const { min, max } = phase.startWeek;
    if (max === 0) return ui.phaseStartNow;
    if (min === max) return format(ui.phaseStartExact, { week: formatNumber(this.locale, min) });
    return format(ui.phaseStart, {
      min: formatNumber(this.locale, min),
      max: formatNumber(this.locale, max),
    });
  }

  private duration(phase: Phase): string {
    const ui = this.t!.ui.results;
    const { min, max } = phase.weeks;
    if (min === max) return format(ui.phaseWeeksExact, { weeks: formatNumber(this.locale, min) });
    return format(ui.phaseWeeks, {
      min: formatNumber(this.locale, min),
      max: formatNumber(this.locale, max),
    });
  }

  protected override render() {
    const { phases, t } = this;
    if (!t || phases.length === 0) return nothing;
    const ui = t.ui.results;
    // The scale ends where the longest phase may end; positions are drawing, the weeks come from the result.
    const end = Math.max(1, ...phases.map((p) => p.startWeek.max + p.weeks.max));
    return html`
      <figure part="base" class="timeline">
        <figcaption class="visually-hidden">${ui.timelineLabel}</figcaption>
        <ol class="timeline__phases">
          ${phases.map(
            (phase) =>
              html`<li part="phase" class="timeline__phase">
                <span class="timeline__label">${phase.label}</span>
                <span class="timeline__meta">
                  ${format(ui.phaseMeta, { start: this.start(phase), duration: this.duration(phase) })}
                </span>
                <svg
                  part="bar"
                  class="timeline__bar timeline__bar--${phase.kind}"
                  viewBox="0 0 ${end} 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                >
                  ${svg`<rect class="timeline__track" width=${end} height="10" rx="0.5"></rect>
                  <rect class="timeline__stretch" x=${phase.startWeek.min}
                    width=${phase.startWeek.max + phase.weeks.max - phase.startWeek.min} height="10"></rect>
                  <rect class="timeline__core" x=${phase.startWeek.min} width=${phase.weeks.min} height="10"></rect>`}
                </svg>
              </li>`,
          )}
        </ol>
        <div part="axis" class="timeline__axis" aria-hidden="true">
          <span>${format(ui.weekAxis, { week: formatNumber(this.locale, 0) })}</span>
          <span>${format(ui.weekAxis, { week: formatNumber(this.locale, end) })}</span>
        </div>
      </figure>
    `;
  }
}
