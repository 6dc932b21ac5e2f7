import { css } from 'lit';

/** The workbench: the rail that stays in view, the toolbar and bulk bar, the table, notices and the export menu. */
export default css`
  /* The rail stays in view while a long section scrolls past. */
  @media (min-width: 48rem) {
    .nav {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
      padding-bottom: 1rem;
    }
  }
  .nav__overall {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    margin-bottom: 0.5rem;
    border-radius: var(--readiness-radius-control, 0.5rem);
    background: var(--readiness-color-surface-alt, #f3f5f9);
  }
  .nav__overall progress {
    width: 100%;
  }
  .files,
  .bulk__actions,
  .bulk__actions form,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .file-picker {
    position: relative;
    cursor: pointer;
  }
  .file-picker:focus-within {
    outline: 2px solid var(--readiness-color-focus, #2952cc);
    outline-offset: 2px;
  }
  .toolbar {
    display: grid;
    gap: 0.75rem;
    padding-bottom: 0.75rem;
    border-bottom: 1px solid var(--readiness-color-border, #d8dee8);
  }
  .toolbar__view {
    display: flex;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .toolbar__view legend {
    float: left;
    margin-inline-end: 0.5rem;
    font-weight: 600;
  }
  .bulk h4 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .bulk h4 .muted {
    font-weight: 400;
    margin-inline-start: 0.5rem;
  }
  .workbench {
    display: grid;
    gap: var(--readiness-spacing, 1.25rem);
  }
  @media (min-width: 72rem) {
    .workbench--open {
      grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr);
      align-items: start;
    }
    .workbench__entry {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
    }
  }
  .entries select,
  .entries input[type='text'] {
    width: 100%;
    min-width: 6.5rem;
    min-height: 1.75rem;
    font: inherit;
  }
  .entries td,
  .entries th {
    padding: 0.25rem 0.375rem;
  }
  .entries .row:focus {
    outline: 2px solid var(--readiness-color-focus, #2952cc);
    outline-offset: -2px;
  }
  .entries .row--open,
  .entries .row[aria-selected='true'] {
    background: var(--readiness-color-cta-surface, #eef2fd);
  }
  .notice--warning {
    border-left: 4px solid var(--readiness-color-danger, #b42318);
    background: var(--readiness-color-danger-surface, #fdecea);
  }
  .notice--desk {
    display: none;
  }
  @media (max-width: 40rem) {
    .notice--desk {
      display: block;
    }
  }
  .exports summary {
    display: inline-flex;
    list-style: none;
    cursor: pointer;
  }
  .exports__menu {
    display: grid;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    list-style: none;
    border: 1px solid var(--readiness-color-border, #d8dee8);
    border-radius: var(--readiness-radius-control, 0.5rem);
  }
  .gaps__folded td {
    font-style: italic;
    color: var(--readiness-color-muted, #556072);
  }
`;
