import { sizeBandOf } from '../figures.js';
import type { SizeBand } from '../figures.js';
import { formatMoneyRange } from '../i18n/intl.js';
import { reasonOf } from '../say.js';
import type { EngineKey } from '../say.js';
import type { Cost, Phase } from '../schemas/result.js';
import type { Range } from '../schemas/standard.js';
import { copy, isAligned, sizeText } from './situation.js';
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

// Keys looked up per call are built once: a template literal per call costs a hash per lookup.
const COST_BAND_KEYS: Record<SizeBand, EngineKey> = {
  small: 'costs.band.small',
  medium: 'costs.band.medium',
  large: 'costs.band.large',
};
