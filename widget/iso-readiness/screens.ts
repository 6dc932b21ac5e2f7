import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../sdk/session-core.js';
import type { InternalEventMap } from '../internal/base-element.js';

/** A notice above the screen: a discarded draft, or progress that cannot be saved. */
export type Notice = 'discarded' | 'unsaved' | 'unavailable';
import type { ReadinessError } from '../../src/errors.js';
import { format } from '../../src/i18n/format.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import { isSafeUrl, type FirstScreenConfig } from '../../src/schemas/first-screen-config.js';

/** The intro: the consultancy's title, text and logo, the time it takes, and Start. */
export function renderIntro(
  t: CoreTranslation,
  config: FirstScreenConfig,
  session: Session,
  start: () => void,
): TemplateResult {
  const ui = t.ui.intro;
  const branding = config.branding ?? {};
  const scope = session.scope;
  // The session knows how far branching can stretch the questionnaire; show that range, not a guess.
  const { questions, minutes: time } = session.estimate;
  const span = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);
  const count = span(questions);
  const minutes = span(time);
  const heading =
    branding.title ??
    (scope.length === 1 ? format(ui.headingOne, { standard: t.standards[scope[0]!] }) : ui.heading);
  const logo = branding.logoUrl && isSafeUrl(branding.logoUrl) ? branding.logoUrl : undefined;
  return html`<section part="intro" class="intro">
    ${
      logo
        ? html`<img
            part="logo"
            class="intro__logo"
            src=${logo}
            alt=${branding.consultancy ? format(ui.logoAlt, { consultancy: branding.consultancy }) : ui.logoAltDefault}
          />`
        : nothing
    }
    ${
      branding.consultancy && !logo
        ? html`<p class="intro__eyebrow">${format(ui.offeredBy, { consultancy: branding.consultancy })}</p>`
        : nothing
    }
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
  t: CoreTranslation,
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
      <button type="button" class="button button--secondary button--large" @click=${restart}>
        ${ui.restart}
      </button>
    </div>
  </section>`;
}

/**
 * Results on their way: the results part is loading, or it failed to and says why: in the visitor's words when it
 * could not be loaded (the browser's message and the chunk's URL go to the console and the host), with a retry.
 */
export function renderPreparing(
  t: CoreTranslation,
  failure: ReadinessError | null,
  retry: () => void,
): TemplateResult {
  if (failure?.code === 'load-failed') {
    return html`<div class="preparing" role="alert">
      <p>${t.ui.notices.unavailable}</p>
      <button type="button" class="button button--secondary" @click=${retry}>${t.ui.notices.tryAgain}</button>
    </div>`;
  }
  return failure
    ? html`<p class="preparing" role="alert">
        ${format(t.ui.errors.unexpected, { message: failure.message })}
      </p>`
    : html`<p class="preparing" role="status" aria-busy="true">${t.ui.results.preparing}</p>`;
}

/** A configuration the element cannot run with: said plainly, never a blank box or a half-working form. */
export function renderError(t: CoreTranslation, error: ReadinessError | null): TemplateResult {
  const ui = t.ui.errors;
  return html`<section part="error" class="error" role="alert">
    <h2 class="error__heading">${ui.heading}</h2>
    <p>${format(ui.config, { message: error?.message ?? '' })}</p>
    <p class="error__hint">${ui.hint}</p>
  </section>`;
}

/** Notices above the screen, in a polite live region; each can be dismissed. */
export function renderNotices(
  t: CoreTranslation,
  notices: readonly Notice[],
  dismiss: (notice: Notice) => void,
): TemplateResult {
  const ui = t.ui.notices;
  return html`<div class="notices" role="status" aria-label=${ui.label}>
    ${notices.map(
      (n) =>
        html`<p part="notice" class="notice">
          <span>${ui[n]}</span>
          <button type="button" class="notice__dismiss" aria-label=${ui.dismiss} @click=${() => dismiss(n)}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
            </svg>
          </button>
        </p>`,
    )}
  </div>`;
}

type Handler<K extends keyof InternalEventMap> = (event: CustomEvent<InternalEventMap[K]>) => void;

/** What the question screen hears back from the question. */
export interface QuestionHandlers {
  answer: Handler<'iso-readiness-answer'>;
  navigate: Handler<'iso-readiness-navigate'>;
  help: Handler<'iso-readiness-help'>;
}

/**
 * The question screen: progress, then the question on screen, both straight from the session. `helpPending`:
 * the help texts have not arrived yet (they come with the results part).
 */
export function renderQuestion(
  t: CoreTranslation,
  session: Session,
  helpPending: boolean,
  on: QuestionHandlers,
): TemplateResult {
  const current = session.current;
  const steps = session.steps;
  return html`<iso-readiness-progress
      part="progress"
      .progress=${session.progress}
      .t=${t}
    ></iso-readiness-progress>
    <iso-readiness-question
      part="question"
      exportparts="heading: question-heading, option, help, help-toggle, next-button, back-button"
      .item=${current}
      .value=${session.currentValue}
      .t=${t}
      ?can-go-back=${session.canGoBack}
      ?last=${current !== null && steps[steps.length - 1]?.id === session.step?.id}
      ?help-pending=${helpPending}
      @iso-readiness-answer=${on.answer}
      @iso-readiness-navigate=${on.navigate}
      @iso-readiness-help=${on.help}
    ></iso-readiness-question>`;
}

/** Popup mode: the opener (unless the host's own elements open it) and the modal dialog around `body`. */
export function renderPopup(
  t: CoreTranslation,
  config: FirstScreenConfig,
  body: TemplateResult,
  handlers: { open: () => void; close: () => void; closed: () => void },
): TemplateResult {
  return html`
    ${
      config.trigger
        ? nothing
        : html`<button
            type="button"
            part="open-button"
            class="button button--primary"
            @click=${handlers.open}
          >
            ${t.ui.popup.open}
          </button>`
    }
    <dialog
      part="dialog"
      class="dialog"
      aria-label=${config.branding?.title ?? t.ui.title}
      @close=${handlers.closed}
    >
      <div part="base" class="card card--dialog">
        <div class="dialog__bar">
          <button
            type="button"
            part="close-button"
            class="button button--secondary dialog__close"
            @click=${handlers.close}
          >
            ${t.ui.popup.close}
          </button>
        </div>
        ${body}
      </div>
    </dialog>
  `;
}
