import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { deliverLead, flushOutbox } from '../../sdk/lead/deliver.js';
import {
  backoffDelay,
  RETRY_FOR_MS,
  LeadDelivery,
  parseRetryAfter,
  type DeliveryOptions,
  type DeliveryStatus,
} from '../../sdk/lead/delivery.js';
import { forget, Outbox, outboxKey } from '../../sdk/lead/outbox.js';
import { memoryStorage, type StorageAdapter } from '../../sdk/storage.js';
import type { Lead, WebhookConfigInput } from '../../src/schemas/lead.js';
import {
  HUBSPOT_FORM,
  HUBSPOT_PORTAL,
  HUBSPOT_URL,
  HubSpotSubmissionSchema,
  scriptedEndpoint,
  WEBHOOK_URL,
  type Reply,
} from '../support/lead-handlers.js';
import { makeLead } from '../support/leads.js';
import { startMockNetwork, type MockNetwork } from '../support/msw.js';
import { until } from '../support/wait.js';

const NOW = Date.UTC(2025, 2, 1, 12, 0, 0);
const WEBHOOK: WebhookConfigInput = { url: WEBHOOK_URL, timeoutMs: 1000, maxAttempts: 4 };
const inBrowser = typeof window !== 'undefined';

/** Deterministic options: fixed clock, jitter at the middle, instant recorded sleeps, recorded statuses. */
function harness(overrides: Partial<DeliveryOptions> = {}) {
  const statuses: DeliveryStatus[] = [];
  const sleeps: number[] = [];
  const notified: Lead[] = [];
  const keepalive: boolean[] = [];
  const storage = memoryStorage();
  const options: DeliveryOptions = {
    storage,
    clock: () => NOW,
    random: () => 0.5,
    sleep: async (ms) => void sleeps.push(ms),
    isOnline: () => true,
    onStatus: (s) => statuses.push(s),
    notify: (lead) => void notified.push(lead),
    fetch: (input, init) => {
      keepalive.push(init?.keepalive === true);
      return fetch(input, init);
    },
    ...overrides,
  };
  return { options, statuses, sleeps, notified, keepalive, storage };
}

const states = (statuses: DeliveryStatus[]) => statuses.map((s) => s.state);

describe('lead delivery', () => {
  let network: MockNetwork;
  before(async () => {
    network = await startMockNetwork();
  });
  afterEach(() => network.reset());
  after(() => network.stop());

  function endpoint(replies: Reply[], url = WEBHOOK_URL, format: 'json' | 'hubspot' = 'json') {
    const { handler, seen } = scriptedEndpoint(url, replies, format);
    network.use(handler);
    return seen;
  }

  describe('success', () => {
    it('should POST the lead byte-exact with its id as Idempotency-Key, then clear the outbox', async () => {
      const seen = endpoint([{ status: 201 }]);
      const lead = makeLead('full');
      const h = harness();
      const result = await deliverLead(lead, WEBHOOK, h.options);

      expect(result).to.deep.equal({ leadId: lead.id, state: 'sent' });
      expect(seen).to.have.length(1);
      expect(seen[0]!.idempotencyKey).to.equal(lead.id);
      expect(seen[0]!.contentType).to.equal('application/json');
      expect(seen[0]!.body).to.equal(JSON.stringify(lead));
      expect(seen[0]!.url).to.equal(WEBHOOK_URL);
      expect(states(h.statuses)).to.deep.equal(['queued', 'sending', 'sent']);
      expect(h.storage.getItem(outboxKey())).to.equal(null);
      expect(h.notified.map((l) => l.id)).to.deep.equal([lead.id]);
    });

    it('should keep personal data out of the request URL', async () => {
      const seen = endpoint([{ status: 200 }]);
      const lead = makeLead('contact');
      await deliverLead(lead, WEBHOOK, harness().options);
      expect(seen[0]!.url).not.to.contain('ada');
      expect(seen[0]!.url).not.to.contain(lead.id);
    });
  });

  describe('retries', () => {
    it('should retry a 500 with backoff and full jitter, with the same Idempotency-Key and body each time', async () => {
      const seen = endpoint([{ status: 500 }, { status: 503 }, { status: 200 }]);
      const lead = makeLead('summary');
      const h = harness();
      const result = await deliverLead(lead, WEBHOOK, h.options);

      expect(result.state).to.equal('sent');
      expect(seen.map((r) => r.idempotencyKey)).to.deep.equal([lead.id, lead.id, lead.id]);
      expect(new Set(seen.map((r) => r.body)).size).to.equal(1);
      // random() = 0.5: half of 1 s, then half of 2 s.
      expect(h.sleeps).to.deep.equal([500, 1000]);
      const retrying = h.statuses.filter((s) => s.state === 'retrying');
      expect(retrying.map((s) => s.nextAttemptAt)).to.deep.equal([NOW + 500, NOW + 1000]);
      expect(retrying[0]!.cause).to.deep.equal({ kind: 'http', status: 500 });
      expect(states(h.statuses)).to.deep.equal([
        'queued',
        'sending',
        'retrying',
        'sending',
        'retrying',
        'sending',
        'sent',
      ]);
    });

    for (const status of [408, 425, 429, 502, 504]) {
      it(`should retry HTTP ${status}`, async () => {
        const seen = endpoint([{ status }, { status: 204 }]);
        expect((await deliverLead(makeLead('contact'), WEBHOOK, harness().options)).state).to.equal('sent');
        expect(seen).to.have.length(2);
      });
    }

    it('should retry a network error, saying it may be the network or a CORS/configuration mistake', async () => {
      const seen = endpoint(['network-error', { status: 200 }]);
      const h = harness();
      const result = await deliverLead(makeLead('contact'), WEBHOOK, h.options);
      expect(result.state).to.equal('sent');
      expect(seen).to.have.length(2);
      const retrying = h.statuses.find((s) => s.state === 'retrying');
      expect(retrying && retrying.state === 'retrying' && retrying.cause).to.deep.equal({
        kind: 'network',
        crossOrigin: true,
      });
    });

    it('should cut a hanging request by its timeout and retry it', async () => {
      const seen = endpoint(['hang', { status: 200 }]);
      const h = harness();
      const started = Date.now();
      const result = await deliverLead(makeLead('contact'), WEBHOOK, h.options);
      expect(result.state).to.equal('sent');
      expect(Date.now() - started).to.be.within(900, 5000);
      expect(seen).to.have.length(2);
      const retrying = h.statuses.find((s) => s.state === 'retrying');
      expect(retrying && retrying.state === 'retrying' && retrying.cause).to.deep.equal({ kind: 'timeout' });
    });

    it('should honour Retry-After in seconds and as an HTTP date', async () => {
      const seen = endpoint([
        { status: 429, headers: { 'Retry-After': '3' } },
        { status: 503, headers: { 'Retry-After': new Date(NOW + 7000).toUTCString() } },
        { status: 200 },
      ]);
      const h = harness();
      expect((await deliverLead(makeLead('contact'), WEBHOOK, h.options)).state).to.equal('sent');
      expect(seen).to.have.length(3);
      expect(h.sleeps).to.deep.equal([3000, 7000]);
    });

    it('should keep trying through a 90-second outage, tell the visitor after maxAttempts, and send once', async () => {
      // Time is the harness's: each wait moves the clock on, so the outage takes no wall-clock time.
      let clock = NOW;
      let outage = true;
      const seen: string[] = [];
      network.use(
        http.post(WEBHOOK_URL, ({ request }) => {
          seen.push(request.headers.get('Idempotency-Key') ?? '');
          return outage ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ ok: true });
        }),
      );
      const h = harness({
        clock: () => clock,
        random: () => 0.999,
        sleep: async (ms) => {
          h.sleeps.push(ms);
          clock += ms;
          if (clock - NOW >= 90_000) outage = false;
        },
      });
      const lead = makeLead('contact');
      const result = await deliverLead(lead, WEBHOOK, h.options);
      expect(result.state).to.equal('sent');
      expect(new Set(seen)).to.deep.equal(new Set([lead.id]));
      expect(seen.length).to.be.greaterThan(WEBHOOK.maxAttempts!);
      const told = h.statuses.filter((st) => st.state === 'failed');
      expect(told).to.have.length(1);
      expect(told[0]!.state === 'failed' && told[0]!.willRetry && told[0]!.attempt).to.equal(
        WEBHOOK.maxAttempts,
      );
      expect(h.statuses.at(-1)!.state).to.equal('sent');
      expect(clock - NOW).to.be.at.least(90_000);
      expect(new Outbox(h.storage).list()).to.deep.equal([]);
    });

    it('should spread retries over the window, then leave the lead for later', async () => {
      let clock = NOW;
      const seen = endpoint([{ status: 503 }]);
      const h = harness({
        clock: () => clock,
        random: () => 0.999,
        sleep: async (ms) => {
          h.sleeps.push(ms);
          clock += ms;
        },
      });
      const result = await deliverLead(makeLead('contact'), WEBHOOK, h.options);
      expect(result.state).to.equal('pending');
      // Backoff doubling to a 5-minute cap: the page keeps trying for 45 minutes, not ten seconds.
      expect(clock - NOW)
        .to.be.at.least(30 * 60_000)
        .and.at.most(RETRY_FOR_MS);
      expect(Math.max(...h.sleeps)).to.be.at.most(5 * 60_000);
      expect(seen.length).to.be.within(12, 20);
    });

    it('should keep the lead for later when retries run out, and say so truthfully', async () => {
      const seen = endpoint(['network-error']);
      const lead = makeLead('contact');
      const h = harness({ retryForMs: 0 });
      const result = await deliverLead(lead, { ...WEBHOOK, maxAttempts: 3 }, h.options);

      expect(seen).to.have.length(3);
      expect(result.state).to.equal('pending');
      expect(result.error?.code).to.equal('delivery-failed');
      expect(result.error?.message).to.contain('network or CORS/configuration error');
      expect(result.error?.message).to.contain('https://hooks.consultancy.example');
      const last = h.statuses.at(-1)!;
      expect(last.state === 'failed' && last.willRetry).to.equal(true);
      expect(new Outbox(h.storage).list().map((e) => e.lead.id)).to.deep.equal([lead.id]);
      // The host page still has the lead, whatever the webhook does.
      expect(h.notified.map((l) => l.id)).to.deep.equal([lead.id]);
    });

    it('should not sit through a Retry-After longer than the page keeps trying: the lead waits for later', async () => {
      endpoint([{ status: 503, headers: { 'Retry-After': '3600' } }]);
      const h = harness();
      const result = await deliverLead(makeLead('contact'), WEBHOOK, h.options);
      expect(result.state).to.equal('pending');
      expect(h.sleeps).to.deep.equal([]);
    });
  });

  describe('refusals', () => {
    it('should stop on 400 with delivery-rejected naming the cause, keeping the lead for export', async () => {
      const seen = endpoint([{ status: 400 }]);
      const lead = makeLead('summary');
      const h = harness();
      const result = await deliverLead(lead, WEBHOOK, h.options);

      expect(seen).to.have.length(1);
      expect(result.state).to.equal('rejected');
      expect(result.error?.code).to.equal('delivery-rejected');
      expect(result.error?.message).to.contain('HTTP 400').and.to.contain('malformed');
      const last = h.statuses.at(-1)!;
      expect(last.state === 'failed' && !last.willRetry).to.equal(true);
      const entry = new Outbox(h.storage).get(lead.id);
      expect(entry?.state).to.equal('rejected');
      // A refused lead is not sent again on the next load.
      expect(await flushOutbox(WEBHOOK, h.options)).to.deep.equal([]);
      expect(seen).to.have.length(1);
    });

    for (const [status, words] of [
      [401, 'not authorised'],
      [403, 'forbidden'],
      [404, 'check the webhook URL'],
      [413, 'larger'],
      [422, 'invalid'],
    ] as const) {
      it(`should stop on HTTP ${status} and say "${words}"`, async () => {
        const seen = endpoint([{ status }]);
        const result = await deliverLead(makeLead('contact'), WEBHOOK, harness().options);
        expect(seen).to.have.length(1);
        expect(result.error?.code).to.equal('delivery-rejected');
        expect(result.error?.message).to.contain(words);
      });
    }

    it('should name HubSpot error types, never the body that may echo personal data', async () => {
      endpoint(
        [
          {
            status: 400,
            body: {
              status: 'error',
              message: 'The request is not valid',
              errors: [
                {
                  message: 'Error in fields.email: ada@company.example is invalid',
                  errorType: 'INVALID_EMAIL',
                },
              ],
            },
          },
        ],
        HUBSPOT_URL,
        'hubspot',
      );
      const result = await deliverLead(
        makeLead('contact'),
        { format: 'hubspot', hubspot: { portalId: HUBSPOT_PORTAL, formGuid: HUBSPOT_FORM } },
        harness().options,
      );
      expect(result.error?.message).to.contain('INVALID_EMAIL');
      expect(result.error?.message).not.to.contain('ada@');
    });

    it('should not let a refused lead block the others', async () => {
      const a = makeLead('contact');
      const b = makeLead('contact');
      const seen: string[] = [];
      const { http, HttpResponse } = await import('msw');
      network.use(
        http.post(WEBHOOK_URL, ({ request }) => {
          const key = request.headers.get('Idempotency-Key')!;
          seen.push(key);
          return new HttpResponse(null, { status: key === a.id ? 400 : 204 });
        }),
      );
      const h = harness();
      const outbox = new Outbox(h.storage);
      outbox.add(a, NOW);
      outbox.add(b, NOW);
      const results = await flushOutbox(WEBHOOK, h.options);
      expect(results.map((r) => r.state)).to.deep.equal(['rejected', 'sent']);
      expect(seen).to.have.members([a.id, b.id]);
    });
  });

  describe('exactly once', () => {
    it('should send one request and call the host once for a double submit', async () => {
      const seen = endpoint([{ status: 200 }]);
      const lead = makeLead('full');
      const h = harness();
      const delivery = new LeadDelivery(WEBHOOK, h.options);
      const [first, second] = await Promise.all([delivery.deliver(lead), delivery.deliver(lead)]);
      expect(first.state).to.equal('sent');
      expect(second.state).to.equal('sent');
      expect((await delivery.deliver(lead)).state).to.equal('sent');
      expect(seen).to.have.length(1);
      expect(h.notified).to.have.length(1);
      delivery.dispose();
    });

    it('should reuse the key when the server succeeded but its answer was lost, and call the host once', async () => {
      const seen = endpoint(['lost-response', { status: 200 }]);
      const lead = makeLead('summary');
      const h = harness();
      expect((await deliverLead(lead, WEBHOOK, h.options)).state).to.equal('sent');
      expect(seen.map((r) => r.idempotencyKey)).to.deep.equal([lead.id, lead.id]);
      expect(h.notified).to.have.length(1);
    });

    it('should lose nothing when the host callback throws or rejects', async () => {
      const seen = endpoint([{ status: 200 }]);
      const errors: unknown[] = [];
      const original = (globalThis as { reportError?: unknown }).reportError;
      (globalThis as { reportError?: unknown }).reportError = (e: unknown) => errors.push(e);
      try {
        const h = harness({
          notify: () => {
            throw new Error('host bug');
          },
          onStatus: () => {
            throw new Error('status bug');
          },
        });
        expect((await deliverLead(makeLead('contact'), WEBHOOK, h.options)).state).to.equal('sent');
        const h2 = harness({ notify: () => Promise.reject(new Error('async host bug')) });
        expect((await deliverLead(makeLead('contact'), WEBHOOK, h2.options)).state).to.equal('sent');
        await new Promise((r) => setTimeout(r, 0));
      } finally {
        (globalThis as { reportError?: unknown }).reportError = original;
      }
      expect(seen).to.have.length(2);
      expect(errors.map((e) => (e as Error).message)).to.include.members([
        'host bug',
        'status bug',
        'async host bug',
      ]);
    });
  });

  describe('reloads and the outbox', () => {
    it('should send a lead left pending by an earlier page when the next one flushes', async () => {
      const lead = makeLead('full');
      const h = harness({ retryForMs: 0 });
      const seen = endpoint([{ status: 503 }]);
      expect((await deliverLead(lead, { ...WEBHOOK, maxAttempts: 2 }, h.options)).state).to.equal('pending');
      expect(seen).to.have.length(2);

      network.reset();
      const seenAfter = endpoint([{ status: 200 }]);
      // "Reload": a new delivery on the same storage.
      const results = await flushOutbox(WEBHOOK, h.options);
      expect(results).to.deep.equal([{ leadId: lead.id, state: 'sent' }]);
      expect(seenAfter.map((r) => r.idempotencyKey)).to.deep.equal([lead.id]);
      expect(h.storage.getItem(outboxKey())).to.equal(null);
    });

    it('should call the host for a lead only if no earlier page did', async () => {
      endpoint([{ status: 200 }]);
      const told = makeLead('contact');
      const untold = makeLead('contact');
      const h = harness();
      // Written by an earlier page: one lead already handed to the host, one stored just before a crash.
      h.storage.setItem(
        outboxKey(),
        JSON.stringify({
          v: 1,
          entries: [
            { lead: told, state: 'pending', attempts: 1, notified: true, queuedAt: NOW },
            { lead: untold, state: 'pending', attempts: 0, notified: false, queuedAt: NOW },
          ],
        }),
      );
      const results = await flushOutbox(WEBHOOK, h.options);
      expect(results.map((r) => r.state)).to.deep.equal(['sent', 'sent']);
      expect(h.notified.map((l) => l.id)).to.deep.equal([untold.id]);
    });

    it('should discard corrupt outbox entries one by one, keeping the good ones', async () => {
      const good = makeLead('contact');
      const storage = memoryStorage();
      storage.setItem(
        outboxKey(),
        JSON.stringify({
          v: 1,
          entries: [
            { lead: { id: 'x' } },
            { lead: good, state: 'pending', attempts: 0, notified: true, queuedAt: NOW },
          ],
        }),
      );
      const outbox = new Outbox(storage);
      expect(outbox.list().map((e) => e.lead.id)).to.deep.equal([good.id]);
      expect(outbox.discarded).to.equal(1);
      storage.setItem(outboxKey(), '{not json');
      expect(new Outbox(storage).list()).to.deep.equal([]);
    });

    it('should keep delivering in memory when storage refuses, and say it is not persisted', async () => {
      const seen = endpoint([{ status: 500 }, { status: 200 }]);
      const refusing: StorageAdapter = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => {},
      };
      const h = harness({ storage: refusing });
      const delivery = new LeadDelivery(WEBHOOK, h.options);
      expect((await delivery.deliver(makeLead('contact'))).state).to.equal('sent');
      expect(delivery.outbox.persistent).to.equal(false);
      expect(seen).to.have.length(2);
    });

    it('should leave a lead that another tab is sending alone until its lease runs out', async () => {
      const seen = endpoint([{ status: 200 }]);
      const lead = makeLead('contact');
      const h = harness();
      h.storage.setItem(
        outboxKey(),
        JSON.stringify({
          v: 1,
          entries: [
            { lead, state: 'pending', attempts: 1, notified: true, queuedAt: NOW, leaseUntil: NOW + 4000 },
          ],
        }),
      );
      const leaseWait: number[] = [];
      let clock = NOW;
      const result = await flushOutbox(WEBHOOK, {
        ...h.options,
        clock: () => clock,
        sleep: async (ms) => {
          leaseWait.push(ms);
          clock += ms;
        },
      });
      expect(leaseWait).to.deep.equal([4000]);
      expect(result[0]!.state).to.equal('sent');
      expect(seen).to.have.length(1);
    });

    it('should ignore a lease longer than any attempt could take, rather than wait forever', async () => {
      endpoint([{ status: 200 }]);
      const lead = makeLead('contact');
      const h = harness();
      h.storage.setItem(
        outboxKey(),
        JSON.stringify({
          v: 1,
          entries: [
            {
              lead,
              state: 'pending',
              attempts: 1,
              notified: true,
              queuedAt: NOW,
              leaseUntil: NOW + 86_400_000,
            },
          ],
        }),
      );
      expect((await flushOutbox(WEBHOOK, h.options))[0]!.state).to.equal('sent');
      expect(h.sleeps).to.deep.equal([]);
    });

    it('should not send again a request the browser cut off as the page was leaving', async () => {
      // Firefox and Safari fail a request in flight right after `beforeunload` and run the page on until `pagehide`.
      // A stand-in page: the test page's own `beforeunload` would stop msw's worker.
      const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
      const page = Object.assign(new EventTarget(), { document: doc }) as unknown as Window;
      const seen = endpoint(['network-error', { status: 200 }]);
      const h = harness({
        // Waits end only when woken: what wakes the lead, and what it waits for, is what is tested.
        sleep: (ms, signal) =>
          new Promise<void>((resolve) => {
            h.sleeps.push(ms);
            signal.addEventListener('abort', () => resolve(), { once: true });
          }),
      });
      const delivery = new LeadDelivery(WEBHOOK, h.options);
      const disconnect = delivery.connect(page);
      try {
        const sending = delivery.deliver(makeLead('contact'));
        page.dispatchEvent(new Event('beforeunload'));
        await until(() => h.sleeps.length === 1, 'the backoff after the cut-off request');
        doc.visibilityState = 'hidden';
        page.dispatchEvent(new Event('pagehide'));
        doc.dispatchEvent(new Event('visibilitychange'));
        // Woken, the page waits out its own lease, as the next page will: no keepalive copy on the way out.
        await until(() => h.sleeps.length === 2, 'the lease');
        expect(h.sleeps[1]).to.equal(1000 + 5000);
        expect(seen).to.have.length(1);
        // It did not go after all (back from the back/forward cache): the lead goes now.
        page.dispatchEvent(new Event('pageshow'));
        expect((await sending).state).to.equal('sent');
      } finally {
        disconnect();
        delivery.dispose();
      }
      expect(h.keepalive).to.deep.equal([false, true]);
      expect(seen).to.have.length(2);
    });

    it('should remove everything stored on forget()', async () => {
      endpoint([{ status: 503 }]);
      const h = harness({ retryForMs: 0 });
      const delivery = new LeadDelivery({ ...WEBHOOK, maxAttempts: 1 }, h.options);
      await delivery.deliver(makeLead('contact'));
      expect(h.storage.getItem(outboxKey())).not.to.equal(null);
      delivery.forget();
      expect(h.storage.getItem(outboxKey())).to.equal(null);

      const storage = memoryStorage();
      storage.setItem('iso-readiness:draft:v1:default:iso27001', '{}');
      storage.setItem(outboxKey('other'), '{}');
      forget(storage, ['iso-readiness:draft:v1:default:iso27001', outboxKey('other')]);
      expect(storage.size).to.equal(0);
    });
  });

  describe('HubSpot', () => {
    it('should send HubSpot’s submission shape: mapped fields, page context and legal consent', async () => {
      const seen = endpoint([{ status: 200 }], HUBSPOT_URL, 'hubspot');
      const lead = makeLead('summary', {
        contact: {
          name: 'Ada Lovelace',
          email: 'ada@company.example',
          company: 'Analytical Engines Ltd',
          role: 'CTO',
          companySize: '10-49',
        },
        consent: { given: true, marketing: true },
      });
      const result = await deliverLead(
        lead,
        {
          format: 'hubspot',
          hubspot: {
            portalId: HUBSPOT_PORTAL,
            formGuid: HUBSPOT_FORM,
            subscriptionTypeId: 999,
            properties: { companySize: 'company_size', campaign: 'webinar_campaign' },
            resultProperty: 'iso_readiness_summary',
          },
        },
        harness().options,
      );
      expect(result.state).to.equal('sent');
      expect(seen).to.have.length(1);
      expect(seen[0]!.idempotencyKey).to.equal(null);
      const body = HubSpotSubmissionSchema.parse(JSON.parse(seen[0]!.body));
      const fields = Object.fromEntries(body.fields.map((f) => [f.name, f.value]));
      expect(fields).to.deep.include({
        firstname: 'Ada Lovelace',
        email: 'ada@company.example',
        company: 'Analytical Engines Ltd',
        jobtitle: 'CTO',
        company_size: '10-49',
        webinar_campaign: 'spring-webinar',
      });
      expect(fields).not.to.have.property('partner');
      expect(fields.iso_readiness_summary).to.match(/^iso27001 claim=[a-z-]+ requirement=[a-z-]+ readiness=/);
      expect(body.context).to.deep.equal({
        pageUri: 'https://consultancy.example/iso-check',
        pageName: '/iso-check',
      });
      expect(body.submittedAt).to.equal(String(Date.parse(lead.createdAt)));
      expect(body.legalConsentOptions.consent).to.deep.equal({
        consentToProcess: true,
        text: lead.consent.text,
        communications: [{ value: true, subscriptionTypeId: 999, text: lead.consent.marketing!.text }],
      });
    });
  });

  // `online` and `visibilitychange` belong to a browser page: these run in Chromium only (Node has no window).
  const onPage = inBrowser ? describe : () => undefined;
  onPage('the page', () => {
    it('should queue while offline and send on `online`, even across a reload', async function () {
      const seen = endpoint([{ status: 200 }]);
      let online = false;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
      try {
        const lead = makeLead('contact');
        const h = harness({ isOnline: undefined });
        const first = new LeadDelivery(WEBHOOK, h.options);
        const pending = first.deliver(lead);
        await until(() => h.statuses.some((s) => s.state === 'queued' && s.reason === 'offline'), 'offline');
        expect(seen).to.have.length(0);
        first.dispose(); // the page is closed while offline
        expect((await pending).state).to.equal('cancelled');
        expect(new Outbox(h.storage).list()).to.have.length(1);

        const second = new LeadDelivery(WEBHOOK, h.options);
        const disconnect = second.connect();
        void second.flush();
        online = true;
        window.dispatchEvent(new Event('online'));
        await until(() => h.statuses.some((s) => s.state === 'sent'), 'sent');
        expect(seen).to.have.length(1);
        expect(h.notified).to.have.length(1);
        disconnect();
        second.dispose();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });

    it('should never send a second copy of a request in flight when the page is hidden', async function () {
      const seen = endpoint(['hang', { status: 200 }]);
      const h = harness();
      const delivery = new LeadDelivery({ ...WEBHOOK, timeoutMs: 1000 }, h.options);
      const disconnect = delivery.connect();
      const sending = delivery.deliver(makeLead('full'));
      await until(() => seen.length === 1, 'the first request');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        // The hanging request is left to its timeout; only then is the lead sent again, with keepalive.
        expect((await sending).state).to.equal('sent');
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
        disconnect();
        delivery.dispose();
      }
      expect(h.keepalive).to.deep.equal([false, true]);
      expect(seen).to.have.length(2);
    });

    it('should send a waiting lead at once, with keepalive, when the page is hidden', async function () {
      const seen = endpoint([{ status: 503 }, { status: 200 }]);
      let release: () => void = () => {};
      const h = harness({
        // A backoff that only ends when woken: the page going hidden must wake it.
        sleep: (ms, signal) =>
          new Promise<void>((resolve) => {
            h.sleeps.push(ms);
            release = resolve;
            signal.addEventListener('abort', () => resolve(), { once: true });
          }),
      });
      const delivery = new LeadDelivery(WEBHOOK, h.options);
      const disconnect = delivery.connect();
      const sending = delivery.deliver(makeLead('contact'));
      await until(() => h.sleeps.length === 1, 'the backoff');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        expect((await sending).state).to.equal('sent');
      } finally {
        release();
        delete (document as { visibilityState?: string }).visibilityState;
        disconnect();
        delivery.dispose();
      }
      expect(h.keepalive).to.deep.equal([false, true]);
      expect(seen).to.have.length(2);
    });
  });

  describe('helpers', () => {
    it('should read Retry-After as seconds or an HTTP date', () => {
      expect(parseRetryAfter('5', NOW)).to.equal(5000);
      expect(parseRetryAfter(new Date(NOW + 2000).toUTCString(), NOW)).to.equal(2000);
      expect(parseRetryAfter(new Date(NOW - 2000).toUTCString(), NOW)).to.equal(0);
      expect(parseRetryAfter('soon', NOW)).to.equal(null);
      expect(parseRetryAfter(null, NOW)).to.equal(null);
    });

    it('should back off exponentially with full jitter, capped at 5 minutes', () => {
      expect(backoffDelay(1, () => 0.999)).to.equal(999);
      expect(backoffDelay(3, () => 0.5)).to.equal(2000);
      expect(backoffDelay(20, () => 0.999))
        .to.be.below(300_000)
        .and.above(290_000);
      expect(backoffDelay(4, () => 0)).to.equal(0);
    });

    it('should refuse an invalid lead and an invalid webhook with ReadinessError', async () => {
      const h = harness();
      try {
        await deliverLead({ ...makeLead('contact'), id: 'nope' } as Lead, WEBHOOK, h.options);
        expect.fail('should have thrown');
      } catch (error) {
        expect((error as { code?: string }).code).to.equal('invalid-lead');
      }
      expect(() => new LeadDelivery({ url: 'http://hooks.example/leads' }, h.options)).to.throw(/https/);
    });
  });
});
