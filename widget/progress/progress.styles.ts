import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .progress__row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
    line-height: 1.4;
  }
  .progress__section {
    color: var(--readiness-color-primary-text, #2447b8);
    font-weight: 650;
    letter-spacing: 0.01em;
  }
  .progress__count {
    color: var(--readiness-color-muted, #556072);
    font-variant-numeric: tabular-nums;
  }
  .progress__bar {
    display: block;
    width: 100%;
    height: 0.375rem;
    margin-top: 0.5rem;
  }
  .progress__track {
    fill: var(--readiness-color-track, #e4e8ef);
  }
  .progress__fill {
    fill: var(--readiness-color-primary, #2952cc);
  }
  .progress__sections {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: 0.75rem;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .progress__step {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: 999px;
    color: var(--readiness-color-muted, #556072);
    line-height: 1.5;
  }
  .progress__step--done {
    border-color: transparent;
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .progress__step--done::before {
    content: '✓ ';
    color: var(--readiness-color-success, #1f7a4d);
  }
  .progress__step--current {
    border-color: var(--readiness-color-primary, #2952cc);
    color: var(--readiness-color-primary-text, #2447b8);
    font-weight: 600;
  }
  /* Narrow cards (phones, 400 % zoom): the section name above says it; the list stays for screen readers. */
  @container (max-width: 34rem) {
    .progress__sections {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
