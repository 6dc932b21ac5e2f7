import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .question__fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .question__legend {
    padding: 0;
    margin-bottom: var(--readiness-spacing-sm, 0.75rem);
  }
  .question__heading {
    font-size: var(--readiness-font-size-question, 1.375rem);
    font-weight: 650;
    line-height: 1.3;
    letter-spacing: -0.01em;
    color: var(--readiness-color-text, #152033);
    text-wrap: pretty;
  }
  .question__help-toggle {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--readiness-color-link, #2952cc);
    font: inherit;
    font-size: 0.9375rem;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .question__help {
    margin-top: 0.5rem;
    padding: 0.875rem 1rem;
    border-left: 3px solid var(--readiness-color-primary, #2952cc);
    border-radius: 0 var(--readiness-radius-control, 0.5rem) var(--readiness-radius-control, 0.5rem) 0;
    background: var(--readiness-color-surface-alt, #f3f5f9);
    color: var(--readiness-color-text, #152033);
    font-size: 0.9375rem;
    line-height: 1.55;
  }
  /* Help asked for before its text arrived: a quiet placeholder line, replaced in place by the text. */
  .question__help[aria-busy='true']::before {
    content: '';
    display: block;
    width: 60%;
    height: 1lh;
    border-radius: 0.25rem;
    background: var(--readiness-color-border-subtle, #edf0f5);
  }
  .question__hint {
    margin-top: 0.5rem;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.9375rem;
  }
  .question__options {
    display: grid;
    gap: 0.5rem;
    margin-top: var(--readiness-spacing, 1.25rem);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface, #ffffff);
    color: var(--readiness-color-text, #152033);
    cursor: pointer;
    transition:
      border-color 120ms ease,
      background-color 120ms ease;
  }
  .option:hover {
    border-color: var(--readiness-color-border-strong, #9aa5b5);
  }
  .option:has(:checked) {
    border-color: var(--readiness-color-primary, #2952cc);
    background: var(--readiness-color-selected, #eef2fd);
  }
  .option:has(:focus-visible) {
    outline: var(--readiness-focus-width, 3px) solid var(--readiness-color-focus, #2952cc);
    outline-offset: 2px;
  }
  .option__input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--readiness-color-primary, #2952cc);
    /* 16 px or more: iOS zooms into smaller inputs. */
    font-size: 1rem;
  }
  .option__input:focus-visible {
    outline: none;
  }
  .option__label {
    font-size: 1rem;
    line-height: 1.4;
  }
  .question__error {
    margin-top: 0.75rem;
    color: var(--readiness-color-danger, #b42318);
    font-weight: 600;
  }
  .question--confirming .option:has(:checked) {
    box-shadow: 0 0 0 2px var(--readiness-color-primary, #2952cc);
  }
  .question__options--checklist {
    gap: 0.375rem;
  }
  .question__options--checklist .option {
    min-height: 2.75rem;
    padding-block: 0.5rem;
  }
  /* Back and Next stay in reach at the bottom of the viewport while a long list scrolls. */
  .question__nav {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75rem;
    margin-top: var(--readiness-spacing-lg, 2rem);
    padding-block: 0.75rem;
    background: var(--readiness-color-surface, #ffffff);
  }
  .question__nav .button--primary {
    margin-inline-start: auto;
  }
`;
