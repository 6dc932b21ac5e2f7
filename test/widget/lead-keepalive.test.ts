// A lead waiting for its next attempt when the visitor switches to another tab: it goes at once, with `keepalive`
// (a request that may outlive the page), and once. The tab switch is the browser's own: the test runner brings
// another tab to the front (web-test-runner.config.js, `page-visibility`), so `visibilitychange` comes from the
// browser, not from a dispatched event. The webhook is the real one on a second origin (test/e2e/webhook-server.js).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createSession } from '../../sdk/session.js';
import { draftKey } from '../../sdk/draft.js';
import type { StandardId } from '../../src/schemas/standard.js';
import '../../widget/index.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessLeadForm } from '../../widget/lead-form/lead-form.component.js';
import { runThrough } from '../support/answers.js';
import { LEAD_CONFIG } from '../support/leads.js';
import { clickButton, settle, waitUntil } from './helpers.js';
import { storageKeys, usePageStorage } from './page-storage.js';

const SCOPE: StandardId[] = ['iso27001', 'iso42001'];

const served = '/__webhook.js';
const webhookOrigin = async (): Promise<string> =>
  ((await import(/* @vite-ignore */ served)) as { WEBHOOK_ORIGIN: string }).WEBHOOK_ORIGIN;

/** A webhook bucket of its own for one test: scripted through /control, read through /log. */
async function webhook(mode: 'ok' | 'busy') {
  const origin = await webhookOrigin();
  const bucket = crypto.randomUUID();
  const set = (next: 'ok' | 'busy') =>
    fetch(`${origin}/control/${bucket}`, { method: 'POST', body: JSON.stringify({ mode: next }) });
  await set(mode);
  return {
    url: `${origin}/hook/${bucket}`,
    set,
    log: async () =>
      (await fetch(`${origin}/log/${bucket}`)).json() as Promise<{ key: string | null; status: number }[]>,
  };
}

/** The visitor switches to another tab (`hidden`) or back (`visible`); resolves once this page says so. */
async function switchTab(state: DocumentVisibilityState): Promise<void> {
  await executeServerCommand('page-visibility', { state });
  await waitUntil(() => document.visibilityState === state, `the page to be ${state}`);
}

const formOf = (el: IsoReadiness) =>
  el.shadowRoot!.querySelector<IsoReadinessLeadForm>('iso-readiness-lead-form')!;
const statusText = (el: IsoReadiness) =>
  formOf(el).shadowRoot!.querySelector('[part=status]')?.textContent?.trim() ?? '';
const outboxKeys = () => storageKeys().filter((k) => k.includes(':outbox:'));

describe('<iso-readiness> lead on a page the visitor leaves', () => {
  usePageStorage();
  const realFetch = window.fetch;

  afterEach(async () => {
    window.fetch = realFetch;
    fixtureCleanup();
    localStorage.clear();
    await switchTab('visible');
  });

  it('should send a lead waiting out a Retry-After at once with keepalive when the tab is hidden, once', async () => {
    // Arrange: a finished assessment; the webhook answers 503 with ten minutes' Retry-After. What the page asks
    // of fetch for the webhook is recorded; the requests themselves are real.
    const hook = await webhook('busy');
    const requests: { keepalive: boolean }[] = [];
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input) === hook.url)
        requests.push({ keepalive: init?.keepalive === true });
      return realFetch(input, init);
    };
    const key = 'keepalive';
    runThrough(createSession({ scope: SCOPE, storage: localStorage, storageKey: draftKey(SCOPE, key) }));
    await switchTab('visible');
    const el = await fixture<IsoReadiness>(
      html`<iso-readiness
        storage-key=${key}
        .config=${{
          lead: {
            mode: 'optional',
            fields: { name: 'required', email: 'required' },
            scope: 'summary',
            consent: LEAD_CONFIG.consent,
            minSecondsToComplete: 0,
            webhook: { url: hook.url },
          },
        }}
      ></iso-readiness>`,
    );
    await settle(el);
    await clickButton(el.shadowRoot!, 'See my results');
    await settle(el);
    const form = formOf(el);
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLInputElement>('[name=name]')!.value = 'Ada Lovelace';
    form.shadowRoot!.querySelector<HTMLInputElement>('[name=email]')!.value = 'ada@company.example';
    form.shadowRoot!.querySelector<HTMLInputElement>('[name=consent]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(el).startsWith('Not sent yet'), 'the retry notice after the 503');
    // The webhook is back, but the lead would wait ten minutes for it.
    await hook.set('ok');

    // Act: the visitor switches to another tab.
    await switchTab('hidden');
    await waitUntil(() => outboxKeys().length === 0, 'the webhook to acknowledge the lead');

    // Assert: one more request, with keepalive, under the same key; coming back sends nothing more.
    await switchTab('visible');
    await waitUntil(() => statusText(el).startsWith('Sent'), 'the form to say it was sent');
    const arrivals = await hook.log();
    expect(requests).to.deep.equal([{ keepalive: false }, { keepalive: true }]);
    expect(arrivals.map((a) => a.status)).to.deep.equal([503, 200]);
    expect(new Set(arrivals.map((a) => a.key)).size).to.equal(1);
  });
});
