import type { EngineContext } from '../context.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { OrgProfile } from '../schemas/profile.js';
import type { Reason, Sequence } from '../schemas/result.js';
import { satisfies } from '../schemas/claim.js';
import type { StandardId } from '../schemas/standard.js';
import { alternative, isAligned } from './situation.js';
import { firstRule } from './table.js';
import type { DecisionRule } from './table.js';
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

/** What a from-scratch sequence row decides: the order, and the paths the seeds also allow. */
interface SequenceOutcome {
  sequence: 'iso27001-first' | 'iso42001-first' | 'together';
  /** Paths the seeds also allow, each with when it would be right. */
  alternatives: readonly EngineKey[];
}
/** One row of the from-scratch sequence table, in the shape of every decision table. */
type SequenceRule = DecisionRule<Situation, SequenceOutcome>;

const needsCertificate = (s: Situation, standard: StandardId): boolean =>
  s.targets[standard] === 'certified-accredited';

/**
 * Order of work when neither standard is in place yet; the first row whose condition holds decides.
 * The reason records the AI role, the security level, the row's sources and both targets.
 */
export const SEQUENCE_RULES: readonly SequenceRule[] = [
  {
    id: 'sequence.iso27001-first.weak-security',
    outcome: { sequence: 'iso27001-first', alternatives: [] },
    source: ['seed=000', 'seed=002'],
    why: 'Weak security goes ISO/IEC 27001 first: AI governance rests on the security baseline.',
    when: (s) => s.security === 'low',
  },
  {
    id: 'sequence.together.core-strong',
    outcome: { sequence: 'together', alternatives: ['alternative.iso42001-first'] },
    source: ['seed=003'],
    why: 'AI as the product with strong security: design both systems together, one catalogue for both.',
    when: (s) => s.ctx.profile.aiRole === 'core' && s.security === 'high',
  },
  {
    id: 'sequence.iso27001-first.certificate-first',
    outcome: {
      sequence: 'iso27001-first',
      alternatives: ['alternative.iso42001-first', 'alternative.together'],
    },
    source: ['seed=000'],
    why: 'Buyers need an accredited ISO/IEC 27001 and ISO/IEC 42001 is only an alignment target: the certificate that unblocks sales comes first (seed 000 calls the opposite "the trap").',
    when: (s) => needsCertificate(s, 'iso27001') && !needsCertificate(s, 'iso42001'),
  },
  {
    id: 'sequence.iso42001-first',
    outcome: {
      sequence: 'iso42001-first',
      alternatives: ['alternative.together', 'alternative.iso27001-first'],
    },
    source: ['seed=000', 'seed=002'],
    why: 'AI as the product with medium security: ISO/IEC 42001 first is defensible.',
    when: (s) => s.ctx.profile.aiRole === 'core',
  },
  {
    id: 'sequence.iso27001-first.not-core',
    outcome: { sequence: 'iso27001-first', alternatives: ['alternative.together'] },
    source: ['seed=000'],
    why: 'AI as a feature (or bought in) with medium security: the security baseline first.',
    when: (s) => s.security === 'medium',
  },
  {
    id: 'sequence.together',
    outcome: { sequence: 'together', alternatives: ['alternative.iso27001-first'] },
    source: ['seed=003'],
    why: 'Strong security otherwise: build both together on one management system.',
    when: () => true,
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
  const rule = firstRule(SEQUENCE_RULES, s) as SequenceRule;
  const { sequence, alternatives } = rule.outcome;
  const facts = [`aiRole=${s.ctx.profile.aiRole}`, `security=${s.security}`, ...rule.source];
  for (const standard of both) facts.push(`target:${standard}=${targets[standard]}`);
  // "42001 first" is an AI-native company's path: not one to offer an organisation that only buys AI.
  const builds = s.ctx.profile.aiRole === 'core' || s.ctx.profile.aiRole === 'feature';
  for (const id of alternatives) if (builds || id !== 'alternative.iso42001-first') alternative(s, id, []);
  const order: StandardId[] = sequence === 'iso42001-first' ? ['iso42001', 'iso27001'] : both;
  // Review Y7: no sales language where there are no buyers.
  const id: EngineKey =
    rule.id === 'sequence.iso27001-first.certificate-first' && s.ctx.profile.buyers.length === 0
      ? 'sequence.iso27001-first.certificate-first.no-buyers'
      : rule.id;
  return pick(s, sequence, order, id, facts, sequence === 'together');
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
