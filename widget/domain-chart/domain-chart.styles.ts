import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .chart__caption {
    margin-bottom: 0.75rem;
    font-weight: 650;
    font-size: 1rem;
  }
  .chart__table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  .chart__row + .chart__row > * {
    border-top: 1px solid var(--readiness-color-border-subtle, #edf0f5);
  }
  .chart__domain {
    padding: 0.5rem 1rem 0.5rem 0;
    text-align: start;
    font-weight: 500;
    line-height: 1.35;
    vertical-align: middle;
  }
  .chart__id {
    display: block;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    font-weight: 500;
    letter-spacing: 0.02em;
  }
  .chart__score {
    width: 45%;
    padding: 0.5rem 0;
    vertical-align: middle;
  }
  .chart__value {
    display: block;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .chart__bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-top: 0.25rem;
  }
  .chart__track {
    fill: var(--readiness-color-track, #e4e8ef);
  }
  .chart__fill {
    fill: var(--readiness-color-chart, var(--readiness-color-primary, #2952cc));
  }
  @media print {
    .chart__fill {
      fill: #333;
    }
    .chart__row {
      break-inside: avoid;
    }
  }
`;
