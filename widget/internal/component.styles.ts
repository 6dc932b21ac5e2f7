import { css } from 'lit';

/**
 * Shared by every part: box sizing, `[hidden]`, the visually-hidden helper, focus ring and buttons. Colours,
 * fonts and sizes come from the `--readiness-*` properties set on `<iso-readiness>` and inherited here.
 */
export const componentStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
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
  :focus-visible {
    outline: var(--readiness-focus-width, 3px) solid var(--readiness-color-focus, #2952cc);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.625rem 1.25rem;
    border: 1px solid transparent;
    border-radius: var(--readiness-radius-control, 0.5rem);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      color 120ms ease;
  }
  .button--primary {
    background: var(--readiness-color-primary, #2952cc);
    color: var(--readiness-color-on-primary, #ffffff);
  }
  .button--primary:hover {
    background: var(--readiness-color-primary-hover, #1f40a8);
  }
  .button--secondary {
    background: transparent;
    border-color: var(--readiness-color-border-strong, #9aa5b5);
    color: var(--readiness-color-text, #152033);
  }
  .button--secondary:hover {
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .button--link {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.125rem 0;
    background: none;
    color: var(--readiness-color-link, #2952cc);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    font-weight: 500;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .button,
    .no-print {
      display: none !important;
    }
  }
`;
