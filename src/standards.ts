// How refs name the standards' clauses and controls, and the readiness domains they count towards.
import type { StandardId } from './schemas/standard.js';

/** `prefix` followed by each number from `from` to `to`: `range('A.5.', 1, 3)` is A.5.1, A.5.2, A.5.3. */
export const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** The short prefix used in refs for each standard. */
export const REF_PREFIX: Record<StandardId, '27001' | '42001'> = { iso27001: '27001', iso42001: '42001' };

/** Readiness domains per standard: clauses 4–10, then the Annex A themes or objectives. */
export const DOMAINS: Record<StandardId, string[]> = {
  iso27001: [...range('27001:', 4, 10), ...range('27001:A.', 5, 8)],
  iso42001: [...range('42001:', 4, 10), ...range('42001:A.', 2, 10)],
};

// Its own module, so the first screen's flow reads it without the domains.
export { standardOfRef } from './ref-standard.js';

/** The readiness domain a ref counts towards, e.g. `27001:A.5.15` → `27001:A.5`, `42001:6.1.4` → `42001:6`. */
export const domainOfRef = (ref: string): string => {
  const [prefix, id = ''] = ref.split(':');
  const annex = id.startsWith('A.');
  const head = (annex ? id.slice(2) : id).split('.')[0];
  return `${prefix}:${annex ? 'A.' : ''}${head}`;
};
