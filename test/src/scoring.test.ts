import { expect } from 'chai';
import fc from 'fast-check';
import { ITEMS } from '../../src/bank/items.js';
import { flowState } from '../../src/flow.js';
import { en } from '../../src/i18n/en/index.js';
import type { Answers, StandardReadiness } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { ANSWER_CREDIT, countedItems, readinessOf, scoreReadiness } from '../../src/scoring.js';
import { DOMAINS, REF_PREFIX, domainOfRef } from '../../src/standards.js';
import { scopeArb, validAnswersArb } from '../support/arbitraries.js';

/** The plain definition the scoring must equal: the counted items' weights, summed per domain and overall. */
function referenceReadiness(
  answers: Answers,
  scope: readonly StandardId[],
  standard: StandardId,
): StandardReadiness {
  const percent = (earned: number, weight: number) =>
    weight === 0 ? null : Math.round((1000 * earned) / weight) / 10;
  const totals = new Map(DOMAINS[standard].map((id) => [id, { earned: 0, weight: 0, items: 0, unsure: 0 }]));
  let earned = 0;
  let weight = 0;
  const unsure: string[] = [];
  const gaps: string[] = [];
  for (const item of countedItems(ITEMS, answers, scope, standard)) {
    const answer = answers[item.id];
    const credit = typeof answer === 'string' ? (ANSWER_CREDIT[answer] ?? 0) : 0;
    const isUnsure = answer === undefined || answer === 'unsure';
    earned += credit * item.weight;
    weight += item.weight;
    if (isUnsure) unsure.push(item.id);
    else if (credit < 1) gaps.push(item.id);
    const refs = item.refs.filter((ref) => ref.startsWith(`${REF_PREFIX[standard]}:`));
    for (const domain of new Set(refs.map(domainOfRef))) {
      const total = totals.get(domain);
      if (!total) continue;
      total.earned += credit * item.weight;
      total.weight += item.weight;
      total.items += 1;
      if (isUnsure) total.unsure += 1;
    }
  }
  const domains = [...totals].map(([id, total]) => ({
    id,
    label: (en.domains as Record<string, string>)[id] ?? id,
    score: percent(total.earned, total.weight),
    items: total.items,
    unsure: total.unsure,
  }));
  return { standard, score: percent(earned, weight), domains, unsure, gaps };
}

describe('scoring', () => {
  it('should score as the plain definition does, from answers as given and from a flow', () => {
    fc.assert(
      fc.property(validAnswersArb, scopeArb, (answers, scope) => {
        const reference = Object.fromEntries(scope.map((s) => [s, referenceReadiness(answers, scope, s)]));
        expect(scoreReadiness(ITEMS, answers, scope, en)).to.deep.equal(reference);
        // assess() scores the counted answers from its one visibility pass.
        const flow = flowState(ITEMS, answers, scope);
        const counted = Object.fromEntries(scope.map((s) => [s, referenceReadiness(flow.counted, scope, s)]));
        expect(readinessOf(ITEMS, flow, scope, en)).to.deep.equal(counted);
      }),
      { numRuns: 300 },
    );
  });

  it('should give every domain of a standard, in order, even when nothing counts', () => {
    const readiness = scoreReadiness(ITEMS, {}, ['iso42001'], en).iso42001;
    expect(readiness?.domains.map((d) => d.id)).to.deep.equal(DOMAINS.iso42001);
    expect(readiness?.domains.every((d) => d.score === 0 || d.score === null)).to.equal(true);
  });
});
