// When a lead goes: how long another page's lease keeps this one off it, and how retries are spaced and ended.
// Pure functions of the clock and the outbox entry.
import { backoffDelay } from './request.js';

/** Keepalive requests share one 64 KiB body budget per page (Fetch standard). */
export const KEEPALIVE_BUDGET = 64 * 1024;
/**
 * How long a page keeps trying a lead after its first attempt there (an outage of the webhook), unless
 * `retryForMs` says otherwise; then the lead waits for `online`, the page becoming visible again, or the next load.
 */
export const RETRY_FOR_MS = 45 * 60_000;
/** @deprecated The longest `Retry-After` a page sits through is now what is left of `RETRY_FOR_MS`. */
export const MAX_WAIT_MS = RETRY_FOR_MS;
/** How long past an attempt's timeout another tab leaves a leased lead alone. */
const LEASE_MARGIN_MS = 5_000;

/** The lease a page takes on a lead as it sends it: the attempt's timeout and a margin. */
export const leaseUntil = (now: number, timeoutMs: number): number => now + timeoutMs + LEASE_MARGIN_MS;

/**
 * Milliseconds to leave a lead alone (0: send it now). Another tab (or the page before a reload) is sending it:
 * leave it until its lease runs out. So does a page on its way out with its own lease: the request the browser cut
 * off may still arrive, and the next page sends it again once the lease has run out; a copy from here too would be
 * a second re-send. A lease longer than any attempt can take is not one of ours (a clock jump): it is ignored
 * rather than waited for forever.
 */
export function leaseWait(
  lease: number | undefined,
  at: { own: number | undefined; leaving: boolean; now: number; timeoutMs: number },
): number {
  if (lease === undefined || (lease === at.own && !at.leaving)) return 0;
  const left = lease - at.now;
  return left > 0 && left <= at.timeoutMs + LEASE_MARGIN_MS ? left : 0;
}

/** What follows a failed attempt: the wait before the next, whether the visitor is told now, whether to stop. */
export function retryPlan(at: {
  attempts: number;
  maxAttempts: number;
  /** The visitor has been told already. */
  told: boolean;
  retryAfterMs: number | null;
  /** Since this page's first attempt. */
  elapsedMs: number;
  retryForMs: number;
  random: () => number;
}): { delay: number; tell: boolean; stop: boolean } {
  const delay = at.retryAfterMs ?? backoffDelay(at.attempts, at.random);
  const withinWindow = at.elapsedMs + delay <= at.retryForMs;
  // Backoff goes on to `maxAttempts` in any case; a `Retry-After` past the window is not sat through.
  const stop = !withinWindow && (at.attempts >= at.maxAttempts || at.retryAfterMs !== null);
  return { delay, tell: (at.attempts >= at.maxAttempts && !at.told) || stop, stop };
}
