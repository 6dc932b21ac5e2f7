// The bridge from control-level evidence to the quick check's rules. The classification and recommendation
// stay where they are (`assess`); this synthesises the answers they read from the entries each quick-check item
// evidences, so a missing SoA, internal audit or review shows up control by control, and any change to the
// items or the rules applies here without a second copy of them.
import { ITEMS } from '../bank/engine-items.js';
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
export function evidenceFrom(
  entries: ReadonlyMap<string, EntryResult> | readonly EntryResult[],
  quick: Readonly<Answers>,
): Answers {
  const byRef: ReadonlyMap<string, EntryResult> =
    entries instanceof Map ? entries : new Map((entries as readonly EntryResult[]).map((e) => [e.ref, e]));
  const out: Answers = {};
  for (const item of ITEMS) {
    const given = quick[item.id];
    if (item.kind !== 'control') {
      if (given !== undefined) out[item.id] = given;
      continue;
    }
    // One pass over the entries the item evidences: what is touched, applicable, known and how far in place.
    let touched = 0;
    let applicable = 0;
    let known = 0;
    let full = 0;
    let none = 0;
    let conformant = 0;
    let evidenced = 0;
    for (const target of entriesOfItem(item)) {
      const e = byRef.get(target.ref);
      if (!e) continue;
      evidenced += 1;
      if (e.source !== 'none') touched += 1;
      if (e.grade === 'conformant') conformant += 1;
      if (!e.applicable) continue;
      applicable += 1;
      if (e.status !== null && e.status !== 'unsure') known += 1;
      const credit = e.status ? STATUS_CREDIT[e.status] : 0;
      if (credit === 1) full += 1;
      else if (credit === 0) none += 1;
    }
    if (touched === 0) {
      if (given !== undefined) out[item.id] = given;
    } else if (applicable === 0) {
      out[item.id] = item.allowNA ? 'n/a' : conformant === evidenced ? 'yes' : 'partly';
    } else if (known === 0) {
      out[item.id] = 'unsure';
    } else {
      out[item.id] = full === applicable ? 'yes' : none === applicable ? 'no' : 'partly';
    }
  }
  return out;
}
