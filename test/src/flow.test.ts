import { expect } from 'chai';
import { evaluate, isVisible } from '../../src/flow.js';
import type { BankItem } from '../../src/schemas/bank.js';

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
});
