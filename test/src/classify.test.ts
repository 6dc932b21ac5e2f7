import { expect } from 'chai';
import fc from 'fast-check';
import * as z from '../../src/zod.js';
import { classifyWith, milestonesOf, say, type EngineKey } from '../../src/classify.js';
import { classify } from '../../src/from-profile.js';
import { ITEMS as BANK } from '../../src/bank/items.js';
import type { EngineContext } from '../../src/context.js';
import { ReadinessError } from '../../src/errors.js';
import { DEFAULT_FIGURES } from '../../src/figures.js';
import { en } from '../../src/i18n/en/index.js';
import { formatFigure } from '../../src/i18n/intl.js';
import type { OrgProfile } from '../../src/schemas/profile.js';
import { ClassificationSchema } from '../../src/schemas/result.js';
import type { Answers, Classification } from '../../src/schemas/result.js';
import { StandardIdSchema } from '../../src/schemas/standard.js';
import type { Claim, StandardId } from '../../src/schemas/standard.js';
import { ALL_YES, ITEMS, SAAS_PROFILE, thrown } from '../support/engine.js';
import { milestoneStatus, scoreReadiness } from '../../src/scoring.js';
import { scaleAnswersArb, scopeArb } from '../support/arbitraries.js';

/** A small EU SaaS selling to smaller businesses, no AI, nothing held. */
const BASE: OrgProfile = SAAS_PROFILE;

function context(
  profile: Partial<OrgProfile> = {},
  answers: Answers = {},
  scope: StandardId[] = ['iso27001', 'iso42001'],
): EngineContext {
  const assessed = Object.keys(answers).length > 0;
  return {
    profile: { ...BASE, ...profile },
    answers,
    scope,
    items: ITEMS,
    readiness: assessed ? scoreReadiness(ITEMS, answers, scope, en) : {},
    figures: DEFAULT_FIGURES,
    t: en,
    currency: 'EUR',
  };
}

const status = (iso27001: Claim, iso42001: Claim = 'none') => ({ status: { iso27001, iso42001 } });
const of = (ctx: EngineContext, standard: StandardId): Classification => {
  const result = classifyWith(ctx)[standard];
  if (!result) throw new Error(`${standard} not classified`);
  return result;
};
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('classify', () => {
  describe('claim', () => {
    it('should take a certificate from an accredited body as declared', () => {
      const result = of(context({ ...status('certified-accredited'), buyers: ['enterprise'] }), 'iso27001');
      expect(result.claim).to.equal('certified-accredited');
      expect(result.meetsRequirement).to.equal(true);
      expect(result.nextTier).to.equal(null);
      expect(result.blockers).to.deep.equal([]);
      expect(ids(result.rationale)).to.include('claim.certified-accredited');
    });

    it('should warn that a certificate is at risk at the next surveillance audit when milestones are not evidenced', () => {
      const answers = { ...ALL_YES, internal_audit: 'no' };
      const result = of(context(status('certified-accredited'), answers), 'iso27001');
      expect(result.claim).to.equal('certified-accredited');
      const atRisk = result.blockers.find((b) => b.id === 'certificate-at-risk');
      expect(atRisk?.text).to.contain('surveillance audit');
      expect(atRisk?.refs).to.include('27001:9.2');
    });

    it('should count a self-declared aligned with no internal audit as in progress, with an internal-audit blocker', () => {
      const answers = { ...ALL_YES, internal_audit: 'no' };
      const result = of(context(status('aligned'), answers), 'iso27001');
      expect(result.declared).to.equal('aligned');
      expect(result.claim).to.equal('in-progress');
      expect(result.rationale[0]?.id).to.equal('claim.aligned-not-evidenced');
      expect(result.rationale[0]?.text).to.contain('Saying so is not enough');
      expect(result.rationale[0]?.facts).to.include('milestone:iso27001:internal-audit=missing');
      const blocker = result.blockers.find((b) => b.id === 'milestone.internal-audit');
      expect(blocker?.refs).to.deep.equal(['27001:9.2']);
    });

    it('should count a declared aligned below the readiness threshold as in progress even with every milestone met', () => {
      const answers = { ...ALL_YES, context: 'no', access_control: 'partly', logging: 'no' };
      const result = of(context(status('aligned'), answers), 'iso27001');
      expect(result.readiness).to.be.below(DEFAULT_FIGURES.readiness.alignedThreshold);
      expect(result.claim).to.equal('in-progress');
      expect(ids(result.blockers)).to.include('readiness-below-threshold');
    });

    it('should confirm a declared aligned that the answers bear out', () => {
      const result = of(context(status('aligned'), ALL_YES), 'iso27001');
      expect(result.claim).to.equal('aligned');
      expect(result.rationale[0]?.id).to.equal('claim.aligned-verified');
      expect(result.nextTier).to.equal('certified-accredited');
      expect(ids(result.blockers)).to.deep.equal(['certification-audit']);
    });

    it('should not take a declared aligned on trust when no answers were checked', () => {
      const result = classify({ ...BASE, ...status('aligned') }).iso27001;
      expect(result?.claim).to.equal('in-progress');
      expect(result?.readiness).to.equal(null);
      expect(result?.rationale[0]?.id).to.equal('claim.aligned-unverified');
      expect(result?.blockers.map((b) => b.id)).to.deep.equal(['evidence-not-checked']);
      expect(result?.blockers[0]?.refs).to.include('27001:9.2');
    });

    it('should let a visitor who declared nothing claim aligned when the answers show every milestone', () => {
      const result = of(context(status('in-progress'), ALL_YES), 'iso27001');
      expect(result.claim).to.equal('aligned');
      expect(result.rationale[0]?.id).to.equal('claim.aligned-earned');
    });

    it('should say in progress when something is in place', () => {
      const result = of(context(status('none'), { isms_scope: 'yes' }), 'iso27001');
      expect(result.claim).to.equal('in-progress');
      expect(result.nextTier).to.equal('aligned');
      expect(ids(result.blockers)).to.include.members([
        'milestone.risk-assessment',
        'milestone.soa',
        'milestone.internal-audit',
        'milestone.management-review',
      ]);
      expect(ids(result.blockers)).not.to.include('milestone.scope');
    });

    it('should say none when nothing is in place', () => {
      const result = of(context(), 'iso27001');
      expect(result.claim).to.equal('none');
      expect(result.rationale[0]?.id).to.equal('claim.none');
      expect(ids(result.blockers)).to.include('milestone.soa');
    });

    it('should name the weakest domains as blockers', () => {
      const answers = { ...ALL_YES, access_control: 'no', soa: 'partly' };
      const result = of(context(status('none'), answers), 'iso27001');
      expect(result.claim).to.equal('in-progress');
      const low = result.blockers.find((b) => b.id === 'low-domain.27001:A.5');
      expect(low?.refs).to.deep.equal(['27001:A.5']);
      expect(low?.text).to.contain('Organisational controls');
    });
  });

  describe('requirement', () => {
    it('should require an accredited certificate for government buyers', () => {
      const result = of(context({ buyers: ['government'] }), 'iso27001');
      expect(result.requirement).to.equal('certified-accredited');
      expect(ids(result.rationale)).to.include('requirement.iso27001.government');
    });

    it('should tell a company certified by a non-accredited body and selling to enterprises to re-certify', () => {
      const result = of(
        context({ ...status('certified-non-accredited'), buyers: ['enterprise'] }),
        'iso27001',
      );
      expect(result.claim).to.equal('certified-non-accredited');
      expect(result.requirement).to.equal('certified-accredited');
      expect(result.meetsRequirement).to.equal(false);
      expect(result.nextTier).to.equal('certified-accredited');
      const blocker = result.blockers.find((b) => b.id === 'non-accredited');
      expect(blocker?.text).to.contain('enterprise procurement often rejects');
      expect(blocker?.text).to.contain('UKAS');
      expect(ids(result.rationale)).to.include('classification.gap');
    });

    it('should accept alignment for a Series A investor', () => {
      const result = of(context({ ...status('aligned'), buyers: ['investor-early'] }, ALL_YES), 'iso27001');
      expect(result.requirement).to.equal('aligned');
      expect(result.meetsRequirement).to.equal(true);
    });

    it('should require an accredited certificate for pre-IPO investors', () => {
      const result = of(context({ ...status('aligned'), buyers: ['investor-late'] }, ALL_YES), 'iso27001');
      expect(result.requirement).to.equal('certified-accredited');
      expect(result.meetsRequirement).to.equal(false);
    });

    it('should require an accredited certificate in a regulated sector', () => {
      const result = of(context({ regulatedSector: true, buyers: [] }), 'iso27001');
      expect(result.requirement).to.equal('certified-accredited');
      expect(result.rationale.find((r) => r.id === 'requirement.iso27001.regulated')?.facts).to.deep.equal([
        'regulatedSector=true',
        'seed=000',
        'seed=004',
      ]);
      expect(result.requirementSources).to.deep.equal(['sector']);
      expect(result.headline).to.contain('Your sector expects');
    });

    it('should accept alignment for security questionnaires from smaller customers', () => {
      expect(of(context({ buyers: ['smb'] }), 'iso27001').requirement).to.equal('aligned');
    });

    it('should take the strongest requirement when several buyers apply', () => {
      expect(
        of(context({ buyers: ['smb', 'investor-early', 'enterprise'] }), 'iso27001').requirement,
      ).to.equal('certified-accredited');
    });

    it('should require nothing when nobody buys yet', () => {
      const result = of(context({ buyers: [] }), 'iso27001');
      expect(result.requirement).to.equal('none');
      expect(result.meetsRequirement).to.equal(true);
      expect(ids(result.rationale)).to.include('requirement.none');
      expect(result.headline).to.contain('Nobody asks for it yet');
    });

    it('should say in one line that ISO/IEC 42001 does not apply without AI, and what would change that', () => {
      const result = of(context({ aiRole: 'none', buyers: ['enterprise'] }), 'iso42001');
      expect(result.claim).to.equal('none');
      expect(result.requirement).to.equal('none');
      expect(result.applies).to.equal(false);
      expect(ids(result.rationale)).to.deep.equal(['applies.iso42001.no-ai']);
      expect(result.headline).to.contain('does not apply to you today').and.contain('once you build AI');
    });

    it('should ask for 42001 alignment when AI is the product and enterprises buy it, and say demand is emerging', () => {
      const result = of(context({ aiRole: 'core', buyers: ['enterprise'] }), 'iso42001');
      expect(result.requirement).to.equal('aligned');
      expect(ids(result.rationale)).to.include.members([
        'requirement.iso42001.enterprise-ai',
        'requirement.iso42001.emerging',
        'requirement.iso42001.no-presumption',
      ]);
      const noPresumption = result.rationale.find((r) => r.id === 'requirement.iso42001.no-presumption');
      expect(noPresumption?.text).to.contain('no presumption of conformity');
    });

    it('should ask for an accredited 42001 certificate only when a customer or tender asked for one', () => {
      const highRisk = {
        aiRole: 'feature' as const,
        euAiActHighRisk: 'yes' as const,
        buyers: ['government' as const],
      };
      expect(of(context(highRisk), 'iso42001').requirement).to.equal('aligned');
      const asked = of(context({ ...highRisk, aiCertificateAsked: true }), 'iso42001');
      expect(asked.requirement).to.equal('certified-accredited');
      expect(ids(asked.rationale)).to.include('requirement.iso42001.certificate-asked');
    });

    it('should never make regulation the source of a 42001 requirement, only a reason to build it (review Y1, S10)', () => {
      const result = of(context({ aiRole: 'core', euAiActHighRisk: 'yes', buyers: ['smb'] }), 'iso42001');
      expect(result.requirement).to.equal('none');
      expect(result.requirementSources).not.to.include('regulation');
      expect(result.headline).not.to.contain('Regulation expects');
      const reason = result.rationale.find((r) => r.id === 'requirement.iso42001.high-risk-provider');
      expect(reason?.text).to.contain('Art. 9').and.contain('Art. 17').and.contain('no presumption');
    });

    it('should ask nothing of 42001 for procured AI that affects nobody, sold to smaller businesses', () => {
      const result = of(
        context({ aiRole: 'procures', buyers: ['smb'], euAiActHighRisk: 'unsure' }),
        'iso42001',
      );
      expect(result.requirement).to.equal('none');
      expect(ids(result.rationale)).to.include.members([
        'requirement.none',
        'requirement.iso42001.high-risk-unsure',
      ]);
    });
  });

  describe('headline', () => {
    it('should say what can be claimed and what buyers ask for', () => {
      const result = of(context({ ...status('aligned'), buyers: ['enterprise'] }, ALL_YES), 'iso27001');
      expect(result.headline).to.equal(
        'You can say: aligned with ISO/IEC 27001. Your buyers ask for: an accredited certificate.',
      );
    });
  });

  describe('scope', () => {
    it('should classify only the standards in scope', () => {
      expect(Object.keys(classify(BASE, { scope: ['iso42001'] }))).to.deep.equal(['iso42001']);
      expect(Object.keys(classifyWith(context({}, {}, ['iso27001'])))).to.deep.equal(['iso27001']);
    });

    it('should classify both standards by default', () => {
      expect(Object.keys(classify(BASE))).to.deep.equal(['iso27001', 'iso42001']);
    });
  });

  describe('validation', () => {
    it('should reject a bad profile with invalid-profile and the path of the field', () => {
      const error = thrown(() => classify({ ...BASE, employees: 0 }));
      expect(error.code).to.equal('invalid-profile');
      expect(error.path).to.deep.equal(['profile', 'employees']);
    });

    it('should reject unknown options with invalid-options', () => {
      const error = thrown(() => classify(BASE, { colour: 'red' } as never));
      expect(error.code).to.equal('invalid-options');
      expect(error.path[0]).to.equal('options');
    });

    it('should reject bad figure overrides with a path inside options.figures', () => {
      const error = thrown(() => classify(BASE, { figures: { readiness: { alignedThreshold: 140 } } }));
      expect(error.code).to.equal('invalid-options');
      expect(error.path).to.deep.equal(['options', 'figures', 'readiness', 'alignedThreshold']);
    });

    it('should use an overridden readiness threshold', () => {
      const answers = { ...ALL_YES, context: 'no', access_control: 'partly', logging: 'no' };
      const ctx = context(status('aligned'), answers);
      const lenient = {
        ...ctx,
        figures: { ...DEFAULT_FIGURES, readiness: { ...DEFAULT_FIGURES.readiness, alignedThreshold: 50 } },
      };
      expect(of(ctx, 'iso27001').claim).to.equal('in-progress');
      expect(of(lenient, 'iso27001').claim).to.equal('aligned');
    });
  });

  describe('properties', () => {
    const claimArb = fc.constantFrom<Claim>(
      'none',
      'in-progress',
      'aligned',
      'certified-non-accredited',
      'certified-accredited',
    );
    const profileArb: fc.Arbitrary<OrgProfile> = fc.record({
      aiRole: fc.constantFrom('none', 'procures', 'feature', 'core'),
      aiAffectsPeople: fc.boolean(),
      euAiActHighRisk: fc.constantFrom('yes', 'no', 'unsure'),
      handlesSensitiveData: fc.boolean(),
      regulatedSector: fc.boolean(),
      markets: fc.subarray(['eu', 'uk', 'us', 'india', 'other'] as OrgProfile['markets']),
      buyers: fc.subarray([
        'smb',
        'enterprise',
        'government',
        'investor-early',
        'investor-late',
      ] as OrgProfile['buyers']),
      status: fc.record({ iso27001: claimArb, iso42001: claimArb }),
      securityMaturity: fc.constantFrom('low', 'medium', 'high'),
      aiFunction: fc.constantFrom('integrated', 'separate'),
      employees: fc.integer({ min: 1, max: 10_000_000 }),
    });
    const ResultSchema = z.partialRecord(StandardIdSchema, ClassificationSchema);

    it('should classify any valid profile into schema-valid, deterministic, serialisable results', () => {
      fc.assert(
        fc.property(profileArb, scopeArb, (profile, scope) => {
          const result = classify(profile, { scope });
          expect(z.safeParse(ResultSchema, result).success).to.equal(true);
          expect(Object.keys(result)).to.deep.equal(scope);
          expect(classify(profile, { scope })).to.deep.equal(result);
          expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
        }),
      );
    });

    it('should keep every classification honest for any answers', () => {
      fc.assert(
        fc.property(profileArb, scaleAnswersArb, scopeArb, (profile, answers, scope) => {
          const result = classifyWith(context(profile, answers, scope));
          expect(z.safeParse(ResultSchema, result).success).to.equal(true);
          for (const c of Object.values(result)) {
            // Certificates are taken as declared; anything else is never more than the evidence shows.
            if (c.claim === 'aligned') {
              expect(c.readiness).to.be.at.least(DEFAULT_FIGURES.readiness.alignedThreshold);
              expect(c.declared).not.to.match(/^certified/);
            }
            if (c.declared.startsWith('certified')) expect(c.claim).to.equal(c.declared);
            expect(c.meetsRequirement).to.equal(
              c.requirement === 'none' ||
                (c.requirement === 'aligned' && c.claim !== 'none' && c.claim !== 'in-progress') ||
                c.claim === 'certified-accredited',
            );
          }
        }),
      );
    });

    it('should find the same milestones as milestoneStatus, on the fixture and on the real bank', () => {
      const bankIds = BANK.filter((item) => item.kind === 'control').map((item) => item.id);
      const anyAnswers = (ids: string[]) =>
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('yes', 'partly', 'no', 'unsure', 'n/a'));
      const profileAnswers = fc.record({ ai_role: fc.constantFrom('none', 'procures', 'feature', 'core') });
      const cases = fc.oneof(
        fc.record({ items: fc.constant(ITEMS), answers: anyAnswers(ITEMS.map((item) => item.id)) }),
        fc.record({
          items: fc.constant(BANK),
          answers: fc.tuple(anyAnswers(bankIds), profileAnswers).map(([a, b]) => ({ ...a, ...b })),
        }),
      );
      fc.assert(
        fc.property(
          cases,
          scopeArb,
          fc.constantFrom<StandardId>('iso27001', 'iso42001'),
          (c, scope, standard) => {
            const ctx = { ...context({}, c.answers, scope), items: c.items };
            expect(milestonesOf(ctx, standard)).to.deep.equal(
              milestoneStatus(c.items, c.answers, scope, standard),
            );
          },
        ),
      );
    });

    it('should throw only invalid-profile or invalid-options ReadinessErrors for junk', () => {
      fc.assert(
        fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (profile, options) => {
          const error = thrown(() => classify(profile, options as never));
          expect(['invalid-profile', 'invalid-options']).to.include(error.code);
        }),
      );
    });

    it('should throw invalid-options for junk options with a valid profile', () => {
      fc.assert(
        fc.property(
          profileArb,
          fc.anything().filter((o) => o !== undefined),
          (profile, options) => {
            let error: unknown = null;
            try {
              classify(profile, options as never);
            } catch (e) {
              error = e;
            }
            if (error !== null) {
              expect(error).to.be.instanceOf(ReadinessError);
              expect((error as ReadinessError).code).to.equal('invalid-options');
            }
          },
        ),
      );
    });
  });

  describe('texts', () => {
    // The plain fill `say` must equal: every `{name}` from the params, else a standard's name, numbers the
    // locale's way; unknown names stay as they are.
    const reference = (template: string, params: Record<string, string | number>, t: typeof en): string =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name] ?? t.standards[name as StandardId];
        return value === undefined
          ? whole
          : typeof value === 'number'
            ? formatFigure(Math.floor(value), t.locale) // whole numbers in sentences, cut
            : value;
      });
    const keys = Object.keys(en.engine) as EngineKey[];
    const names = [
      'standard',
      'readiness',
      'threshold',
      'min',
      'max',
      'employees',
      'claim',
      'missing',
      'unknown',
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 5000 }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.constantFrom(0, 0.5, 62.5, 1023, 1024, 2000),
    );

    it('should fill templates as the plain definition does, in any translation, however often', () => {
      // A second translation with other templates and another locale: cached splits and figures must not leak.
      const other = {
        ...en,
        locale: 'de-CH',
        engine: Object.fromEntries(
          keys.map((k) => [k, `[{standard}|{readiness}|{min}] ${k}`]),
        ) as typeof en.engine,
      };
      fc.assert(
        fc.property(
          fc.constantFrom(...keys),
          fc.dictionary(fc.constantFrom(...names), value),
          fc.boolean(),
          (key, params, useOther) => {
            const t = useOther ? other : en;
            const expected = reference(t.engine[key], params, t);
            expect(say({ t }, key, params)).to.equal(expected);
            expect(say({ t }, key, params)).to.equal(expected);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
