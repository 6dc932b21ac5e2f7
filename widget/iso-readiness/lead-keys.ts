import { forget } from '../../sdk/forget.js';
import { isInstanceKey } from '../../sdk/storage-keys.js';
import { STORAGE_PREFIX, type StorageAdapter } from '../../sdk/storage.js';

/** Where an instance remembers that the visitor passed its lead gate: a marker, no personal data. */
export const leadStateKey = (instance: string): string => `${STORAGE_PREFIX}lead:v1:${instance}`;

/**
 * Removes every lead, draft and gate marker `instance` stored. Another embed's answers and pending lead on the
 * same page stay: each has its own "Forget my data".
 */
export const forgetInstance = (storage: StorageAdapter | null, instance: string): void =>
  forget(storage, [leadStateKey(instance)], (key) => isInstanceKey(key, instance));
