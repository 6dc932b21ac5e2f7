import { html, nothing, type TemplateResult } from 'lit';
import type { FullTranslation } from '../../src/i18n/en/full.js';
import { STANDARD_NAMES } from './report.js';

/** The screens around the standards' sections. */
export const PROFILE = 'profile';
export const SCOPING = 'scoping';
export const RESULTS = 'results';

/** A screen's title: the profile, scoping, the results, or the standard and its section. */
export function titleOf(t: FullTranslation | null, section: string): string {
  if (!t) return section;
  if (section === PROFILE) return t.ui.profile;
  if (section === SCOPING) return t.scoping.heading;
  if (section === RESULTS) return t.ui.resultsHeading;
  const standard = section.startsWith('27001:') ? 'iso27001' : 'iso42001';
  return `${STANDARD_NAMES[standard]} · ${t.sections[section] ?? section}`;
}

/** One screen: its heading (focused on arrival), its body, and Previous / Next (or Back to the start). */
export function renderSection(
  t: FullTranslation,
  at: { title: string; body: TemplateResult; previous: string | undefined; next: string | undefined },
  go: (section: string) => void,
): TemplateResult {
  const { previous, next } = at;
  return html`<section class="section" aria-labelledby="section-heading">
    <h3 class="section__heading" id="section-heading" tabindex="-1">${at.title}</h3>
    ${at.body}
    <div class="section__nav no-print">
      ${
        previous
          ? html`<button type="button" class="button button--secondary" @click=${() => go(previous)}>
              ${t.ui.previous}
            </button>`
          : nothing
      }
      ${
        next
          ? html`<button type="button" class="button button--primary" @click=${() => go(next)}>
              ${next === RESULTS ? t.ui.results : t.ui.next}
            </button>`
          : html`<button type="button" class="button button--secondary" @click=${() => go(PROFILE)}>
              ${t.ui.back}
            </button>`
      }
    </div>
  </section>`;
}
