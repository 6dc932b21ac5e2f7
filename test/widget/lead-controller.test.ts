import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { lead as strings } from '../../src/i18n/en/lead.js';
import type { ReadinessError } from '../../src/errors.js';
import { LeadConfigSchema, type Lead, type LeadConfig } from '../../src/schemas/lead.js';
import { LeadController } from '../../widget/iso-readiness/lead-controller.js';
import '../../widget/lead-form/lead-form.js';
import type { IsoReadinessLeadForm } from '../../widget/lead-form/lead-form.component.js';
import { scriptedEndpoint, WEBHOOK_URL } from '../support/lead-handlers.js';
import { LEAD_CONFIG, sampleResult } from '../support/leads.js';
import { startMockNetwork, type MockNetwork } from '../support/msw.js';
import { until } from '../support/wait.js';
import { storageKeys, usePageStorage } from './page-storage.js';

/** The smallest element that uses the controller as `<iso-readiness>` would. */
class LeadHost extends LitElement {
  leads: Lead[] = [];
  errors: ReadinessError[] = [];
  result = sampleResult();
  lead = new LeadController(this, {
    onLead: (lead) => this.leads.push(lead),
    onError: (error) => this.errors.push(error),
    widgetVersion: '0.1.0',
  });

  override render() {
    return html`${this.lead.gated ? html`<p class="teaser">headlines</p>` : html`<p class="full">full report</p>`}
    ${this.lead.render(strings, this.result, 'Example Consulting', 'en')}`;
  }
}
customElements.define('lead-controller-host', LeadHost);

let instances = 0;
const gateConfig = (webhook = true): LeadConfig =>
  z.parse(LeadConfigSchema, {
    ...LEAD_CONFIG,
    mode: 'gate',
    minSecondsToComplete: 0,
    ...(webhook ? { webhook: { url: WEBHOOK_URL } } : {}),
  });

async function mount(config: LeadConfig, instance: string): Promise<LeadHost> {
  const el = await fixture<LeadHost>(html`<lead-controller-host></lead-controller-host>`);
  el.lead.configure(config, instance, true);
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const formOf = (el: LeadHost) =>
  el.shadowRoot!.querySelector<IsoReadinessLeadForm>('iso-readiness-lead-form')!;

async function send(el: LeadHost): Promise<void> {
  const form = formOf(el);
  await form.updateComplete;
  const root = form.shadowRoot!;
  root.querySelector<HTMLInputElement>('[name=name]')!.value = 'Ada Lovelace';
  root.querySelector<HTMLInputElement>('[name=email]')!.value = 'ada@company.example';
  root.querySelector<HTMLInputElement>('[name=consent]')!.click();
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('LeadController', () => {
  // A reload must find the lead marker this file wrote, whatever other files clear meanwhile.
  usePageStorage();
  let network: MockNetwork;
  before(async () => {
    network = await startMockNetwork();
  });
  afterEach(() => {
    network.reset();
    for (const key of storageKeys()) if (key.startsWith('iso-readiness:')) localStorage.removeItem(key);
  });
  after(() => network.stop());

  it('should gate the full report until the form is sent, hand the lead to the host once and deliver it', async () => {
    const { handler, seen } = scriptedEndpoint(WEBHOOK_URL, [{ status: 200 }]);
    network.use(handler);
    const instance = `gate-${++instances}`;
    const el = await mount(gateConfig(), instance);
    expect(el.shadowRoot!.querySelector('.teaser')).to.exist;

    await send(el);
    await until(() => el.lead.status.state === 'sent', 'sent');
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('.full')).to.exist;
    expect(el.leads).to.have.length(1);
    expect(el.leads[0]!.scope).to.equal('full');
    expect(el.leads[0]!.context.pageUrl).not.to.contain('?');
    expect(seen.map((r) => r.idempotencyKey)).to.deep.equal([el.leads[0]!.id]);
    expect(localStorage.getItem(`iso-readiness:outbox:v1:${instance}`)).to.equal(null);
    expect(formOf(el).shadowRoot!.querySelector('[part=status]')!.textContent).to.contain(
      'Example Consulting',
    );

    // After a reload the gate stays open: no second lead is needed.
    const again = await mount(gateConfig(), instance);
    expect(again.lead.gated).to.equal(false);
    expect(again.leads).to.have.length(0);
  });

  it('should hand the lead to the host even when there is no webhook', async () => {
    const el = await mount(gateConfig(false), `host-only-${++instances}`);
    await send(el);
    await until(() => el.lead.status.state === 'sent', 'sent');
    expect(el.leads).to.have.length(1);
    expect(el.errors).to.have.length(0);
  });

  it('should report a refused lead as an error while the host still has it', async () => {
    const { handler } = scriptedEndpoint(WEBHOOK_URL, [{ status: 404 }]);
    network.use(handler);
    const el = await mount(gateConfig(), `refused-${++instances}`);
    await send(el);
    await until(() => el.errors.length > 0, 'an error');
    expect(el.errors[0]!.code).to.equal('delivery-rejected');
    expect(el.leads).to.have.length(1);
    expect(el.lead.gated).to.equal(false);
  });

  it("should forget every lead, draft and gate marker of the widget, and leave another embed's alone (E7a)", async () => {
    const { handler } = scriptedEndpoint(WEBHOOK_URL, [{ status: 200 }]);
    network.use(handler);
    const instance = `forget-${++instances}`;
    const other = [
      `iso-readiness:draft:v1:${instance}-other:iso27001`,
      `iso-readiness:outbox:v1:${instance}-other`,
      `iso-readiness:lead:v1:${instance}-other`,
    ];
    for (const key of other) localStorage.setItem(key, '{}');
    localStorage.setItem(`iso-readiness:draft:v1:${instance}:iso27001`, '{}');
    localStorage.setItem(`iso-readiness:draft:v1:${instance}:iso27001~2`, '{}');
    localStorage.setItem(`iso-readiness:full:v1:${instance}:iso27001`, '{}');
    const el = await mount(gateConfig(), instance);
    await send(el);
    await until(() => el.lead.status.state === 'sent', 'sent');
    expect(localStorage.getItem(`iso-readiness:lead:v1:${instance}`)).to.equal('1');
    el.lead.forget();
    expect(storageKeys().filter((k) => k.startsWith('iso-readiness:'))).to.have.members(other);
    expect(el.lead.gated).to.equal(true);
  });
});
