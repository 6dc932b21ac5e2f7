import { ownKeys } from './storage-keys.js';
import type { StorageAdapter } from './storage.js';

/**
 * Removes everything the SDK and widget stored in `storage` (drafts, outboxes, any `iso-readiness:` key), or only
 * the keys `which` picks, plus `extraKeys` for adapters that cannot list their keys. Withdrawing is as easy as
 * giving (Art. 7(3) GDPR).
 */
export function forget(
  storage: StorageAdapter | null,
  extraKeys: readonly string[] = [],
  which: (key: string) => boolean = () => true,
): void {
  if (!storage) return;
  for (const key of new Set([...ownKeys(storage).filter(which), ...extraKeys])) {
    try {
      storage.removeItem(key);
    } catch {
      // Storage that cannot remove holds nothing we could clear.
    }
  }
}
