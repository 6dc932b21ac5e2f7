import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DeliveryStatus, LeadDelivery } from '../../sdk/lead/delivery.js';
import { browserStorage, type StorageAdapter } from '../../sdk/storage.js';
import { ReadinessError } from '../../src/errors.js';
import type { LeadStrings } from '../../src/i18n/en/lead.js';
import { assembleLead, buildContext, newLeadId, ownCopies } from '../../src/schemas/lead-build.js';
import type { Lead } from '../../src/schemas/lead-schema.js';
import type { FullResult } from '../../src/full/schemas.js';
import type { ContactPerson } from '../../src/schemas/config.js';
import type { CompanySize, LeadConfig } from '../../src/schemas/lead-config.js';
import type { AssessmentResult } from '../../src/schemas/result.js';
import type { LeadFormStatus, LeadSubmitDetail } from '../lead-form/lead-form.component.js';
import { warmContactChecks } from '../lead-form/validate.js';
import { HostOnlyDelivery } from './host-only-delivery.js';
import { forgetInstance, leadStateKey } from './lead-keys.js';

type Delivery = LeadDelivery | HostOnlyDelivery;

/** The lead's size band for a head count from the answers. */
const sizeBand = (employees: number): CompanySize =>
  employees < 10
    ? '1-9'
    : employees < 50
      ? '10-49'
      : employees < 250
        ? '50-249'
        : employees < 1000
          ? '250-999'
          : '1000+';

/** What a lead reports of the assessment: its result and, from the full assessment, the whole of that. */
export interface LeadSource {
  result: AssessmentResult | null;
  gapAssessment?: FullResult | null;
}

/** What the element gives the controller. */
export interface LeadControllerOptions {
  /** Hands a lead to the host page (`readiness-lead` + `onLead`); called exactly once per lead, even across reloads. */
  onLead: (lead: Lead) => void;
  /** Reports a lead that could not be built or delivered (`readiness-error`). */
  onError: (error: ReadinessError) => void;
  /** Widget version recorded in every lead. */
  widgetVersion: string;
}

/**
 * Lead capture for `<iso-readiness>`: builds the Lead from the form's details and the result, hands it to the
 * host page once, delivers it to the webhook through the outbox, keeps the form's status truthful, and
 * remembers per instance that the gate was passed. Leads left pending by an earlier page are sent on load.
 */
export class LeadController implements ReactiveController {
  /** Lead settings in force, or null while lead capture is off. */
  config: LeadConfig | null = null;
  /** Progress of the lead the visitor sent on this page. */
  status: LeadFormStatus = { state: 'idle' };
  /** The company the visitor gave on this page, for the printed report; kept in memory only. */
  company = '';

  private delivery: Delivery | null = null;
  /** The delivery being set up: with a webhook, its module loads first (none of it is needed without one). */
  private loading: Promise<Delivery | null> = Promise.resolve(null);
  private storage: StorageAdapter | null = null;
  private signature = '';
  private stateKey = '';
  private unlocked = false;
  private currentId = '';
  private disconnect: (() => void) | null = null;
  private applied: [LeadConfig | undefined, string, boolean] = [undefined, 'default', false];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LeadControllerOptions,
  ) {
    host.addController(this);
  }

  /** Applies validated lead settings for an instance; sends whatever an earlier page left in its outbox. */
  configure(config: LeadConfig | undefined, instance: string, persist: boolean): void {
    this.applied = [config, instance, persist];
    const active = config && config.mode !== 'off' ? config : null;
    this.config = active;
    const signature = JSON.stringify([active?.webhook ?? null, instance, persist]);
    if (signature === this.signature) return;
    this.signature = signature;
    this.teardown();
    this.storage = persist ? browserStorage() : null;
    this.stateKey = leadStateKey(instance);
    this.unlocked = this.readUnlocked();
    this.loading = Promise.resolve(null);
    if (!active) return;
    const notify = (lead: Lead) => this.options.onLead(lead);
    const webhook = active.webhook;
    if (!webhook) {
      this.start(new HostOnlyDelivery(this.storage, notify));
      return;
    }
    const storage = this.storage;
    this.loading = import('../../sdk/lead/delivery.js').then(
      ({ LeadDelivery }) => {
        // Settings changed while the module loaded: the newer call set up its own delivery.
        if (signature !== this.signature) return null;
        return this.start(
          new LeadDelivery(webhook, {
            storage,
            instance,
            notify,
            onStatus: (status) => this.handleStatus(status),
          }),
        );
      },
      (error: unknown) => {
        this.options.onError(
          new ReadinessError('delivery-failed', `Lead delivery could not be loaded: ${String(error)}`),
        );
        return null;
      },
    );
  }

  private start(delivery: Delivery): Delivery {
    this.delivery = delivery;
    if (this.host.isConnected) this.disconnect = delivery.connect();
    void delivery.flush();
    this.host.requestUpdate();
    return delivery;
  }

  /** The visitor sent the form, on this page or an earlier one, and has not withdrawn since. */
  get submitted(): boolean {
    return this.unlocked;
  }

  /** Gate mode, and this visitor has not yet sent the form: show headlines only. */
  get gated(): boolean {
    return this.config?.mode === 'gate' && !this.unlocked;
  }

  /**
   * Builds the Lead, hands it to the host and sends it; opens the gate at once (the outbox keeps the lead).
   * `source` is read now, so the lead carries the assessment as it stands when the visitor sends it.
   */
  async submit(detail: LeadSubmitDetail, source: LeadSource, locale: string): Promise<void> {
    const config = this.config;
    if (!config) return;
    let lead: Lead;
    try {
      // Settings, contact and consent are checked already, the result is the engine's own: put together, not
      // parsed again (which would cost the click on Send a walk through the whole result).
      lead = assembleLead(
        {
          id: newLeadId(),
          now: new Date(),
          contact: detail.contact,
          consent: detail.consent,
          scope: detail.scope,
          result: source.result,
          gapAssessment: source.gapAssessment ?? null,
          context: buildContext({ href: location.href, referrer: document.referrer }),
          locale,
          widgetVersion: this.options.widgetVersion,
        },
        config,
        ownCopies,
      );
    } catch (error) {
      this.setStatus({ state: 'idle' });
      this.options.onError(
        error instanceof ReadinessError ? error : new ReadinessError('invalid-lead', String(error)),
      );
      return;
    }
    this.currentId = lead.id;
    this.company = detail.contact.company ?? '';
    this.setStatus({ state: 'sending' });
    this.unlock();
    const delivery = this.delivery ?? (await this.loading);
    if (!delivery) return;
    const outcome = await delivery.deliver(lead);
    if (outcome.state === 'host-only') this.setStatus({ state: 'sent' });
  }

  /**
   * Runs the form's checks of each contact field once on sample values, so the parsers they build are ready
   * before the visitor sends rather than built in the click on Send.
   */
  warmUp(): void {
    if (this.config) warmContactChecks();
  }

  /**
   * Removes every lead, draft and gate marker this instance stored, and stops sending (the visitor withdrew).
   * Another embed's answers and pending lead on the same page stay: each has its own "Forget my data".
   */
  forget(): void {
    this.delivery?.forget();
    forgetInstance(this.storage ?? browserStorage(), this.applied[1]);
    this.unlocked = false;
    this.currentId = '';
    this.setStatus({ state: 'idle' });
    // A forgotten delivery is spent: start afresh with the same settings.
    this.signature = '';
    this.configure(...this.applied);
  }

  /**
   * The form as the element shows it: until the gate is passed, and after a send on this page to show how
   * delivery goes; the company size known from the answers.
   */
  show(
    strings: LeadStrings,
    source: AssessmentResult | null | (() => LeadSource),
    consultancy: string,
    locale: string,
    person: ContactPerson | null,
  ) {
    if (!this.gated && this.submitted && this.status.state === 'idle') return nothing;
    const result = typeof source === 'function' ? null : source;
    return this.render(strings, source, consultancy, locale, {
      companySize: result ? sizeBand(result.profile.employees) : '',
      person,
    });
  }

  /**
   * The form, or nothing while lead capture is off. `source`: the assessment, or a function read when the visitor
   * sends (the full assessment changes without this element rendering again).
   */
  render(
    strings: LeadStrings,
    source: AssessmentResult | null | (() => LeadSource),
    consultancy: string,
    locale: string,
    known: { companySize?: CompanySize | ''; person?: ContactPerson | null } = {},
  ) {
    const config = this.config;
    if (!config || !source) return nothing;
    const read = typeof source === 'function' ? source : () => ({ result: source });
    return html`<iso-readiness-lead-form
      part="lead-form"
      .config=${config}
      .strings=${strings}
      .status=${this.status}
      .persistent=${this.delivery?.outbox.persistent ?? false}
      consultancy=${consultancy}
      locale=${locale}
      companySize=${known.companySize ?? ''}
      .person=${known.person ?? null}
      @iso-readiness-lead-submit=${(event: CustomEvent<LeadSubmitDetail>) =>
        void this.submit(event.detail, read(), locale)}
    ></iso-readiness-lead-form>`;
  }

  hostConnected(): void {
    if (this.delivery && !this.disconnect) this.disconnect = this.delivery.connect();
  }

  hostDisconnected(): void {
    this.disconnect?.();
    this.disconnect = null;
  }

  private handleStatus(status: DeliveryStatus): void {
    if (status.leadId === this.currentId) this.setStatus(status);
    if (status.state === 'failed') this.options.onError(status.error);
  }

  private setStatus(status: LeadFormStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private teardown(): void {
    this.disconnect?.();
    this.disconnect = null;
    this.delivery?.dispose();
    this.delivery = null;
  }

  private readUnlocked(): boolean {
    try {
      return this.storage?.getItem(this.stateKey) === '1';
    } catch {
      return false;
    }
  }

  private unlock(): void {
    this.unlocked = true;
    try {
      // Only a marker, no personal data: a reload after sending shows the full results again.
      this.storage?.setItem(this.stateKey, '1');
    } catch {
      // Without storage the gate opens for this page only.
    }
    this.host.requestUpdate();
  }
}
