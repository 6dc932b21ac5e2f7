import { css } from 'lit';

const dark = css`
  --readiness-color-primary: #8fa8ff;
  --readiness-color-primary-hover: #b3c4ff;
  --readiness-color-primary-text: #b3c4ff;
  --readiness-color-on-primary: #0d1424;
  --readiness-color-text: #e7ebf2;
  --readiness-color-muted: #a5afbf;
  --readiness-color-surface: #151b26;
  --readiness-color-surface-alt: #1e2633;
  --readiness-color-selected: #1f2b47;
  --readiness-color-border: #333e50;
  --readiness-color-border-subtle: #252f3e;
  --readiness-color-border-strong: #56637a;
  --readiness-color-track: #2a3444;
  --readiness-color-focus: #b3c4ff;
  --readiness-color-link: #a9bcff;
  --readiness-color-success: #7fd6a4;
  --readiness-color-success-soft: #173527;
  --readiness-color-warning: #f2c27a;
  --readiness-color-warning-soft: #3a2a12;
  --readiness-color-danger: #ff9c93;
  --readiness-color-chart-soft: #3a4a78;
  --readiness-color-chart-accent: #5fd0c2;
  --readiness-color-chart-accent-soft: #1e4a46;
  --readiness-color-cta-surface: #1f2b47;
  --readiness-color-notice: #2b2414;
  --readiness-shadow: 0 1px 2px rgb(0 0 0 / 0.4);
  color-scheme: dark;
`;

export default css`
  :host {
    --readiness-font-family:
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif;
    --readiness-font-size: 1rem;
    --readiness-color-primary: #2952cc;
    --readiness-color-primary-hover: #1f40a8;
    --readiness-color-primary-text: #2447b8;
    --readiness-color-on-primary: #ffffff;
    --readiness-color-text: #152033;
    --readiness-color-muted: #556072;
    --readiness-color-surface: #ffffff;
    --readiness-color-surface-alt: #f3f5f9;
    --readiness-color-selected: #eef2fd;
    --readiness-color-border: #d8dee8;
    --readiness-color-border-subtle: #edf0f5;
    --readiness-color-border-strong: #9aa5b5;
    --readiness-color-track: #e4e8ef;
    --readiness-color-focus: #2952cc;
    --readiness-color-link: #2952cc;
    --readiness-color-success: #17663f;
    --readiness-color-success-soft: #e3f4ea;
    --readiness-color-warning: #8a4b00;
    --readiness-color-warning-soft: #fdf0dc;
    --readiness-color-danger: #b42318;
    --readiness-color-chart-soft: #b7c6f1;
    --readiness-color-chart-accent: #0f766e;
    --readiness-color-chart-accent-soft: #a7d8d2;
    --readiness-color-cta-surface: #eef2fd;
    --readiness-color-notice: #fff7e6;
    --readiness-radius: 0.875rem;
    --readiness-radius-control: 0.5rem;
    --readiness-spacing-sm: 0.75rem;
    --readiness-spacing: 1.25rem;
    --readiness-spacing-lg: 2rem;
    --readiness-max-width: 46rem;
    --readiness-shadow: 0 1px 2px rgb(16 24 40 / 0.06), 0 4px 16px rgb(16 24 40 / 0.06);
    --readiness-focus-width: 3px;

    display: block;
    max-width: var(--readiness-max-width);
    color: var(--readiness-color-text);
    font-family: var(--readiness-font-family);
    font-size: var(--readiness-font-size);
    line-height: 1.55;
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  /* The custom states, read from data-state, which every engine has (see ReadinessElement.setStates). */
  :host([data-state~='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-state~='auto']) {
      ${dark}
    }
  }
  :host([data-state~='popup']) {
    display: inline-block;
    max-width: none;
  }
  /* width="full" with depth="full": the workbench takes the host's whole width. */
  :host([data-state~='full-width']) {
    max-width: none;
  }
  /* Inherited properties set explicitly, so a host page's global styles cannot leak in through inheritance. */
  .card,
  .dialog,
  [part='open-button'] {
    font-family: var(--readiness-font-family);
    font-size: var(--readiness-font-size);
    font-style: normal;
    line-height: 1.55;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    color: var(--readiness-color-text);
    visibility: visible;
  }
  [part='open-button'] {
    color: var(--readiness-color-on-primary);
    font-weight: 600;
  }
  .card {
    container-type: inline-size;
    padding: var(--readiness-spacing-lg);
    border: 1px solid var(--readiness-color-border);
    border-radius: var(--readiness-radius);
    background: var(--readiness-color-surface);
    box-shadow: var(--readiness-shadow);
  }
  @container (max-width: 30rem) {
    .screen,
    .notices {
      --readiness-spacing-lg: 1.5rem;
    }
  }
  @media (max-width: 30rem) {
    .card {
      padding: var(--readiness-spacing);
    }
  }
  .screen {
    display: grid;
    gap: var(--readiness-spacing);
  }
  .notices {
    display: grid;
    gap: 0.5rem;
  }
  .notices:has(.notice) {
    margin-bottom: var(--readiness-spacing);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem 1rem;
    border-left: 3px solid var(--readiness-color-warning);
    border-radius: 0 var(--readiness-radius-control) var(--readiness-radius-control) 0;
    background: var(--readiness-color-notice);
    font-size: 0.9375rem;
  }
  .notice__dismiss {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: -0.25rem -0.5rem -0.25rem 0;
    padding: 0;
    border: 0;
    border-radius: var(--readiness-radius-control);
    background: transparent;
    color: var(--readiness-color-muted);
    cursor: pointer;
  }
  .notice__dismiss:hover {
    background: var(--readiness-color-surface-alt);
    color: var(--readiness-color-text);
  }
  .intro {
    display: grid;
    gap: var(--readiness-spacing);
    justify-items: start;
  }
  .intro__logo {
    display: block;
    max-width: 10rem;
    max-height: 3rem;
    object-fit: contain;
  }
  .intro__eyebrow {
    margin: 0;
    color: var(--readiness-color-primary-text);
    font-size: 0.875rem;
    font-weight: 650;
    letter-spacing: 0.02em;
  }
  .intro__heading {
    margin: 0;
    font-size: var(--readiness-font-size-heading, 1.75rem);
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.02em;
    text-wrap: balance;
  }
  .intro__text {
    margin: 0;
    max-width: 38rem;
    font-size: 1.0625rem;
    color: var(--readiness-color-text);
  }
  .intro__meta {
    margin: 0;
    color: var(--readiness-color-muted);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  .intro__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 0.25rem;
  }
  .intro__privacy {
    margin: 0;
    color: var(--readiness-color-muted);
    font-size: 0.875rem;
  }
  .button--large {
    min-height: 3rem;
    padding: 0.75rem 1.5rem;
    font-size: 1.0625rem;
  }
  .preparing {
    margin: 0;
    padding: calc(var(--readiness-spacing) * 2) 0;
    color: var(--readiness-color-muted);
    text-align: center;
  }
  .error {
    padding: var(--readiness-spacing);
    border: 1px solid var(--readiness-color-danger);
    border-radius: var(--readiness-radius-control);
  }
  .error__heading {
    margin: 0 0 0.5rem;
    color: var(--readiness-color-danger);
    font-size: 1.125rem;
  }
  .error p {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .error__hint {
    color: var(--readiness-color-muted);
    font-size: 0.875rem;
  }
  .lead:has(slot:empty) {
    display: contents;
  }
  .lead iso-readiness-lead-form {
    padding: var(--readiness-spacing-lg);
    border-radius: var(--readiness-radius);
    background: var(--readiness-color-surface-alt);
  }
  @container (max-width: 30rem) {
    .lead iso-readiness-lead-form {
      padding: 1rem;
    }
  }
  /* Sent: one line under the report, not a box (the report's banner says what happens next). */
  .lead iso-readiness-lead-form[data-state~='sent'] {
    padding: 0;
    background: none;
  }
  .forget {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0;
    color: var(--readiness-color-muted);
    font-size: 0.875rem;
  }
  .dialog {
    width: min(46rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 0;
    border-radius: var(--readiness-radius);
    background: transparent;
    color: inherit;
    overflow: auto;
  }
  .dialog::backdrop {
    background: rgb(10 15 25 / 0.55);
  }
  .card--dialog {
    box-shadow: none;
  }
  .dialog__bar {
    display: flex;
    justify-content: flex-end;
    margin: calc(-1 * var(--readiness-spacing)) calc(-1 * var(--readiness-spacing)) 0.5rem 0;
  }
  .dialog__close {
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    font-size: 0.9375rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .dialog[open] {
      animation: readiness-in 160ms ease-out;
    }
  }
  @keyframes readiness-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  @media print {
    :host {
      max-width: none;
      color: #000;
    }
    .card {
      padding: 0;
      border: 0;
      box-shadow: none;
    }
    .notices,
    .lead,
    .dialog__bar {
      display: none;
    }
  }
`;
