import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../sdk/session.js';
import type { ReadinessError } from '../../src/errors.js';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import { isSafeUrl, type WidgetConfig } from '../../src/schemas/config.js';

// Reading pace for the time estimate: a considered answer takes about this long. The count is the session's.
const SECONDS_PER_QUESTION = 20;

/** The intro: the consultancy's title, text and logo, the time it takes, and Start. */
export function renderIntro(t: Translation, config: WidgetConfig, session: Session, start: () => void): TemplateResult {
  const ui = t.ui.intro;
  const branding = config.branding ?? {};
  const scope = session.scope;
  const count = session.visible.length;
  const minutes = Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
  const heading =
    branding.title ??
    (scope.length === 1 ? format(ui.headingOne, { standard: t.standards[scope[0]!] }) : ui.heading);
  const logo = branding.logoUrl && isSafeUrl(branding.logoUrl) ? branding.logoUrl : undefined;
  return html`<section part="intro" class="intro">
    ${logo
      ? html`<img
          part="logo"
          class="intro__logo"
          src=${logo}
          alt=${branding.consultancy ? format(ui.logoAlt, { consultancy: branding.consultancy }) : ui.logoAltDefault}
        />`
      : nothing}
    ${branding.consultancy && !logo
      ? html`<p class="intro__eyebrow">${format(ui.offeredBy, { consultancy: branding.consultancy })}</p>`
      : nothing}
    <h2 class="intro__heading screen-heading" tabindex="-1">${heading}</h2>
    <p class="intro__text">${branding.intro ?? ui.text}</p>
    <p class="intro__meta">${format(ui.estimate, { minutes, count })}</p>
    <div class="intro__actions">
      <button type="button" part="start-button" class="button button--primary button--large" @click=${start}>
        ${ui.start}
      </button>
    </div>
    <p class="intro__privacy">${ui.privacy}</p>
  </section>`;
}

/** Coming back to a saved draft: Resume or Start over. */
export function renderResume(
  t: Translation,
  session: Session,
  resume: () => void,
  restart: () => void,
): TemplateResult {
  const ui = t.ui.resume;
  const { answered, total } = session.progress;
  const complete = session.status === 'complete';
  return html`<section part="intro" class="intro">
    <h2 class="intro__heading screen-heading" tabindex="-1">${ui.heading}</h2>
    <p class="intro__text">${complete ? ui.textComplete : format(ui.text, { answered, total })}</p>
    <div class="intro__actions">
      <button type="button" part="start-button" class="button button--primary button--large" @click=${resume}>
        ${complete ? ui.showResults : ui.resume}
      </button>
      <button type="button" class="button button--secondary button--large" @click=${restart}>${ui.restart}</button>
    </div>
  </section>`;
}

/** A configuration the element cannot run with: said plainly, never a blank box or a half-working form. */
export function renderError(t: Translation, error: ReadinessError | null): TemplateResult {
  const ui = t.ui.errors;
  return html`<section part="error" class="error" role="alert">
    <h2 class="error__heading">${ui.heading}</h2>
    <p>${format(ui.config, { message: error?.message ?? '' })}</p>
    <p class="error__hint">${ui.hint}</p>
  </section>`;
}
