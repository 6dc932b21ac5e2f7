/**
 * One entry of the full gap assessment before grading: the visitor's own answer, or a status carried over from
 * the other standard's confirmed counterparts, or the quick check's estimate; and the exclusion the profile
 * suggests for a control.
 */
import { ITEMS } from '../bank/engine-items.js';
import type { ControlItem } from '../schemas/bank.js';
import type { Answers } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import { entriesOfItem } from './adapter.js';
import { ENTRY_BY_REF, RELATED, type CatalogueEntry } from './catalogue.js';
import {
  CARRY_CAP,
  CRITICAL_CLAUSES,
  QUICK_STATUS,
  STATUS_RANK,
  SUGGESTION_RULES,
  weakest,
  type Status,
  type SuggestionFacts,
  type SuggestionId,
} from './rules.js';
import type { EntryAnswer, EntryResult, FullAnswers } from './schemas.js';

/** Values of one entry before grading: what the visitor said, or what was pre-filled, and from where. */
export interface Filled {
  source: EntryResult['source'];
  from: string[];
  applicable: boolean;
  status: Status | null;
  justification: string;
  suggestion: SuggestionId | null;
}

const answered = (a: EntryAnswer | undefined): a is EntryAnswer =>
  a !== undefined && (a.status !== undefined || a.applicable === false);

// The quick-check items that evidence each ref, in bank order, worked out once.
const ITEMS_BY_REF: ReadonlyMap<string, readonly ControlItem[]> = (() => {
  const map = new Map<string, ControlItem[]>();
  for (const item of ITEMS) {
    if (item.kind !== 'control') continue;
    for (const entry of entriesOfItem(item)) {
      let list = map.get(entry.ref);
      if (!list) map.set(entry.ref, (list = []));
      if (!list.includes(item)) list.push(item);
    }
  }
  return map;
})();

/** Quick-check pre-fill of one ref: the items that answered it and their answers, or null. */
function estimate(ref: string, quick: Readonly<Answers>): { items: string[]; values: string[] } | null {
  let found: { items: string[]; values: string[] } | null = null;
  for (const item of ITEMS_BY_REF.get(ref) ?? []) {
    const value = quick[item.id];
    if (typeof value !== 'string') continue;
    found ??= { items: [], values: [] };
    found.items.push(item.id);
    found.values.push(value);
  }
  return found;
}

/** The status an entry would carry over from its confirmed counterparts in the other standard, or null. */
export function carried(
  ref: string,
  entries: Readonly<Record<string, EntryAnswer>>,
  scope: readonly StandardId[],
  only?: StandardId,
): { status: Status; from: string[] } | null {
  const relations = RELATED.get(ref);
  if (!relations) return null;
  let best: { status: Status; from: string[] } | null = null;
  // Per overlap: the weakest confirmed, applicable source, capped by what that overlap may carry.
  for (const overlap of ['strong', 'partial'] as const) {
    const cap = CARRY_CAP[overlap] as Status;
    const sources = relations.filter((r) => {
      if (r.overlap !== overlap) return false;
      const entry = ENTRY_BY_REF.get(r.ref);
      const answer = entries[r.ref];
      return (
        entry &&
        (only === undefined || entry.standard === only) &&
        scope.includes(entry.standard) &&
        answer?.status !== undefined &&
        answer.applicable !== false
      );
    });
    if (sources.length === 0) continue;
    const status = weakest(sources.map((r) => entries[r.ref]?.status as Status)) as Status;
    const capped = STATUS_RANK[status] > STATUS_RANK[cap] ? cap : status;
    if (!best || STATUS_RANK[capped] > STATUS_RANK[best.status])
      best = { status: capped, from: sources.map((r) => r.ref) };
  }
  return best;
}

/** What never changes about an entry, worked out once: its relations, grade facts and possible suggestions. */
export interface EntryStatics {
  related: string[];
  critical: boolean;
  rules: (typeof SUGGESTION_RULES)[number][];
}
export const STATICS: ReadonlyMap<string, EntryStatics> = new Map(
  [...ENTRY_BY_REF.keys()].map((ref) => [
    ref,
    {
      related: (RELATED.get(ref) ?? []).map((r) => r.ref),
      critical: CRITICAL_CLAUSES.has(ref),
      rules: SUGGESTION_RULES.filter((rule) => rule.refs.includes(ref)),
    },
  ]),
);

/** The exclusion the profile suggests for a ref, if any. */
export function suggestionFor(statics: EntryStatics, facts: SuggestionFacts): SuggestionId | null {
  for (const rule of statics.rules) {
    const holds = (Object.keys(rule.when) as (keyof SuggestionFacts)[]).every((key) => {
      const allowed = rule.when[key] as string[] | undefined;
      const value = facts[key];
      return allowed === undefined || (value !== undefined && allowed.includes(value));
    });
    if (holds) return rule.id;
  }
  return null;
}

export function fill(
  entry: CatalogueEntry,
  answers: FullAnswers,
  quick: Readonly<Answers>,
  scope: readonly StandardId[],
  suggested: SuggestionId | null,
): Filled {
  const own = answers.entries?.[entry.ref];
  if (answered(own)) {
    const applicable = entry.kind === 'clause' || own.applicable !== false;
    return {
      source: 'answer',
      from: [],
      applicable,
      status: applicable ? (own.status ?? null) : null,
      justification: applicable ? '' : (own.justification ?? '').trim(),
      suggestion: applicable ? null : (own.suggestion ?? null),
    };
  }
  const carry = carried(entry.ref, answers.entries ?? {}, scope);
  const prefill = estimate(entry.ref, quick);
  let fromQuick: Filled | null = null;
  if (prefill) {
    const excluded = entry.kind === 'control' && prefill.values.every((v) => v === 'n/a');
    const statuses = prefill.values.map((v) => QUICK_STATUS[v]).filter((s): s is Status => s !== undefined);
    fromQuick = {
      source: 'estimate',
      from: prefill.items,
      applicable: !excluded,
      status: excluded ? null : weakest(statuses),
      justification: '',
      suggestion: excluded ? (suggested ?? 'quick-na') : null,
    };
  }
  // Review Y2: a carried status never overrides the visitor's own, weaker answer for this very entry.
  if (carry && !(fromQuick?.status != null && STATUS_RANK[fromQuick.status] < STATUS_RANK[carry.status])) {
    return {
      source: 'carried',
      from: carry.from,
      applicable: true,
      status: carry.status,
      justification: '',
      suggestion: null,
    };
  }
  if (fromQuick) return fromQuick;
  // Review Z2: a scoping rule (no premises, no development…) excludes every control it names, not only those
  // the quick check happened to ask about, so the SoA is consistent; the visitor can still include any of them,
  // and the workbench offers the reason again after an exclusion by hand.
  if (suggested !== null)
    return {
      source: 'none',
      from: [],
      applicable: false,
      status: null,
      justification: '',
      suggestion: suggested,
    };
  return { source: 'none', from: [], applicable: true, status: null, justification: '', suggestion: null };
}
