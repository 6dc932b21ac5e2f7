import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .results {
    display: grid;
    gap: var(--readiness-spacing-lg, 2rem);
  }
  .results__heading {
    font-size: var(--readiness-font-size-heading, 1.625rem);
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.015em;
  }
  .results__intro {
    margin-top: 0.5rem;
    color: var(--readiness-color-muted, #556072);
    max-width: 40rem;
  }
  .results__teaser {
    padding: 0.875rem 1rem;
    border-left: 3px solid var(--readiness-color-primary, #2952cc);
    border-radius: 0 var(--readiness-radius-control, 0.5rem) var(--readiness-radius-control, 0.5rem) 0;
    background: var(--readiness-color-cta-surface, #eef2fd);
  }
  .results__standards {
    display: grid;
    gap: var(--readiness-spacing, 1.25rem);
  }
  .standard {
    display: grid;
    gap: 1rem;
    padding: var(--readiness-spacing, 1.25rem);
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius, 0.875rem);
    background: var(--readiness-color-surface, #ffffff);
  }
  @media (max-width: 30rem) {
    .standard {
      padding: 1rem;
    }
  }
  .standard__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .standard__name {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .standard__topic {
    display: block;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.875rem;
    font-weight: 500;
  }
  .badge {
    padding: 0.25rem 0.75rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 650;
    line-height: 1.4;
  }
  .badge--ok {
    background: var(--readiness-color-success-soft, #e3f4ea);
    color: var(--readiness-color-success, #17663f);
  }
  .badge--gap {
    background: var(--readiness-color-warning-soft, #fdf0dc);
    color: var(--readiness-color-warning, #8a4b00);
  }
  .badge--neutral {
    background: var(--readiness-color-surface-alt, #f3f5f9);
    color: var(--readiness-color-muted, #556072);
  }
  .standard__headline {
    font-size: 1.125rem;
    line-height: 1.5;
    font-weight: 500;
    text-wrap: pretty;
  }
  .standard__facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem;
  }
  .fact {
    padding: 0.75rem 1rem;
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .fact dt {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .fact dd {
    margin-top: 0.25rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .fact__number {
    font-size: 1.375rem;
    font-variant-numeric: tabular-nums;
  }
  .standard__chart {
    margin-top: 0.5rem;
  }
  .block {
    display: grid;
    gap: 0.75rem;
  }
  .block__heading {
    font-size: 1.25rem;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .subheading {
    margin-top: 0.75rem;
    font-size: 1rem;
    font-weight: 650;
  }
  .list {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 1.25rem;
    line-height: 1.55;
  }
  .list__title {
    display: block;
  }
  .muted {
    color: var(--readiness-color-muted, #556072);
  }
  .table-scroll {
    overflow-x: auto;
  }
  .costs {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  .costs th,
  .costs td {
    padding: 0.5rem 0.75rem 0.5rem 0;
    border-bottom: 1px solid var(--readiness-color-border-subtle, #edf0f5);
    text-align: start;
    font-variant-numeric: tabular-nums;
  }
  .costs thead th {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .reuse__figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    font-weight: 600;
  }
  .cta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: var(--readiness-spacing, 1.25rem);
    border-radius: var(--readiness-radius, 0.875rem);
    background: var(--readiness-color-cta-surface, #eef2fd);
  }
  .cta__text {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    padding-top: var(--readiness-spacing, 1.25rem);
    border-top: 1px solid var(--readiness-color-border, #d8dee8);
  }
  @media print {
    .results {
      gap: 1.25rem;
    }
    .standard,
    .cta {
      break-inside: avoid;
      border-color: #999;
    }
    .cta__link {
      display: inline !important;
      padding: 0;
      background: none;
      color: inherit;
    }
    .cta__link::after {
      content: ' (' attr(href) ')';
    }
  }
`;
