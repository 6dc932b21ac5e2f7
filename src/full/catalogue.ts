import type { StandardId } from '../schemas/standard.js';
import { controls27001, controls42001, range } from '../annex.js';
import { REF_PREFIX, domainOfRef } from '../standards.js';

// The full gap assessment's structure: every assessable clause 4–10 sub-clause and every Annex A control of
// both standards, with ids exactly as the standards number them. Text lives in `src/i18n/<locale>/full.ts`.

/** A clause requirement (mandatory, never excluded) or an Annex A control (may be excluded with a reason). */
export type EntryKind = 'clause' | 'control';

/** One requirement or control of one standard. */
export interface CatalogueEntry {
  /** `27001:6.1.3`, `42001:A.6.2.4`. */
  ref: string;
  standard: StandardId;
  kind: EntryKind;
  /** The id as the standard numbers it: `6.1.3`, `A.6.2.4`. */
  id: string;
  /** The section it is asked in and counts towards: a clause (`27001:6`) or a theme/area (`42001:A.6`). */
  section: string;
}

/** The 30 assessable sub-clauses of ISO/IEC 27001:2022 clauses 4–10. */
export const CLAUSES_27001: readonly string[] = [
  ...range('4.', 1, 4),
  ...range('5.', 1, 3),
  ...range('6.1.', 1, 3),
  '6.2',
  '6.3',
  ...range('7.', 1, 4),
  ...range('7.5.', 1, 3),
  ...range('8.', 1, 3),
  '9.1',
  '9.2.1',
  '9.2.2',
  ...range('9.3.', 1, 3),
  '10.1',
  '10.2',
];

/** The 32 of ISO/IEC 42001:2023: the same plus the AI system impact assessment (6.1.4 planned, 8.4 performed). */
export const CLAUSES_42001: readonly string[] = [
  ...CLAUSES_27001.slice(0, CLAUSES_27001.indexOf('6.2')),
  '6.1.4',
  ...CLAUSES_27001.slice(CLAUSES_27001.indexOf('6.2'), CLAUSES_27001.indexOf('9.1')),
  '8.4',
  ...CLAUSES_27001.slice(CLAUSES_27001.indexOf('9.1')),
];

/** The 93 Annex A controls of ISO/IEC 27001:2022 in their four themes. */
export const CONTROLS_27001: readonly string[] = controls27001();

/** The 38 Annex A controls of ISO/IEC 42001:2023 in areas A.2–A.10. */
export const CONTROLS_42001: readonly string[] = controls42001();

const entriesOf = (standard: StandardId, clauses: readonly string[], controls: readonly string[]) => {
  const prefix = REF_PREFIX[standard];
  const make = (kind: EntryKind) => (id: string) => {
    const ref = `${prefix}:${id}`;
    return { ref, standard, kind, id, section: domainOfRef(ref) };
  };
  return [...clauses.map(make('clause')), ...controls.map(make('control'))];
};

/** Every entry of each standard, clauses first, then Annex A, in the standard's order. */
export const CATALOGUE: Record<StandardId, readonly CatalogueEntry[]> = {
  iso27001: entriesOf('iso27001', CLAUSES_27001, CONTROLS_27001),
  iso42001: entriesOf('iso42001', CLAUSES_42001, CONTROLS_42001),
};

/** Every entry by ref. */
export const ENTRY_BY_REF: ReadonlyMap<string, CatalogueEntry> = new Map(
  [...CATALOGUE.iso27001, ...CATALOGUE.iso42001].map((entry) => [entry.ref, entry]),
);

/**
 * The entries a ref stands for: itself, or every sub-clause under a parent clause (`27001:9.2` → 9.2.1 and
 * 9.2.2; `42001:6.1` → 6.1.1–6.1.4). Quick-check items cite parents; the full assessment asks sub-clauses.
 */
export function expandRef(ref: string): CatalogueEntry[] {
  const exact = ENTRY_BY_REF.get(ref);
  if (exact) return [exact];
  const [prefix] = ref.split(':');
  const standard: StandardId | undefined =
    prefix === '27001' ? 'iso27001' : prefix === '42001' ? 'iso42001' : undefined;
  if (!standard) return [];
  return CATALOGUE[standard].filter((entry) => entry.ref.startsWith(`${ref}.`));
}

/**
 * Strength of the overlap between a 42001 entry and entries of 27001, after reference §3.1 (clauses) and §3.2
 * (Annex A): `strong` — one process serves both; `partial` — it serves part, AI-specific content is extra;
 * `weak` — related topic only, listed in the 42001 SoA but never carried over.
 */
export type Overlap = 'strong' | 'partial' | 'weak';

/** A relation between one 42001 entry and one 27001 entry. */
export interface Relation {
  /** `42001:A.10.3`. */
  iso42001: string;
  /** `27001:A.5.19`. */
  iso27001: string;
  overlap: Overlap;
}

// Same-numbered clauses share the Harmonized Structure. Where the content is AI-specific (policy, risk and its
// treatment, objectives, scope) nothing carries; 6.1.4 and 8.4 have no counterpart at all.
const CLAUSE_OVERLAP: Record<string, Overlap | null> = {
  '4.1': 'partial',
  '4.2': 'partial',
  '4.3': null,
  '4.4': 'partial',
  '5.1': 'partial',
  '5.2': null,
  '5.3': 'partial',
  '6.1.1': 'partial',
  '6.1.2': null,
  '6.1.3': null,
  '6.2': null,
  '6.3': 'partial',
  '7.1': 'partial',
  '7.2': 'partial',
  '7.3': 'partial',
  '7.4': 'partial',
  '7.5.1': 'strong',
  '7.5.2': 'strong',
  '7.5.3': 'strong',
  '8.1': 'partial',
  '8.2': null,
  '8.3': null,
  '9.1': 'partial',
  '9.2.1': 'partial',
  '9.2.2': 'partial',
  '9.3.1': 'partial',
  '9.3.2': 'partial',
  '9.3.3': 'partial',
  '10.1': 'strong',
  '10.2': 'strong',
};

// Annex A, from reference §3.2 (SCF pivot and topic alignment). Conservative: an AI control is carried over in
// full only where one process plainly serves both (event logging); elsewhere at most as `partly`.
const CONTROL_OVERLAP: [string, Overlap, string[]][] = [
  ['A.2.2', 'partial', ['A.5.1']],
  ['A.2.3', 'partial', ['A.5.1', 'A.5.37']],
  ['A.2.4', 'partial', ['A.5.1']],
  ['A.3.2', 'partial', ['A.5.2', 'A.5.4']],
  ['A.3.3', 'partial', ['A.6.8']],
  ['A.3.3', 'weak', ['A.5.24', 'A.5.25', 'A.5.26']],
  ['A.4.2', 'partial', ['A.5.9']],
  ['A.4.3', 'partial', ['A.5.9', 'A.5.12']],
  ['A.4.4', 'weak', ['A.5.9', 'A.8.6', 'A.5.23']],
  ['A.4.5', 'weak', ['A.5.9', 'A.8.6', 'A.5.23']],
  ['A.4.6', 'weak', ['A.6.3']],
  ['A.5.4', 'weak', ['A.5.34']],
  ['A.6.1.2', 'partial', ['A.8.25', 'A.8.27']],
  ['A.6.1.3', 'partial', ['A.8.25', 'A.8.27']],
  ['A.6.2.2', 'partial', ['A.8.26']],
  ['A.6.2.3', 'partial', ['A.8.25', 'A.8.27']],
  ['A.6.2.4', 'partial', ['A.8.29']],
  ['A.6.2.5', 'partial', ['A.8.32', 'A.8.31']],
  ['A.6.2.6', 'partial', ['A.8.16', 'A.8.6']],
  ['A.6.2.7', 'partial', ['A.5.37']],
  ['A.6.2.8', 'strong', ['A.8.15', 'A.8.17']],
  ['A.7.2', 'weak', ['A.5.12', 'A.5.33', 'A.5.34', 'A.8.11', 'A.8.33']],
  ['A.7.3', 'weak', ['A.5.12', 'A.5.34']],
  ['A.7.4', 'weak', ['A.5.12']],
  ['A.7.5', 'weak', ['A.5.21']],
  ['A.7.6', 'weak', ['A.8.11', 'A.8.33']],
  ['A.8.2', 'weak', ['A.5.37']],
  ['A.8.3', 'weak', ['A.5.5']],
  ['A.8.4', 'partial', ['A.5.24', 'A.5.26']],
  ['A.8.4', 'weak', ['A.5.5', 'A.5.25']],
  ['A.9.2', 'partial', ['A.5.10']],
  ['A.9.3', 'weak', ['A.5.10']],
  ['A.9.4', 'weak', ['A.5.10']],
  ['A.10.2', 'partial', ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23']],
  ['A.10.3', 'partial', ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23']],
  ['A.10.4', 'weak', ['A.5.20']],
];

/** Every 27001↔42001 relation, clauses and Annex A. */
export const RELATIONS: readonly Relation[] = [
  ...Object.entries(CLAUSE_OVERLAP).flatMap(([id, overlap]) =>
    overlap ? [{ iso42001: `42001:${id}`, iso27001: `27001:${id}`, overlap }] : [],
  ),
  ...CONTROL_OVERLAP.flatMap(([id, overlap, targets]) =>
    targets.map((target) => ({ iso42001: `42001:${id}`, iso27001: `27001:${target}`, overlap })),
  ),
];

/** Relations of each ref, seen from that ref: the other standard's ref and the overlap. */
export const RELATED: ReadonlyMap<string, readonly { ref: string; overlap: Overlap }[]> = (() => {
  const map = new Map<string, { ref: string; overlap: Overlap }[]>();
  const add = (from: string, to: string, overlap: Overlap) => {
    let list = map.get(from);
    if (!list) map.set(from, (list = []));
    list.push({ ref: to, overlap });
  };
  for (const r of RELATIONS) {
    add(r.iso42001, r.iso27001, r.overlap);
    // Review Z4: logging AI use does not make ISO/IEC 27001 logging implemented for every system, so a strong
    // overlap carries in full only from 27001 to 42001; the other way it carries at most "partly".
    add(r.iso27001, r.iso42001, r.overlap === 'strong' ? 'partial' : r.overlap);
  }
  return map;
})();

/** Sections of a standard in order: clauses 4–10, then the Annex A themes or areas. */
export const SECTIONS: Record<StandardId, readonly string[]> = {
  iso27001: [...new Set(CATALOGUE.iso27001.map((e) => e.section))],
  iso42001: [...new Set(CATALOGUE.iso42001.map((e) => e.section))],
};
