import type { Lead, WebhookConfig } from '../../src/schemas/lead.js';
import { hubSpotSubmitUrl, toHubSpotSubmission } from './hubspot.js';

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 5 * 60_000;

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
