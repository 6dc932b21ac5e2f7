/** Where the SDK keeps drafts and the lead outbox: the three methods of the Web Storage API. */
export interface StorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Prefix of every key the SDK and widget write, so `forget()` can find them all. */
export const STORAGE_PREFIX = 'iso-readiness:';

/**
 * The page's `localStorage` when it is usable, otherwise null (Safari private mode, disabled cookies,
 * sandboxed iframes, Node). Never throws.
 */
export function browserStorage(): StorageAdapter | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Storage that lives as long as the object: for Node, tests, or visitors who opt out of saving. */
export function memoryStorage(): StorageAdapter & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    get size() {
      return map.size;
    },
  };
}
