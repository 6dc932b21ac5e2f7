/**
 * What stands between a standard's claim and the next tier: milestones, essential areas, readiness under the
 * bar and the weakest domains; for a certificate held, what puts it at risk, its scope and its state.
 */
import type { EngineContext } from '../context.js';
import { say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Milestone } from '../schemas/bank.js';
import type { Blocker } from '../schemas/result.js';
import type { Claim, StandardId } from '../schemas/standard.js';
import { REQUIRED_MILESTONES } from '../scoring.js';
import type { MilestoneStatus } from '../scoring.js';
import { REF_PREFIX } from '../standards.js';
import { MILESTONE_KEYS, certificateLapsed, isCertified } from './evidence.js';
import type { Evidence } from './evidence.js';

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

/** The blockers of one standard for its claim, in the order a consultant would work through them. */
export function blockersFor(
  ctx: EngineContext,
  standard: StandardId,
  claim: Claim,
  evidence: Evidence,
): Blocker[] {
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
  // The three weakest domains under the bar: a longer list reads as noise next to the milestones. Picked in one
  // pass, lowest first and in domain order among equal scores, as a stable sort would.
  const weakest: { id: string; label: string; score: number }[] = [];
  for (const domain of ctx.readiness[standard]?.domains ?? []) {
    const score = domain.score;
    if (score === null || score >= lowDomain) continue;
    let at = weakest.length;
    while (at > 0 && (weakest[at - 1] as { score: number }).score > score) at -= 1;
    if (at < 3) weakest.splice(at, 0, { id: domain.id, label: domain.label, score });
    if (weakest.length > 3) weakest.pop();
  }
  for (const domain of weakest) {
    blockers.push({
      id: `low-domain.${domain.id}`,
      text: say(ctx, 'blocker.low-domain', {
        domain: domain.label,
        score: domain.score,
        threshold: lowDomain,
      }),
      refs: [domain.id],
    });
  }
  return blockers;
}
