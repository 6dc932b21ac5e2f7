import { ReadinessError } from '../../src/errors.js';
import {
  parseLead,
  parseRedacted,
  WebhookConfigSchema,
  type Lead,
  type WebhookConfig,
  type WebhookConfigInput,
} from '../../src/schemas/lead.js';
import { reportHostError } from '../events.js';
import { browserStorage } from '../storage.js';
import { attempt, CANCEL, type AttemptOutcome } from './attempt.js';
import { Outbox } from './outbox.js';
import { acknowledged, inFlight, notifyHostOnce } from './once.js';
import { defaultIsOnline, defaultSleep, listenForUnload, listenToPage, Waits, webLock } from './page.js';
import { buildLeadRequest, type LeadRequest } from './request.js';
import { KEEPALIVE_BUDGET, leaseUntil, leaseWait, RETRY_FOR_MS, retryPlan } from './schedule.js';
import type { DeliveryOptions, DeliveryResult, DeliveryStatus } from './types.js';

export { backoffDelay, buildLeadRequest, parseRetryAfter, type LeadRequest } from './request.js';
export type { DeliveryCause, DeliveryOptions, DeliveryResult, DeliveryStatus } from './types.js';

export { KEEPALIVE_BUDGET, MAX_WAIT_MS, RETRY_FOR_MS } from './schedule.js';

let keepaliveBytes = 0;

interface Running {
  /** Aborts the attempt in flight, if any. */
  attempt: AbortController | null;
  keepalive: boolean;
}

/**
 * Sends leads to the consultancy's webhook without losing them: each lead is stored in a persisted outbox
 * before its first attempt and leaves it only on a 2xx. Retries network errors, timeouts, 408, 425, 429 and
 * 5xx with exponential backoff and full jitter (honouring `Retry-After`); stops on other 4xx. Sends pending
 * leads again on `online` and on `flush()` (call it on page load), and switches to `keepalive` when the page
 * is hidden. Touches the DOM only through `connect()`, so it imports and runs in Node.
 */
export class LeadDelivery {
  /** The outbox this delivery reads and writes. */
  readonly outbox: Outbox;
  /** Webhook settings, defaults applied; undefined when only the host page receives leads. */
  readonly webhook: WebhookConfig | undefined;

  private readonly fetchImpl: typeof fetch;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly waits: Waits;
  private readonly isOnline: () => boolean;
  private readonly retryForMs: number;
  private readonly exclusive: NonNullable<DeliveryOptions['exclusive']>;
  private readonly running = new Map<string, Running>();
  private readonly stop = new AbortController();
  private pageHidden = false;
  /**
   * The page may be on its way out (`beforeunload`, `pagehide`). Firefox and Safari cut off a request in flight when
   * a navigation starts and let the page see it fail before it goes: that request may still arrive.
   */
  private leaving = false;
  private unwatchUnload: (() => void) | null = null;
  private connected = 0;
  private detach: (() => void) | null = null;
  /** The page listened to (the one given to `connect`, else the global window). */
  private page: Window | undefined;

  constructor(
    webhook: WebhookConfigInput | undefined,
    private readonly options: DeliveryOptions = {},
  ) {
    this.webhook =
      webhook === undefined
        ? undefined
        : parseRedacted(WebhookConfigSchema, webhook, 'invalid-config', ['lead', 'webhook']);
    this.outbox = new Outbox(
      options.storage === undefined ? browserStorage() : options.storage,
      options.instance,
    );
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.waits = new Waits(options.sleep ?? defaultSleep);
    this.isOnline = options.isOnline ?? defaultIsOnline;
    this.retryForMs = options.retryForMs ?? RETRY_FOR_MS;
    this.exclusive = options.exclusive ?? webLock;
    options.signal?.addEventListener('abort', () => this.cancelAll(), { once: true });
  }

  /**
   * Hands a lead to the host page (once) and, with a webhook, stores it in the outbox and sends it.
   * Calling it again for the same lead while it is in flight returns the same promise; after a 2xx it
   * resolves `sent` without sending again. Rejects only for an invalid lead (`invalid-lead`).
   */
  async deliver(input: Lead): Promise<DeliveryResult> {
    const lead = parseLead(input);
    const id = lead.id;
    const running = inFlight.get(id);
    if (running) return running;
    if (acknowledged.has(id)) return { leadId: id, state: 'sent' };
    if (!this.webhook) {
      this.notifyOnce(lead);
      return { leadId: id, state: 'host-only' };
    }
    // Stored before anything else happens: a crash, a reload or a closed tab after this line loses nothing.
    const isNew = !this.outbox.get(id);
    this.outbox.add(lead, this.clock());
    if (isNew) this.status({ state: 'queued', leadId: id, reason: 'new' });
    this.notifyOnce(lead);
    return this.run(id);
  }

  /** Sends every pending lead that is not already in flight (call on page load); notifies the host of any it has not had. */
  flush(): Promise<DeliveryResult[]> {
    if (!this.webhook) return Promise.resolve([]);
    const runs: Promise<DeliveryResult>[] = [];
    for (const entry of this.outbox.list()) {
      if (entry.state !== 'pending') continue;
      if (!entry.notified) this.notifyOnce(entry.lead);
      runs.push(this.run(entry.lead.id));
    }
    return Promise.all(runs);
  }

  /** Leads still waiting for acknowledgement (and those refused, kept for export). */
  pending(): Lead[] {
    return this.outbox.list().map((entry) => entry.lead);
  }

  /**
   * Listens to the page: `online` wakes waiting attempts and flushes, `visibilitychange` to hidden sends
   * everything pending at once with `keepalive`. Returns the function that stops listening.
   */
  connect(target: Window | undefined = globalThis.window): () => void {
    if (!target) return () => {};
    this.connected++;
    this.attach(target);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.connected--;
      this.maybeDetach();
    };
  }

  /**
   * Sends everything waiting now, with `keepalive` where the 64 KiB budget allows (the page may be going away).
   * A request already on its way is left alone: it may arrive, and a second copy would be a duplicate (HubSpot
   * has no key to tell them apart). If the page dies with it, its lease makes the next page wait before resending.
   */
  flushForUnload(): void {
    this.pageHidden = true;
    this.wake();
    void this.flush();
  }

  /** Stops every attempt and wait; pending leads stay in the outbox. Also stops listening to the page. */
  dispose(): void {
    this.cancelAll();
    this.detach?.();
    this.detach = null;
    this.unwatchUnload?.();
    this.unwatchUnload = null;
  }

  /** Stops everything and removes this instance's outbox (the visitor withdrew). */
  forget(): void {
    this.cancelAll();
    this.outbox.clear();
  }

  private cancelAll(): void {
    if (!this.stop.signal.aborted) this.stop.abort(CANCEL);
    for (const running of this.running.values()) running.attempt?.abort(CANCEL);
    this.wake();
  }

  private attach(target: Window): void {
    if (this.detach) return;
    this.page = target;
    this.detach = listenToPage(target, {
      online: () => {
        this.wake();
        if (this.connected > 0) void this.flush();
      },
      hidden: () => this.flushForUnload(),
      visible: () => {
        // Back on the page: whatever is waiting goes now, and leads left for later are tried again.
        this.pageHidden = false;
        this.leaving = false;
        this.wake();
        if (this.connected > 0) void this.flush();
      },
      leaving: () => {
        this.leaving = true;
      },
      // Back from the back/forward cache: the page did not go after all.
      back: () => {
        if (!this.leaving) return;
        this.leaving = false;
        this.wake();
      },
    });
  }

  /** Notes `beforeunload` while leads are on their way (see `listenForUnload`). */
  private watchUnload(target: Window): void {
    this.unwatchUnload ??= listenForUnload(target, () => {
      this.leaving = true;
    });
  }

  private maybeDetach(): void {
    if (this.connected > 0 || this.running.size > 0) return;
    this.detach?.();
    this.detach = null;
  }

  private status(status: DeliveryStatus): void {
    try {
      this.options.onStatus?.(status);
    } catch (error) {
      reportHostError(error);
    }
  }

  private notifyOnce(lead: Lead): void {
    notifyHostOnce(lead, this.options.notify);
    if (this.webhook) this.outbox.update(lead.id, { notified: true });
  }

  private run(id: string): Promise<DeliveryResult> {
    const existing = inFlight.get(id);
    if (existing) return existing;
    const running: Running = { attempt: null, keepalive: false };
    this.running.set(id, running);
    // While a lead is on its way, `online` and a hidden page must reach it even if the host never connected.
    const win = globalThis.window as Window | undefined;
    if (win) this.attach(win);
    if (this.page) this.watchUnload(this.page);
    const promise = this.exclusive(`${this.outbox.key}:${id}`, this.stop.signal, () => this.loop(id, running))
      .then((result) => result ?? { leadId: id, state: 'cancelled' as const })
      .finally(() => {
        inFlight.delete(id);
        this.running.delete(id);
        if (this.running.size === 0) {
          this.unwatchUnload?.();
          this.unwatchUnload = null;
        }
        this.maybeDetach();
      });
    inFlight.set(id, promise);
    return promise;
  }

  /** Resolves after `ms`, or earlier on `wake()` or cancellation. `Infinity` waits for a wake only. */
  private wait(ms: number): Promise<void> {
    return this.stop.signal.aborted ? Promise.resolve() : this.waits.wait(ms);
  }

  private wake(): void {
    this.waits.wake();
  }

  private async loop(id: string, running: Running): Promise<DeliveryResult> {
    const webhook = this.webhook as WebhookConfig;
    let attempts = 0;
    let lastError: ReadinessError | undefined;
    let told = false;
    // The lease this loop last wrote: its own, which it never waits for.
    let lease: number | undefined;
    const startedAt = this.clock();
    for (;;) {
      if (this.stop.signal.aborted) return { leadId: id, state: 'cancelled' };
      const entry = this.outbox.get(id);
      if (!entry) return acknowledged.has(id) ? { leadId: id, state: 'sent' } : { leadId: id, state: 'gone' };
      if (entry.state === 'rejected')
        return { leadId: id, state: 'rejected', ...(lastError ? { error: lastError } : {}) };
      if (!this.isOnline()) {
        this.status({ state: 'queued', leadId: id, reason: 'offline' });
        await this.wait(Infinity);
        continue;
      }
      const now = this.clock();
      const leased = leaseWait(entry.leaseUntil, {
        own: lease,
        leaving: this.leaving,
        now,
        timeoutMs: webhook.timeoutMs,
      });
      if (leased > 0) {
        await this.wait(leased);
        continue;
      }

      attempts++;
      const request = buildLeadRequest(entry.lead, webhook);
      const keepalive = this.pageHidden && keepaliveBytes + request.bytes <= KEEPALIVE_BUDGET;
      lease = leaseUntil(now, webhook.timeoutMs);
      this.outbox.update(id, { attempts: entry.attempts + 1, leaseUntil: lease });
      this.status({ state: 'sending', leadId: id, attempt: attempts, keepalive });
      const outcome = await this.attempt(request, keepalive, running);
      const after = this.clock();

      switch (outcome.kind) {
        case 'ok':
          acknowledged.add(id);
          this.outbox.remove(id);
          this.status({ state: 'sent', leadId: id, attempt: attempts, httpStatus: outcome.status });
          return { leadId: id, state: 'sent' };
        case 'cancelled':
          this.outbox.update(id, { leaseUntil: undefined });
          return { leadId: id, state: 'cancelled' };
        case 'reject': {
          const error = new ReadinessError('delivery-rejected', outcome.message, ['lead', 'webhook']);
          this.outbox.update(id, {
            state: 'rejected',
            leaseUntil: undefined,
            lastError: { code: error.code, message: error.message },
          });
          this.status({ state: 'failed', leadId: id, attempt: attempts, error, willRetry: false });
          return { leadId: id, state: 'rejected', error };
        }
        case 'retry': {
          lastError = new ReadinessError('delivery-failed', outcome.message, ['lead', 'webhook']);
          // An answer says the request was handled; after a timeout or a network error it may still have
          // arrived, so another page keeps off it until the lease runs out rather than sending a second copy.
          this.outbox.update(id, {
            ...(outcome.cause.kind === 'http' ? { leaseUntil: undefined } : {}),
            lastError: { code: lastError.code, message: lastError.message },
          });
          const { delay, tell, stop } = retryPlan({
            attempts,
            maxAttempts: webhook.maxAttempts,
            told,
            retryAfterMs: outcome.retryAfterMs,
            elapsedMs: after - startedAt,
            retryForMs: this.retryForMs,
            random: this.random,
          });
          if (tell) {
            // The visitor is told once retries run long; the page goes on trying while the window lasts.
            told = true;
            this.status({
              state: 'failed',
              leadId: id,
              attempt: attempts,
              error: lastError,
              willRetry: true,
            });
          }
          if (stop) {
            // Kept in the outbox: sent again on `online`, when the page is shown again, or on the next load.
            return { leadId: id, state: 'pending', error: lastError };
          }
          this.status({
            state: 'retrying',
            leadId: id,
            attempt: attempts,
            nextAttemptAt: after + delay,
            cause: outcome.cause,
          });
          await this.wait(delay);
          continue;
        }
      }
    }
  }

  private async attempt(request: LeadRequest, keepalive: boolean, running: Running): Promise<AttemptOutcome> {
    const controller = new AbortController();
    running.attempt = controller;
    running.keepalive = keepalive;
    if (keepalive) keepaliveBytes += request.bytes;
    try {
      return await attempt(
        this.fetchImpl,
        request,
        this.webhook as WebhookConfig,
        keepalive,
        controller,
        this.clock,
      );
    } finally {
      if (keepalive) keepaliveBytes -= request.bytes;
      running.attempt = null;
      running.keepalive = false;
    }
  }
}
