import { visibility } from '../classify/evidence.js';
import type { EngineContext } from '../context.js';
import { CARRY_OVER } from '../judgement.js';
import { say } from '../say.js';
import type { EngineKey } from '../say.js';
import { ANSWER_CREDIT } from '../scoring.js';
import type { BankItem, ControlItem } from '../schemas/bank.js';
import type { Reuse } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import { controlItems, copy, positionsOf } from './situation.js';
import type { SequenceChoice, Situation } from './situation.js';

const CARRY_BY_ITEM = new Map(CARRY_OVER.map((c) => [c.item, c]));

/** One scored item as the carry-over towards a standard reads it. */
interface ReuseEntry {
  item: ControlItem;
  index: number;
  /** The item evidences both standards: in place, it counts fully. */
  shared: boolean;
  /** The ISMS practice an AI-specific item extends, with the share it carries, for 27001 → 42001. */
  carry: { from: string; at: number | undefined; share: number } | undefined;
}
const REUSE_ENTRIES = new WeakMap<readonly BankItem[], Record<StandardId, ReuseEntry[]>>();

/** The scored items of each standard with what carries over to them, worked out once per bank. */
function reuseEntries(items: readonly BankItem[]): Record<StandardId, ReuseEntry[]> {
  let entries = REUSE_ENTRIES.get(items);
  if (!entries) {
    const positions = positionsOf(items);
    const towards = (to: StandardId): ReuseEntry[] =>
      controlItems(items).flatMap(({ item, index, standards }) => {
        if (!standards.includes(to)) return [];
        const carry = to === 'iso42001' ? CARRY_BY_ITEM.get(item.id) : undefined;
        return [
          {
            item,
            index,
            shared: standards.length === 2,
            carry: carry && { from: carry.from, at: positions.get(carry.from), share: carry.share },
          },
        ];
      });
    entries = { iso27001: towards('iso27001'), iso42001: towards('iso42001') };
    REUSE_ENTRIES.set(items, entries);
  }
  return entries;
}

/**
 * How much of the work of `to` the organisation's `from` system already covers, percent of `to`'s counted
 * weight: shared items in place count fully (`partly` half), and for 27001 → 42001 an AI-specific item counts the
 * `CARRY_OVER` share of the ISMS practice it extends. Null when none of `to`'s items was answered.
 */
function computedReuse(ctx: EngineContext, to: StandardId): number | null {
  let total = 0;
  let earned = 0;
  let answered = false;
  const visible = visibility(ctx);
  const values = ctx.flow?.values;
  for (const { item, index, shared, carry } of reuseEntries(ctx.items)[to]) {
    const answer = values ? values[index] : ctx.answers[item.id];
    if (answer === 'n/a' || !visible(item, index)) continue;
    total += item.weight;
    if (typeof answer === 'string') answered = true;
    if (shared) {
      if (typeof answer === 'string') earned += (ANSWER_CREDIT[answer] ?? 0) * item.weight;
      continue;
    }
    if (!carry) continue;
    const source = values ? (carry.at === undefined ? undefined : values[carry.at]) : ctx.answers[carry.from];
    if (typeof source === 'string') earned += carry.share * (ANSWER_CREDIT[source] ?? 0) * item.weight;
  }
  return answered && total > 0 ? Math.round((1000 * earned) / total) / 10 : null;
}

/** Carry-over between the standards, in the direction the organisation travels. */
export function reuseFor(s: Situation, choice: SequenceChoice): Reuse | null {
  if (!s.standards.includes('iso42001') || !(s.standards.includes('iso27001') || s.has27001)) return null;
  const { ctx } = s;
  const { quoted, documentation, documentsPoliciesProcesses, foundationalControls } = ctx.figures.reuse;
  const reverse = choice.sequence === 'add-iso27001' || choice.sequence === 'iso42001-first';
  const computed = computedReuse(ctx, reverse ? 'iso27001' : 'iso42001');
  const id: EngineKey = reverse
    ? computed === null
      ? 'reuse.reverse'
      : 'reuse.reverse.computed'
    : computed === null
      ? 'reuse.quoted'
      : 'reuse.computed';
  const text = say(ctx, id, {
    min: quoted.min,
    max: quoted.max,
    docMin: documentation.min,
    docMax: documentation.max,
    polMin: documentsPoliciesProcesses.min,
    polMax: documentsPoliciesProcesses.max,
    ctlMin: foundationalControls.min,
    ctlMax: foundationalControls.max,
    computed: computed ?? '',
  });
  s.rationale.push({
    id,
    text,
    facts: [...(computed === null ? [] : [`reuse:computed=${computed}`]), 'seed=000', 'seed=001', 'seed=003'],
  });
  return { quoted: copy(quoted), computed, text };
}
