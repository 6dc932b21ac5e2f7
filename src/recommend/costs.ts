import { sizeBandOf } from '../figures.js';
import type { SizeBand } from '../figures.js';
import { formatMoneyRange } from '../i18n/intl.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Cost, Phase } from '../schemas/result.js';
import type { StandardId } from '../schemas/standard.js';
import type { Range } from '../schemas/standard.js';
import { copy, isAligned, sizeText, specificReadiness } from './situation.js';
import type { Situation } from './situation.js';

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
export function costsFor(s: Situation, phases: Phase[], integrated: boolean): Cost[] {
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
  const { quoted } = ctx.figures.reuse;
  return certifying.map((standard, i) => {
    let fees = copy(certificationFees);
    let effort = copy(internalEffort);
    const claim = s.claims[standard] ?? 'none';
    const onTop = standard === 'iso42001' && s.has27001 && !isAligned(claim);
    if (onTop) {
      // Seeds 000, 001, 003: 40–70 % of the 27001 work carries over; the effort left is the rest.
      const low = 1 - quoted.max / 100;
      const high = 1 - quoted.min / 100;
      effort = { min: scale(effort, low).min, max: scale(effort, high).max };
      s.rationale.push(
        reasonOf(
          ctx,
          'costs.on-top',
          {
            standard: s.names[standard],
            min: quoted.min,
            max: quoted.max,
            lowShare: share(low),
            highShare: share(high),
          },
          [`has27001=true`, 'seed=000', 'seed=001', 'seed=003'],
        ),
      );
    }
    const left = isAligned(claim) ? null : workLeft(s, standard, onTop);
    if (left !== null && left.factor < 1) {
      effort = scale(effort, left.factor);
      s.rationale.push(
        reasonOf(
          ctx,
          'costs.scaled',
          { standard: s.names[standard], readiness: left.readiness, share: share(left.factor) },
          [`readiness:${standard}${onTop ? ':specific' : ''}=${left.readiness}`, 'seed=engine'],
        ),
      );
    }
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
    // An ISMS already certified: the 42001 initial audit can ride on its next surveillance audit (seeds 001, 003).
    if (!(integrated && i > 0) && standard === 'iso42001' && s.claims.iso27001 === 'certified-accredited') {
      // The audit is what is shared: the implementation effort stays.
      fees = scale(fees, secondStandard);
      s.rationale.push(
        reasonOf(
          ctx,
          'costs.integrated-surveillance',
          { standard: s.names[standard], share: share(secondStandard) },
          ['claim:iso27001=certified-accredited', 'seed=001', 'seed=003'],
        ),
      );
    }
    const cost: Cost = { standard, certificationFees: fees, internalEffort: effort, currency: ctx.currency };
    if (p.employees < SMALL_TEAM.employees) smallTeam(s, standard, phases, cost);
    return cost;
  });
}

/**
 * Under 10 people the published bands assume a team that does not exist (review Y5): the internal effort is the
 * founders' own time, counted from the weeks of the plan at a part-time lead's days per week. Engine figures.
 */
const SMALL_TEAM = { employees: 10, alignDaysPerWeek: 2, certifyDaysPerWeek: 1, dayRate: 800 } as const;

function smallTeam(s: Situation, standard: StandardId, phases: Phase[], cost: Cost): void {
  let min = 0;
  let max = 0;
  for (const phase of phases) {
    if (phase.standard !== standard) continue;
    const perWeek = phase.kind === 'align' ? SMALL_TEAM.alignDaysPerWeek : SMALL_TEAM.certifyDaysPerWeek;
    min += phase.weeks.min * perWeek;
    max += phase.weeks.max * perWeek;
  }
  const effort = { min: min * SMALL_TEAM.dayRate, max: max * SMALL_TEAM.dayRate };
  // Never more than the band already worked out.
  cost.internalEffort = {
    min: Math.min(effort.min, cost.internalEffort.min),
    max: Math.min(effort.max, cost.internalEffort.max),
  };
  cost.personDays = { min, max };
  s.rationale.push(
    reasonOf(s.ctx, 'costs.small-team', { minDays: min, maxDays: max }, [
      `employees=${s.ctx.profile.employees}`,
      'seed=engine',
    ]),
  );
}

/**
 * The share of the usual effort still to spend: the same factor the weeks use (1 − readiness, never under the
 * floor). For ISO/IEC 42001 on top of an ISMS, only the AI-specific work counts, as the carry-over is priced
 * separately. Null when nothing was scored.
 */
function workLeft(
  s: Situation,
  standard: StandardId,
  specific: boolean,
): { readiness: number; factor: number } | null {
  const readiness = specific
    ? specificReadiness(s.ctx, standard)
    : (s.ctx.readiness[standard]?.score ?? null);
  if (readiness === null) return null;
  return { readiness, factor: Math.max(s.ctx.figures.readiness.alignFloor, 1 - readiness / 100) };
}

// Keys looked up per call are built once: a template literal per call costs a hash per lookup.
const COST_BAND_KEYS: Record<SizeBand, EngineKey> = {
  small: 'costs.band.small',
  medium: 'costs.band.medium',
  large: 'costs.band.large',
};
