/**
 * What the classification reads from the answers for one standard: which items are visible, the required
 * milestones and whether each is met, and the essential control areas left missing; with the facts about a
 * declared certificate that several decisions share. The lowest of the classification's modules.
 */
import type { EngineContext } from '../context.js';
import { evaluate, standardsOf } from '../flow.js';
import { ESSENTIAL_CONTROLS } from '../judgement.js';
import type { EssentialControl } from '../judgement.js';
import type { EngineKey } from '../say.js';
import type { BankItem, Condition, ControlItem, Milestone } from '../schemas/bank.js';
import { STANDARD_IDS } from '../schemas/standard.js';
import type { Claim, StandardId } from '../schemas/standard.js';
import { REQUIRED_MILESTONES } from '../scoring.js';
import type { MilestoneStatus } from '../scoring.js';
import { REF_PREFIX } from '../standards.js';

/**
 * The sentence naming each milestone, for the claim's reason and the blockers. Keys looked up per call are
 * constants: building them with template literals costs a hash per lookup.
 */
export const MILESTONE_KEYS: Record<Milestone, EngineKey> = {
  scope: 'blocker.milestone.scope',
  'risk-assessment': 'blocker.milestone.risk-assessment',
  soa: 'blocker.milestone.soa',
  'impact-assessment': 'blocker.milestone.impact-assessment',
  'internal-audit': 'blocker.milestone.internal-audit',
  'management-review': 'blocker.milestone.management-review',
};

/** A certificate is held, accredited or not. */
export const isCertified = (claim: Claim): boolean =>
  claim === 'certified-accredited' || claim === 'certified-non-accredited';

/** What the answers show for one standard. */
export interface Evidence {
  /** Readiness 0–100, or null when no answers were scored for this standard. */
  score: number | null;
  /** Milestones, or null when not assessed. */
  milestones: MilestoneStatus[] | null;
  missing: MilestoneStatus[];
  /** Essential control areas (for this risk profile) answered no, not sure or not at all. */
  essentialMissing: { item: string; refs: string[] }[];
}

/**
 * `isVisible` for many items of one context: `ctx.flow.shown` when `assess()` worked it out, otherwise
 * each shared condition object (the bank reuses a few, such as "AI in use") evaluated once instead of once per
 * item. `index` is the item's position in `ctx.items`. @internal
 */
export function visibility(ctx: EngineContext): (item: ControlItem, index: number) => boolean {
  const shown = ctx.flow?.shown;
  if (shown) return (_item, index) => shown[index] === true;
  const seen = new Map<Condition, boolean>();
  return (item) => {
    if (!standardsOf(item).some((standard) => ctx.scope.includes(standard))) return false;
    const condition = item.visibleIf;
    if (condition === undefined) return true;
    let visible = seen.get(condition);
    if (visible === undefined) seen.set(condition, (visible = evaluate(condition, ctx.answers, ctx.scope)));
    return visible;
  };
}

type MilestoneIndex = Record<
  StandardId,
  Record<Milestone, { item: ControlItem; id: string; index: number; refs: string[] }[]>
>;
const MILESTONE_INDEX = new WeakMap<readonly BankItem[], MilestoneIndex>();

/** The items evidencing each required milestone, with their refs per standard, worked out once per bank. */
function milestoneIndex(items: readonly BankItem[]): MilestoneIndex {
  let index = MILESTONE_INDEX.get(items);
  if (index) return index;
  index = { iso27001: {}, iso42001: {} } as MilestoneIndex;
  for (const standard of STANDARD_IDS) {
    const prefix = `${REF_PREFIX[standard]}:`;
    for (const milestone of REQUIRED_MILESTONES[standard]) {
      index[standard][milestone] = items.flatMap((item, position) => {
        if (item.kind !== 'control' || item.milestone !== milestone) return [];
        const refs = item.refs.filter((ref) => ref.startsWith(prefix));
        return refs.length > 0 ? [{ item, id: item.id, index: position, refs }] : [];
      });
    }
  }
  MILESTONE_INDEX.set(items, index);
  return index;
}

/**
 * Same result as `milestoneStatus()` (a property test holds them equal), but visits only the few items that
 * evidence a milestone instead of the whole bank: it runs for every standard of every assessment.
 */
export function milestonesOf(ctx: EngineContext, standard: StandardId): MilestoneStatus[] {
  const byMilestone = milestoneIndex(ctx.items)[standard];
  const visible = visibility(ctx);
  const values = ctx.flow?.values;
  return REQUIRED_MILESTONES[standard].map((milestone) => {
    let evidence = 0;
    const missingItems: string[] = [];
    // Refs in first-seen order, each once; a handful per milestone, so arrays beat sets.
    const missingRefs: string[] = [];
    const evidenceRefs: string[] = [];
    for (const { item, id, index, refs } of byMilestone[milestone]) {
      if (!visible(item, index)) continue;
      evidence += 1;
      addUnique(evidenceRefs, refs);
      if ((values ? values[index] : ctx.answers[id]) === 'yes') continue;
      missingItems.push(id);
      addUnique(missingRefs, refs);
    }
    return {
      milestone,
      met: evidence > 0 && missingItems.length === 0,
      missingItems,
      refs: missingItems.length > 0 ? missingRefs : evidenceRefs,
    };
  });
}

function addUnique(list: string[], values: readonly string[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}

/** Readiness, milestones and essential areas for one standard; without a score, nothing was assessed. */
export function evidenceFor(ctx: EngineContext, standard: StandardId): Evidence {
  const score = ctx.readiness[standard]?.score ?? null;
  if (score === null) return { score, milestones: null, missing: [], essentialMissing: [] };
  const milestones = milestonesOf(ctx, standard);
  return {
    score,
    milestones,
    missing: milestones.filter((m) => !m.met),
    essentialMissing: essentialMissingOf(ctx, standard),
  };
}

const ESSENTIAL_INDEX = new WeakMap<
  readonly BankItem[],
  { control: EssentialControl; item: ControlItem; index: number; refs: string[] }[]
>();

/** Essential areas of the bank with their positions, worked out once per bank. */
function essentialIndex(items: readonly BankItem[]) {
  let index = ESSENTIAL_INDEX.get(items);
  if (!index) {
    index = ESSENTIAL_CONTROLS.flatMap((control) => {
      const position = items.findIndex((item) => item.id === control.item);
      const item = items[position];
      if (!item || item.kind !== 'control') return [];
      const prefix = `${REF_PREFIX[control.standard]}:`;
      return [{ control, item, index: position, refs: item.refs.filter((ref) => ref.startsWith(prefix)) }];
    });
    ESSENTIAL_INDEX.set(items, index);
  }
  return index;
}

/**
 * Essential areas answered `no`, `unsure` or not at all. An area that is not shown, or answered `n/a` where
 * the item allows it, is not essential here.
 */
function essentialMissingOf(ctx: EngineContext, standard: StandardId): { item: string; refs: string[] }[] {
  const visible = visibility(ctx);
  const values = ctx.flow?.values;
  const missing: { item: string; refs: string[] }[] = [];
  for (const { control, item, index, refs } of essentialIndex(ctx.items)) {
    if (control.standard !== standard || !control.when(ctx.profile) || !visible(item, index)) continue;
    const answer = values ? values[index] : ctx.answers[item.id];
    if (answer === 'yes' || answer === 'partly' || answer === 'n/a') continue;
    missing.push({ item: item.id, refs });
  }
  return missing;
}

/** A certificate that cannot be claimed today (2013 edition, suspended, expired). */
export const certificateLapsed = (ctx: EngineContext, standard: StandardId): boolean => {
  const state = standard === 'iso27001' ? ctx.profile.certificateState?.iso27001 : undefined;
  return state === '2013' || state === 'suspended' || state === 'expired';
};

/** Was the AI question left unanswered? Only `assess()` knows; a profile always states an AI role. @internal */
export const aiRoleUnknown = (ctx: EngineContext): boolean =>
  ctx.fromAnswers === true && ctx.answers['ai_role'] === undefined;
