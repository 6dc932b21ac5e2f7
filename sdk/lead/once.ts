// Per page, whichever delivery object asks: one lead id is never in flight twice, a lead acknowledged here is not
// sent again, and the host page hears of each lead once.
import type { Lead } from '../../src/schemas/lead.js';
import { reportHostError } from '../events.js';
import type { DeliveryResult } from './types.js';

/** Leads on their way from this page, by id. */
export const inFlight = new Map<string, Promise<DeliveryResult>>();
/** Leads a webhook acknowledged on this page. */
export const acknowledged = new Set<string>();
const notified = new Set<string>();

/** Hands `lead` to the host page's callback unless this page already did; a callback that throws loses nothing. */
export function notifyHostOnce(lead: Lead, notify: ((lead: Lead) => unknown) | undefined): void {
  if (notified.has(lead.id)) return;
  notified.add(lead.id);
  if (!notify) return;
  try {
    const returned = notify(lead);
    if (returned instanceof Promise) returned.catch(reportHostError);
  } catch (error) {
    // The lead is already in the outbox.
    reportHostError(error);
  }
}
