import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .chart__caption {
    margin-bottom: 0.25rem;
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
  .chart__group {
    padding: 0.75rem 0 0.25rem;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
    font-weight: 650;
    text-align: start;
  }
  .chart__domain {
    padding: 0.1875rem 0.5rem 0.1875rem 0;
    font-size: 0.8125rem;
    text-align: start;
    font-weight: 500;
    line-height: 1.35;
    vertical-align: middle;
  }
  .chart__id {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    font-weight: 500;
    letter-spacing: 0.02em;
  }
  .chart__score {
    width: 6.5rem;
    padding: 0.1875rem 0;
    white-space: nowrap;
    vertical-align: middle;
  }
  .chart__value {
    display: inline-block;
    width: 2.75rem;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    font-size: 0.8125rem;
  }
  .chart__bar {
    display: inline-block;
    width: calc(100% - 2.75rem);
    height: 0.5rem;
    vertical-align: middle;
  }
  .chart__track {
    fill: var(--readiness-color-track, #e4e8ef);
  }
  .chart__fill {
    fill: var(--readiness-color-chart-mid, #c98a1a);
  }
  .chart__fill--ok {
    fill: var(--readiness-color-chart, var(--readiness-color-success, #17663f));
  }
  .chart__fill--low {
    fill: var(--readiness-color-chart-low, #c2412d);
  }
  .chart__row--low .chart__value {
    color: var(--readiness-color-danger, #a3301f);
  }
  .chart__target {
    stroke: var(--readiness-color-text, #1a2233);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .chart .legend {
    margin-top: 0.5rem;
  }
  @media print {
    .chart__fill {
      print-color-adjust: exact;
    }
    .chart__row {
      break-inside: avoid;
    }
  }
`;
