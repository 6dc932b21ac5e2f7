import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .sharpen {
    padding: 1rem;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  /* The offer and its button on one line where they fit. */
  .sharpen__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  .sharpen__heading {
    margin: 0;
    font-size: 1.0625rem;
  }
  .sharpen__text {
    margin: 0;
    line-height: 1.5;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
