import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .timeline__phases {
    display: grid;
    gap: 0.625rem;
    padding: 0;
    list-style: none;
    counter-reset: phase;
  }
  .timeline__phase {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
    counter-increment: phase;
  }
  .timeline__label {
    font-weight: 600;
  }
  .timeline__label::before {
    content: counter(phase) '. ';
    color: var(--readiness-color-muted, #556072);
  }
  .timeline__meta {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.875rem;
  }
  .timeline__bar {
    display: block;
    flex: 1 0 100%;
    width: 100%;
    height: 0.75rem;
    margin-top: 0.25rem;
  }
  .timeline__track {
    fill: var(--readiness-color-track, #e4e8ef);
  }
  .timeline__stretch {
    fill: var(--readiness-color-chart-soft, #b7c6f1);
  }
  .timeline__core {
    fill: var(--readiness-color-chart, var(--readiness-color-primary, #2952cc));
  }
  .timeline__bar--certify .timeline__core {
    fill: var(--readiness-color-chart-accent, #0f766e);
  }
  .timeline__bar--certify .timeline__stretch {
    fill: var(--readiness-color-chart-accent-soft, #a7d8d2);
  }
  .timeline__axis {
    display: flex;
    justify-content: space-between;
    margin-top: 0.5rem;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .timeline__core {
      fill: #333;
    }
    .timeline__stretch {
      fill: #bbb;
    }
    .timeline__phase {
      break-inside: avoid;
    }
  }
`;
