import type { StandardId } from './schemas/standard.js';

// Clause and control ids exactly as ISO/IEC 27001:2022 and ISO/IEC 42001:2023 number them.
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/**
 * Every clause and Annex A id of each standard, as the standards number them. Built in a call marked pure:
 * only the bank test reads the lists, so an app's bundle leaves them out.
 */
export const STANDARD_IDS_BY_STANDARD: Record<StandardId, { clauses: string[]; controls: string[] }> =
  /* @__PURE__ */ (() => {
    const sharedClauses = [
      ...range('4.', 1, 4),
      ...range('5.', 1, 3),
      '6.1',
      ...range('6.1.', 1, 3),
      '6.2',
      '6.3',
      ...range('7.', 1, 5),
      ...range('7.5.', 1, 3),
      ...range('8.', 1, 3),
      '9.1',
      '9.2',
      '9.2.1',
      '9.2.2',
      '9.3',
      ...range('9.3.', 1, 3),
      '10.1',
      '10.2',
    ];

    const annex27001 = [
      ...range('A.5.', 1, 37),
      ...range('A.6.', 1, 8),
      ...range('A.7.', 1, 14),
      ...range('A.8.', 1, 34),
    ];

    const annex42001 = [
      ...range('A.2.', 2, 4),
      ...range('A.3.', 2, 3),
      ...range('A.4.', 2, 6),
      ...range('A.5.', 2, 5),
      ...range('A.6.1.', 2, 3),
      ...range('A.6.2.', 2, 8),
      ...range('A.7.', 2, 6),
      ...range('A.8.', 2, 5),
      ...range('A.9.', 2, 4),
      ...range('A.10.', 2, 4),
    ];

    return {
      iso27001: { clauses: sharedClauses, controls: annex27001 },
      iso42001: { clauses: [...sharedClauses, '6.1.4', '8.4'], controls: annex42001 },
    };
  })();

/** The short prefix used in refs for each standard. */
export const REF_PREFIX: Record<StandardId, '27001' | '42001'> = { iso27001: '27001', iso42001: '42001' };
const STANDARD_BY_PREFIX = { '27001': 'iso27001', '42001': 'iso42001' } as const;

/** Readiness domains per standard: clauses 4–10, then the Annex A themes or objectives. */
export const DOMAINS: Record<StandardId, string[]> = {
  iso27001: [...range('27001:', 4, 10), ...range('27001:A.', 5, 8)],
  iso42001: [...range('42001:', 4, 10), ...range('42001:A.', 2, 10)],
};

/** Which standard a ref belongs to. */
export const standardOfRef = (ref: string): StandardId =>
  STANDARD_BY_PREFIX[ref.slice(0, 5) as keyof typeof STANDARD_BY_PREFIX];

/** The readiness domain a ref counts towards, e.g. `27001:A.5.15` → `27001:A.5`, `42001:6.1.4` → `42001:6`. */
export const domainOfRef = (ref: string): string => {
  const [prefix, id = ''] = ref.split(':');
  const annex = id.startsWith('A.');
  const head = (annex ? id.slice(2) : id).split('.')[0];
  return `${prefix}:${annex ? 'A.' : ''}${head}`;
};

/** Is this ref a real clause or control id of its standard? */
export const isKnownRef = (ref: string): boolean => {
  const standard = standardOfRef(ref);
  if (!standard) return false;
  const id = ref.slice(6);
  const known = STANDARD_IDS_BY_STANDARD[standard];
  return known.clauses.includes(id) || known.controls.includes(id);
};
