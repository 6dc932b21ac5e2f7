import { html, nothing, svg } from 'lit';
import type { SessionProgress } from '../../sdk/session.js';
import { format } from '../../src/i18n/format.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import styles from './progress.styles.js';

/**
 * @tagname iso-readiness-progress
 * @summary Where the visitor is: the section, "Question n of N" (counted after branching, so it stays
 * honest), a bar, and the list of sections with `aria-current="step"` on the current one.
 *
 * @csspart base - The wrapper.
 * @csspart section - The current section's name.
 * @csspart count - "Question n of N".
 * @csspart bar - The progress bar (SVG).
 * @csspart sections - The list of sections.
 */
export class IsoReadinessProgress extends ReadinessElement {
  static override styles = [componentStyles, styles];
  // Declared statically, not with decorators: this part loads before the first question, where every byte counts.
  static override properties = {
    progress: { attribute: false },
    t: { attribute: false },
  };

  /** Progress as the session reports it. */
  progress: SessionProgress | null = null;
  /** Interface strings. */
  t: CoreTranslation | null = null;

  protected override render() {
    const { progress, t } = this;
    if (!progress || !t) return nothing;
    const ui = t.ui.progress;
    const count = format(ui.count, { index: progress.index + 1, total: progress.total });
    // The bar shows answered questions as the session counts them; drawn as an SVG attribute, not a style.
    const width = Math.max(0, Math.min(100, progress.fraction * 100));
    return html`
      <div part="base" class="progress">
        <div class="progress__row">
          <span part="section" class="progress__section">${t.sections[progress.section]}</span>
          <span part="count" class="progress__count">${count}</span>
        </div>
        <svg
          part="bar"
          class="progress__bar"
          viewBox="0 0 100 4"
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          ${svg`<rect class="progress__track" x="0" y="0" width="100" height="4" rx="2"></rect>
            <rect class="progress__fill" x="0" y="0" width=${width} height="4" rx="2"></rect>`}
        </svg>
        <ol part="sections" class="progress__sections" aria-label=${ui.sections}>
          ${progress.sections.map(
            (section) =>
              html`<li
                class="progress__step progress__step--${section.state}"
                aria-current=${section.state === 'current' ? 'step' : nothing}
              >
                ${
                  section.state === 'done'
                    ? html`<span aria-hidden="true">${section.label}</span
                        ><span class="visually-hidden"
                          >${format(ui.sectionDone, { section: section.label })}</span
                        >`
                    : section.label
                }
              </li>`,
          )}
        </ol>
      </div>
    `;
  }
}
