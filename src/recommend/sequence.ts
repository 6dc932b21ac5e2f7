import type { EngineContext } from '../context.js';
import { seedFacts } from '../judgement.js';
import type { Seed } from '../judgement.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { OrgProfile } from '../schemas/profile.js';
import type { Reason, Sequence } from '../schemas/result.js';
import { satisfies } from '../schemas/standard.js';
import type { StandardId } from '../schemas/standard.js';
import { alternative, isAligned } from './situation.js';
import type { SequenceChoice, Situation } from './situation.js';

/**
 * Self-rated maturity, checked against the answers: security controls (27001 Annex A themes) scored below
 * `maturityLow` read as low, from `maturityHigh` as high. Where the two differ, the answers win, and we say so.
 */
export function effectiveSecurity(ctx: EngineContext, rationale: Reason[]): OrgProfile['securityMaturity'] {
  const declared = ctx.profile.securityMaturity;
  const domains = ctx.readiness.iso27001?.domains.filter(
    (d) => d.id.startsWith('27001:A.') && d.score !== null,
  );
  if (!domains || domains.length === 0) return declared;
  let weighted = 0;
  let count = 0;
  for (const d of domains) {
    weighted += (d.score as number) * d.items;
    count += d.items;
  }
  if (count === 0) return declared;
  const score = Math.round((10 * weighted) / count) / 10;
  const { maturityLow, maturityHigh } = ctx.figures.readiness;
  const measured = score < maturityLow ? 'low' : score >= maturityHigh ? 'high' : 'medium';
  // Not rated (the short path leaves the self-rating for later): the measured level, without a comparison.
  if (ctx.answers.security_maturity === undefined) return measured;
  if (measured === declared) return declared;
  const rank = { low: 0, medium: 1, high: 2 } as const;
  rationale.push(
    reasonOf(
      ctx,
      rank[measured] > rank[declared] ? 'maturity.measured-higher' : 'maturity.measured-lower',
      { readiness: score },
      [`securityMaturity=${declared}`, `securityControls=${score}`, `measured=${measured}`],
    ),
  );
  return measured;
}

/** One row of the from-scratch sequence table: the first row whose `when` holds decides. */
interface SequenceRule {
  id: EngineKey;
  sequence: 'iso27001-first' | 'iso42001-first' | 'together';
  seeds: readonly Seed[];
  when: (s: Situation) => boolean;
  /** Paths the seeds also allow, each with when it would be right. */
  alternatives: readonly EngineKey[];
}

const needsCertificate = (s: Situation, standard: StandardId): boolean =>
  s.targets[standard] === 'certified-accredited';

/**
 * Order of work when neither standard is in place yet. Weak security goes 27001 first (seed 002). The
 * requirement that blocks sales comes first: when buyers need an accredited 27001 and 42001 is only an
 * alignment target, 27001 leads (seed 000 calls the opposite "the trap"). AI as the product with strong security
 * designs both together (seed 003); with medium security 42001 first is defensible (seeds 000, 002). AI as a
 * feature with medium security goes 27001 first (seed 000); strong security, both together (seed 003).
 */
export const SEQUENCE_RULES: readonly SequenceRule[] = [
  {
    id: 'sequence.iso27001-first.weak-security',
    sequence: 'iso27001-first',
    seeds: ['000', '002'],
    when: (s) => s.security === 'low',
    alternatives: [],
  },
  {
    id: 'sequence.together.core-strong',
    sequence: 'together',
    seeds: ['003'],
    when: (s) => s.ctx.profile.aiRole === 'core' && s.security === 'high',
    alternatives: ['alternative.iso42001-first'],
  },
  {
    id: 'sequence.iso27001-first.certificate-first',
    sequence: 'iso27001-first',
    seeds: ['000'],
    when: (s) => needsCertificate(s, 'iso27001') && !needsCertificate(s, 'iso42001'),
    alternatives: ['alternative.iso42001-first', 'alternative.together'],
  },
  {
    id: 'sequence.iso42001-first',
    sequence: 'iso42001-first',
    seeds: ['000', '002'],
    when: (s) => s.ctx.profile.aiRole === 'core',
    alternatives: ['alternative.together', 'alternative.iso27001-first'],
  },
  {
    id: 'sequence.iso27001-first.not-core',
    sequence: 'iso27001-first',
    seeds: ['000'],
    when: (s) => s.security === 'medium',
    alternatives: ['alternative.together'],
  },
  {
    id: 'sequence.together',
    sequence: 'together',
    seeds: ['003'],
    when: () => true,
    alternatives: ['alternative.iso27001-first'],
  },
];

export function chooseSequence(s: Situation): SequenceChoice {
  const { standards, claims, targets } = s;
  const [only] = standards;
  if (only === undefined) return pick(s, 'none', [], 'sequence.none');
  const heldAtTarget = standards.every((standard) => {
    const claim = claims[standard];
    const target = targets[standard];
    return claim !== undefined && target !== undefined && satisfies(claim, target);
  });
  if (heldAtTarget && s.atRisk.length > 0) return pick(s, 'restore', s.atRisk, 'sequence.restore');
  if (heldAtTarget) return pick(s, 'maintain', standards, 'sequence.maintain');
  if (standards.length === 1) return pick(s, 'single', [only], 'sequence.single');

  // Both are needed and at least one is short of its target.
  const has27001 = isAligned(claims.iso27001 ?? 'none');
  const has42001 = isAligned(claims.iso42001 ?? 'none');
  const done27001 = satisfies(claims.iso27001 ?? 'none', targets.iso27001 ?? 'aligned');
  const done42001 = satisfies(claims.iso42001 ?? 'none', targets.iso42001 ?? 'aligned');
  const both: StandardId[] = ['iso27001', 'iso42001'];
  if (has27001 && has42001) {
    if (!done27001 && !done42001) return pick(s, 'together', both, 'sequence.together-certify', [], true);
    const left = done27001 ? 'iso42001' : 'iso27001';
    return pick(s, 'single', [left], 'sequence.certify-only');
  }
  if (has27001) return pick(s, 'add-iso42001', both, 'sequence.add-iso42001');
  if (has42001) return pick(s, 'add-iso27001', ['iso42001', 'iso27001'], 'sequence.add-iso27001');
  const rule = SEQUENCE_RULES.find((r) => r.when(s)) as SequenceRule;
  const facts = [`aiRole=${s.ctx.profile.aiRole}`, `security=${s.security}`, ...seedFacts(rule.seeds)];
  for (const standard of both) facts.push(`target:${standard}=${targets[standard]}`);
  // "42001 first" is an AI-native company's path: not one to offer an organisation that only buys AI.
  const builds = s.ctx.profile.aiRole === 'core' || s.ctx.profile.aiRole === 'feature';
  for (const id of rule.alternatives)
    if (builds || id !== 'alternative.iso42001-first') alternative(s, id, []);
  const order: StandardId[] = rule.sequence === 'iso42001-first' ? ['iso42001', 'iso27001'] : both;
  // Review Y7: no sales language where there are no buyers.
  const id: EngineKey =
    rule.id === 'sequence.iso27001-first.certificate-first' && s.ctx.profile.buyers.length === 0
      ? 'sequence.iso27001-first.certificate-first.no-buyers'
      : rule.id;
  return pick(s, rule.sequence, order, id, facts, rule.sequence === 'together');
}

/** Records the sequence's reason (the claims of the standards needed, then `extra` facts) and returns it. */
function pick(
  s: Situation,
  sequence: Sequence,
  order: StandardId[],
  id: EngineKey,
  extra: string[] = [],
  parallel = false,
): SequenceChoice {
  const facts = s.standards.map((standard) => `claim:${standard}=${s.claims[standard]}`);
  for (const fact of extra) facts.push(fact);
  s.rationale.push(reasonOf(s.ctx, id, { standard: s.names[order[0] ?? 'iso27001'] }, facts));
  return { sequence, order, parallel };
}
