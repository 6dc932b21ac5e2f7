import { CATALOGUE, RELATIONS } from './catalogue.js';
import { DEVELOPMENT, PREMISES } from './rules.js';

/** Version of the full catalogue; bump it whenever its requirements, controls or scoping questions change. */
export const FULL_BANK_VERSION = '2026.12.1';

// 32-bit FNV-1a over UTF-8, as the quick bank's hash. Not for security: it tells a saved draft from another bank.
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/**
 * Content hash of what answers are keyed by: every ref, the relations that carry answers over and the scoping
 * options. Wording changes do not invalidate saved answers; a renumbered or removed control does.
 */
export const FULL_BANK_HASH: string = fnv1a(
  JSON.stringify({
    iso27001: CATALOGUE.iso27001.map((e) => e.ref),
    iso42001: CATALOGUE.iso42001.map((e) => e.ref),
    relations: RELATIONS.map((r) => [r.iso42001, r.iso27001, r.overlap]),
    premises: PREMISES,
    development: DEVELOPMENT,
  }),
);
