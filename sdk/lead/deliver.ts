// One-shot delivery: a `LeadDelivery` for one lead or one flush, disposed of when it ends.
import type { Lead, WebhookConfigInput } from '../../src/schemas/lead.js';
import { LeadDelivery } from './delivery.js';
import type { DeliveryOptions, DeliveryResult } from './types.js';

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
