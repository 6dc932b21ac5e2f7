/**
 * The honest claim for one standard: certificates as declared (unless they cannot be claimed today), `aligned`
 * only on evidence, `in-progress` only on a real start; and the next tier worth reaching.
 */
import type { EngineContext } from '../context.js';
import { reasonOf, say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Reason } from '../schemas/result.js';
import { claimRank } from '../schemas/claim.js';
import type { Claim, StandardId } from '../schemas/standard.js';
import { MILESTONE_KEYS, certificateLapsed } from './evidence.js';
import type { Evidence } from './evidence.js';

const ALIGNED = claimRank('aligned');

/**
 * The honest claim. Certificates are taken as declared; `aligned` needs every required milestone met and
 * readiness at the threshold, whether or not the visitor said so; anything in place is `in-progress`.
 */
export function claimOf(
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
  const facts = [`status.${standard}=${declared}`];
  if (score !== null) facts.push(`readiness:${standard}=${score}`);
  for (const m of missing) facts.push(`milestone:${standard}:${m.milestone}=missing`);
  for (const e of evidence.essentialMissing) facts.push(`essential:${e.item}=missing`);
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

/** The next tier worth reaching: alignment first, then an accredited certificate (never a non-accredited one). */
export const nextTierOf = (claim: Claim): Claim | null =>
  claimRank(claim) < ALIGNED ? 'aligned' : claim === 'certified-accredited' ? null : 'certified-accredited';
