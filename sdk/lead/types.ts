import type { ReadinessError } from '../../src/errors.js';
import type { Lead } from '../../src/schemas/lead.js';
import type { StorageAdapter } from '../storage.js';

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
