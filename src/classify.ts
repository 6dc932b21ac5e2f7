import * as z from './zod.js';
import type { EngineContext } from './context.js';
import { FiguresOverridesSchema } from './figures.js';
import { evaluate, standardsOf } from './flow.js';
import type { MilestoneStatus } from './scoring.js';
import type { BankItem, Condition, ControlItem, Milestone } from './schemas/bank.js';
import { ESSENTIAL_CONTROLS, REQUIREMENT_RULES, appliesTo } from './judgement.js';
import type { EssentialControl, RequirementSource } from './judgement.js';
import type { Blocker, Classification, Reason } from './schemas/result.js';
import { claimRank, requirementRank, satisfies } from './schemas/claim.js';
import { STANDARD_IDS, StandardIdSchema } from './schemas/standard.js';
import type { Claim, Requirement, StandardId } from './schemas/standard.js';
import { REF_PREFIX } from './standards.js';
import { REQUIRED_MILESTONES } from './scoring.js';

import { reasonOf, say } from './say.js';
import type { EngineKey } from './say.js';

export { reasonOf, say };
export type { EngineKey };

// Marked pure, like the result schemas, so a bundle that only calls `assess()` drops them.
const ScopeSchema = /* @__PURE__ */ z.array(StandardIdSchema).check(/* @__PURE__ */ z.minLength(1));
const CurrencySchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/));

/** Options for `classify()`: which standards, figure overrides, and the currency of cost figures. */
export const ClassifyOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Standards to classify; default both. */
  scope: /* @__PURE__ */ z.optional(ScopeSchema),
  /** Deep-partial overrides of `DEFAULT_FIGURES`. */
  figures: /* @__PURE__ */ z.optional(FiguresOverridesSchema),
  /** ISO 4217 code, e.g. `EUR`; default the figures' currency. */
  currency: /* @__PURE__ */ z.optional(CurrencySchema),
});
/** Options for `classify()`. */
export type ClassifyOptions = z.infer<typeof ClassifyOptionsSchema>;

// Keys looked up per call are constants: building them with template literals costs a hash per lookup.
const MILESTONE_KEYS: Record<Milestone, EngineKey> = {
  scope: 'blocker.milestone.scope',
  'risk-assessment': 'blocker.milestone.risk-assessment',
  soa: 'blocker.milestone.soa',
  'impact-assessment': 'blocker.milestone.impact-assessment',
  'internal-audit': 'blocker.milestone.internal-audit',
  'management-review': 'blocker.milestone.management-review',
};
const HEADLINE_KEYS: Record<Claim, EngineKey> = {
  none: 'headline.claim.none',
  'in-progress': 'headline.claim.in-progress',
  aligned: 'headline.claim.aligned',
  'certified-non-accredited': 'headline.claim.certified-non-accredited',
  'certified-accredited': 'headline.claim.certified-accredited',
};

/** Clause refs that stand for a milestone when no answered item names it. */
const MILESTONE_CLAUSES: Record<Milestone, string[]> = {
  scope: ['4.3'],
  'risk-assessment': ['6.1.2', '8.2'],
  soa: ['6.1.3'],
  'impact-assessment': ['6.1.4', '8.4'],
  'internal-audit': ['9.2'],
  'management-review': ['9.3'],
};
const milestoneRefs = (standard: StandardId, milestone: Milestone): string[] =>
  MILESTONE_CLAUSES[milestone].map((clause) => `${REF_PREFIX[standard]}:${clause}`);

const isCertified = (claim: Claim): boolean =>
  claim === 'certified-accredited' || claim === 'certified-non-accredited';

const ALIGNED = claimRank('aligned');

interface Evidence {
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

function evidenceFor(ctx: EngineContext, standard: StandardId): Evidence {
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

/**
 * The honest claim. Certificates are taken as declared; `aligned` needs every required milestone met and
 * readiness at the threshold, whether or not the visitor said so; anything in place is `in-progress`.
 */
function claimOf(
  ctx: EngineContext,
  standard: StandardId,
  evidence: Evidence,
): { claim: Claim; reason: Reason } {
  const declared = declaredClaim(ctx, standard);
  const threshold = ctx.figures.readiness.alignedThreshold;
  const { score, milestones, missing } = evidence;
  const params = {
    standard: ctx.t.standards[standard],
    readiness: score ?? 0,
    threshold,
    missing: missing.length,
    total: milestones?.length ?? 0,
  };
  const facts = [
    `status.${standard}=${declared}`,
    ...(score === null ? [] : [`readiness:${standard}=${score}`]),
    ...missing.map((m) => `milestone:${standard}:${m.milestone}=missing`),
    ...evidence.essentialMissing.map((e) => `essential:${e.item}=missing`),
  ];
  const [claim, id] = claimRule(declared, evidence, threshold);
  const first = missing[0];
  const reasonParams =
    id === 'claim.none-practices' && first
      ? { ...params, step: say(ctx, MILESTONE_KEYS[first.milestone], { standard: params.standard }) }
      : id === 'claim.essential-missing'
        ? { ...params, missing: evidence.essentialMissing.length }
        : params;
  return { claim, reason: reasonOf(ctx, id, reasonParams, facts) };
}

/** A certificate that cannot be claimed today (2013 edition, suspended, expired). */
export const certificateLapsed = (ctx: EngineContext, standard: StandardId): boolean => {
  const state = standard === 'iso27001' ? ctx.profile.certificateState?.iso27001 : undefined;
  return state === '2013' || state === 'suspended' || state === 'expired';
};

/**
 * What the visitor declared, except that a certificate which cannot be claimed today (IAF MD 26 ended the 2013
 * edition on 31 October 2025; a suspended or expired certificate is not in force) counts as a running system at
 * most: the answers then decide whether it is aligned.
 */
function declaredClaim(ctx: EngineContext, standard: StandardId): Claim {
  const declared = ctx.profile.status[standard];
  return certificateLapsed(ctx, standard) && claimRank(declared) > claimRank('aligned')
    ? 'aligned'
    : declared;
}

const LAPSE_KEYS = {
  '2013': 'blocker.certificate-2013',
  suspended: 'blocker.certificate-suspended',
  expired: 'blocker.certificate-expired',
  unsure: 'blocker.certificate-state-unsure',
} as const satisfies Record<string, EngineKey>;

/** The certificate's edition and state, where it stands in the way of claiming it. */
function certificateStateBlocker(ctx: EngineContext, standard: StandardId, into: Blocker[]): void {
  const state = standard === 'iso27001' ? ctx.profile.certificateState?.iso27001 : undefined;
  if (state === undefined || state === 'current') return;
  if (state === 'unsure' && !isCertified(ctx.profile.status[standard])) return;
  into.push({
    id: `certificate-state.${state}`,
    text: say(ctx, LAPSE_KEYS[state], { standard: ctx.t.standards[standard] }),
    refs: [],
  });
}

/** The answer given to an item, counted (`assess()` counts only what is shown). */
const answerOf = (ctx: EngineContext, id: string): unknown => ctx.answers[id];

/**
 * Splits what a certified system lacks by what the visitor said: answered `no` puts the certificate at risk,
 * `partly` means nonconformities to expect at the next surveillance audit, and "not sure" or no answer is not
 * assessed, never missing.
 */
function certifiedGaps(
  ctx: EngineContext,
  evidence: Evidence,
): { atRisk: MilestoneStatus[]; partly: MilestoneStatus[]; essential: Evidence['essentialMissing'] } {
  const atRisk: MilestoneStatus[] = [];
  const partly: MilestoneStatus[] = [];
  for (const m of evidence.missing) {
    const answers = m.missingItems.map((id) => answerOf(ctx, id));
    if (answers.includes('no')) atRisk.push(m);
    else if (answers.includes('partly')) partly.push(m);
  }
  const essential = evidence.essentialMissing.filter(({ item }) => answerOf(ctx, item) === 'no');
  return { atRisk, partly, essential };
}

/** Readiness from which practices without a programme are worth naming ("some practices are in place"). */
const SOME_PRACTICES = 10;

/**
 * Certificates are taken as declared. `aligned` needs every milestone, readiness at the threshold and no
 * essential area missing. "Under way" is something a visitor repeats to customers, so `in-progress` needs a
 * real start: a declared programme or at least one milestone met. Practices without either stay `none`, and the
 * reason names the first step.
 */
function claimRule(declared: Claim, evidence: Evidence, threshold: number): [Claim, EngineKey] {
  const { score, milestones, missing, essentialMissing } = evidence;
  if (declared === 'certified-accredited') return [declared, 'claim.certified-accredited'];
  if (declared === 'certified-non-accredited') return [declared, 'claim.certified-non-accredited'];
  const milestonesMet = milestones !== null && missing.length === 0 && score !== null && score >= threshold;
  if (milestonesMet && essentialMissing.length === 0)
    return ['aligned', declared === 'aligned' ? 'claim.aligned-verified' : 'claim.aligned-earned'];
  if (milestonesMet) return ['in-progress', 'claim.essential-missing'];
  if (declared === 'aligned')
    return ['in-progress', milestones === null ? 'claim.aligned-unverified' : 'claim.aligned-not-evidenced'];
  if (declared === 'in-progress') return ['in-progress', 'claim.in-progress'];
  if (milestones !== null && missing.length < milestones.length) return ['in-progress', 'claim.in-progress'];
  if ((score ?? 0) >= SOME_PRACTICES && missing.length > 0) return ['none', 'claim.none-practices'];
  return ['none', 'claim.none'];
}

/** The requirement, who asks for it (strongest source first) and why. */
function requirementOf(
  ctx: EngineContext,
  standard: StandardId,
): { requirement: Requirement; sources: RequirementSource[]; reasons: Reason[] } {
  const p = ctx.profile;
  const params = { standard: ctx.t.standards[standard] };
  let requirement: Requirement = 'none';
  const sources: RequirementSource[] = [];
  const reasons: Reason[] = [];
  for (const rule of REQUIREMENT_RULES[standard]) {
    if (!rule.when(p)) continue;
    const { requirement: asked, from } = rule.outcome;
    // A row that asks for nothing is advice with its reason (the EU AI Act never requires ISO/IEC 42001).
    if (asked === 'none') {
      /* reason only */
    } else if (requirementRank(asked) > requirementRank(requirement)) {
      requirement = asked;
      // The source of the strongest requirement leads.
      const at = sources.indexOf(from);
      if (at >= 0) sources.splice(at, 1);
      sources.unshift(from);
    } else if (!sources.includes(from)) sources.push(from);
    const facts = rule.facts(p);
    for (const fact of rule.source) facts.push(fact);
    reasons.push(reasonOf(ctx, rule.id, params, facts));
  }
  if (reasons.length === 0)
    reasons.push(reasonOf(ctx, 'requirement.none', params, [`buyers=${p.buyers.length}`]));
  if (standard === 'iso42001') {
    reasons.push(reasonOf(ctx, 'requirement.iso42001.emerging', params, [`aiRole=${p.aiRole}`, 'seed=001']));
    if (p.euAiActHighRisk === 'unsure')
      reasons.push(
        reasonOf(ctx, 'requirement.iso42001.high-risk-unsure', params, ['euAiActHighRisk=unsure']),
      );
    if (p.markets.includes('eu'))
      reasons.push(reasonOf(ctx, 'requirement.iso42001.no-presumption', params, ['markets=eu', 'seed=003']));
  }
  return { requirement, sources, reasons };
}

/** The next tier worth reaching: alignment first, then an accredited certificate (never a non-accredited one). */
const nextTierOf = (claim: Claim): Claim | null =>
  claimRank(claim) < ALIGNED ? 'aligned' : claim === 'certified-accredited' ? null : 'certified-accredited';

// Blocker ids per milestone, built once rather than per call.
const MILESTONE_BLOCKER_IDS = Object.fromEntries(
  Object.keys(MILESTONE_KEYS).map((milestone) => [milestone, `milestone.${milestone}`]),
) as Record<Milestone, string>;

function milestoneBlockers(
  ctx: EngineContext,
  standard: StandardId,
  evidence: Evidence,
  into: Blocker[],
  onlyMissing = false,
): void {
  const params = { standard: ctx.t.standards[standard] };
  const statuses = onlyMissing ? evidence.missing : evidence.milestones;
  for (const milestone of REQUIRED_MILESTONES[standard]) {
    let status: MilestoneStatus | undefined;
    if (statuses) for (const m of statuses) if (m.milestone === milestone) status ??= m;
    if (status?.met || (onlyMissing && !status)) continue;
    into.push({
      id: MILESTONE_BLOCKER_IDS[milestone],
      text: say(ctx, MILESTONE_KEYS[milestone], params),
      refs: status && status.refs.length > 0 ? status.refs : milestoneRefs(standard, milestone),
    });
  }
}

/** One blocker per essential area missing, each naming what to put in place. */
function essentialBlockers(ctx: EngineContext, evidence: Evidence, into: Blocker[]): void {
  for (const { item, refs } of evidence.essentialMissing)
    into.push({ id: `essential.${item}`, text: say(ctx, `blocker.essential.${item}` as EngineKey), refs });
}

/** A certificate whose scope may not cover what buyers buy. */
function scopeBlocker(ctx: EngineContext, standard: StandardId, into: Blocker[]): void {
  const scope = ctx.profile.certificateScope?.[standard];
  if (scope !== 'partly' && scope !== 'unsure') return;
  into.push({
    id: `certificate-scope.${scope}`,
    text: say(
      ctx,
      scope === 'partly' ? 'blocker.certificate-scope.partly' : 'blocker.certificate-scope.unsure',
      {
        standard: ctx.t.standards[standard],
      },
    ),
    refs: [`${REF_PREFIX[standard]}:4.3`],
  });
}

function blockersFor(ctx: EngineContext, standard: StandardId, claim: Claim, evidence: Evidence): Blocker[] {
  const name = ctx.t.standards[standard];
  const { score, milestones } = evidence;
  const { alignedThreshold, lowDomain } = ctx.figures.readiness;
  const blockers: Blocker[] = [];
  if (certificateLapsed(ctx, standard)) certificateStateBlocker(ctx, standard, blockers);
  if (isCertified(claim)) {
    const gaps = certifiedGaps(ctx, evidence);
    if (gaps.atRisk.length > 0 || gaps.essential.length > 0) {
      const refs: string[] = [];
      for (const m of gaps.atRisk) for (const ref of m.refs) refs.push(ref);
      for (const e of gaps.essential) for (const ref of e.refs) refs.push(ref);
      blockers.push({
        id: 'certificate-at-risk',
        text: say(ctx, 'blocker.certificate-at-risk', {
          standard: name,
          missing: gaps.atRisk.length + gaps.essential.length,
        }),
        refs,
      });
    } else if (gaps.partly.length > 0)
      blockers.push({
        id: 'certificate-nonconformities',
        text: say(ctx, 'blocker.certificate-nonconformities', {
          standard: name,
          missing: gaps.partly.length,
        }),
        refs: gaps.partly.flatMap((m) => m.refs),
      });
    if (gaps.atRisk.length + gaps.partly.length + gaps.essential.length > 0) {
      const flagged = {
        ...evidence,
        missing: [...gaps.atRisk, ...gaps.partly],
        essentialMissing: gaps.essential,
      };
      milestoneBlockers(ctx, standard, flagged, blockers, true);
      essentialBlockers(ctx, flagged, blockers);
    }
    scopeBlocker(ctx, standard, blockers);
    if (claim === 'certified-non-accredited')
      blockers.push({
        id: 'non-accredited',
        text: say(ctx, 'blocker.non-accredited', { standard: name }),
        refs: [],
      });
    certificateStateBlocker(ctx, standard, blockers);
    return blockers;
  }
  if (claim === 'aligned') {
    blockers.push({
      id: 'certification-audit',
      text: say(ctx, 'blocker.certification-audit', { standard: name }),
      refs: [],
    });
    return blockers;
  }
  if (milestones === null && ctx.profile.status[standard] === 'aligned') {
    blockers.push({
      id: 'evidence-not-checked',
      text: say(ctx, 'blocker.evidence-not-checked', { standard: name }),
      refs: REQUIRED_MILESTONES[standard].flatMap((m) => milestoneRefs(standard, m)),
    });
    return blockers;
  }
  milestoneBlockers(ctx, standard, evidence, blockers);
  essentialBlockers(ctx, evidence, blockers);
  if (score !== null && score < alignedThreshold)
    blockers.push({
      id: 'readiness-below-threshold',
      text: say(ctx, 'blocker.readiness-below-threshold', {
        standard: name,
        readiness: score,
        threshold: alignedThreshold,
      }),
      refs: [],
    });
  // The three weakest domains under the bar: a longer list reads as noise next to the milestones.
  const weakest = (ctx.readiness[standard]?.domains ?? [])
    .filter((domain) => domain.score !== null && domain.score < lowDomain)
    .sort((a, b) => (a.score as number) - (b.score as number))
    .slice(0, 3);
  for (const domain of weakest) {
    blockers.push({
      id: `low-domain.${domain.id}`,
      text: say(ctx, 'blocker.low-domain', {
        domain: domain.label,
        score: domain.score as number,
        threshold: lowDomain,
      }),
      refs: [domain.id],
    });
  }
  return blockers;
}

const HEADLINE_BY_SOURCE: Record<RequirementSource, EngineKey> = {
  buyers: 'headline',
  investors: 'headline.investors',
  sector: 'headline.sector',
  regulation: 'headline.regulation',
};

function headlineOf(
  ctx: EngineContext,
  standard: StandardId,
  claim: Claim,
  requirement: Requirement,
  source: RequirementSource | undefined,
): string {
  const said = say(ctx, HEADLINE_KEYS[claim], { standard: ctx.t.standards[standard] });
  return requirement === 'none' || source === undefined
    ? say(ctx, 'headline.no-requirement', { claim: said })
    : say(ctx, HEADLINE_BY_SOURCE[source], { claim: said, requirement: ctx.t.requirements[requirement] });
}

/** Was the AI question left unanswered? Only `assess()` knows; a profile always states an AI role. @internal */
export const aiRoleUnknown = (ctx: EngineContext): boolean =>
  ctx.fromAnswers === true && ctx.answers['ai_role'] === undefined;

/** ISO/IEC 42001 for an organisation it does not apply to: one line on why, and what would change that. */
function notApplicable(ctx: EngineContext, standard: StandardId): Classification {
  const p = ctx.profile;
  const id: EngineKey = aiRoleUnknown(ctx)
    ? 'applies.iso42001.unknown'
    : p.aiRole === 'none'
      ? 'applies.iso42001.no-ai'
      : 'applies.iso42001.procured';
  const reason = reasonOf(ctx, id, { standard: ctx.t.standards[standard] }, [
    `aiRole=${p.aiRole}`,
    `aiAffectsPeople=${p.aiAffectsPeople}`,
    `euAiActHighRisk=${p.euAiActHighRisk}`,
  ]);
  return {
    standard,
    declared: p.status[standard],
    claim: 'none',
    requirement: 'none',
    requirementSources: [],
    applies: false,
    meetsRequirement: true,
    nextTier: null,
    readiness: null,
    blockers: [],
    headline: reason.text,
    rationale: [reason],
  };
}

function classifyStandard(ctx: EngineContext, standard: StandardId): Classification {
  if (!appliesTo(ctx.profile, standard)) return notApplicable(ctx, standard);
  const evidence = evidenceFor(ctx, standard);
  const { claim, reason } = claimOf(ctx, standard, evidence);
  const { requirement, sources, reasons } = requirementOf(ctx, standard);
  // Buyers check the certificate's scope: one that covers only part of what they buy does not meet the ask.
  const meetsRequirement =
    satisfies(claim, requirement) &&
    !(isCertified(claim) && ctx.profile.certificateScope?.[standard] === 'partly');
  const rationale = [reason, ...reasons];
  if (requirement !== 'none')
    rationale.push(
      reasonOf(
        ctx,
        meetsRequirement ? 'classification.meets' : 'classification.gap',
        { claim: ctx.t.claims[claim], requirement: ctx.t.requirements[requirement] },
        [`claim:${standard}=${claim}`, `requirement:${standard}=${requirement}`],
      ),
    );
  return {
    standard,
    declared: ctx.profile.status[standard],
    claim,
    requirement,
    requirementSources: sources,
    applies: true,
    meetsRequirement,
    nextTier: nextTierOf(claim),
    readiness: evidence.score,
    thresholds: {
      aligned: ctx.figures.readiness.alignedThreshold,
      low: ctx.figures.readiness.lowDomain,
    },
    blockers: blockersFor(ctx, standard, claim, evidence),
    headline: headlineOf(ctx, standard, claim, requirement, sources[0]),
    rationale,
  };
}

/** Classifies every standard in the context's scope. Trusts the context: validate before calling. @internal */
export function classifyWith(ctx: EngineContext): Partial<Record<StandardId, Classification>> {
  const result: Partial<Record<StandardId, Classification>> = {};
  for (const standard of ctx.scope) result[standard] = classifyStandard(ctx, standard);
  return result;
}
