import { reportHostError } from '../../sdk/events.js';
import type { DeliveryResult } from '../../sdk/lead/delivery.js';
import type { StorageAdapter } from '../../sdk/storage.js';
import type { Lead } from '../../src/schemas/lead-schema.js';

// Leads handed to a page, once each, like `LeadDelivery`'s own record for leads it delivers.
const notified = new Set<string>();

/**
 * Delivery when no webhook is configured: the lead, which the element built itself, is handed to the page once, and nothing waits
 * to be sent, so the outbox, retries and webhook formats (`LeadDelivery`) are not loaded at all.
 */
export class HostOnlyDelivery {
  /** What the lead form reads to word offline notices; nothing is ever queued here. */
  readonly outbox: { readonly persistent: boolean };

  constructor(
    storage: StorageAdapter | null,
    private readonly notify: (lead: Lead) => void,
  ) {
    this.outbox = { persistent: storage !== null };
  }

  /** Hands the lead to the page, once per lead id. */
  async deliver(lead: Lead): Promise<DeliveryResult> {
    if (!notified.has(lead.id)) {
      notified.add(lead.id);
      try {
        this.notify(lead);
      } catch (error) {
        reportHostError(error);
      }
    }
    return { leadId: lead.id, state: 'host-only' };
  }

  flush(): Promise<DeliveryResult[]> {
    return Promise.resolve([]);
  }

  connect(): () => void {
    return () => {};
  }

  dispose(): void {}

  forget(): void {}
}
