// The bridge from control-level evidence to the quick check's rules. The classification and recommendation
// stay where they are (`assess`); this synthesises the answers they read from the entries each quick-check item
// evidences, so a missing SoA, internal audit or review shows up control by control, and any change to the
// items or the rules applies here without a second copy of them.
import { ITEMS } from '../bank/items.js';
import type { ControlItem } from '../schemas/bank.js';
import type { Answers } from '../schemas/result.js';
import { expandRef, type CatalogueEntry } from './catalogue.js';
import { STATUS_CREDIT } from './rules.js';
import type { EntryResult } from './schemas.js';

const EXPANDED = new WeakMap<ControlItem, CatalogueEntry[]>();

/** The entries a quick-check item evidences (its refs, parent clauses expanded), worked out once per item. */
export function entriesOfItem(item: ControlItem): CatalogueEntry[] {
  let entries = EXPANDED.get(item);
  if (!entries) EXPANDED.set(item, (entries = item.refs.flatMap(expandRef)));
  return entries;
}

/**
 * Quick-check answers equivalent to the assessed entries: profile answers pass through; each scored item
 * becomes `yes` when every entry it evidences is implemented (or excluded with a reason), `no` when none is
 * even partly in place, `unsure` when none is assessed, `n/a` when all are excluded and the item allows it,
 * `partly` otherwise. An entry not assessed counts as not in place. Items whose entries are all out of scope
 * or untouched keep the visitor's quick answer.
 */
export function evidenceFrom(entries: readonly EntryResult[], quick: Readonly<Answers>): Answers {
  const byRef = new Map(entries.map((e) => [e.ref, e]));
  const out: Answers = {};
  for (const item of ITEMS) {
    const given = quick[item.id];
    if (item.kind !== 'control') {
      if (given !== undefined) out[item.id] = given;
      continue;
    }
    const evidenced = entriesOfItem(item)
      .map((entry) => byRef.get(entry.ref))
      .filter((e): e is EntryResult => e !== undefined);
    const touched = evidenced.filter((e) => e.source !== 'none');
    if (touched.length === 0) {
      if (given !== undefined) out[item.id] = given;
      continue;
    }
    const applicable = evidenced.filter((e) => e.applicable);
    if (applicable.length === 0) {
      const justified = evidenced.every((e) => e.grade === 'conformant');
      out[item.id] = item.allowNA ? 'n/a' : justified ? 'yes' : 'partly';
      continue;
    }
    const known = applicable.filter((e) => e.status !== null && e.status !== 'unsure');
    if (known.length === 0) {
      out[item.id] = 'unsure';
      continue;
    }
    const credits = applicable.map((e) => (e.status ? STATUS_CREDIT[e.status] : 0));
    out[item.id] = credits.every((c) => c === 1) ? 'yes' : credits.every((c) => c === 0) ? 'no' : 'partly';
  }
  return out;
}
