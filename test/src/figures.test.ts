import { expect } from 'chai';
import fc from 'fast-check';
import * as z from '../../src/zod.js';
import { ReadinessError } from '../../src/errors.js';
import { thrown } from '../support/engine.js';
import { DEFAULT_FIGURES, FiguresSchema, resolveFigures, sizeBandOf } from '../../src/figures.js';

describe('figures', () => {
  describe('DEFAULT_FIGURES', () => {
    it('should be valid figures', () => {
      expect(z.safeParse(FiguresSchema, DEFAULT_FIGURES).success).to.equal(true);
    });

    it('should carry the seed timelines in weeks', () => {
      const { weeks, endToEnd } = DEFAULT_FIGURES;
      expect(weeks.align27001).to.deep.equal({ min: 26, max: 52 }); // 6–12 months
      expect(weeks.align42001OnTop27001).to.deep.equal({ min: 10, max: 16 });
      expect(weeks.unifiedDesign).to.deep.equal({ min: 2, max: 3 });
      expect(endToEnd.iso42001With27001).to.deep.equal({ min: 26, max: 39 }); // 6–9 months
      expect(endToEnd.iso42001Without27001).to.deep.equal({ min: 39, max: 65 }); // 9–15 months
    });

    it('should derive the certification leg and standalone 42001 alignment so they add up to the end-to-end ranges', () => {
      const { weeks, endToEnd } = DEFAULT_FIGURES;
      expect(weeks.align42001OnTop27001.min + weeks.certify.min).to.equal(endToEnd.iso42001With27001.min);
      expect(weeks.align42001OnTop27001.max + weeks.certify.max).to.equal(endToEnd.iso42001With27001.max);
      expect(weeks.align42001Standalone.min + weeks.certify.min).to.equal(endToEnd.iso42001Without27001.min);
      expect(weeks.align42001Standalone.max + weeks.certify.max).to.equal(endToEnd.iso42001Without27001.max);
    });

    it('should split the seed cost ranges (fees €15–60k, internal effort €60–300k) into contiguous size bands', () => {
      const { small, medium, large } = DEFAULT_FIGURES.costs;
      expect(small.certificationFees.min).to.equal(15_000);
      expect(large.certificationFees.max).to.equal(60_000);
      expect(small.internalEffort.min).to.equal(60_000);
      expect(large.internalEffort.max).to.equal(300_000);
      expect(medium.certificationFees.min).to.equal(small.certificationFees.max);
      expect(large.certificationFees.min).to.equal(medium.certificationFees.max);
      expect(medium.internalEffort.min).to.equal(small.internalEffort.max);
      expect(large.internalEffort.min).to.equal(medium.internalEffort.max);
      expect(DEFAULT_FIGURES.currency).to.equal('EUR');
    });

    it('should quote 40–70 % reuse and keep the three sources that span it', () => {
      const { quoted, documentation, documentsPoliciesProcesses, foundationalControls } =
        DEFAULT_FIGURES.reuse;
      expect(quoted).to.deep.equal({ min: 40, max: 70 });
      expect(documentation).to.deep.equal({ min: 40, max: 50 });
      expect(documentsPoliciesProcesses).to.deep.equal({ min: 50, max: 60 });
      expect(foundationalControls).to.deep.equal({ min: 60, max: 70 });
    });

    it('should be frozen so no caller can change the defaults for everyone', () => {
      expect(Object.isFrozen(DEFAULT_FIGURES)).to.equal(true);
      expect(Object.isFrozen(DEFAULT_FIGURES.weeks.certify)).to.equal(true);
    });
  });

  describe('sizeBandOf', () => {
    it('should use the EU SME bands by default', () => {
      const bands = DEFAULT_FIGURES.sizeBands;
      expect(sizeBandOf(1, bands)).to.equal('small');
      expect(sizeBandOf(49, bands)).to.equal('small');
      expect(sizeBandOf(50, bands)).to.equal('medium');
      expect(sizeBandOf(249, bands)).to.equal('medium');
      expect(sizeBandOf(250, bands)).to.equal('large');
    });
  });

  describe('resolveFigures', () => {
    it('should return the defaults when nothing is overridden', () => {
      expect(resolveFigures(undefined)).to.equal(DEFAULT_FIGURES);
      expect(resolveFigures({})).to.deep.equal(DEFAULT_FIGURES);
    });

    it('should merge a deep-partial override and keep everything else', () => {
      const figures = resolveFigures({ weeks: { certify: { min: 8 } }, currency: 'CHF' });
      expect(figures.weeks.certify).to.deep.equal({ min: 8, max: DEFAULT_FIGURES.weeks.certify.max });
      expect(figures.weeks.align27001).to.deep.equal(DEFAULT_FIGURES.weeks.align27001);
      expect(figures.currency).to.equal('CHF');
      expect(DEFAULT_FIGURES.weeks.certify.min).to.equal(16);
    });

    it('should reject unknown fields with the path of the object', () => {
      const error = thrown(() => resolveFigures({ weeks: { sprint: { min: 1, max: 2 } } }));
      expect(error.code).to.equal('invalid-options');
      expect(error.path).to.deep.equal(['figures', 'weeks']);
      expect(error.message).to.contain('sprint');
    });

    it('should reject a range whose min exceeds its max once merged', () => {
      const error = thrown(() => resolveFigures({ weeks: { unifiedDesign: { min: 5 } } }));
      expect(error.code).to.equal('invalid-options');
      expect(error.path).to.deep.equal(['figures', 'weeks', 'unifiedDesign']);
      expect(error.message).to.contain('exceeds');
    });

    it('should reject negative amounts and wrong types with the field path', () => {
      expect(
        thrown(() => resolveFigures({ costs: { small: { certificationFees: { min: -1 } } } })).path,
      ).to.deep.equal(['figures', 'costs', 'small', 'certificationFees', 'min']);
      expect(thrown(() => resolveFigures({ readiness: { alignFloor: '0.5' } })).path).to.deep.equal([
        'figures',
        'readiness',
        'alignFloor',
      ]);
      expect(thrown(() => resolveFigures('fast')).path).to.deep.equal(['figures']);
    });

    it('should reject size bands out of order', () => {
      const error = thrown(() => resolveFigures({ sizeBands: { smallMaxEmployees: 500 } }));
      expect(error.path).to.deep.equal(['figures', 'sizeBands', 'mediumMaxEmployees']);
    });

    it('should reject a currency that is not an ISO 4217 code', () => {
      expect(thrown(() => resolveFigures({ currency: 'euro' })).path).to.deep.equal(['figures', 'currency']);
    });

    it('should root the error path where the caller says', () => {
      expect(thrown(() => resolveFigures({ nope: 1 }, ['options', 'figures'])).path).to.deep.equal([
        'options',
        'figures',
      ]);
    });

    it('should accept any valid range override and return valid figures', () => {
      const rangeArb = fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
        .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
      fc.assert(
        fc.property(rangeArb, rangeArb, (certify, fees) => {
          const figures = resolveFigures({
            weeks: { certify },
            costs: { large: { certificationFees: fees } },
          });
          expect(figures.weeks.certify).to.deep.equal(certify);
          expect(figures.costs.large.certificationFees).to.deep.equal(fees);
          expect(z.safeParse(FiguresSchema, figures).success).to.equal(true);
        }),
      );
    });

    it('should throw only invalid-options ReadinessErrors for junk overrides', () => {
      fc.assert(
        fc.property(fc.anything(), (junk) => {
          try {
            resolveFigures(junk);
          } catch (error) {
            expect(error).to.be.instanceOf(ReadinessError);
            expect((error as ReadinessError).code).to.equal('invalid-options');
          }
        }),
      );
    });
  });
});
