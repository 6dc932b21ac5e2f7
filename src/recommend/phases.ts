import { certificateLapsed } from '../classify/evidence.js';
import { sizeBandOf } from '../figures.js';
import { reasonOf, say } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Phase, Sequence } from '../schemas/result.js';
import { STANDARD_IDS } from '../schemas/standard.js';
import type { Range, StandardId } from '../schemas/standard.js';
import {
  ZERO,
  add,
  alternative,
  copy,
  isAligned,
  later,
  rangeParams,
  sizeText,
  specificReadiness,
} from './situation.js';
import type { Plan, SequenceChoice, Situation } from './situation.js';
import { factsOf, firstRule } from './table.js';
import type { DecisionRule } from './table.js';

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

/**
 * Review Y3: the ISO/IEC 42001 work on top of an ISMS never drops under the seeds' floor (seeds 000, 001: 10–16
 * weeks; 002: the long end for large AI estates) where the AI is or may be high-risk, a general-purpose model is
 * built, the organisation has 250 people or more, or the impact assessment or the AIMS internal audit is not done.
 */
export const FLOOR_42001_RULES: readonly DecisionRule<Situation, true>[] = [
  {
    id: 'phases.floor-42001',
    outcome: true,
    source: ['seed=000', 'seed=001', 'seed=002'],
    why: 'High-risk or general-purpose AI, large estates and missing AIMS milestones need the full effort.',
    when: (s) => {
      const p = s.ctx.profile;
      const notDone = (id: string): boolean => s.ctx.answers[id] !== 'yes';
      return (
        p.euAiActHighRisk !== 'no' ||
        (p.aiGeneralPurpose !== undefined && p.aiGeneralPurpose !== 'no') ||
        p.employees >= 250 ||
        notDone('ai_impact_assessment') ||
        notDone('ai_internal_audit')
      );
    },
    facts: (s) => [
      `euAiActHighRisk=${s.ctx.profile.euAiActHighRisk}`,
      `employees=${s.ctx.profile.employees}`,
      `ai_impact_assessment=${String(s.ctx.answers['ai_impact_assessment'] ?? 'unanswered')}`,
      `ai_internal_audit=${String(s.ctx.answers['ai_internal_audit'] ?? 'unanswered')}`,
    ],
  },
];

/** Restoring a certified system is planned to fit the surveillance cycle (12 months); past half of it, warn. */
const RESTORE_CAP_WEEKS = 52;
const RESTORE_WARN_WEEKS = 26;

export function planStandard(s: Situation, standard: StandardId, sequence: Sequence): Plan {
  const claim = s.claims[standard] ?? 'none';
  const restore = s.atRisk.includes(standard);
  let align: Range | null = null;
  if (restore || !isAligned(claim)) {
    const base = alignBase(s, standard, sequence);
    const full = sized(s, standard, base.range);
    align = scaled(s, standard, full, base.specific);
    if (standard === 'iso42001' && base.specific && !restore)
      align = floored(s, standard, base.range, full, align);
    if (restore) {
      const long = align.max > RESTORE_WARN_WEEKS;
      align = { min: Math.min(align.min, RESTORE_CAP_WEEKS), max: Math.min(align.max, RESTORE_CAP_WEEKS) };
      s.rationale.push(
        reasonOf(
          s.ctx,
          long ? 'phases.restore.capped' : 'phases.restore',
          { standard: s.names[standard], min: align.min, max: align.max },
          [`claim:${standard}=${claim}`, ...(long ? ['seed=engine'] : [])],
        ),
      );
    }
  }
  const lapsed =
    certificateLapsed(s.ctx, standard) && s.ctx.profile.status[standard] === 'certified-accredited';
  const certifies = s.targets[standard] === 'certified-accredited' && claim !== 'certified-accredited';
  return {
    align,
    certify: certifies ? copy(s.ctx.figures.weeks.certify) : null,
    recertify:
      claim === 'certified-non-accredited' ||
      (lapsed && s.ctx.profile.certificateState?.iso27001 !== 'suspended'),
    reinstate: lapsed && s.ctx.profile.certificateState?.iso27001 === 'suspended',
    restore,
  };
}

/** Lifts a scaled 42001 phase back to the floor where a floor rule holds; only the part above it shrinks. */
function floored(s: Situation, standard: StandardId, base: Range, full: Range, scaledRange: Range): Range {
  const rule = firstRule(FLOOR_42001_RULES, s);
  if (!rule) return scaledRange;
  const floor = base.min;
  const shrink = full.max > full.min ? (scaledRange.max - scaledRange.min) / (full.max - full.min) : 1;
  const range = {
    min: Math.max(scaledRange.min, floor),
    max: Math.max(scaledRange.max, floor + Math.round((full.max - floor) * Math.min(1, Math.max(0, shrink)))),
  };
  if (range.min === scaledRange.min && range.max === scaledRange.max) return scaledRange;
  s.rationale.push(
    reasonOf(
      s.ctx,
      rule.id,
      { standard: s.names[standard], min: range.min, max: range.max },
      factsOf(rule, s),
    ),
  );
  return range;
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
      : plan.reinstate
        ? 'phase.reinstate'
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
export function planPhases(
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
