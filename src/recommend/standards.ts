import type { EngineContext } from '../context.js';
import { aiRoleUnknown, certificateLapsed } from '../classify/evidence.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { OrgProfile } from '../schemas/profile.js';
import type { Reason } from '../schemas/result.js';
import { STANDARD_IDS } from '../schemas/standard.js';
import type { Requirement, StandardId } from '../schemas/standard.js';
import { alternative } from './situation.js';
import type { Situation } from './situation.js';

interface StandardRule {
  id: EngineKey;
  when: (p: OrgProfile) => boolean;
  facts: (p: OrgProfile) => string[];
}

/** Why an organisation should hold or work towards each standard (seeds 001, 002, 004). */
const STANDARD_RULES: Record<StandardId, readonly StandardRule[]> = {
  iso27001: [
    {
      id: 'standards.iso27001.sensitive-data',
      when: (p) => p.handlesSensitiveData,
      facts: () => ['handlesSensitiveData=true'],
    },
    {
      id: 'standards.iso27001.regulated',
      when: (p) => p.regulatedSector,
      facts: () => ['regulatedSector=true'],
    },
    {
      id: 'standards.iso27001.buyers',
      when: (p) => p.buyers.length > 0,
      facts: (p) => p.buyers.map((b) => `buyers=${b}`),
    },
    {
      id: 'standards.iso27001.held',
      when: (p) => p.status.iso27001 !== 'none',
      facts: (p) => [`status.iso27001=${p.status.iso27001}`],
    },
  ],
  iso42001: [
    { id: 'standards.iso42001.core', when: (p) => p.aiRole === 'core', facts: () => ['aiRole=core'] },
    {
      id: 'standards.iso42001.feature',
      when: (p) => p.aiRole === 'feature',
      facts: () => ['aiRole=feature'],
    },
    {
      id: 'standards.iso42001.procured-affects-people',
      when: (p) => p.aiRole === 'procures' && p.aiAffectsPeople,
      facts: () => ['aiRole=procures', 'aiAffectsPeople=true'],
    },
    {
      id: 'standards.iso42001.procured-high-risk',
      when: (p) => p.aiRole === 'procures' && p.euAiActHighRisk !== 'no',
      facts: (p) => ['aiRole=procures', `euAiActHighRisk=${p.euAiActHighRisk}`],
    },
    {
      id: 'standards.iso42001.held',
      when: (p) => p.status.iso42001 !== 'none',
      facts: (p) => [`status.iso42001=${p.status.iso42001}`],
    },
  ],
};

export function chooseStandards(ctx: EngineContext, rationale: Reason[]): StandardId[] {
  const p = ctx.profile;
  const standards: StandardId[] = [];
  for (const standard of STANDARD_IDS) {
    const params = { standard: ctx.t.standards[standard], claim: ctx.t.claims[p.status[standard]] };
    const drivers = STANDARD_RULES[standard].filter((rule) => rule.when(p));
    const inScope = ctx.scope.includes(standard);
    if (drivers.length === 0) {
      const facts =
        standard === 'iso27001'
          ? ['handlesSensitiveData=false', 'regulatedSector=false', 'buyers=none']
          : [
              `aiRole=${p.aiRole}`,
              `aiAffectsPeople=${p.aiAffectsPeople}`,
              `euAiActHighRisk=${p.euAiActHighRisk}`,
            ];
      // An unanswered AI question is not "no AI".
      const id: EngineKey =
        standard === 'iso42001' && aiRoleUnknown(ctx) ? 'standards.iso42001.unknown' : 'standards.not-needed';
      if (inScope) rationale.push(reasonOf(ctx, id, params, facts));
      continue;
    }
    if (!inScope) {
      rationale.push(
        reasonOf(ctx, 'standards.out-of-scope', params, [
          `scope=${ctx.scope.join('+')}`,
          ...drivers.flatMap((d) => d.facts(p)),
        ]),
      );
      continue;
    }
    standards.push(standard);
    for (const rule of drivers) rationale.push(reasonOf(ctx, rule.id, params, rule.facts(p)));
  }
  return standards;
}

/**
 * What we advise per standard: an accredited certificate where one is asked for or held, else alignment.
 * ISO/IEC 42001 buyers rarely insist on a certificate yet, so high-risk AI sold to enterprises gets alignment now
 * with the certificate flagged as coming, not as required.
 */
export function chooseTargets(s: Situation): void {
  const p = s.ctx.profile;
  for (const standard of s.standards) {
    const c = s.classification[standard];
    if (!c) continue;
    const held = c.claim === 'certified-accredited';
    // A certificate held but no longer claimable (2013 edition, suspended, expired): get a valid one again.
    const lapsed = certificateLapsed(s.ctx, standard) && p.status[standard] === 'certified-accredited';
    const target: Requirement =
      c.requirement === 'certified-accredited' || held || lapsed ? 'certified-accredited' : 'aligned';
    s.targets[standard] = target;
    const certificateLater =
      standard === 'iso42001' &&
      target === 'aligned' &&
      p.euAiActHighRisk === 'yes' &&
      (p.buyers.includes('enterprise') || p.buyers.includes('government'));
    const id: EngineKey =
      c.requirement === 'certified-accredited'
        ? 'target.certified'
        : held
          ? 'target.held'
          : lapsed
            ? 'target.lapsed'
            : certificateLater
              ? 'target.aligned-certificate-later'
              : 'target.aligned';
    // Review Z6, seed 000: US-only sellers are often asked for a SOC 2 report instead.
    if (
      standard === 'iso27001' &&
      target === 'certified-accredited' &&
      p.markets.length > 0 &&
      p.markets.every((m) => m === 'us')
    )
      alternative(s, 'alternative.soc2', ['markets=us', 'seed=000']);
    s.rationale.push(
      reasonOf(s.ctx, id, { standard: s.names[standard] }, [
        `requirement:${standard}=${c.requirement}`,
        `claim:${standard}=${c.claim}`,
        ...(certificateLater ? ['seed=001', 'seed=004'] : []),
      ]),
    );
  }
}
