import { css, html, nothing, type TemplateResult } from 'lit';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import { formatNumber } from './format.js';

/**
 * What the colours and the line of a readiness chart mean: under one chart (`iso-readiness-domain-chart`), or once
 * under several side by side (the report's readiness by domain).
 */
export function chartLegend(
  t: Translation,
  locale: string,
  lines: { aligned: number; low: number } | null | undefined,
): TemplateResult | typeof nothing {
  if (!lines) return nothing;
  const ui = t.ui.results;
  return html`<p part="legend" class="legend">
    <span class="legend__key legend__key--low">
      ${format(ui.legendLow, { value: formatNumber(locale, lines.low) })}
    </span>
    <span class="legend__key legend__key--target">
      ${format(ui.legendTarget, { value: formatNumber(locale, lines.aligned) })}
    </span>
  </p>`;
}

/** The legend's styles, for the components that show one. */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
  }
  .legend__key::before {
    content: '';
    display: inline-block;
    width: 0.75rem;
    height: 0.5rem;
    margin-inline-end: 0.375rem;
    vertical-align: middle;
    background: var(--readiness-color-chart-low, #c2412d);
  }
  .legend__key--target::before {
    width: 2px;
    height: 0.75rem;
    background: var(--readiness-color-text, #1a2233);
  }
`;
