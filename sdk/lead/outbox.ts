import * as z from '../../src/zod.js';
import { LeadSchema, type Lead } from '../../src/schemas/lead.js';
import { STORAGE_PREFIX, type StorageAdapter } from '../storage.js';

/** Version of the outbox format; entries of another version are discarded, never half-read. */
export const OUTBOX_VERSION = 1;

/** The storage key of an instance's outbox. The widget passes its instance id so two embeds never share one. */
export const outboxKey = (instance = 'default'): string =>
  `${STORAGE_PREFIX}outbox:v${OUTBOX_VERSION}:${instance}`;

/** One lead waiting for its webhook to acknowledge it. */
export const OutboxEntrySchema = z.strictObject({
  lead: LeadSchema,
  /** `pending`: will be sent; `rejected`: the endpoint refused it for good, kept for export until forgotten. */
  state: z.enum(['pending', 'rejected']),
  /** Attempts made so far, over every page load. */
  attempts: z.number().check(z.int(), z.minimum(0)),
  /** Has the host page's `onLead` / `readiness-lead` had it? Guards "exactly once" across reloads. */
  notified: z.boolean(),
  /** Epoch ms when the lead entered the outbox. */
  queuedAt: z.number(),
  /** Epoch ms until which a page (this tab or another) is sending it; others leave it alone until then. */
  leaseUntil: z.optional(z.number()),
  /** Why the last attempt failed, without personal data. */
  lastError: z.optional(z.strictObject({ code: z.string(), message: z.string() })),
});
/** An outbox entry. */
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

const StoredSchema = z.strictObject({ v: z.literal(OUTBOX_VERSION), entries: z.array(z.unknown()) });

/**
 * A persisted list of leads not yet acknowledged, in one storage key per widget instance. Every change
 * reads the stored list afresh before writing, so two tabs add and remove entries without clobbering
 * each other's. When storage is missing or throws, the outbox keeps working in memory and says so.
 */
export class Outbox {
  /** The storage key. */
  readonly key: string;
  /** Entries dropped at the last read because they were corrupt or of an old format. */
  discarded = 0;
  private memory: OutboxEntry[] = [];
  private degraded: boolean;

  constructor(
    private readonly storage: StorageAdapter | null,
    instance = 'default',
  ) {
    this.key = outboxKey(instance);
    this.degraded = storage === null;
  }

  /** Is the outbox actually persisted? False when storage is missing or refused the last write. */
  get persistent(): boolean {
    return !this.degraded;
  }

  /** Every entry, oldest first. */
  list(): OutboxEntry[] {
    return this.read().map((entry) => ({ ...entry }));
  }

  /** The entry for a lead id, if any. */
  get(id: string): OutboxEntry | undefined {
    return this.read().find((entry) => entry.lead.id === id);
  }

  /** Adds a lead (or keeps the existing entry for the same id). Returns whether it was persisted. */
  add(lead: Lead, now: number): boolean {
    const entries = this.read();
    if (!entries.some((entry) => entry.lead.id === lead.id)) {
      entries.push({ lead, state: 'pending', attempts: 0, notified: false, queuedAt: now });
    }
    return this.write(entries);
  }

  /** Changes an entry in place; does nothing when it is gone (sent by another tab, or forgotten). */
  update(id: string, patch: Partial<Omit<OutboxEntry, 'lead'>>): OutboxEntry | undefined {
    const entries = this.read();
    const index = entries.findIndex((entry) => entry.lead.id === id);
    const current = entries[index];
    if (!current) return undefined;
    const next: OutboxEntry = { ...current, ...patch };
    for (const key of Object.keys(next) as (keyof OutboxEntry)[])
      if (next[key] === undefined) delete next[key];
    entries[index] = next;
    this.write(entries);
    return next;
  }

  /** Removes one lead (acknowledged, or discarded by the host). */
  remove(id: string): void {
    const entries = this.read();
    const kept = entries.filter((entry) => entry.lead.id !== id);
    if (kept.length !== entries.length) this.write(kept);
  }

  /** Removes every lead of this instance. */
  clear(): void {
    this.memory = [];
    if (!this.storage) return;
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing we could clear.
    }
  }

  private read(): OutboxEntry[] {
    if (this.degraded || !this.storage) return this.memory.slice();
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      this.degraded = true;
      return this.memory.slice();
    }
    const entries = raw === null ? [] : this.parse(raw);
    this.memory = entries;
    return entries.slice();
  }

  private parse(raw: string): OutboxEntry[] {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.discarded = 1;
      return [];
    }
    const stored = z.safeParse(StoredSchema, json);
    if (!stored.success) {
      this.discarded = 1;
      return [];
    }
    const entries: OutboxEntry[] = [];
    for (const item of stored.data.entries) {
      // Each entry stands alone: one corrupt lead must not take the others with it.
      const entry = z.safeParse(OutboxEntrySchema, item);
      if (entry.success) entries.push(entry.data);
    }
    this.discarded = stored.data.entries.length - entries.length;
    return entries;
  }

  private write(entries: OutboxEntry[]): boolean {
    this.memory = entries;
    if (!this.storage) return false;
    try {
      if (entries.length === 0) {
        this.storage.removeItem(this.key);
      } else {
        this.storage.setItem(this.key, JSON.stringify({ v: OUTBOX_VERSION, entries }));
        // Only a successful write proves storage works again.
        this.degraded = false;
      }
      return true;
    } catch {
      // Full or refused: keep going in memory, and read from memory so the newer list wins.
      this.degraded = true;
      return false;
    }
  }
}

// Kept here too, where it was first exported; it lives in a module of its own so the widget can withdraw without
// loading the outbox.
export { forget } from '../forget.js';
