import { html, nothing, type TemplateResult } from 'lit';
import type { FullResult } from '../../src/full/schemas.js';
import { format } from '../../src/i18n/format.js';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { STANDARD_NAMES } from './report.js';

/** What the rail needs from the element. */
export interface RailHandlers {
  current: string;
  /** Sections before and after the standards' own: the profile and scoping first, the results last. */
  before: readonly string[];
  after: readonly string[];
  titleOf(section: string): string;
  go(section: string): void;
  /** The first entry still to confirm after the one in view, or null when every entry is confirmed. */
  next: string | null;
  goNext(): void;
}

/**
 * The section rail: stays in view beside the entries, with the overall figure ("57 of 190 confirmed"), "Next
 * unanswered" from anywhere, and each section with its progress and how many are pre-filled.
 */
export function renderRail(
  t: FullTranslation,
  result: FullResult,
  scope: readonly StandardId[],
  on: RailHandlers,
): TemplateResult {
  const answered = result.sections.reduce((sum, s) => sum + s.answered, 0);
  const total = result.sections.reduce((sum, s) => sum + s.total, 0);
  const link = (id: string, label: string, detail: TemplateResult | typeof nothing = nothing) =>
    html`<li>
      <button
        type="button"
        class="section-link"
        part="section-link"
        aria-current=${on.current === id ? 'step' : 'false'}
        @click=${() => on.go(id)}
      >
        <span>${label}</span>
        ${detail}
      </button>
    </li>`;
  const groups = scope.map(
    (standard) =>
      html`<li class="nav__group">
        <span class="nav__standard" id=${`nav-${standard}`}>${STANDARD_NAMES[standard]}</span>
        <ul role="list" aria-labelledby=${`nav-${standard}`}>
          ${result.sections
            .filter((s) => s.standard === standard)
            .map((s) =>
              link(
                s.id,
                t.sections[s.id] ?? s.id,
                html`<span class="section-link__progress">
                  <progress max=${s.total} .value=${s.answered} aria-hidden="true"></progress>
                  <span>${format(t.ui.progress, { answered: s.answered, total: s.total })}</span>
                  ${s.prefilled ? html`<span class="muted">${format(t.ui.prefilled, { count: s.prefilled })}</span>` : nothing}
                </span>`,
              ),
            )}
        </ul>
      </li>`,
  );
  return html`<nav class="nav" part="sections" aria-label=${t.ui.sections}>
    <div class="nav__overall" part="overall">
      <progress max=${total} .value=${answered} aria-hidden="true"></progress>
      <strong>${format(t.work.overall, { answered, total })}</strong>
      ${
        on.next
          ? html`<button type="button" class="button button--secondary button--small" @click=${on.goNext}>
              ${t.work.nextUnanswered}
            </button>`
          : html`<span class="muted">${t.work.allAnswered}</span>`
      }
    </div>
    <ul role="list" class="nav__list">
      ${on.before.map((id) => link(id, on.titleOf(id)))} ${groups}
      ${on.after.map((id) => link(id, on.titleOf(id)))}
    </ul>
  </nav>`;
}
