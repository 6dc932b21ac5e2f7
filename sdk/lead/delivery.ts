import * as z from '../../src/zod.js';
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
import { browserStorage, type StorageAdapter } from '../storage.js';
import { hubSpotSubmitUrl, toHubSpotSubmission } from './hubspot.js';
import { Outbox } from './outbox.js';

/** Keepalive requests share one 64 KiB body budget per page (Fetch standard). */
export const KEEPALIVE_BUDGET = 64 * 1024;
/**
 * How long a page keeps trying a lead after its first attempt there (an outage of the webhook), unless
 * `retryForMs` says otherwise; then the lead waits for `online`, the page becoming visible again, or the next load.
 */
export const RETRY_FOR_MS = 45 * 60_000;
/** @deprecated The longest `Retry-After` a page sits through is now what is left of `RETRY_FOR_MS`. */
export const MAX_WAIT_MS = RETRY_FOR_MS;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 5 * 60_000;
/** How long past an attempt's timeout another tab leaves a leased lead alone. */
const LEASE_MARGIN_MS = 5_000;

/** Why an attempt did not succeed, language-neutral. */
export type DeliveryCause =
  { kind: 'network'; crossOrigin: boolean } | { kind: 'timeout' } | { kind: 'http'; status: number };

/** What the visitor should be told, truthfully, as delivery goes on. */
export type DeliveryStatus =
  | { state: 'queued'; leadId: string; reason: 'new' | 'offline' }
  | { state: 'sending'; leadId: string; attempt: number; keepalive: boolean }
  | { state: 'sent'; leadId: string; attempt: number; httpStatus: number }
  | { state: 'retrying'; leadId: string; attempt: number; nextAttemptAt: number; cause: DeliveryCause }
  | { state: 'failed'; leadId: string; attempt: number; error: ReadinessError; willRetry: boolean };

/** How one `deliver` or flush ended for a lead. */
export interface DeliveryResult {
  /** The lead this result is about. */
  leadId: string;
  /**
   * `sent`: acknowledged with a 2xx; `pending`: kept in the outbox for `online` or the next load;
   * `rejected`: refused for good (kept for export); `cancelled`: stopped by the signal or `forget()`;
   * `host-only`: no webhook configured, the host page had it; `gone`: no longer in the outbox (another tab).
   */
  state: 'sent' | 'pending' | 'rejected' | 'cancelled' | 'host-only' | 'gone';
  /** The error that stopped it, for `pending` and `rejected`. */
  error?: ReadinessError;
}

/** Options of `deliverLead`, `flushOutbox` and `LeadDelivery`. Time and randomness are injectable for tests. */
export interface DeliveryOptions {
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Where the outbox lives; defaults to `localStorage` when usable. `null`: memory only. */
  storage?: StorageAdapter | null;
  /** Outbox instance id; the widget passes its own so two embeds never share an outbox. */
  instance?: string;
  /** Stops waiting and sending; pending leads stay in the outbox. */
  signal?: AbortSignal;
  /** Progress for the visitor: queued, sending, sent, retrying (with the next attempt time), failed. */
  onStatus?: (status: DeliveryStatus) => void;
  /** The host page's callback (`onLead` + `readiness-lead`): called exactly once per lead id, even across reloads. */
  notify?: (lead: Lead) => unknown;
  /** Epoch milliseconds now. */
  clock?: () => number;
  /** A number in [0, 1) for backoff jitter. */
  random?: () => number;
  /** Waits `ms`; must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Is the browser online? Defaults to `navigator.onLine`. */
  isOnline?: () => boolean;
  /**
   * How long this page keeps retrying a lead after its first attempt here (default `RETRY_FOR_MS`, 45 minutes).
   * The visitor is told after `maxAttempts`; retries go on until this has passed.
   */
  retryForMs?: number;
  /**
   * Runs `send` while this page alone owns the lead (Web Locks, so two tabs never send it at once); resolves
   * `null` when `signal` aborts first. Defaults to `navigator.locks` where the browser has it, else runs at once.
   */
  exclusive?: <T>(name: string, signal: AbortSignal, send: () => Promise<T>) => Promise<T | null>;
}

/** A request ready for `fetch`. */
export interface LeadRequest {
  url: string;
  init: RequestInit & { headers: Record<string, string>; body: string };
  /** UTF-8 size of the body, for the keepalive budget. */
  bytes: number;
}

/** The request for a lead: the Lead as JSON with `Idempotency-Key`, or HubSpot's submission format. */
export function buildLeadRequest(lead: Lead, webhook: WebhookConfig): LeadRequest {
  const hubspot = webhook.format === 'hubspot' && webhook.hubspot;
  const url = webhook.url ?? (hubspot ? hubSpotSubmitUrl(hubspot.portalId, hubspot.formGuid) : '');
  const body = JSON.stringify(hubspot ? toHubSpotSubmission(lead, hubspot) : lead);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  // HubSpot does not take idempotency keys, and an unknown header could fail its CORS preflight.
  if (!hubspot) headers['Idempotency-Key'] = lead.id;
  return {
    url,
    init: {
      method: 'POST',
      headers,
      body,
      credentials: 'omit',
      cache: 'no-store',
      // The host page's query string may carry personal data: the endpoint gets the origin only.
      referrerPolicy: 'strict-origin',
    },
    bytes: new TextEncoder().encode(body).byteLength,
  };
}

/** Milliseconds to wait from a `Retry-After` header (seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: uniform in [0, min(5 min, 1 s · 2^(attempt−1))). */
export const backoffDelay = (attempt: number, random: () => number): number =>
  Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1)));

const RETRYABLE = new Set([408, 425, 429]);
const isRetryableStatus = (status: number): boolean => RETRYABLE.has(status) || status >= 500;

const REJECTION_CAUSE: Record<number, string> = {
  400: 'the request was refused as malformed',
  401: 'not authorised: check the endpoint’s access settings',
  403: 'forbidden: check the endpoint’s access settings and allowed origins',
  404: 'not found: check the webhook URL (and, for HubSpot, the portal id and form GUID)',
  405: 'method not allowed: the endpoint must accept POST',
  409: 'conflict: the endpoint refused this lead id',
  410: 'gone: the endpoint no longer exists',
  413: 'the lead is larger than the endpoint accepts',
  415: 'unsupported media type: the endpoint must accept application/json',
  422: 'the endpoint refused the lead as invalid',
};

// HubSpot explains a refusal with error types (INVALID_EMAIL, …): language-neutral and free of personal data.
const HubSpotErrorSchema = z.object({ errors: z.array(z.object({ errorType: z.string() })) });

type AttemptOutcome =
  | { kind: 'ok'; status: number }
  | { kind: 'retry'; cause: DeliveryCause; retryAfterMs: number | null; message: string }
  | { kind: 'reject'; status: number; message: string }
  | { kind: 'cancelled' };

/** Abort reasons of our own, told apart from the platform's errors. */
const TIMEOUT = Symbol('timeout');
const CANCEL = Symbol('cancel');

// Per page: one lead id is never in flight twice, whichever delivery object asks.
const inFlight = new Map<string, Promise<DeliveryResult>>();
const acknowledged = new Set<string>();
const notified = new Set<string>();
let keepaliveBytes = 0;

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

const defaultIsOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

/** One tab at a time per lead: the page that holds the lock sends; another waits, and finds it sent or takes over. */
const webLock = async <T>(name: string, signal: AbortSignal, send: () => Promise<T>): Promise<T | null> => {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return send();
  try {
    return await locks.request(name, { signal }, send);
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  }
};

/** Origin of a URL, for messages: never its path or query, which may carry tokens. */
const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return 'the webhook';
  }
};

const isCrossOrigin = (url: string): boolean => {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  return here === undefined || originOf(url) !== here;
};

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
  private readonly sleepImpl: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly isOnline: () => boolean;
  private readonly retryForMs: number;
  private readonly exclusive: NonNullable<DeliveryOptions['exclusive']>;
  private readonly running = new Map<string, Running>();
  private readonly waits = new Set<AbortController>();
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
    this.sleepImpl = options.sleep ?? defaultSleep;
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
    const onOnline = () => {
      this.wake();
      if (this.connected > 0) void this.flush();
    };
    const doc = target.document;
    const onVisibility = () => {
      if (doc.visibilityState === 'hidden') {
        this.flushForUnload();
        return;
      }
      // Back on the page: whatever is waiting goes now, and leads left for later are tried again.
      this.pageHidden = false;
      this.leaving = false;
      this.wake();
      if (this.connected > 0) void this.flush();
    };
    const onPageHide = () => {
      this.leaving = true;
    };
    // Back from the back/forward cache: the page did not go after all.
    const onPageShow = () => {
      if (!this.leaving) return;
      this.leaving = false;
      this.wake();
    };
    target.addEventListener('online', onOnline);
    target.addEventListener('pagehide', onPageHide);
    target.addEventListener('pageshow', onPageShow);
    doc?.addEventListener('visibilitychange', onVisibility);
    this.detach = () => {
      target.removeEventListener('online', onOnline);
      target.removeEventListener('pagehide', onPageHide);
      target.removeEventListener('pageshow', onPageShow);
      doc?.removeEventListener('visibilitychange', onVisibility);
    };
  }

  /**
   * Notes `beforeunload` while leads are on their way: Firefox and Safari cut off the requests right after it,
   * before `pagehide`. Only while sending, since the listener keeps a page out of Firefox's back/forward cache;
   * it never asks the visitor to stay.
   */
  private watchUnload(target: Window): void {
    if (this.unwatchUnload) return;
    const onBeforeUnload = () => {
      this.leaving = true;
    };
    target.addEventListener('beforeunload', onBeforeUnload);
    this.unwatchUnload = () => target.removeEventListener('beforeunload', onBeforeUnload);
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
    if (!notified.has(lead.id)) {
      notified.add(lead.id);
      const notify = this.options.notify;
      if (notify) {
        try {
          const returned = notify(lead);
          if (returned instanceof Promise) returned.catch(reportHostError);
        } catch (error) {
          // A host callback that throws loses nothing: the lead is already in the outbox.
          reportHostError(error);
        }
      }
    }
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
  private async wait(ms: number): Promise<void> {
    const controller = new AbortController();
    this.waits.add(controller);
    try {
      if (this.stop.signal.aborted) return;
      if (ms === Infinity) {
        await new Promise<void>((resolve) =>
          controller.signal.addEventListener('abort', () => resolve(), { once: true }),
        );
      } else {
        await this.sleepImpl(ms, controller.signal);
      }
    } finally {
      this.waits.delete(controller);
    }
  }

  private wake(): void {
    for (const controller of this.waits) controller.abort();
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
      // Another tab (or the page before a reload) is sending it: leave it until its lease runs out. So does a page
      // on its way out with its own lease: the request the browser cut off may still arrive, and the next page
      // sends it again once the lease has run out; a copy from here too would be a second re-send. A lease
      // longer than any attempt can take is not one of ours (a clock jump): ignore it rather than wait forever.
      if (
        entry.leaseUntil !== undefined &&
        (entry.leaseUntil !== lease || this.leaving) &&
        entry.leaseUntil > now &&
        entry.leaseUntil - now <= webhook.timeoutMs + LEASE_MARGIN_MS
      ) {
        await this.wait(entry.leaseUntil - now);
        continue;
      }

      attempts++;
      const request = buildLeadRequest(entry.lead, webhook);
      const keepalive = this.pageHidden && keepaliveBytes + request.bytes <= KEEPALIVE_BUDGET;
      lease = now + webhook.timeoutMs + LEASE_MARGIN_MS;
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
          const delay = outcome.retryAfterMs ?? backoffDelay(attempts, this.random);
          const withinWindow = after + delay - startedAt <= this.retryForMs;
          // Backoff goes on to `maxAttempts` in any case; a `Retry-After` past the window is not sat through.
          const stop = !withinWindow && (attempts >= webhook.maxAttempts || outcome.retryAfterMs !== null);
          if ((attempts >= webhook.maxAttempts && !told) || stop) {
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
    const webhook = this.webhook as WebhookConfig;
    const controller = new AbortController();
    running.attempt = controller;
    running.keepalive = keepalive;
    const timer = setTimeout(() => controller.abort(TIMEOUT), webhook.timeoutMs);
    if (keepalive) keepaliveBytes += request.bytes;
    const origin = originOf(request.url);
    try {
      const response = await this.fetchImpl(request.url, {
        ...request.init,
        keepalive,
        signal: controller.signal,
      });
      if (response.ok) {
        void response.body?.cancel().catch(() => {});
        return { kind: 'ok', status: response.status };
      }
      if (isRetryableStatus(response.status)) {
        void response.body?.cancel().catch(() => {});
        return {
          kind: 'retry',
          cause: { kind: 'http', status: response.status },
          retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), this.clock()),
          message: `${origin} answered HTTP ${response.status}; the lead is kept and sent again`,
        };
      }
      const cause = REJECTION_CAUSE[response.status] ?? 'the endpoint refused the request';
      const details = await this.errorTypes(response);
      return {
        kind: 'reject',
        status: response.status,
        message: `${origin} rejected the lead with HTTP ${response.status}: ${cause}${details}`,
      };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason === CANCEL) return { kind: 'cancelled' };
      if (reason === TIMEOUT) {
        return {
          kind: 'retry',
          cause: { kind: 'timeout' },
          retryAfterMs: null,
          message: `${origin} did not answer within ${webhook.timeoutMs} ms`,
        };
      }
      const crossOrigin = isCrossOrigin(request.url);
      // fetch() says nothing more than TypeError for both, so name both possibilities honestly.
      const what = crossOrigin
        ? 'network or CORS/configuration error: either the visitor is offline, or the endpoint does not accept ' +
          'cross-origin POSTs from this page (its preflight must allow this origin and the Content-Type' +
          (webhook.format === 'json' ? ' and Idempotency-Key headers)' : ' header)')
        : `network error${error instanceof Error && error.name !== 'TypeError' ? ` (${error.name})` : ''}`;
      return {
        kind: 'retry',
        cause: { kind: 'network', crossOrigin },
        retryAfterMs: null,
        message: `Could not reach ${origin}: ${what}`,
      };
    } finally {
      clearTimeout(timer);
      if (keepalive) keepaliveBytes -= request.bytes;
      running.attempt = null;
      running.keepalive = false;
    }
  }

  /** HubSpot-style error types from a refusal's body, if any (never the body itself: it may echo personal data). */
  private async errorTypes(response: Response): Promise<string> {
    try {
      const parsed = z.safeParse(HubSpotErrorSchema, await response.json());
      if (!parsed.success) return '';
      const types = [...new Set(parsed.data.errors.map((e) => e.errorType))].filter((t) =>
        /^[A-Z0-9_]{1,64}$/.test(t),
      );
      return types.length > 0 ? ` (${types.slice(0, 5).join(', ')})` : '';
    } catch {
      return '';
    }
  }
}

/** Stores `lead` in the outbox and sends it to `webhook`; resolves when it is sent, kept for later, or refused. */
export async function deliverLead(
  lead: Lead,
  webhook: WebhookConfigInput,
  options: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const delivery = new LeadDelivery(webhook, options);
  try {
    return await delivery.deliver(lead);
  } finally {
    delivery.dispose();
  }
}

/** Sends every lead left pending in the outbox by an earlier page or attempt. Call it on page load. */
export async function flushOutbox(
  webhook: WebhookConfigInput,
  options: DeliveryOptions = {},
): Promise<DeliveryResult[]> {
  const delivery = new LeadDelivery(webhook, options);
  try {
    return await delivery.flush();
  } finally {
    delivery.dispose();
  }
}
