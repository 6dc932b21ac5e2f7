import * as z from './zod.js';
import {
  ClassifyOptionsSchema,
  aiRoleUnknown,
  classifyWith,
  contextFrom,
  reasonOf,
  say,
  visibility,
} from './classify.js';
import type { EngineKey } from './classify.js';
import type { EngineContext } from './context.js';
import { sizeBandOf } from './figures.js';
import { formatMoneyRange } from './i18n/intl.js';
import type { SizeBand } from './figures.js';
import { CARRY_OVER, seedFacts } from './judgement.js';
import type { Seed } from './judgement.js';
import { EU_AI_ACT_ARTICLES, NIST_AI_RMF_FUNCTIONS, aiActRoles } from './regulatory.js';
import type { EuAiActArticle } from './regulatory.js';
import { ANSWER_CREDIT } from './scoring.js';
import type { BankItem, ControlItem } from './schemas/bank.js';
import type { OrgProfile } from './schemas/profile.js';
import { AnswersSchema } from './schemas/result.js';
import type {
  Answers,
  Classification,
  Cost,
  Phase,
  Reason,
  Recommendation,
  RegulatoryLink,
  Reuse,
  Sequence,
} from './schemas/result.js';
import { STANDARD_IDS, claimRank, satisfies } from './schemas/standard.js';
import type { Claim, Range, Requirement, StandardId } from './schemas/standard.js';

/** Options for `recommend()`: those of `classify()` plus optional answers, used for the computed reuse. */
// Marked pure, like the result schemas, so a bundle that only calls `assess()` drops it.
export const RecommendOptionsSchema = /* @__PURE__ */ z.extend(ClassifyOptionsSchema, {
  /** The visitor's answers keyed by question id; only the reuse figure reads them here. */
  answers: /* @__PURE__ */ z.optional(AnswersSchema),
});
/** Options for `recommend()`. */
export type RecommendOptions = z.infer<typeof RecommendOptionsSchema>;

type Classifications = Partial<Record<StandardId, Classification>>;
type Params = Record<string, string | number>;

const ALIGNED = claimRank('aligned');
const isAligned = (claim: Claim): boolean => claimRank(claim) >= ALIGNED;
const ZERO: Range = { min: 0, max: 0 };
const add = (a: Range, b: Range): Range => ({ min: a.min + b.min, max: a.max + b.max });
const later = (a: Range, b: Range): Range => ({ min: Math.max(a.min, b.min), max: Math.max(a.max, b.max) });
const copy = (r: Range): Range => ({ min: r.min, max: r.max });
const rangeParams = (r: Range): Record<string, number> => ({ min: r.min, max: r.max });

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

/** Everything the later decisions read, worked out once. */
interface Situation {
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

function chooseStandards(ctx: EngineContext, rationale: Reason[]): StandardId[] {
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
function chooseTargets(s: Situation): void {
  const p = s.ctx.profile;
  for (const standard of s.standards) {
    const c = s.classification[standard];
    if (!c) continue;
    const held = c.claim === 'certified-accredited';
    const target: Requirement =
      c.requirement === 'certified-accredited' || held ? 'certified-accredited' : 'aligned';
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
          : certificateLater
            ? 'target.aligned-certificate-later'
            : 'target.aligned';
    s.rationale.push(
      reasonOf(s.ctx, id, { standard: s.names[standard] }, [
        `requirement:${standard}=${c.requirement}`,
        `claim:${standard}=${c.claim}`,
        ...(certificateLater ? ['seed=001', 'seed=004'] : []),
      ]),
    );
  }
}

/**
 * Self-rated maturity, checked against the answers: security controls (27001 Annex A themes) scored below
 * `maturityLow` read as low, from `maturityHigh` as high. Where the two differ, the answers win, and we say so.
 */
function effectiveSecurity(ctx: EngineContext, rationale: Reason[]): OrgProfile['securityMaturity'] {
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

interface SequenceChoice {
  sequence: Sequence;
  /** Standards in the order they are worked on. */
  order: StandardId[];
  /** Both at once as one programme (`together`), or one after the other. */
  parallel: boolean;
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

function chooseSequence(s: Situation): SequenceChoice {
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
  for (const id of rule.alternatives) alternative(s, id, []);
  const order: StandardId[] = rule.sequence === 'iso42001-first' ? ['iso42001', 'iso27001'] : both;
  return pick(s, rule.sequence, order, rule.id, facts, rule.sequence === 'together');
}

/** Records a path the seeds also allow, with when it would be right. */
function alternative(s: Situation, id: EngineKey, facts: string[]): void {
  if (!s.alternatives.some((a) => a.id === id)) s.alternatives.push(reasonOf(s.ctx, id, {}, facts));
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

/**
 * One system by default (seed 003); federated when the AI team is operationally separate, or when an EU
 * high-risk system meets an organisation large enough to carry a dedicated AI management system (seed 003 names
 * the evidence burden; the size threshold is the engine's call, so the other model is named as an alternative).
 */
function chooseOperatingModel(s: Situation): Recommendation['operatingModel'] {
  if (s.standards.length < 2) return null;
  const p = s.ctx.profile;
  const band = sizeBandOf(p.employees, s.ctx.figures.sizeBands);
  const highRiskEu = p.euAiActHighRisk === 'yes' && p.aiRole !== 'none' && p.markets.includes('eu');
  if (p.aiFunction === 'separate') {
    s.rationale.push(
      reasonOf(s.ctx, 'operating-model.federated.separate-ai', {}, ['aiFunction=separate', 'seed=003']),
    );
    return 'federated';
  }
  if (highRiskEu && band === 'large') {
    s.rationale.push(
      reasonOf(s.ctx, 'operating-model.federated.high-risk', { size: sizeText(s.ctx) }, [
        'euAiActHighRisk=yes',
        'markets=eu',
        `employees=${p.employees}`,
        `sizeBand=${band}`,
        'seed=003',
      ]),
    );
    alternative(s, 'alternative.unified', ['seed=003']);
    return 'federated';
  }
  s.rationale.push(
    reasonOf(s.ctx, 'operating-model.unified', {}, [
      `aiFunction=${p.aiFunction}`,
      `standards=${s.standards.join('+')}`,
      'seed=003',
    ]),
  );
  if (highRiskEu) alternative(s, 'alternative.federated', ['euAiActHighRisk=yes', 'seed=003']);
  return 'unified';
}

/** The organisation's size in words: the band the visitor chose, or the head count of a profile. */
function sizeText(ctx: EngineContext): string {
  let text = SIZE_TEXT.get(ctx);
  if (text === undefined) {
    const band = ctx.answers['org_size'];
    const key = typeof band === 'string' ? SIZE_KEYS[band] : undefined;
    text = key ? say(ctx, key) : say(ctx, 'size.people', { employees: ctx.profile.employees });
    SIZE_TEXT.set(ctx, text);
  }
  return text;
}
const SIZE_TEXT = new WeakMap<EngineContext, string>();
const SIZE_KEYS: Record<string, EngineKey> = {
  '1-9': 'size.band.1-9',
  '10-49': 'size.band.10-49',
  '50-249': 'size.band.50-249',
  '250-999': 'size.band.250-999',
  '1000-plus': 'size.band.1000-plus',
};

interface Plan {
  align: Range | null;
  certify: Range | null;
  recertify: boolean;
  /** The align phase restores a certified system rather than building one. */
  restore: boolean;
}

/** The align phase's base duration, and whether readiness should count only the standard's own items. */
function alignBase(
  s: Situation,
  standard: StandardId,
  sequence: Sequence,
): { range: Range; specific: boolean } {
  const { weeks } = s.ctx.figures;
  if (standard === 'iso27001') {
    const after42001 = sequence === 'iso42001-first' || sequence === 'add-iso27001';
    const range = after42001 ? weeks.align27001After42001 : weeks.align27001;
    s.rationale.push(
      reasonOf(
        s.ctx,
        after42001 ? 'phases.align-27001-after-42001' : 'phases.align-27001',
        { standard: s.names.iso27001, min: range.min, max: range.max },
        [`sequence=${sequence}`, after42001 ? 'seed=engine' : 'seed=000'],
      ),
    );
    return { range, specific: after42001 };
  }
  const onTop =
    s.has27001 || sequence === 'iso27001-first' || sequence === 'add-iso42001' || sequence === 'together';
  const range = onTop ? weeks.align42001OnTop27001 : weeks.align42001Standalone;
  const id: EngineKey = !onTop
    ? 'phases.align-42001-standalone'
    : sequence === 'together' && !s.has27001
      ? 'phases.align-42001-together'
      : 'phases.align-42001-on-top';
  s.rationale.push(
    reasonOf(s.ctx, id, { min: range.min, max: range.max }, [
      `sequence=${sequence}`,
      `has27001=${s.has27001}`,
      onTop ? 'seed=000' : 'seed=002',
      onTop ? 'seed=001' : 'seed=engine',
    ]),
  );
  return { range, specific: onTop };
}

/** The part of a range an organisation of this size plans with (seed 002: large estates at the long end). */
function sized(s: Situation, standard: StandardId, base: Range): Range {
  const band = sizeBandOf(s.ctx.profile.employees, s.ctx.figures.sizeBands);
  const span = s.ctx.figures.weekSpan[band];
  const width = base.max - base.min;
  const range = {
    min: Math.round(base.min + width * span.min),
    max: Math.round(base.min + width * span.max),
  };
  if (band !== 'medium' && (range.min !== base.min || range.max !== base.max))
    s.rationale.push(
      reasonOf(
        s.ctx,
        band === 'small' ? 'phases.size.small' : 'phases.size.large',
        { standard: s.names[standard], min: range.min, max: range.max, size: sizeText(s.ctx) },
        [`sizeBand=${band}`, 'seed=002'],
      ),
    );
  return range;
}

/**
 * Readiness of the items that evidence only this standard: what work done can shorten a phase whose base
 * figure already assumes the other standard's system exists. Null when none of them was scored.
 */
function specificReadiness(ctx: EngineContext, standard: StandardId): number | null {
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

/** Shrinks an align phase by the share of the work already in place, never below the floor. */
function scaled(s: Situation, standard: StandardId, base: Range, specific: boolean): Range {
  const score = specific ? specificReadiness(s.ctx, standard) : (s.ctx.readiness[standard]?.score ?? null);
  if (score === null) return copy(base);
  const factor = Math.max(s.ctx.figures.readiness.alignFloor, 1 - score / 100);
  const range = {
    min: Math.max(1, Math.round(base.min * factor)),
    max: Math.max(1, Math.round(base.max * factor)),
  };
  if (range.min !== base.min || range.max !== base.max)
    s.rationale.push(
      reasonOf(
        s.ctx,
        specific ? 'phases.scaled.specific' : 'phases.scaled',
        { standard: s.names[standard], readiness: score, min: range.min, max: range.max },
        [`readiness:${standard}${specific ? ':specific' : ''}=${score}`],
      ),
    );
  return range;
}

function planStandard(s: Situation, standard: StandardId, sequence: Sequence): Plan {
  const claim = s.claims[standard] ?? 'none';
  const restore = s.atRisk.includes(standard);
  let align: Range | null = null;
  if (restore || !isAligned(claim)) {
    const base = alignBase(s, standard, sequence);
    align = scaled(s, standard, sized(s, standard, base.range), base.specific);
    if (restore)
      s.rationale.push(
        reasonOf(s.ctx, 'phases.restore', { standard: s.names[standard], min: align.min, max: align.max }, [
          `claim:${standard}=${claim}`,
        ]),
      );
  }
  const certifies = s.targets[standard] === 'certified-accredited' && claim !== 'certified-accredited';
  return {
    align,
    certify: certifies ? copy(s.ctx.figures.weeks.certify) : null,
    recertify: claim === 'certified-non-accredited',
    restore,
  };
}

const KIND_ORDER = { align: 0, certify: 1 } as const;

function pushPhase(
  s: Situation,
  phases: Phase[],
  standard: StandardId,
  kind: Phase['kind'],
  weeks: Range,
  startWeek: Range,
  plan: Plan,
): void {
  const key: EngineKey =
    kind === 'align'
      ? plan.restore
        ? 'phase.restore'
        : 'phase.align'
      : plan.recertify
        ? 'phase.recertify'
        : 'phase.certify';
  phases.push({ standard, kind, weeks, startWeek, label: say(s.ctx, key, { standard: s.names[standard] }) });
}

/**
 * Phases with week ranges, the shared work counted once. Sequential paths start the next standard's alignment
 * when the previous one ends. `together` is one programme: 27001 alignment from the start, the 42001-specific
 * work in its last weeks so both are ready at once. A standard that must be certified is audited as soon as it
 * is aligned, unless both are certification targets: then one integrated audit window once both are aligned
 * (seeds 000, 001).
 */
function planPhases(
  s: Situation,
  choice: SequenceChoice,
): { phases: Phase[]; plans: Partial<Record<StandardId, Plan>>; integrated: boolean } {
  const { ctx } = s;
  const plans: Partial<Record<StandardId, Plan>> = {};
  for (const standard of choice.order) plans[standard] = planStandard(s, standard, choice.sequence);
  const phases: Phase[] = [];
  const ready: Partial<Record<StandardId, Range>> = {};

  if (choice.parallel) {
    const a27001 = plans.iso27001?.align ?? null;
    const a42001 = plans.iso42001?.align ?? null;
    if (a27001) {
      pushPhase(s, phases, 'iso27001', 'align', a27001, copy(ZERO), plans.iso27001 as Plan);
      ready.iso27001 = copy(a27001);
    } else ready.iso27001 = copy(ZERO);
    if (a42001) {
      // Ends with the 27001 alignment where that is longer; both start at once otherwise.
      const end = a27001 ?? ZERO;
      const start = { min: Math.max(0, end.min - a42001.min), max: Math.max(0, end.max - a42001.max) };
      if (start.min > start.max) start.min = start.max;
      pushPhase(s, phases, 'iso42001', 'align', a42001, start, plans.iso42001 as Plan);
      ready.iso42001 = add(start, a42001);
    } else ready.iso42001 = copy(ZERO);
  } else {
    let cursor = ZERO;
    for (const standard of choice.order) {
      const plan = plans[standard];
      if (!plan) continue;
      ready[standard] = copy(cursor);
      if (plan.align) {
        pushPhase(s, phases, standard, 'align', plan.align, copy(cursor), plan);
        cursor = add(cursor, plan.align);
        ready[standard] = copy(cursor);
      }
    }
  }

  const certifying = choice.order.filter((standard) => plans[standard]?.certify);
  const integrated = certifying.length > 1;
  let window = ZERO;
  for (const standard of certifying) window = later(window, ready[standard] ?? ZERO);
  for (const standard of certifying) {
    const plan = plans[standard] as Plan;
    const start = integrated ? window : (ready[standard] ?? ZERO);
    pushPhase(s, phases, standard, 'certify', plan.certify as Range, copy(start), plan);
  }
  if (integrated) {
    s.rationale.push(
      reasonOf(ctx, 'phases.integrated-audit', {}, [
        ...certifying.map((c) => `certify=${c}`),
        'seed=000',
        'seed=001',
      ]),
    );
    alternative(s, 'alternative.separate-audits', ['seed=000']);
  }

  if (phases.some((phase) => phase.kind === 'certify'))
    s.rationale.push(reasonOf(ctx, 'phases.certify', rangeParams(ctx.figures.weeks.certify), ['seed=002']));
  if (plans.iso42001?.align && !plans.iso42001.restore) {
    const { align42001OnTop27001: onTop } = ctx.figures.weeks;
    const { iso42001With27001: withIt, iso42001Without27001: without } = ctx.figures.endToEnd;
    s.rationale.push(
      reasonOf(
        ctx,
        'phases.end-to-end',
        {
          onTopMin: onTop.min,
          onTopMax: onTop.max,
          withMin: withIt.min,
          withMax: withIt.max,
          withoutMin: without.min,
          withoutMax: without.max,
        },
        ['seed=000', 'seed=001', 'seed=002'],
      ),
    );
  }
  phases.sort(
    (a, b) =>
      a.startWeek.min - b.startWeek.min ||
      a.startWeek.max - b.startWeek.max ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      STANDARD_IDS.indexOf(a.standard) - STANDARD_IDS.indexOf(b.standard),
  );
  return { phases, plans, integrated };
}

// ICU's range formatting costs tens of microseconds a call, and results repeat the same few ranges: keep a
// bounded memo keyed by locale, currency and ends.
const moneyMemo = new Map<string, string>();
function moneyRange(range: Range, currency: string, locale: string): string {
  const key = `${locale}|${currency}|${range.min}|${range.max}`;
  let text = moneyMemo.get(key);
  if (text === undefined) {
    text = formatMoneyRange(range, currency, locale);
    if (moneyMemo.size < 1024) moneyMemo.set(key, text);
  }
  return text;
}

const scale = (range: Range, share: number): Range => ({
  min: Math.round((range.min * share) / 1000) * 1000,
  max: Math.round((range.max * share) / 1000) * 1000,
});

/**
 * Cost ranges by size band, only where a certificate is still to be obtained (seed 000). The internal-effort band
 * shrinks where the system is already aligned or only moves to an accredited body (seed 000: the internal cost
 * collapses), and the second standard of one integrated audit costs a share of a separate one (seeds 001, 003).
 */
function costsFor(s: Situation, phases: Phase[], integrated: boolean): Cost[] {
  const { ctx } = s;
  const p = ctx.profile;
  const band = sizeBandOf(p.employees, ctx.figures.sizeBands);
  const certifying = phases.filter((phase) => phase.kind === 'certify').map((phase) => phase.standard);
  if (certifying.length === 0) {
    if (s.standards.length > 0) {
      const held = s.standards.some((standard) => s.claims[standard] === 'certified-accredited');
      s.rationale.push(reasonOf(ctx, held ? 'costs.none.held' : 'costs.none', {}, []));
    }
    return [];
  }
  const { certificationFees, internalEffort } = ctx.figures.costs[band];
  const { alignedEffort, secondStandard } = ctx.figures.shares;
  const locale = ctx.t.locale;
  s.rationale.push(
    reasonOf(
      ctx,
      COST_BAND_KEYS[band],
      {
        size: sizeText(ctx),
        fees: moneyRange(certificationFees, ctx.currency, locale),
        effort: moneyRange(internalEffort, ctx.currency, locale),
      },
      [`employees=${p.employees}`, `sizeBand=${band}`, 'seed=000'],
    ),
  );
  const share = (value: number): number => Math.round(value * 100);
  return certifying.map((standard, i) => {
    let fees = copy(certificationFees);
    let effort = copy(internalEffort);
    const claim = s.claims[standard] ?? 'none';
    if (isAligned(claim)) {
      effort = scale(effort, alignedEffort);
      s.rationale.push(
        reasonOf(
          ctx,
          claim === 'certified-non-accredited' ? 'costs.recertify' : 'costs.aligned-already',
          { standard: s.names[standard], share: share(alignedEffort) },
          [`claim:${standard}=${claim}`, 'seed=000'],
        ),
      );
    }
    if (integrated && i > 0) {
      fees = scale(fees, secondStandard);
      effort = scale(effort, secondStandard);
      s.rationale.push(
        reasonOf(ctx, 'costs.integrated', { standard: s.names[standard], share: share(secondStandard) }, [
          `certify=${certifying.join('+')}`,
          'seed=001',
          'seed=003',
        ]),
      );
    }
    return { standard, certificationFees: fees, internalEffort: effort, currency: ctx.currency };
  });
}

interface BankControl {
  item: ControlItem;
  index: number;
  standards: StandardId[];
}
const CONTROL_ITEMS = new WeakMap<readonly BankItem[], BankControl[]>();

/** The bank's scored items with their positions and standards, worked out once per bank. */
function controlItems(items: readonly BankItem[]): BankControl[] {
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

const CARRY_BY_ITEM = new Map(CARRY_OVER.map((c) => [c.item, c]));
const POSITIONS = new WeakMap<readonly BankItem[], Map<string, number>>();

/** Each item's position in the bank by id, worked out once per bank. */
function positionsOf(items: readonly BankItem[]): Map<string, number> {
  let positions = POSITIONS.get(items);
  if (!positions) POSITIONS.set(items, (positions = new Map(items.map((item, index) => [item.id, index]))));
  return positions;
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
  const positions = positionsOf(ctx.items);
  const valueOf = (id: string): Answers[string] | undefined => {
    if (!values) return ctx.answers[id];
    const at = positions.get(id);
    return at === undefined ? undefined : values[at];
  };
  for (const { item, index, standards } of controlItems(ctx.items)) {
    if (!standards.includes(to)) continue;
    const answer = values ? values[index] : ctx.answers[item.id];
    if (answer === 'n/a' || !visible(item, index)) continue;
    total += item.weight;
    if (typeof answer === 'string') answered = true;
    if (standards.length === 2) {
      if (typeof answer === 'string') earned += (ANSWER_CREDIT[answer] ?? 0) * item.weight;
      continue;
    }
    const carry = to === 'iso42001' ? CARRY_BY_ITEM.get(item.id) : undefined;
    const source = carry ? valueOf(carry.from) : undefined;
    if (carry && typeof source === 'string')
      earned += carry.share * (ANSWER_CREDIT[source] ?? 0) * item.weight;
  }
  return answered && total > 0 ? Math.round((1000 * earned) / total) / 10 : null;
}

/** Carry-over between the standards, in the direction the organisation travels. */
function reuseFor(s: Situation, choice: SequenceChoice): Reuse | null {
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

// Keys looked up per call are built once: a template literal per call costs a hash per lookup.
const COST_BAND_KEYS: Record<SizeBand, EngineKey> = {
  small: 'costs.band.small',
  medium: 'costs.band.medium',
  large: 'costs.band.large',
};
const ARTICLE_KEYS = Object.fromEntries(
  EU_AI_ACT_ARTICLES.map((article) => [article.id, `regulatory.eu-ai-act.${article.id}` as const]),
) as Record<EuAiActArticle['id'], EngineKey>;
const NIST_KEYS = Object.fromEntries(
  NIST_AI_RMF_FUNCTIONS.map((fn) => [fn.id, `regulatory.nist.${fn.id}` as const]),
) as Record<(typeof NIST_AI_RMF_FUNCTIONS)[number]['id'], EngineKey>;

/**
 * EU AI Act articles for the roles the organisation holds (AI built for others: provider; built and used
 * in-house: provider and deployer; bought: deployer), high-risk ones where the AI is or may be high-risk,
 * Art. 50 only for chatbots and generated content, Art. 4 AI literacy for everyone using AI in the EU; then what
 * lies outside ISO/IEC 42001 for high-risk providers, and the NIST AI RMF functions for the US market.
 */
function regulatoryFor(s: Situation): RegulatoryLink[] {
  const { ctx } = s;
  const p = ctx.profile;
  const roles = aiActRoles(p);
  if (roles.length === 0) return [];
  const governs = s.standards.includes('iso42001');
  const links: RegulatoryLink[] = [];
  if (p.markets.includes('eu')) {
    const highRisk = p.euAiActHighRisk !== 'no';
    for (const article of EU_AI_ACT_ARTICLES) {
      if (!article.roles.some((role) => roles.includes(role)) || (article.highRisk && !highRisk)) continue;
      if (article.regulatedOnly && !(p.regulatedSector && roles.includes('deployer'))) continue;
      if (article.contentOnly && p.aiGeneratesContent !== true) continue;
      if (!governs && article.id !== 'art-4') continue;
      links.push({
        framework: 'eu-ai-act',
        ref: article.ref,
        text: say(ctx, ARTICLE_KEYS[article.id]),
        refs: [...article.refs],
      });
    }
    if (governs && highRisk && roles.includes('provider'))
      links.push({
        framework: 'eu-ai-act',
        ref: 'Art. 43, 47–49',
        text: say(ctx, 'regulatory.eu-ai-act.outside-42001'),
        refs: [],
      });
    const facts = ['markets=eu', `aiRole=${p.aiRole}`, `euAiActHighRisk=${p.euAiActHighRisk}`];
    if (p.aiDeployment) facts.push(`aiDeployment=${p.aiDeployment}`);
    const id: EngineKey = !governs
      ? 'regulatory.eu-ai-act.literacy'
      : roles.length === 2
        ? 'regulatory.eu-ai-act.provider-deployer'
        : roles[0] === 'provider'
          ? 'regulatory.eu-ai-act.provider'
          : 'regulatory.eu-ai-act.deployer';
    s.rationale.push(reasonOf(ctx, id, {}, facts));
    if (governs && p.euAiActHighRisk === 'unsure')
      s.rationale.push(reasonOf(ctx, 'regulatory.high-risk-unsure', {}, ['euAiActHighRisk=unsure']));
  }
  if (governs && p.markets.includes('us')) {
    for (const fn of NIST_AI_RMF_FUNCTIONS)
      links.push({
        framework: 'nist-ai-rmf',
        ref: fn.ref,
        text: say(ctx, NIST_KEYS[fn.id]),
        refs: [...fn.refs],
      });
    s.rationale.push(reasonOf(ctx, 'regulatory.nist', {}, ['markets=us', `aiRole=${p.aiRole}`, 'seed=001']));
  }
  return links;
}

interface StepCandidate {
  id: EngineKey;
  /** Lower is more important; at most six steps are kept. */
  priority: number;
  params?: Params;
}

const blockerIds = (s: Situation, standard: StandardId): string[] => {
  let ids = s.blockerIds[standard];
  if (!ids) ids = s.blockerIds[standard] = (s.classification[standard]?.blockers ?? []).map((b) => b.id);
  return ids;
};

/**
 * Three to six concrete steps in the order to take them, the most important kept when there are more. With
 * answers, the steps follow what is missing (an organisation missing only its internal audit is not told to
 * write a Statement of Applicability); from a profile alone, the usual path.
 */
function nextStepsFor(
  s: Situation,
  choice: SequenceChoice,
  plans: Partial<Record<StandardId, Plan>>,
): Recommendation['nextSteps'] {
  const { ctx, names } = s;
  const p = ctx.profile;
  const euAi = p.aiRole !== 'none' && p.markets.includes('eu');
  if (choice.sequence === 'none') {
    const ids: EngineKey[] = ['step.none.basics', 'step.none.revisit', 'step.none.ai-tools'];
    if (euAi) ids.push('step.ai-literacy');
    return ids.map((id) => ({ id, text: say(ctx, id) }));
  }
  const building = (standard: StandardId): boolean => {
    const plan = plans[standard];
    return plan?.align != null && !plan.restore;
  };
  const align27001 = building('iso27001');
  const align42001 = building('iso42001');
  const onTopNow = align42001 && !align27001 && s.has27001;
  // From a profile alone nothing is known to be in place, so every step of the path applies.
  const missing = (standard: StandardId, ...ids: string[]): boolean => {
    if (s.ctx.readiness[standard] === undefined || s.classification[standard]?.readiness == null) return true;
    const blockers = blockerIds(s, standard);
    return ids.some((id) => blockers.includes(id));
  };
  const candidates: (StepCandidate | false)[] = [
    ...s.atRisk.map((standard): StepCandidate => ({
      id: 'step.restore',
      priority: 1,
      params: { standard: names[standard] },
    })),
    s.standards.includes('iso42001') &&
      p.aiRole !== 'none' &&
      p.markets.includes('eu') &&
      p.euAiActHighRisk === 'unsure' && { id: 'step.classify-ai-act', priority: 1 },
    choice.sequence === 'together' &&
      (align27001 || align42001) && { id: 'step.unified-design', priority: 2 },
    // Mapping comes first only while the AI management system has not started.
    onTopNow &&
      s.claims.iso42001 === 'none' && {
        id: 'step.map-42001',
        priority: 2,
        params: rangeParams(ctx.figures.weeks.unifiedDesign),
      },
    choice.sequence === 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.scope') && { id: 'step.ai-inventory', priority: 2 },
    choice.sequence === 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.impact-assessment') && { id: 'step.impact-assessment', priority: 3 },
    align27001 &&
      missing('iso27001', 'milestone.scope', 'milestone.risk-assessment', 'milestone.soa') && {
        id: 'step.gap-analysis-27001',
        priority: 2,
        params: { standard: names.iso27001 },
      },
    ...s.standards.map(
      (standard): StepCandidate | false =>
        building(standard) &&
        blockerIds(s, standard).some((id) => id.startsWith('essential.')) && {
          id: 'step.essential',
          priority: 3,
          params: { standard: names[standard] },
        },
    ),
    onTopNow &&
      missing('iso42001', 'milestone.risk-assessment') && { id: 'step.extend-risk-register', priority: 4 },
    choice.sequence !== 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.scope') && { id: 'step.ai-inventory', priority: 3 },
    choice.sequence !== 'iso42001-first' &&
      align42001 &&
      missing('iso42001', 'milestone.impact-assessment') && { id: 'step.impact-assessment', priority: 4 },
    s.standards.some(
      (standard) =>
        building(standard) && missing(standard, 'milestone.internal-audit', 'milestone.management-review'),
    ) && { id: 'step.internal-audit', priority: 4 },
    ...s.standards.map(
      (standard): StepCandidate | false =>
        plans[standard]?.recertify === true &&
        plans[standard]?.certify != null && {
          id: 'step.recertify',
          priority: 2,
          params: { standard: names[standard] },
        },
    ),
    ...s.standards.map((standard): StepCandidate | false => {
      const scope = p.certificateScope?.[standard];
      return (
        (scope === 'partly' || scope === 'unsure') && {
          id: 'step.certificate-scope',
          priority: 3,
          params: { standard: names[standard] },
        }
      );
    }),
    plans.iso42001?.certify != null && {
      id: 'step.check-accreditation-42001',
      priority: 3,
      params: { standard: names.iso42001 },
    },
    plans.iso27001?.certify != null &&
      !plans.iso27001.recertify && {
        id: 'step.check-accreditation-27001',
        priority: 5,
        params: { standard: names.iso27001 },
      },
    choice.sequence === 'maintain' && { id: 'step.maintain', priority: 2 },
    euAi && !s.standards.includes('iso42001') && { id: 'step.ai-literacy', priority: 3 },
    { id: 'step.keep-evidence', priority: 6 },
    { id: 'step.review-scope', priority: 7 },
  ];
  const steps = candidates.filter((c): c is StepCandidate => c !== false);
  // The sort is stable: among equal priorities the earlier step is kept.
  const kept = steps.length <= 6 ? steps : [...steps].sort((a, b) => a.priority - b.priority).slice(0, 6);
  return steps.filter((c) => kept.includes(c)).map((c) => ({ id: c.id, text: say(ctx, c.id, c.params) }));
}

/** Did the visitor answer any readiness question (beyond "not sure")? Only `assess()` can tell. */
function answeredNothing(ctx: EngineContext): boolean {
  if (ctx.fromAnswers !== true) return false;
  const values = ctx.flow?.values;
  return !controlItems(ctx.items).some(({ item, index }) => {
    const value = values ? values[index] : ctx.answers[item.id];
    return typeof value === 'string' && value !== 'unsure';
  });
}

/**
 * The dual-standard recommendation for a validated context. Pass the classification when it is already
 * computed (as `assess()` does) to avoid doing it twice. @internal
 */
export function recommendWith(
  ctx: EngineContext,
  classification: Classifications = classifyWith(ctx),
): Recommendation {
  const rationale: Reason[] = [];
  if (answeredNothing(ctx)) rationale.push(reasonOf(ctx, 'answers.none', {}, ['answered=0']));
  const standards = chooseStandards(ctx, rationale);
  const claims: Partial<Record<StandardId, Claim>> = {};
  for (const standard of standards) claims[standard] = classification[standard]?.claim ?? 'none';
  const claim27001 = classification.iso27001?.claim ?? ctx.profile.status.iso27001;
  const atRisk = standards.filter((standard) =>
    (classification[standard]?.blockers ?? []).some((b) => b.id === 'certificate-at-risk'),
  );
  const s: Situation = {
    ctx,
    names: ctx.t.standards,
    classification,
    standards,
    claims,
    targets: {},
    has27001: isAligned(claim27001),
    atRisk,
    security: ctx.profile.securityMaturity,
    rationale,
    alternatives: [],
    blockerIds: {},
  };
  chooseTargets(s);
  s.security = effectiveSecurity(ctx, rationale);
  const choice = chooseSequence(s);
  const operatingModel = chooseOperatingModel(s);
  const { phases, plans, integrated } = planPhases(s, choice);
  const costs = costsFor(s, phases, integrated);
  const reuse = reuseFor(s, choice);
  const regulatory = regulatoryFor(s);
  return {
    standards,
    sequence: choice.sequence,
    operatingModel,
    targets: s.targets,
    phases,
    costs,
    reuse,
    regulatory,
    rationale,
    alternatives: s.alternatives,
    nextSteps: nextStepsFor(s, choice, plans),
  };
}

/**
 * Which standard(s) to pursue, in which order, as one system or two, how long, at what cost, how much carries
 * over, which regulations it helps with, what the sources would also allow, and why. From a profile alone;
 * `options.answers` only feed the computed reuse. Throws `ReadinessError` (`invalid-profile`, `invalid-options`)
 * on bad input.
 */
export function recommend(profile: unknown, options?: RecommendOptions): Recommendation {
  return recommendWith(contextFrom(profile, options, RecommendOptionsSchema));
}
