import { expect } from 'chai';
import fc from 'fast-check';
import { ITEMS } from '../../src/bank/items.js';
import { countedAnswers, evaluate, flowState, isVisible, visibleItems } from '../../src/flow.js';
import type { BankItem } from '../../src/schemas/bank.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { validValues } from '../support/answers.js';

/** The simple version `flowState` must equal: `isVisible` item by item against the answers counted so far. */
function referenceFlow(items: readonly BankItem[], answers: Answers, scope: readonly StandardId[]) {
  const counted: Answers = {};
  const shown: boolean[] = [];
  const values: (string | string[] | undefined)[] = [];
  for (const item of items) {
    const visible = isVisible(item, counted, scope);
    shown.push(visible);
    const value = visible ? answers[item.id] : undefined;
    values.push(value);
    if (value !== undefined) counted[item.id] = value;
  }
  return { shown, values, counted };
}

/** Any answers: each item answered with one of its values or left out, in any order, plus unknown keys. */
const answersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.tuple(...ITEMS.map((item) => fc.option(fc.constantFrom(...validValues(item)), { nil: undefined }))),
    fc.dictionary(fc.constantFrom('unknown_a', 'unknown_b'), fc.constantFrom('yes', 'no')),
    fc.boolean(),
  )
  .map(([values, extra, reversed]) => {
    const entries = values.flatMap((value, i) =>
      value === undefined ? [] : [[(ITEMS[i] as BankItem).id, value] as const],
    );
    return Object.fromEntries([...(reversed ? entries.reverse() : entries), ...Object.entries(extra)]);
  });
const scopeArb = fc.constantFrom<StandardId[]>(['iso27001', 'iso42001'], ['iso27001'], ['iso42001'], []);

describe('flow', () => {
  describe('evaluate', () => {
    it('should match an answered single choice with `in`', () => {
      expect(
        evaluate({ question: 'ai_role', in: ['core', 'feature'] }, { ai_role: 'core' }, ['iso27001']),
      ).to.equal(true);
    });
    it('should treat an unanswered question as not matching `notIn`', () => {
      expect(evaluate({ question: 'ai_role', notIn: ['none'] }, {}, ['iso27001'])).to.equal(false);
    });
    it('should match multi-choice answers with `includesAny`', () => {
      expect(
        evaluate({ question: 'buyers', includesAny: ['government'] }, { buyers: ['smb', 'government'] }, []),
      ).to.equal(true);
    });
    it('should combine conditions with all/any and scope', () => {
      const condition = { all: [{ scope: 'iso42001' as const }, { any: [{ question: 'a', in: ['x'] }] }] };
      expect(evaluate(condition, { a: 'x' }, ['iso42001'])).to.equal(true);
      expect(evaluate(condition, { a: 'x' }, ['iso27001'])).to.equal(false);
    });
  });

  describe('isVisible', () => {
    const item: BankItem = {
      id: 'ai_policy',
      section: 'ai-governance',
      kind: 'control',
      refs: ['42001:5.2'],
      weight: 1,
    };
    it('should hide a scored item whose standards are all out of scope', () => {
      expect(isVisible(item, {}, ['iso27001'])).to.equal(false);
      expect(isVisible(item, {}, ['iso42001'])).to.equal(true);
    });
  });

  describe('flowState', () => {
    it('should equal isVisible item by item, with the counted answers in bank order', () => {
      fc.assert(
        fc.property(answersArb, scopeArb, (answers, scope) => {
          const flow = flowState(ITEMS, answers, scope);
          const reference = referenceFlow(ITEMS, answers, scope);
          expect(flow).to.deep.equal(reference);
          expect(Object.keys(flow.counted)).to.deep.equal(Object.keys(reference.counted));
          expect(countedAnswers(ITEMS, answers, scope)).to.deep.equal(reference.counted);
          expect(visibleItems(ITEMS, answers, scope)).to.deep.equal(
            ITEMS.filter((_, i) => reference.shown[i]),
          );
        }),
        { numRuns: 300 },
      );
    });

    it('should work the visibility out again for another bank of the same length', () => {
      const swapped = [...ITEMS].reverse();
      const answers = Object.fromEntries(ITEMS.map((item) => [item.id, validValues(item)[0] as string]));
      flowState(ITEMS, answers, ['iso27001']);
      expect(flowState(swapped, answers, ['iso27001'])).to.deep.equal(
        referenceFlow(swapped, answers, ['iso27001']),
      );
    });
  });
});
