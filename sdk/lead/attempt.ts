import * as z from '../../src/zod.js';
import type { WebhookConfig } from '../../src/schemas/lead.js';
import { parseRetryAfter, type LeadRequest } from './request.js';
import type { DeliveryCause } from './types.js';

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

/** How one request ended. */
export type AttemptOutcome =
  | { kind: 'ok'; status: number }
  | { kind: 'retry'; cause: DeliveryCause; retryAfterMs: number | null; message: string }
  | { kind: 'reject'; status: number; message: string }
  | { kind: 'cancelled' };

/** Abort reasons of our own, told apart from the platform's errors. */
const TIMEOUT = Symbol('timeout');
export const CANCEL = Symbol('cancel');

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

/**
 * One request to the webhook, told apart as acknowledged, worth another try (with any `Retry-After`), refused for
 * good, or cancelled (`controller` aborted with `CANCEL`). Gives up after the webhook's `timeoutMs`.
 */
export async function attempt(
  fetchImpl: typeof fetch,
  request: LeadRequest,
  webhook: WebhookConfig,
  keepalive: boolean,
  controller: AbortController,
  now: () => number,
): Promise<AttemptOutcome> {
  const timer = setTimeout(() => controller.abort(TIMEOUT), webhook.timeoutMs);
  const origin = originOf(request.url);
  try {
    const response = await fetchImpl(request.url, {
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
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()),
        message: `${origin} answered HTTP ${response.status}; the lead is kept and sent again`,
      };
    }
    const cause = REJECTION_CAUSE[response.status] ?? 'the endpoint refused the request';
    const details = await errorTypes(response);
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
  }
}

/** HubSpot-style error types from a refusal's body, if any (never the body itself: it may echo personal data). */
async function errorTypes(response: Response): Promise<string> {
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
