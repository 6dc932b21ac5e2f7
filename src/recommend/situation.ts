/**
 * What every decision of the recommendation reads, worked out once, and the small helpers they share. The
 * decisions (standards, sequence, operating model, phases, costs, reuse, regulation, next steps) each live in a
 * module of their own and import only this one and the engine below it, never each other.
 */
import type { EngineKey } from '../say.js';
import { reasonOf, say } from '../say.js';
import { visibility } from '../classify/evidence.js';
import type { EngineContext } from '../context.js';
import { ANSWER_CREDIT } from '../scoring.js';
import type { BankItem, ControlItem } from '../schemas/bank.js';
import type { OrgProfile } from '../schemas/profile.js';
import type { Classification, Reason, Sequence } from '../schemas/result.js';
import { claimRank } from '../schemas/claim.js';
import { STANDARD_IDS } from '../schemas/standard.js';
import type { Claim, Range, Requirement, StandardId } from '../schemas/standard.js';

export type Classifications = Partial<Record<StandardId, Classification>>;
export type Params = Record<string, string | number>;

export const ALIGNED = claimRank('aligned');
export const isAligned = (claim: Claim): boolean => claimRank(claim) >= ALIGNED;
export const ZERO: Range = { min: 0, max: 0 };
export const add = (a: Range, b: Range): Range => ({ min: a.min + b.min, max: a.max + b.max });
export const later = (a: Range, b: Range): Range => ({
  min: Math.max(a.min, b.min),
  max: Math.max(a.max, b.max),
});
export const copy = (r: Range): Range => ({ min: r.min, max: r.max });
export const rangeParams = (r: Range): Record<string, number> => ({ min: r.min, max: r.max });

/** Everything the later decisions read, worked out once. */
export interface Situation {
  ctx: EngineContext;
  names: { iso27001: string; iso42001: string };
  classification: Classifications;
  standards: StandardId[];
  claims: Partial<Record<StandardId, Claim>>;
  targets: Partial<Record<StandardId, Requirement>>;
  /** An aligned or certified ISO/IEC 27001 system exists now (declared when 27001 is out of scope). */
  has27001: boolean;
  /** Certificates held whose answers show the system not running: restore before the next surveillance audit. */
  atRisk: StandardId[];
  /** Security maturity the sequence reads: the self-rating, checked against the answers. */
  security: OrgProfile['securityMaturity'];
  rationale: Reason[];
  alternatives: Reason[];
  /** Blocker ids per standard, listed once for the next steps. */
  blockerIds: Partial<Record<StandardId, string[]>>;
}
export interface SequenceChoice {
  sequence: Sequence;
  /** Standards in the order they are worked on. */
  order: StandardId[];
  /** Both at once as one programme (`together`), or one after the other. */
  parallel: boolean;
}

export interface Plan {
  align: Range | null;
  certify: Range | null;
  recertify: boolean;
  /** The certificate is suspended: reinstate it with the same body rather than certify anew. */
  reinstate: boolean;
  /** The align phase restores a certified system rather than building one. */
  restore: boolean;
}

/** Records a path the seeds also allow, with when it would be right. */
export function alternative(s: Situation, id: EngineKey, facts: string[]): void {
  if (!s.alternatives.some((a) => a.id === id)) s.alternatives.push(reasonOf(s.ctx, id, {}, facts));
}

/**
 * The organisation's size in words: the band the visitor chose, or the head count of a profile. Not memoised per
 * context: a template without figures costs a lookup, while a weak map keyed by a context made per assessment
 * left the garbage collector an entry to clear for each one.
 */
export function sizeText(ctx: EngineContext): string {
  const band = ctx.answers['org_size'];
  const key = typeof band === 'string' ? SIZE_KEYS[band] : undefined;
  return key ? say(ctx, key) : say(ctx, 'size.people', { employees: ctx.profile.employees });
}
export const SIZE_KEYS: Record<string, EngineKey> = {
  '1-9': 'size.band.1-9',
  '10-49': 'size.band.10-49',
  '50-249': 'size.band.50-249',
  '250-999': 'size.band.250-999',
  '1000-plus': 'size.band.1000-plus',
};

export interface BankControl {
  item: ControlItem;
  index: number;
  standards: StandardId[];
}
export const CONTROL_ITEMS = new WeakMap<readonly BankItem[], BankControl[]>();

/** The bank's scored items with their positions and standards, worked out once per bank. */
export function controlItems(items: readonly BankItem[]): BankControl[] {
  let list = CONTROL_ITEMS.get(items);
  if (!list) {
    list = items.flatMap((item, index) =>
      item.kind === 'control'
        ? [
            {
              item,
              index,
              standards: STANDARD_IDS.filter((standard) =>
                item.refs.some((ref) => ref.startsWith(standard === 'iso27001' ? '27001:' : '42001:')),
              ),
            },
          ]
        : [],
    );
    CONTROL_ITEMS.set(items, list);
  }
  return list;
}

export const POSITIONS = new WeakMap<readonly BankItem[], Map<string, number>>();

/** Each item's position in the bank by id, worked out once per bank. */
export function positionsOf(items: readonly BankItem[]): Map<string, number> {
  let positions = POSITIONS.get(items);
  if (!positions) POSITIONS.set(items, (positions = new Map(items.map((item, index) => [item.id, index]))));
  return positions;
}

/**
 * Readiness of the items that evidence only this standard: what work done can shorten a phase whose base
 * figure already assumes the other standard's system exists. Null when none of them was scored.
 */
export function specificReadiness(ctx: EngineContext, standard: StandardId): number | null {
  if ((ctx.readiness[standard]?.score ?? null) === null) return null;
  const visible = visibility(ctx);
  const values = ctx.flow?.values;
  let earned = 0;
  let total = 0;
  for (const { item, index, standards } of controlItems(ctx.items)) {
    if (standards.length !== 1 || standards[0] !== standard) continue;
    const answer = values ? values[index] : ctx.answers[item.id];
    if (answer === 'n/a' || !visible(item, index)) continue;
    total += item.weight;
    if (typeof answer === 'string') earned += (ANSWER_CREDIT[answer] ?? 0) * item.weight;
  }
  return total === 0 ? null : Math.round((1000 * earned) / total) / 10;
}
