import { en } from './en/index.js';

// 32-bit FNV-1a over the UTF-8 bytes: enough to notice an edited sentence. Not for security.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function walk(value: unknown, path: string, out: Record<string, string>): void {
  if (typeof value === 'string') out[path] = fnv1a(value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, out);
}

/**
 * A fingerprint of every English string, keyed by its dotted path (`engine.claim.none`, `bank.org_size.help`).
 * Compared with `translated-from.json`, it names the English strings changed since a locale was last confirmed.
 * Build and test tooling only: nothing the widget or the SDK loads imports it.
 */
export function englishFingerprints(): Record<string, string> {
  const out: Record<string, string> = {};
  walk(en, '', out);
  return out;
}
