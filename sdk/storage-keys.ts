import { STORAGE_PREFIX, type StorageAdapter } from './storage.js';

// Apart from ./storage.ts, which the widget's first screen needs: these serve lead capture and "Forget my data".

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
