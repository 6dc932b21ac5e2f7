import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .sharpen {
    margin-block: var(--readiness-spacing, 1.25rem);
    padding: var(--readiness-spacing, 1.25rem);
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .sharpen__heading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .sharpen__text,
  .sharpen__range {
    margin: 0 0 0.5rem;
  }
  .sharpen__ranges {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
    color: var(--readiness-color-muted, #556072);
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
