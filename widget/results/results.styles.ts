import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .results {
    display: grid;
    gap: 1rem;
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
  .results {
    container-type: inline-size;
  }
  .results__standards,
  .columns {
    display: grid;
    gap: var(--readiness-spacing, 1.25rem);
  }
  @container (min-width: 38rem) {
    .results__standards,
    .columns {
      grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr));
    }
    .results__standards > .cta--hero {
      grid-row: 2;
      grid-column: 1 / -1;
    }
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
    line-height: 1.5;
    text-wrap: pretty;
  }
  .standard {
    align-content: start;
    gap: 0.75rem;
  }
  .standard__facts {
    display: grid;
    gap: 0.25rem;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.375rem 0.75rem;
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .fact dt {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .fact dd {
    font-weight: 600;
    line-height: 1.35;
  }
  .standard__chart {
    margin-top: 0.5rem;
  }
  .block {
    display: grid;
    gap: 0.5rem;
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
  .columns .subheading {
    margin-top: 0;
  }
  .list {
    display: grid;
    gap: 0.375rem;
    padding-inline-start: 1.25rem;
    line-height: 1.45;
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
    flex: 1 1 14rem;
    font-size: 1rem;
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
  .gauge__figure {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .gauge__number {
    font-size: 2rem;
    font-weight: 750;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .gauge__label,
  .gauge__scale {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.875rem;
  }
  .gauge__bar {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin: 0.375rem 0 0.25rem;
  }
  .gauge__track {
    fill: var(--readiness-color-track, #e4e8ef);
  }
  .gauge__fill {
    fill: var(--readiness-color-chart-mid, #c98a1a);
  }
  .gauge--low .gauge__fill {
    fill: var(--readiness-color-chart-low, #c2412d);
  }
  .gauge--ok .gauge__fill {
    fill: var(--readiness-color-chart, var(--readiness-color-success, #17663f));
  }
  .gauge__line {
    stroke: var(--readiness-color-text, #1a2233);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .gauge__scale {
    text-align: end;
  }
  .cta__buttons,
  .banner__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .cta {
    padding: 0.875rem var(--readiness-spacing, 1.25rem);
  }
  .more__summary {
    cursor: pointer;
    color: var(--readiness-color-primary, #2952cc);
    font-weight: 600;
    min-height: 24px;
  }
  .more[open] > .more__summary {
    margin-bottom: 0.75rem;
  }
  .block__heading--inline {
    display: inline;
    color: var(--readiness-color-text, #1a2233);
  }
  .locked {
    display: grid;
    gap: 0.75rem;
    padding: var(--readiness-spacing, 1.25rem);
    border: 1px dashed var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius, 0.875rem);
  }
  .locked__list {
    display: grid;
    gap: 0.375rem;
    padding: 0;
    list-style: none;
  }
  .locked__item {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .locked__icon {
    flex: none;
    width: 0.875rem;
    height: 0.875rem;
    fill: var(--readiness-color-muted, #556072);
    stroke: var(--readiness-color-muted, #556072);
  }
  .locked__ghost {
    display: grid;
    gap: 0.5rem;
    opacity: 0.35;
    filter: blur(1.5px);
  }
  .locked__bar {
    width: 100%;
    height: 0.5rem;
    fill: var(--readiness-color-muted, #556072);
  }
  .locked__note {
    font-weight: 600;
  }
  .banner {
    display: grid;
    gap: 0.375rem 1rem;
    padding: var(--readiness-spacing, 1.25rem);
    border-radius: var(--readiness-radius, 0.875rem);
    background: var(--readiness-color-success-soft, #e3f4ea);
  }
  .banner__heading {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .person {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .person__photo {
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .person__label {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.875rem;
  }
  .sticky {
    display: none;
  }
  @media (max-width: 40rem) {
    .sticky:not([hidden]) {
      position: fixed;
      inset: auto 0 0 0;
      z-index: 10;
      display: flex;
      justify-content: center;
      padding: 0.625rem 1rem calc(0.625rem + env(safe-area-inset-bottom));
      background: var(--readiness-color-surface, #ffffff);
      box-shadow: 0 -2px 10px rgb(0 0 0 / 0.12);
    }
    .sticky__link {
      width: 100%;
      justify-content: center;
    }
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: flex;
    }
    .print-header {
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      padding-bottom: 0.75rem;
      border-bottom: 1px solid #999;
      font-size: 0.875rem;
    }
    .print-header__logo {
      max-height: 2.5rem;
      max-width: 12rem;
    }
    .more::details-content {
      content-visibility: visible;
      display: contents;
    }
    .more__summary {
      list-style: none;
      color: inherit;
    }
    .more__summary--count {
      display: none;
    }
    .gauge__fill,
    .gauge__track {
      print-color-adjust: exact;
    }
    .results {
      gap: 1.25rem;
    }
    .standard,
    .block,
    .person {
      break-inside: avoid;
      border-color: #999;
    }
  }
`;
