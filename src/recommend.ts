import * as z from './zod.js';
import { ClassifyOptionsSchema, classifyWith, contextFrom, reasonOf, say, visibility } from './classify.js';
import type { EngineKey } from './classify.js';
import type { EngineContext } from './context.js';
import { sizeBandOf } from './figures.js';
import { formatMoneyRange } from './i18n/intl.js';
import type { SizeBand } from './figures.js';
import { EU_AI_ACT_ARTICLES, NIST_AI_RMF_FUNCTIONS, aiActRole } from './regulatory.js';
import type { AiActRole, EuAiActArticle } from './regulatory.js';
import { ANSWER_CREDIT } from './scoring.js';
import type { BankItem, ControlItem } from './schemas/bank.js';
import type { OrgProfile } from './schemas/profile.js';
import { AnswersSchema } from './schemas/result.js';
import type {
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
  standards: StandardId[];
  claims: Partial<Record<StandardId, Claim>>;
  targets: Partial<Record<StandardId, Requirement>>;
  /** An aligned or certified ISO/IEC 27001 system exists now (declared when 27001 is out of scope). */
  has27001: boolean;
  rationale: Reason[];
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
      if (inScope) rationale.push(reasonOf(ctx, 'standards.not-needed', params, facts));
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

/** The requirement when it is an accredited certificate (or one is already held), else alignment. */
function chooseTargets(s: Situation, classification: Classifications): void {
  for (const standard of s.standards) {
    const c = classification[standard];
    if (!c) continue;
    const held = c.claim === 'certified-accredited';
    const target: Requirement =
      c.requirement === 'certified-accredited' || held ? 'certified-accredited' : 'aligned';
    s.targets[standard] = target;
    const id: EngineKey =
      c.requirement === 'certified-accredited' ? 'target.certified' : held ? 'target.held' : 'target.aligned';
    s.rationale.push(
      reasonOf(s.ctx, id, { standard: s.names[standard] }, [
        `requirement:${standard}=${c.requirement}`,
        `claim:${standard}=${c.claim}`,
      ]),
    );
  }
}

interface SequenceChoice {
  sequence: Sequence;
  /** Standards in the order they are worked on. */
  order: StandardId[];
  /** Both at once on a shared design (`together`), or one after the other. */
  parallel: boolean;
}

/**
 * Order of work. Held standards are built on (add-*); from scratch, weak security goes 27001 first (seed 002),
 * an AI-native product with reasonable security goes 42001 first (seeds 000, 002), AI as a feature with
 * medium security goes 27001 first (seed 000), and strong security starts both on one design (seed 003).
 */
function chooseSequence(s: Situation): SequenceChoice {
  const { standards, claims, targets } = s;
  const p = s.ctx.profile;
  const [only] = standards;
  if (only === undefined) return pick(s, 'none', [], 'sequence.none');
  const heldAtTarget = standards.every((standard) => {
    const claim = claims[standard];
    const target = targets[standard];
    return claim !== undefined && target !== undefined && satisfies(claim, target);
  });
  if (heldAtTarget) return pick(s, 'maintain', standards, 'sequence.maintain');
  if (standards.length === 1) return pick(s, 'single', [only], 'sequence.single');

  // Both are needed and at least one is short of its target. A standard already aligned is built on; when
  // both are aligned, the one still short of its target is the addition, or both certify together.
  const has27001 = isAligned(claims.iso27001 ?? 'none');
  const has42001 = isAligned(claims.iso42001 ?? 'none');
  const done27001 = satisfies(claims.iso27001 ?? 'none', targets.iso27001 ?? 'aligned');
  const done42001 = satisfies(claims.iso42001 ?? 'none', targets.iso42001 ?? 'aligned');
  const both: StandardId[] = ['iso27001', 'iso42001'];
  if (has27001 && has42001 && !done27001 && !done42001)
    return pick(s, 'together', both, 'sequence.together-certify', [], true);
  if (has27001 && (!has42001 || done27001)) return pick(s, 'add-iso42001', both, 'sequence.add-iso42001');
  if (has42001) return pick(s, 'add-iso27001', ['iso42001', 'iso27001'], 'sequence.add-iso27001');
  const maturity = `securityMaturity=${p.securityMaturity}`;
  if (p.securityMaturity === 'low')
    return pick(s, 'iso27001-first', both, 'sequence.iso27001-first.weak-security', [maturity]);
  if (p.aiRole === 'core')
    return pick(s, 'iso42001-first', ['iso42001', 'iso27001'], 'sequence.iso42001-first', [
      'aiRole=core',
      maturity,
    ]);
  if (p.securityMaturity === 'medium')
    return pick(s, 'iso27001-first', both, 'sequence.iso27001-first.not-core', [
      `aiRole=${p.aiRole}`,
      maturity,
    ]);
  return pick(s, 'together', both, 'sequence.together', [`aiRole=${p.aiRole}`, maturity], true);
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
 * high-risk system meets an organisation large enough to carry a dedicated AI management system.
 */
function chooseOperatingModel(s: Situation): Recommendation['operatingModel'] {
  if (s.standards.length < 2) return null;
  const p = s.ctx.profile;
  const band = sizeBandOf(p.employees, s.ctx.figures.sizeBands);
  if (p.aiFunction === 'separate') {
    s.rationale.push(reasonOf(s.ctx, 'operating-model.federated.separate-ai', {}, ['aiFunction=separate']));
    return 'federated';
  }
  if (p.euAiActHighRisk === 'yes' && p.aiRole !== 'none' && band === 'large') {
    s.rationale.push(
      reasonOf(s.ctx, 'operating-model.federated.high-risk', { employees: p.employees }, [
        'euAiActHighRisk=yes',
        `employees=${p.employees}`,
        `sizeBand=${band}`,
      ]),
    );
    return 'federated';
  }
  s.rationale.push(
    reasonOf(s.ctx, 'operating-model.unified', {}, [
      `aiFunction=${p.aiFunction}`,
      `standards=${s.standards.join('+')}`,
    ]),
  );
  return 'unified';
}

interface Plan {
  align: Range | null;
  certify: Range | null;
  recertify: boolean;
}

/** The align phase's base duration for a standard, given the sequence, with the reason naming the figure. */
function alignBase(s: Situation, standard: StandardId, sequence: Sequence): Range {
  const { weeks } = s.ctx.figures;
  const names = s.names;
  if (standard === 'iso27001') {
    const after42001 = sequence === 'iso42001-first' || sequence === 'add-iso27001';
    const id: EngineKey = after42001 ? 'phases.align-27001-after-42001' : 'phases.align-27001';
    s.rationale.push(
      reasonOf(
        s.ctx,
        id,
        { standard: names.iso27001, min: weeks.align27001.min, max: weeks.align27001.max },
        [`sequence=${sequence}`],
      ),
    );
    return weeks.align27001;
  }
  const onTop =
    sequence === 'iso27001-first' || sequence === 'add-iso42001' || (sequence === 'single' && s.has27001);
  const range = onTop ? weeks.align42001OnTop27001 : weeks.align42001Standalone;
  const id: EngineKey = onTop ? 'phases.align-42001-on-top' : 'phases.align-42001-standalone';
  s.rationale.push(
    reasonOf(s.ctx, id, { min: range.min, max: range.max }, [
      `sequence=${sequence}`,
      `has27001=${s.has27001}`,
    ]),
  );
  return range;
}

/** Shrinks an align phase by the share of the standard already in place, never below the floor. */
function scaled(s: Situation, standard: StandardId, base: Range): Range {
  const score = s.ctx.readiness[standard]?.score ?? null;
  if (score === null) return copy(base);
  const factor = Math.max(s.ctx.figures.readiness.alignFloor, 1 - score / 100);
  const range = {
    min: Math.max(1, Math.round(base.min * factor)),
    max: Math.max(1, Math.round(base.max * factor)),
  };
  s.rationale.push(
    reasonOf(
      s.ctx,
      'phases.scaled',
      { standard: s.names[standard], readiness: score, min: range.min, max: range.max },
      [`readiness:${standard}=${score}`],
    ),
  );
  return range;
}

function planStandard(s: Situation, standard: StandardId, sequence: Sequence): Plan {
  const claim = s.claims[standard] ?? 'none';
  const align = isAligned(claim) ? null : scaled(s, standard, alignBase(s, standard, sequence));
  const certifies = s.targets[standard] === 'certified-accredited' && claim !== 'certified-accredited';
  return {
    align,
    certify: certifies ? copy(s.ctx.figures.weeks.certify) : null,
    recertify: claim === 'certified-non-accredited',
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
  recertify = false,
): void {
  phases.push({
    standard,
    kind,
    weeks,
    startWeek,
    label: say(s.ctx, kind === 'align' ? 'phase.align' : recertify ? 'phase.recertify' : 'phase.certify', {
      standard: s.names[standard],
    }),
  });
}

/**
 * Phases with week ranges. Sequential paths start the second standard's alignment when the first one's ends,
 * and certify each standard when its alignment ends; `together` starts both after the shared design and
 * certifies both at once when the later alignment ends.
 */
function planPhases(
  s: Situation,
  choice: SequenceChoice,
): { phases: Phase[]; plans: Partial<Record<StandardId, Plan>> } {
  const { ctx } = s;
  const plans: Partial<Record<StandardId, Plan>> = {};
  for (const standard of choice.order) plans[standard] = planStandard(s, standard, choice.sequence);
  const phases: Phase[] = [];

  if (choice.parallel) {
    const anyAlign = choice.order.some((standard) => plans[standard]?.align);
    const start = anyAlign ? copy(ctx.figures.weeks.unifiedDesign) : ZERO;
    let audit = ZERO;
    for (const standard of choice.order) {
      const align = plans[standard]?.align;
      if (!align) continue;
      pushPhase(s, phases, standard, 'align', align, copy(start));
      audit = later(audit, add(start, align));
    }
    const certifying = choice.order.filter((standard) => plans[standard]?.certify);
    for (const standard of certifying) {
      const plan = plans[standard];
      if (plan?.certify) pushPhase(s, phases, standard, 'certify', plan.certify, copy(audit), plan.recertify);
    }
    if (anyAlign)
      s.rationale.push(
        reasonOf(ctx, 'phases.unified-design', rangeParams(ctx.figures.weeks.unifiedDesign), [
          'sequence=together',
        ]),
      );
    if (certifying.length > 1)
      s.rationale.push(
        reasonOf(
          ctx,
          'phases.integrated-audit',
          {},
          certifying.map((c) => `certify=${c}`),
        ),
      );
  } else {
    let cursor = ZERO;
    for (const standard of choice.order) {
      const plan = plans[standard];
      if (!plan) continue;
      let ready = ZERO;
      if (plan.align) {
        pushPhase(s, phases, standard, 'align', plan.align, copy(cursor));
        ready = add(cursor, plan.align);
        cursor = ready;
      }
      if (plan.certify) pushPhase(s, phases, standard, 'certify', plan.certify, copy(ready), plan.recertify);
    }
  }

  if (phases.some((phase) => phase.kind === 'certify'))
    s.rationale.push(reasonOf(ctx, 'phases.certify', rangeParams(ctx.figures.weeks.certify), []));
  if (plans.iso42001?.align) {
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
        [],
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
  return { phases, plans };
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

/** Cost ranges by size band, only where a certificate is still to be obtained (seed 000). */
function costsFor(
  s: Situation,
  phases: Phase[],
  choice: SequenceChoice,
  model: Recommendation['operatingModel'],
): Cost[] {
  const { ctx } = s;
  const p = ctx.profile;
  const band = sizeBandOf(p.employees, ctx.figures.sizeBands);
  const certifying = phases.filter((phase) => phase.kind === 'certify').map((phase) => phase.standard);
  if (certifying.length === 0) {
    if (s.standards.length > 0) s.rationale.push(reasonOf(ctx, 'costs.none', {}, []));
    return [];
  }
  const { certificationFees, internalEffort } = ctx.figures.costs[band];
  const locale = ctx.t.locale;
  s.rationale.push(
    reasonOf(
      ctx,
      COST_BAND_KEYS[band],
      {
        employees: p.employees,
        fees: moneyRange(certificationFees, ctx.currency, locale),
        effort: moneyRange(internalEffort, ctx.currency, locale),
      },
      [`employees=${p.employees}`, `sizeBand=${band}`],
    ),
  );
  for (const standard of certifying)
    if (isAligned(s.claims[standard] ?? 'none'))
      s.rationale.push(
        reasonOf(ctx, 'costs.aligned-already', { standard: s.names[standard] }, [
          `claim:${standard}=${s.claims[standard]}`,
        ]),
      );
  if (choice.parallel && certifying.length > 1 && model === 'unified')
    s.rationale.push(
      reasonOf(ctx, 'costs.integrated-audit', {}, ['sequence=together', 'operatingModel=unified']),
    );
  return certifying.map((standard) => ({
    standard,
    certificationFees: copy(certificationFees),
    internalEffort: copy(internalEffort),
    currency: ctx.currency,
  }));
}

interface AiItem {
  item: ControlItem;
  id: string;
  weight: number;
  /** Position in the bank. */
  index: number;
  shared: boolean;
}
const AI_ITEMS = new WeakMap<readonly BankItem[], AiItem[]>();

/** The bank's ISO/IEC 42001 items, each marked shared when it also evidences 27001; worked out once per bank. */
function aiItems(items: readonly BankItem[]): AiItem[] {
  let list = AI_ITEMS.get(items);
  if (!list) {
    list = items.flatMap((item, index) =>
      item.kind === 'control' && item.refs.some((ref) => ref.startsWith('42001:'))
        ? [
            {
              item,
              id: item.id,
              weight: item.weight,
              index,
              shared: item.refs.some((ref) => ref.startsWith('27001:')),
            },
          ]
        : [],
    );
    AI_ITEMS.set(items, list);
  }
  return list;
}

/**
 * Share of ISO/IEC 42001's counted weight (visible, not `n/a`, as `countedItems` counts it) that sits on shared
 * items already in place: `yes` counts fully, `partly` half. Null when none of the 42001 items was answered.
 */
function computedReuse(ctx: EngineContext): number | null {
  let total = 0;
  let earned = 0;
  let answered = false;
  const visible = visibility(ctx);
  const values = ctx.flow?.values;
  for (const { item, id, weight, index, shared } of aiItems(ctx.items)) {
    const answer = values ? values[index] : ctx.answers[id];
    if (answer === 'n/a' || !visible(item, index)) continue;
    total += weight;
    if (typeof answer !== 'string') continue;
    answered = true;
    if (shared) earned += (ANSWER_CREDIT[answer] ?? 0) * weight;
  }
  return answered && total > 0 ? Math.round((1000 * earned) / total) / 10 : null;
}

function reuseFor(s: Situation): Reuse | null {
  if (!s.standards.includes('iso42001') || !(s.standards.includes('iso27001') || s.has27001)) return null;
  const { ctx } = s;
  const { quoted, documentation, documentsPoliciesProcesses, foundationalControls } = ctx.figures.reuse;
  const computed = computedReuse(ctx);
  const id: EngineKey = computed === null ? 'reuse.quoted' : 'reuse.computed';
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
  s.rationale.push({ id, text, facts: computed === null ? [] : [`reuse:computed=${computed}`] });
  return { quoted: copy(quoted), computed, text };
}

// Keys looked up per call are built once: a template literal per call costs a hash per lookup.
const COST_BAND_KEYS: Record<SizeBand, EngineKey> = {
  small: 'costs.band.small',
  medium: 'costs.band.medium',
  large: 'costs.band.large',
};
const ROLE_KEYS: Record<AiActRole, EngineKey> = {
  provider: 'regulatory.eu-ai-act.provider',
  deployer: 'regulatory.eu-ai-act.deployer',
};
const ARTICLE_KEYS = Object.fromEntries(
  EU_AI_ACT_ARTICLES.map((article) => [article.id, `regulatory.eu-ai-act.${article.id}` as const]),
) as Record<EuAiActArticle['id'], EngineKey>;
const NIST_KEYS = Object.fromEntries(
  NIST_AI_RMF_FUNCTIONS.map((fn) => [fn.id, `regulatory.nist.${fn.id}` as const]),
) as Record<(typeof NIST_AI_RMF_FUNCTIONS)[number]['id'], EngineKey>;

/** EU AI Act articles (provider or deployer, high-risk yes or unsure) and NIST AI RMF functions, as data. */
function regulatoryFor(s: Situation): RegulatoryLink[] {
  const { ctx } = s;
  const p = ctx.profile;
  const role = aiActRole(p.aiRole);
  if (!s.standards.includes('iso42001') || role === null) return [];
  const links: RegulatoryLink[] = [];
  if (p.markets.includes('eu')) {
    const highRisk = p.euAiActHighRisk !== 'no';
    for (const article of EU_AI_ACT_ARTICLES) {
      if (!article.roles.includes(role) || (article.highRisk && !highRisk)) continue;
      if (article.regulatedOnly && !p.regulatedSector) continue;
      links.push({
        framework: 'eu-ai-act',
        ref: article.ref,
        text: say(ctx, ARTICLE_KEYS[article.id]),
        refs: [...article.refs],
      });
    }
    s.rationale.push(
      reasonOf(ctx, ROLE_KEYS[role], {}, [
        'markets=eu',
        `aiRole=${p.aiRole}`,
        `euAiActHighRisk=${p.euAiActHighRisk}`,
      ]),
    );
    if (p.euAiActHighRisk === 'unsure')
      s.rationale.push(reasonOf(ctx, 'regulatory.high-risk-unsure', {}, ['euAiActHighRisk=unsure']));
  }
  if (p.markets.includes('us')) {
    for (const fn of NIST_AI_RMF_FUNCTIONS)
      links.push({
        framework: 'nist-ai-rmf',
        ref: fn.ref,
        text: say(ctx, NIST_KEYS[fn.id]),
        refs: [...fn.refs],
      });
    s.rationale.push(reasonOf(ctx, 'regulatory.nist', {}, ['markets=us', `aiRole=${p.aiRole}`]));
  }
  return links;
}

interface StepCandidate {
  id: EngineKey;
  /** Lower is more important; at most six steps are kept. */
  priority: number;
  params?: Params;
}

/** Three to six concrete steps in the order to take them, the most important kept when there are more. */
function nextStepsFor(
  s: Situation,
  choice: SequenceChoice,
  plans: Partial<Record<StandardId, Plan>>,
): Recommendation['nextSteps'] {
  const { ctx, names } = s;
  const p = ctx.profile;
  if (choice.sequence === 'none')
    return (['step.none.basics', 'step.none.revisit', 'step.none.ai-tools'] as const).map((id) => ({
      id,
      text: say(ctx, id),
    }));
  const align27001 = plans.iso27001?.align != null;
  const align42001 = plans.iso42001?.align != null;
  const onTopNow = align42001 && !align27001 && s.has27001;
  const { unifiedDesign } = ctx.figures.weeks;
  const candidates: (StepCandidate | false)[] = [
    s.standards.includes('iso42001') &&
      p.aiRole !== 'none' &&
      p.markets.includes('eu') &&
      p.euAiActHighRisk === 'unsure' && { id: 'step.classify-ai-act', priority: 1 },
    choice.sequence === 'together' &&
      (align27001 || align42001) && {
        id: 'step.unified-design',
        priority: 2,
        params: rangeParams(unifiedDesign),
      },
    onTopNow && { id: 'step.map-42001', priority: 2, params: rangeParams(unifiedDesign) },
    choice.sequence === 'iso42001-first' && align42001 && { id: 'step.ai-inventory', priority: 2 },
    choice.sequence === 'iso42001-first' && align42001 && { id: 'step.impact-assessment', priority: 3 },
    align27001 && { id: 'step.gap-analysis-27001', priority: 2, params: { standard: names.iso27001 } },
    onTopNow && { id: 'step.extend-risk-register', priority: 4 },
    choice.sequence !== 'iso42001-first' && align42001 && { id: 'step.ai-inventory', priority: 3 },
    choice.sequence !== 'iso42001-first' && align42001 && { id: 'step.impact-assessment', priority: 4 },
    (align27001 || align42001) && { id: 'step.internal-audit', priority: 4 },
    ...s.standards.map(
      (standard): StepCandidate | false =>
        plans[standard]?.recertify === true &&
        plans[standard]?.certify != null && {
          id: 'step.recertify',
          priority: 2,
          params: { standard: names[standard] },
        },
    ),
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
    { id: 'step.keep-evidence', priority: 6 },
    { id: 'step.review-scope', priority: 7 },
  ];
  const steps = candidates.filter((c): c is StepCandidate => c !== false);
  // The sort is stable: among equal priorities the earlier step is kept.
  const kept = steps.length <= 6 ? steps : [...steps].sort((a, b) => a.priority - b.priority).slice(0, 6);
  return steps.filter((c) => kept.includes(c)).map((c) => ({ id: c.id, text: say(ctx, c.id, c.params) }));
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
  const standards = chooseStandards(ctx, rationale);
  const claims: Partial<Record<StandardId, Claim>> = {};
  for (const standard of standards) claims[standard] = classification[standard]?.claim ?? 'none';
  const claim27001 = classification.iso27001?.claim ?? ctx.profile.status.iso27001;
  const s: Situation = {
    ctx,
    names: ctx.t.standards,
    standards,
    claims,
    targets: {},
    has27001: isAligned(claim27001),
    rationale,
  };
  chooseTargets(s, classification);
  const choice = chooseSequence(s);
  const operatingModel = chooseOperatingModel(s);
  const { phases, plans } = planPhases(s, choice);
  const costs = costsFor(s, phases, choice, operatingModel);
  const reuse = reuseFor(s);
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
    nextSteps: nextStepsFor(s, choice, plans),
  };
}

/**
 * Which standard(s) to pursue, in which order, as one system or two, how long, at what cost, how much carries
 * over, which regulations it helps with, and why. From a profile alone; `options.answers` only feed the computed
 * reuse. Throws `ReadinessError` (`invalid-profile`, `invalid-options`) on bad input.
 */
export function recommend(profile: unknown, options?: RecommendOptions): Recommendation {
  return recommendWith(contextFrom(profile, options, RecommendOptionsSchema));
}
