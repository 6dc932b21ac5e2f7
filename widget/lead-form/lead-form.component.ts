import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lead as english, type LeadStrings } from '../../src/i18n/en/lead.js';
import { format } from '../../src/i18n/format.js';
import type { DeliveryCause } from '../../sdk/lead/delivery.js';
import {
  CONTACT_FIELDS,
  isSafeEndpointUrl,
  scopesWithin,
  type CompanySize,
  type Contact,
  type ContactField,
  type LeadConfig,
  type LeadScope,
} from '../../src/schemas/lead-config.js';
import type { ContactPerson } from '../../src/schemas/config.js';
import { ReadinessElement } from '../internal/base-element.js';
import { componentStyles } from '../internal/component.styles.js';
import styles from './lead-form.styles.js';
import { renderField } from './field.js';
import { validateContact, type FormErrors } from './validate.js';

/** What the form hands to the element that builds and delivers the Lead. */
export interface LeadSubmitDetail {
  /** Validated contact fields, exactly as typed. */
  contact: Contact;
  /** Consent is always given here; the marketing opt-in is separate. */
  consent: { given: true; marketing: boolean };
  /** The scope the visitor chose: within `config.scope`, never wider. */
  scope: LeadScope;
}

/** Delivery progress to show, truthfully. A `DeliveryStatus` from `sdk/lead/delivery.ts` fits as is. */
export type LeadFormStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'queued'; reason?: 'new' | 'offline' }
  | { state: 'retrying'; nextAttemptAt: number; attempt?: number; cause?: DeliveryCause }
  | { state: 'sent' }
  | { state: 'failed'; willRetry: boolean };

let ids = 0;

/**
 * @tagname iso-readiness-lead-form
 * @summary The lead form: the contact fields the consultancy asks for, its consent text (unticked), an optional
 * separate marketing opt-in, and plainly what will be shared, which the visitor may narrow. Validates with the
 * Lead's own schemas, announces errors and focuses the first one; a honeypot and a minimum time keep bots out.
 *
 * @event {{ contact: Contact; consent: { given: true; marketing: boolean }; scope: LeadScope }} iso-readiness-lead-submit - Internal: the visitor sent valid details. Not composed.
 * @event {{ reason: 'honeypot' | 'too-fast' }} iso-readiness-lead-blocked - Internal: a submission looked automated.
 *
 * @csspart base - The section around the form.
 * @csspart heading - The heading, until the details are sent.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper.
 * @csspart input - Each text input, select and textarea.
 * @csspart error - Each field's error message.
 * @csspart share - The "what will be shared" group.
 * @csspart consent - The consent checkbox and its text.
 * @csspart privacy-link - The privacy policy link.
 * @csspart marketing - The marketing opt-in.
 * @csspart person - The consultancy's contact person.
 * @csspart submit-button - Send.
 * @csspart status - Sending / sent / will retry; once sent, all the form shows, focused if the form had focus.
 */
export class IsoReadinessLeadForm extends ReadinessElement {
  static override styles = [componentStyles, styles];

  /** Lead settings, validated (`LeadConfigSchema`'s output). */
  @property({ attribute: false }) config: LeadConfig | null = null;
  /** Strings; English unless the element passes the visitor's translation. */
  @property({ attribute: false }) strings: LeadStrings = english;
  /** The consultancy's name, shown as text. */
  @property() consultancy = '';
  /** BCP 47 tag for times in status messages. */
  @property() locale = 'en';
  /** Delivery progress. */
  @property({ attribute: false }) status: LeadFormStatus = { state: 'idle' };
  /** Is the outbox persisted? Decides whether "saved in this browser" may be said. */
  @property({ type: Boolean }) persistent = true;
  /** Company size as the answers give it: the form sends it without asking again. */
  @property() companySize: CompanySize | '' = '';
  /** The consultancy's contact person, shown above the form. */
  @property({ attribute: false }) person: ContactPerson | null = null;
  /** Clock for the minimum time check (epoch ms). */
  @property({ attribute: false }) clock: () => number = Date.now;

  @state() private errors: FormErrors = {};
  @state() private formError = '';
  @state() private summary = '';
  @state() private locked = false;

  private readonly uid = `lead${++ids}`;
  private shownAt = 0;
  private focusFirstError = false;
  private focusSent = false;

  /** Lets the visitor send again (after the element could not build or deliver the lead). */
  unlock(): void {
    this.locked = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = this.clock();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) {
      const s = this.status;
      this.locked = !(s.state === 'idle' || (s.state === 'failed' && !s.willRetry));
      // Read before the render removes the form, and the focus with it.
      const prev = changed.get('status') as LeadFormStatus | undefined;
      this.focusSent = s.state === 'sent' && prev?.state !== 'sent' && this.matches(':focus-within');
      // Sent, the form is one line: the element around it drops its box (`data-state~="sent"`).
      this.setStates(s.state === 'sent' ? ['sent'] : []);
    }
  }

  protected override updated(): void {
    if (this.focusFirstError) {
      this.focusFirstError = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    // The form is gone once sent: keep the visitor's place on the line that says so, never on the page's body.
    if (this.focusSent) {
      this.focusSent = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
    }
  }

  private read(form: HTMLFormElement) {
    const data = new FormData(form);
    const values: Partial<Record<ContactField, string>> = {};
    for (const field of CONTACT_FIELDS) {
      const value = data.get(field);
      if (typeof value === 'string') values[field] = value;
    }
    const scope = data.get('scope');
    return {
      values,
      consent: data.get('consent') === 'yes',
      marketing: data.get('marketing') === 'yes',
      scope: typeof scope === 'string' ? (scope as LeadScope) : undefined,
      honeypot: data.get('hp_website'),
    };
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const config = this.config;
    // Repeated Enter or a double click while a lead is on its way: one lead, not two.
    if (!config || this.locked) return;
    const s = this.strings;
    const input = this.read(event.currentTarget as HTMLFormElement);
    if (typeof input.honeypot === 'string' && input.honeypot !== '') {
      this.formError = s.errors.blocked;
      this.dispatchEvent(new CustomEvent('iso-readiness-lead-blocked', { detail: { reason: 'honeypot' } }));
      return;
    }
    const { contact, errors } = validateContact(input.values, config.fields, s);
    if (!input.consent) errors.consent = s.errors.consent;
    this.errors = errors;
    const invalid = Object.keys(errors) as (ContactField | 'consent')[];
    if (invalid.length > 0) {
      this.formError = '';
      const first = invalid[0]!;
      this.summary =
        invalid.length === 1
          ? format(s.errors.summaryOne, { field: first === 'consent' ? s.consent.field : s.fields[first] })
          : format(s.errors.summaryMany, { count: invalid.length });
      this.focusFirstError = true;
      return;
    }
    this.summary = '';
    if ((this.clock() - this.shownAt) / 1000 < config.minSecondsToComplete) {
      // Faster than a person types: ask once more instead of silently dropping a real visitor's lead.
      this.shownAt = this.clock() - config.minSecondsToComplete * 1000;
      this.formError = s.errors.tooFast;
      this.dispatchEvent(new CustomEvent('iso-readiness-lead-blocked', { detail: { reason: 'too-fast' } }));
      return;
    }
    this.formError = '';
    this.locked = true;
    const scopes = scopesWithin(config.scope);
    const scope = input.scope && scopes.includes(input.scope) ? input.scope : config.scope;
    const detail: LeadSubmitDetail = { contact, consent: { given: true, marketing: input.marketing }, scope };
    this.dispatchEvent(new CustomEvent('iso-readiness-lead-submit', { detail }));
  }

  private statusText(): string {
    const s = this.strings.status;
    const who = this.consultancy;
    const st = this.status;
    switch (st.state) {
      case 'idle':
        return '';
      case 'sending':
        return s.sending;
      case 'queued':
        return st.reason === 'offline' ? (this.persistent ? s.offline : s.offlineUnsaved) : s.queued;
      case 'retrying': {
        const time = new Intl.DateTimeFormat(this.locale, { timeStyle: 'medium' }).format(
          new Date(st.nextAttemptAt),
        );
        // The server answered: say what it said (429: wait; 5xx: down), not that the connection failed.
        const status = st.cause?.kind === 'http' ? st.cause.status : 0;
        const retrying = status === 429 ? s.retryingBusy : status >= 500 ? s.retryingDown : null;
        const text = format(retrying ?? (this.persistent ? s.retrying : s.retryingUnsaved), { time });
        // Past the attempts the consultancy set, the visitor is offered another way than waiting.
        if ((st.attempt ?? 0) < (this.config?.webhook?.maxAttempts ?? 5)) return text;
        return `${text} ${who ? format(s.longWait, { consultancy: who }) : s.longWaitDefault}`;
      }
      case 'sent':
        return who ? format(s.sent, { consultancy: who }) : s.sentDefault;
      case 'failed':
        if (st.willRetry) return this.persistent ? s.failedWillRetry : s.failedUnsaved;
        return who ? format(s.rejected, { consultancy: who }) : s.rejectedDefault;
    }
  }

  private renderShare(config: LeadConfig): TemplateResult {
    const s = this.strings.share;
    const scopes = scopesWithin(config.scope);
    const detail = (scope: LeadScope) => s[`${scope}Detail`];
    if (scopes.length === 1) {
      return html`<div part="share" class="share">
        <p class="share__heading">${format(s.headingFixed, { scope: s.contact })}</p>
        <p class="share__detail">${detail('contact')}</p>
        <p class="share__context">${s.context}</p>
      </div>`;
    }
    const chosen = config.scope;
    return html`<details part="share" class="share">
      <summary class="share__summary">${format(s.summaryLine, { scope: s[chosen] })}</summary>
      <fieldset class="share__fields">
        <legend class="share__heading">${s.heading}</legend>
        ${scopes.map(
          (scope) =>
            html`<label class="choice choice--radio">
              <input type="radio" name="scope" .value=${scope} ?checked=${scope === chosen} />
              <span class="choice__text"
                ><span class="choice__label">${s[scope]}</span>
                <span class="choice__detail">${detail(scope)}</span></span
              >
            </label>`,
        )}
        <p class="share__context">${s.context}</p>
      </fieldset>
    </details>`;
  }

  private renderConsent(config: LeadConfig): TemplateResult | typeof nothing {
    const consent = config.consent;
    if (!consent) return nothing;
    const s = this.strings;
    const id = `${this.uid}-consent`;
    const error = this.errors.consent;
    // Validated again at render: a URL reaches an href only if it is https without credentials.
    const privacy =
      isSafeEndpointUrl(consent.privacyPolicyUrl, false) && /^https:/i.test(consent.privacyPolicyUrl);
    return html`<div part="consent" class="consent">
      <label class="choice">
        <input
          type="checkbox"
          id=${id}
          name="consent"
          value="yes"
          required
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? `${id}-error` : nothing}
        />
        <span class="choice__text">${consent.text}</span>
      </label>
      ${
        privacy
          ? html`<a
              part="privacy-link"
              class="consent__link"
              href=${consent.privacyPolicyUrl}
              target="_blank"
              rel="noopener noreferrer"
              >${s.consent.privacyLink}<span class="visually-hidden"> ${s.consent.newTab}</span></a
            >`
          : nothing
      }
      <p part="error" class="field__error" id="${id}-error" ?hidden=${!error}>${error ?? nothing}</p>
    </div>`;
  }

  private renderPerson(): TemplateResult | typeof nothing {
    const person = this.person;
    if (!person) return nothing;
    const photo = person.photoUrl && isSafeEndpointUrl(person.photoUrl, true) ? person.photoUrl : undefined;
    return html`<p part="person" class="person">
      ${photo ? html`<img class="person__photo" src=${photo} alt="" width="48" height="48" />` : nothing}
      <span
        ><strong>${person.name}</strong
        >${person.role ? html`<br /><span class="person__role">${person.role}</span>` : nothing}</span
      >
    </p>`;
  }

  protected override render() {
    const config = this.config;
    if (!config || config.mode === 'off') return nothing;
    const s = this.strings;
    const who = this.consultancy;
    const copy = config.mode === 'gate' ? s.gate : s.optional;
    // Once sent, one line: the report's banner above already says what happens next. The status line stays the
    // same node throughout, so screen readers hear it change.
    const sent = this.status.state === 'sent';
    const ifSent = sent ? '-1' : nothing;
    const heading =
      config.mode === 'gate'
        ? s.gate.heading
        : who
          ? format(s.optional.heading, { consultancy: who })
          : s.optional.headingDefault;
    const intro = who ? format(copy.intro, { consultancy: who }) : copy.introDefault;
    return html`<section
      part="base"
      class="lead-form"
      aria-labelledby=${sent ? nothing : `${this.uid}-heading`}
      aria-label=${sent ? s.sentHeading : nothing}
    >
      ${
        sent
          ? nothing
          : html`<h2 part="heading" class="lead-form__heading" id="${this.uid}-heading" tabindex="-1">
                ${heading}
              </h2>
              ${this.renderPerson()}
              <p class="lead-form__intro">${intro}</p>
              <form part="form" class="lead-form__form" novalidate @submit=${this.handleSubmit}>
                <div
                  class="lead-form__summary ${this.summary || this.formError ? 'lead-form__summary--shown' : ''}"
                  role="alert"
                >
                  ${this.summary ? html`<p>${this.summary}</p>` : nothing}
                  ${this.formError ? html`<p>${this.formError}</p>` : nothing}
                </div>
                ${CONTACT_FIELDS.map((field) => {
                  const rule = config.fields[field];
                  // What the answers already say is sent as it is, not asked twice.
                  if (rule && field === 'companySize' && this.companySize)
                    return html`<input type="hidden" name="companySize" .value=${this.companySize} />`;
                  return rule
                    ? renderField(field, rule, `${this.uid}-${field}`, this.errors[field], this.strings)
                    : nothing;
                })}
                <div class="honeypot" aria-hidden="true">
                  <label for="${this.uid}-hp">${s.honeypot}</label>
                  <input id="${this.uid}-hp" name="hp_website" type="text" tabindex="-1" autocomplete="off" />
                </div>
                ${this.renderShare(config)} ${this.renderConsent(config)}
                ${
                  config.marketing
                    ? html`<div part="marketing" class="consent consent--marketing">
                        <label class="choice">
                          <input type="checkbox" name="marketing" value="yes" />
                          <span class="choice__text">${config.marketing.text}</span>
                        </label>
                      </div>`
                    : nothing
                }
                <button
                  type="submit"
                  part="submit-button"
                  class="button button--primary lead-form__submit"
                  aria-disabled=${this.locked ? 'true' : 'false'}
                >
                  ${this.locked ? s.submitSending : (config.submitLabel ?? (config.mode === 'gate' ? s.submitGate : s.submit))}
                </button>
              </form>`
      }
      <p part="status" class="lead-form__status" role="status" tabindex=${ifSent}>${this.statusText()}</p>
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iso-readiness-lead-submit': CustomEvent<LeadSubmitDetail>;
    'iso-readiness-lead-blocked': CustomEvent<{ reason: 'honeypot' | 'too-fast' }>;
  }
}
