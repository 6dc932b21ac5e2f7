// Every clause and Annex A control id exactly as ISO/IEC 27001:2022 and ISO/IEC 42001:2023 number them: the
// full gap assessment's catalogue builds on them and the tests check the bank's refs against them. The quick
// check never imports this module, so its bundle carries none of it.
import type { StandardId } from './schemas/standard.js';
import { range, standardOfRef } from './standards.js';

export { range };

/** The 93 Annex A controls of ISO/IEC 27001:2022 in their four themes. */
export const controls27001 = (): string[] => [
  ...range('A.5.', 1, 37),
  ...range('A.6.', 1, 8),
  ...range('A.7.', 1, 14),
  ...range('A.8.', 1, 34),
];

/** The 38 Annex A controls of ISO/IEC 42001:2023 in areas A.2–A.10 (each area's `.1` is its objective). */
export const controls42001 = (): string[] => [
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

/**
 * Every clause and Annex A id of each standard, as the standards number them.
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

    return {
      iso27001: { clauses: sharedClauses, controls: controls27001() },
      iso42001: { clauses: [...sharedClauses, '6.1.4', '8.4'], controls: controls42001() },
    };
  })();

/** Is this ref a real clause or control id of its standard? */
export const isKnownRef = (ref: string): boolean => {
  const standard = standardOfRef(ref);
  if (!standard) return false;
  const id = ref.slice(6);
  const known = STANDARD_IDS_BY_STANDARD[standard];
  return known.clauses.includes(id) || known.controls.includes(id);
};
