import { expect, util } from 'chai';
import fc from 'fast-check';
import { assess } from '../../src/assess.js';
import { BANK_HASH, BANK_VERSION } from '../../src/bank/index.js';
import { ITEMS } from '../../src/bank/items.js';
import { validateAnswerValues } from '../../src/answer-values.js';
import { bankAnswersSchema } from '../../src/answers.js';
import { appliesTo } from '../../src/judgement.js';
import { classifyWith } from '../../src/classify.js';
import type { EngineContext } from '../../src/context.js';
import { ReadinessError } from '../../src/errors.js';
import { resolveFigures } from '../../src/figures.js';
import { countedAnswers } from '../../src/flow.js';
import { en } from '../../src/i18n/en/index.js';
import { deriveProfile } from '../../src/profile.js';
import { recommendWith } from '../../src/recommend.js';
import { scoreReadiness } from '../../src/scoring.js';
import { AssessmentResultSchema, type Answers } from '../../src/schemas/result.js';
import { validValues } from '../support/answers.js';
import { validAnswersArb } from '../support/arbitraries.js';
import * as z from '../../src/zod.js';

const scopeArb = fc.constantFrom(
  ['iso27001', 'iso42001'] as const,
  ['iso27001'] as const,
  ['iso42001'] as const,
);

const shuffled = (answers: Answers): Answers => Object.fromEntries(Object.entries(answers).reverse());

/**
 * Deep equality as a plain boolean. A property that compares two whole results with `expect(...).to.deep.equal`
 * makes chai write both out on every failed run while fast-check shrinks; returning a boolean keeps each shrink
 * step as cheap as one `assess()`, so a counterexample is reported with its seed long before the test's timeout.
 */
const same = (actual: unknown, expected: unknown): boolean => util.eql(actual, expected);

describe('assess', () => {
  describe('properties', () => {
    it('should give a valid result with every score within 0–100 for any valid answer set', () => {
      fc.assert(
        fc.property(validAnswersArb, scopeArb, (answers, scope) => {
          const result = assess(answers, { scope: [...scope] });
          expect(AssessmentResultSchema.safeParse(result).success).to.equal(true);
          for (const readiness of Object.values(result.readiness)) {
            if (readiness.score !== null) expect(readiness.score).to.be.within(0, 100);
            for (const domain of readiness.domains)
              if (domain.score !== null) expect(domain.score).to.be.within(0, 100);
          }
          for (const phase of result.recommendation.phases)
            expect(phase.weeks.min).to.be.at.most(phase.weeks.max);
        }),
        { numRuns: 150 },
      );
    });

    it('should be deterministic, independent of answer order, and survive JSON', () => {
      fc.assert(
        fc.property(validAnswersArb, (answers) => {
          const result = assess(answers);
          return (
            same(assess(answers), result) &&
            same(assess(shuffled(answers)), result) &&
            same(JSON.parse(JSON.stringify(result)), result)
          );
        }),
        { numRuns: 100 },
      );
    });

    it('should equal the step-by-step result, where each step works visibility out on its own', () => {
      // assess() shares one visibility pass between the profile, the scores and the rules; each public step
      // evaluates the conditions itself. Both must agree on every answer set.
      fc.assert(
        fc.property(validAnswersArb, scopeArb, fc.boolean(), (answers, scope, withFigures) => {
          const figures = withFigures ? { readiness: { alignedThreshold: 60, lowDomain: 70 } } : undefined;
          const counted = countedAnswers(ITEMS, answers, scope);
          const resolved = resolveFigures(figures);
          const profile = deriveProfile(answers, scope);
          const ctx: EngineContext = {
            profile,
            answers: counted,
            fromAnswers: true,
            scope: [...scope],
            items: ITEMS,
            readiness: scoreReadiness(
              ITEMS,
              counted,
              scope.filter((standard) => appliesTo(profile, standard)),
              en,
            ),
            figures: resolved,
            t: en,
            currency: resolved.currency,
          };
          const classification = classifyWith(ctx);
          return same(assess(answers, { scope: [...scope], figures }), {
            schemaVersion: 1,
            locale: 'en',
            bank: { version: BANK_VERSION, hash: BANK_HASH },
            scope,
            answers: counted,
            profile: ctx.profile,
            readiness: ctx.readiness,
            classification,
            recommendation: recommendWith(ctx, classification),
          });
        }),
        { numRuns: 200 },
      );
    });

    it('should throw only ReadinessError on arbitrary input', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (answers, options) => {
          try {
            const result = assess(answers, options as never);
            expect(AssessmentResultSchema.safeParse(result).success).to.equal(true);
          } catch (error) {
            expect(error).to.be.instanceOf(ReadinessError);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('validation', () => {
    it('should name the question, what was expected and what came', () => {
      const control = ITEMS.find((item) => item.kind === 'control')!;
      try {
        assess({ [control.id]: 'sometimes' });
        expect.fail('should have thrown');
      } catch (error) {
        expect(error).to.be.instanceOf(ReadinessError);
        const e = error as ReadinessError;
        expect(e.code).to.equal('invalid-answer');
        expect(e.path).to.deep.equal(['answers', control.id]);
        expect(e.message).to.contain('"sometimes"').and.contain('"yes"');
      }
    });

    it('should report every bad answer, not only the first', () => {
      try {
        assess({ nope: 'yes', nada: 'no' });
        expect.fail('should have thrown');
      } catch (error) {
        expect((error as ReadinessError).code).to.equal('unknown-question');
        expect((error as ReadinessError).issues).to.have.length(2);
      }
    });

    it('should reject answers that are not a record', () => {
      expect(() => assess(['yes']))
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-answers');
    });

    it("should accept exactly what the bank's zod schema accepts, and read the same values", () => {
      const values = ITEMS.flatMap((item) => validValues(item));
      const lists = ITEMS.flatMap((item) =>
        item.kind !== 'control' && item.input !== 'single' ? [item] : [],
      );
      const junk = fc.oneof(
        fc.constantFrom<unknown>(...values, 'maybe', '', 42, null, undefined, ['yes'], {}),
        fc.array(fc.constantFrom<unknown>(...values, 7, undefined), { maxLength: 4 }),
      );
      const answersArb = fc.oneof(
        validAnswersArb,
        validAnswersArb.chain((valid) =>
          fc
            .dictionary(fc.constantFrom(...ITEMS.map((item) => item.id), 'nope', '__proto__'), junk, {
              maxKeys: 4,
            })
            .map((extra) => ({ ...valid, ...extra })),
        ),
        // A list naming one of its options twice.
        fc.tuple(validAnswersArb, fc.constantFrom(...lists), fc.nat()).map(([valid, item, n]) => {
          const option = item.options[n % item.options.length] as string;
          return { ...valid, [item.id]: [option, option] };
        }),
        fc.anything(),
      );
      fc.assert(
        fc.property(answersArb, (answers) => {
          const zod = z.safeParse(bankAnswersSchema(ITEMS), answers);
          let read: unknown[] | undefined;
          try {
            read = validateAnswerValues(ITEMS, answers);
          } catch (error) {
            expect(error).to.be.instanceOf(ReadinessError);
          }
          expect(read !== undefined, JSON.stringify(answers)).to.equal(zod.success);
          if (zod.success && read)
            expect(read).to.deep.equal(ITEMS.map((item) => (zod.data as Answers)[item.id]));
        }),
        { numRuns: 500 },
      );
    });

    it('should reject unknown options', () => {
      expect(() => assess({}, { scopes: ['iso27001'] } as never))
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-options');
    });

    it('should refuse a translation that is not one, with a typed error rather than a crash while scoring', () => {
      for (const translation of [{ locale: 'xx' }, { locale: 'xx', engine: {} }, 'de']) {
        expect(() => assess({}, { translation } as never), JSON.stringify(translation))
          .to.throw(ReadinessError)
          .with.property('code', 'invalid-options');
      }
    });
  });

  describe('counting', () => {
    it('should carry the bank version and hash', () => {
      const result = assess({});
      expect(result.bank.version).to.be.a('string').and.not.be.empty;
      expect(result.bank.hash).to.match(/^[0-9a-f]+$/);
      expect(result.schemaVersion).to.equal(1);
    });

    it('should treat unanswered questions as gaps flagged unsure', () => {
      const result = assess({});
      const readiness = result.readiness.iso27001!;
      expect(readiness.score).to.equal(0);
      expect(readiness.unsure.length).to.be.greaterThan(0);
    });

    it('should score all-yes at 100 for ISO 27001', () => {
      const answers: Answers = {};
      for (const item of ITEMS) if (item.kind === 'control') answers[item.id] = 'yes';
      expect(assess(answers, { scope: ['iso27001'] }).readiness.iso27001?.score).to.equal(100);
    });
  });
});
