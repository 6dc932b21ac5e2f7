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

/**
 * Is `key` one of `instance`'s: its drafts (`draft`, `full`, and the `~2` a second element with the same key
 * gets), its outbox and its lead marker, all `iso-readiness:<kind>:v<n>:<instance>…`.
 */
export const isInstanceKey = (key: string, instance: string): boolean => {
  const rest = key.startsWith(STORAGE_PREFIX) ? key.slice(STORAGE_PREFIX.length).split(':') : [];
  return rest.length >= 3 && /^v\d+$/.test(rest[1]!) && rest[2] === instance;
};

/** Keys this SDK wrote in a storage that can list its keys (Web Storage, `memoryStorage` cannot). */
export function ownKeys(storage: StorageAdapter): string[] {
  const web = storage as Partial<Storage>;
  if (typeof web.length !== 'number' || typeof web.key !== 'function') return [];
  const keys: string[] = [];
  for (let i = 0; i < web.length; i++) {
    const key = web.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}
