import { html, nothing } from 'lit';
import { format } from '../../src/i18n/format.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { Precision } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import { formatList } from '../internal/format.js';
import styles from './sharpen.styles.js';

/**
 * @tagname iso-readiness-sharpen
 * @summary After a short-path result: "Sharpen your result (about N minutes)", what sharper answers could
 * change per standard, and the button that asks the remaining questions at full precision. Once sharpened, one
 * line pointing to the full gap assessment as the deepest level. The element places it in the results'
 * `sharpen` slot.
 *
 * @csspart base - The box around the offer.
 * @csspart sharpen-button - The button that starts sharpening.
 */
export class IsoReadinessSharpen extends ReadinessElement {
  static override styles = [componentStyles, styles];
  static override properties = {
    precision: { attribute: false },
    sharpened: { type: Boolean },
    t: { attribute: false },
  };

  /** What sharper answers would change (the result's `precision`); null: nothing left to sharpen. */
  precision: Precision | null = null;
  /** The visitor has sharpened this result already. */
  sharpened = false;
  /** Interface strings. */
  t: CoreTranslation | null = null;

  private handleStart(): void {
    this.signal('iso-readiness-navigate', { to: 'sharpen' });
  }

  protected override render() {
    const { t, precision } = this;
    if (!t) return nothing;
    const ui = t.ui.sharpen;
    if (this.sharpened) return html`<p part="base" class="sharpen sharpen__text">${ui.done}</p>`;
    if (!precision || precision.questions === 0) return nothing;
    const ranges = (Object.entries(precision.readiness) as [StandardId, Precision['readiness'][StandardId]][])
      .filter(([, r]) => r && r.now !== null && r.ifPartly !== null && r.ifPartly > r.now)
      .map(([standard, r]) =>
        format(ui.range, { standard: t.standards[standard], now: r!.now!, upTo: r!.ifPartly! }),
      );
    // One paragraph: what the unticked practices count as, and how far precise answers could take each standard.
    const text = format(ui.text, { count: precision.coarse.length, ranges: formatList(t.locale, ranges) });
    return html`<section part="base" class="sharpen" aria-labelledby="sharpen-heading">
      <div class="sharpen__head">
        <h3 class="sharpen__heading" id="sharpen-heading">
          ${format(ui.heading, { minutes: precision.minutes })}
        </h3>
        <button type="button" part="sharpen-button" class="button button--primary" @click=${this.handleStart}>
          ${ui.start}
        </button>
      </div>
      <p class="sharpen__text">
        ${ranges.length > 0 ? text : format(ui.textAlone, { count: precision.coarse.length })}
      </p>
    </section>`;
  }
}
