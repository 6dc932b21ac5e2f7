import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--readiness-color-text, #152033);
  }
  .lead-form__heading {
    font-size: var(--readiness-font-size-heading, 1.375rem);
    font-weight: 650;
    line-height: 1.3;
  }
  .lead-form__intro {
    margin-top: 0.5rem;
    color: var(--readiness-color-muted, #556072);
    line-height: 1.5;
  }
  .lead-form__form {
    display: grid;
    gap: var(--readiness-spacing-sm, 0.75rem);
    margin-top: var(--readiness-spacing, 1.25rem);
  }
  /* Always in the page, so screen readers announce what appears in it. */
  .lead-form__summary--shown {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--readiness-color-danger, #b42318);
    background: var(--readiness-color-danger-surface, #fef3f2);
    color: var(--readiness-color-danger, #b42318);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field__label {
    font-weight: 600;
  }
  .field__optional {
    color: var(--readiness-color-muted, #556072);
    font-weight: 400;
  }
  .field__input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--readiness-color-border-strong, #9aa5b5);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    /* 16 px or more: iOS zooms into smaller inputs. */
    font-size: max(1rem, 16px);
  }
  .field__input--area {
    resize: vertical;
  }
  .field__input[aria-invalid='true'] {
    border-color: var(--readiness-color-danger, #b42318);
    border-width: 2px;
  }
  .field__error {
    color: var(--readiness-color-danger, #b42318);
    font-weight: 600;
  }
  .share {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    min-width: 0;
  }
  details.share {
    padding: 0;
    border: 0;
  }
  .share__summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--readiness-color-muted, #556072);
    font-size: 0.9375rem;
  }
  .share__fields {
    margin: 0.5rem 0 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    min-width: 0;
  }
  .share__heading {
    padding: 0;
    font-weight: 600;
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
  .person__role {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.9375rem;
  }
  .share__detail,
  .share__context,
  .choice__detail {
    color: var(--readiness-color-muted, #556072);
    font-size: 0.9375rem;
    line-height: 1.45;
  }
  .share__context {
    margin-top: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.5rem 0;
    cursor: pointer;
    line-height: 1.45;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--readiness-color-primary, #2952cc);
    font-size: 1rem;
  }
  .choice__text {
    display: grid;
    gap: 0.125rem;
    /* Consultancy copy can be long and unbroken: wrap it rather than overflow. */
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .choice__label {
    font-weight: 600;
  }
  .consent__link {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    margin-inline-start: 2.25rem;
    color: var(--readiness-color-link, #2952cc);
    text-underline-offset: 0.2em;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .lead-form__submit {
    justify-self: start;
  }
  .lead-form__submit[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .lead-form__status {
    margin-top: var(--readiness-spacing-sm, 0.75rem);
    font-weight: 600;
  }
  .lead-form__status:empty,
  .lead-form__status:first-child {
    margin: 0;
  }
`;
