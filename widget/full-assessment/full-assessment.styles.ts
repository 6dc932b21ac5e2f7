import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--readiness-color-text, #152033);
    font-family: var(--readiness-font-family, system-ui, sans-serif);
    font-size: var(--readiness-font-size, 1rem);
    line-height: 1.5;
  }
  .full {
    display: grid;
    gap: var(--readiness-spacing, 1.25rem);
  }
  .full__heading {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .full__layout {
    display: grid;
    gap: var(--readiness-spacing, 1.25rem);
  }
  @media (min-width: 48rem) {
    .full__layout {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
      align-items: start;
    }
  }
  .teaser {
    padding: 0.875rem 1rem;
    border-left: 3px solid var(--readiness-color-primary, #2952cc);
    border-radius: 0 var(--readiness-radius-control, 0.5rem) var(--readiness-radius-control, 0.5rem) 0;
    background: var(--readiness-color-cta-surface, #eef2fd);
  }
  .full__lead {
    margin-top: var(--readiness-spacing, 1.25rem);
  }
  .notice {
    padding: 0.75rem 1rem;
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .muted {
    color: var(--readiness-color-muted, #556072);
  }
  .nav ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  .nav__standard {
    display: block;
    margin: 0.75rem 0 0.25rem;
    font-weight: 700;
  }
  .section-link {
    display: grid;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .section-link[aria-current='step'] {
    border-color: var(--readiness-color-primary, #2952cc);
    box-shadow: inset 3px 0 0 var(--readiness-color-primary, #2952cc);
  }
  .section-link__progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    font-size: 0.875rem;
  }
  .section-link__progress progress {
    width: 100%;
    height: 0.375rem;
    accent-color: var(--readiness-color-primary, #2952cc);
  }
  /* minmax(0, 1fr): a wide table scrolls in its own box instead of widening the column. */
  .section,
  .report {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    min-width: 0;
  }
  .section__heading {
    font-size: 1.25rem;
  }
  .section__nav,
  .exports,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .entry {
    display: grid;
    gap: 0.625rem;
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius, 0.875rem);
    min-width: 0;
  }
  .entry__legend {
    padding: 0 0.25rem;
    font-weight: 650;
  }
  .entry__id {
    font-variant-numeric: tabular-nums;
    color: var(--readiness-color-muted, #556072);
  }
  .entry__help,
  .entry__accepted,
  .entry__suggestion {
    font-size: 0.9375rem;
    color: var(--readiness-color-muted, #556072);
  }
  .entry__source {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.5rem 0.75rem;
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .entry__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    font-size: 0.875rem;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .choice {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--readiness-color-primary, #2952cc);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field input,
  .field textarea,
  select {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--readiness-color-border-strong, #9aa5b5);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    font-size: max(1rem, 16px);
  }
  .inline {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .entry__details summary {
    min-height: 1.5rem;
    cursor: pointer;
    color: var(--readiness-color-link, #2952cc);
  }
  .entry__details[open] {
    display: grid;
    gap: 0.5rem;
  }
  .button--small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
  }
  .grade {
    font-weight: 600;
  }
  .grade--major-gap {
    color: var(--readiness-color-danger, #a3212a);
  }
  .grade--minor-gap {
    color: var(--readiness-color-warning, #7a5200);
  }
  .grade--conformant {
    color: var(--readiness-color-success, #1c6b3a);
  }
  .readiness,
  .documents {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .readiness li,
  .documents li {
    display: grid;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--readiness-color-border, #d8dee8);
    text-align: start;
    vertical-align: top;
  }
  .print-only {
    display: none;
  }
  @media print {
    .nav,
    .notices,
    .alerts,
    .files,
    .toolbar {
      display: none;
    }
    .full__layout {
      display: block;
    }
    .print-only {
      display: block;
    }
    .print-header {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 1rem;
      align-items: start;
      padding-bottom: 0.5rem;
      margin-bottom: 1rem;
      border-bottom: 1px solid #000;
    }
    .print-header__logo {
      max-height: 2.5rem;
      max-width: 12rem;
    }
    .print-header__control {
      display: grid;
      grid-template-columns: auto auto;
      gap: 0 0.5rem;
      margin: 0;
      font-size: 0.8125rem;
    }
    .print-header__control dd {
      margin: 0;
    }
  }
`;
