import { expect } from 'chai';
import fc from 'fast-check';
import * as z from '../../src/zod.js';
import { classifyWith } from '../../src/classify.js';
import type { EngineContext } from '../../src/context.js';
import { ReadinessError } from '../../src/errors.js';
import { DEFAULT_FIGURES } from '../../src/figures.js';
import type { Figures } from '../../src/figures.js';
import { en } from '../../src/i18n/en/index.js';
import { recommendWith } from '../../src/recommend.js';
import { recommend } from '../../src/from-profile.js';
import type { OrgProfile } from '../../src/schemas/profile.js';
import { RecommendationSchema } from '../../src/schemas/result.js';
import type { Answers, Phase, Recommendation } from '../../src/schemas/result.js';
import type { Claim, StandardId } from '../../src/schemas/standard.js';
import { ALL_YES, ITEMS, SAAS_PROFILE, thrown } from '../support/engine.js';
import { scoreReadiness } from '../../src/scoring.js';
import { scaleAnswersArb, scopeArb } from '../support/arbitraries.js';

const SHARED = ['context', 'internal_audit', 'management_review', 'logging'];

/** A mid-sized EU SaaS selling to smaller businesses, no AI, nothing held: week ranges in full. */
const BASE: OrgProfile = { ...SAAS_PROFILE, employees: 120 };

interface Situation {
  profile?: Partial<OrgProfile>;
  /** Answers the engine scores (readiness, milestones) as `assess()` would. */
  scored?: Answers;
  /** Answers passed only for the computed reuse, as `recommend()` does. */
  answers?: Answers;
  scope?: StandardId[];
  figures?: Figures;
  currency?: string;
}

function context({
  profile = {},
  scored,
  answers,
  scope = ['iso27001', 'iso42001'],
  figures,
  currency,
}: Situation) {
  const ctx: EngineContext = {
    profile: { ...BASE, ...profile },
    answers: scored ?? answers ?? {},
    scope,
    items: ITEMS,
    readiness: scored ? scoreReadiness(ITEMS, scored, scope, en) : {},
    figures: figures ?? DEFAULT_FIGURES,
    t: en,
    currency: currency ?? 'EUR',
  };
  return ctx;
}
const run = (situation: Situation = {}): Recommendation => recommendWith(context(situation));
const status = (iso27001: Claim, iso42001: Claim = 'none') => ({ status: { iso27001, iso42001 } });
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
const phase = (r: Recommendation, standard: StandardId, kind: Phase['kind']) =>
  r.phases.find((p) => p.standard === standard && p.kind === kind);

describe('recommend', () => {
  describe('standards', () => {
    it('should recommend ISO/IEC 27001 alone for a SaaS handling sensitive data without AI', () => {
      const r = run();
      expect(r.standards).to.deep.equal(['iso27001']);
      expect(ids(r.rationale)).to.include.members([
        'standards.iso27001.sensitive-data',
        'standards.iso27001.buyers',
      ]);
      expect(ids(r.rationale)).to.include('standards.not-needed');
    });

    it('should recommend nothing to an organisation with no sensitive data, buyers or AI', () => {
      const r = run({ profile: { handlesSensitiveData: false, buyers: [] } });
      expect(r.standards).to.deep.equal([]);
      expect(r.sequence).to.equal('none');
      expect(r.operatingModel).to.equal(null);
      expect(r.phases).to.deep.equal([]);
      expect(ids(r.nextSteps)).to.deep.equal(['step.none.basics', 'step.none.revisit', 'step.none.ai-tools']);
    });

    it('should recommend ISO/IEC 42001 when procured AI is used in decisions about people', () => {
      const r = run({ profile: { aiRole: 'procures', aiAffectsPeople: true } });
      expect(r.standards).to.deep.equal(['iso27001', 'iso42001']);
      expect(ids(r.rationale)).to.include('standards.iso42001.procured-affects-people');
    });

    it('should recommend ISO/IEC 42001 when procured AI may be EU high-risk', () => {
      const r = run({ profile: { aiRole: 'procures', euAiActHighRisk: 'unsure' } });
      expect(r.standards).to.include('iso42001');
      expect(ids(r.rationale)).to.include('standards.iso42001.procured-high-risk');
    });

    it('should not recommend ISO/IEC 42001 for procured AI that affects nobody and is not high-risk', () => {
      expect(run({ profile: { aiRole: 'procures' } }).standards).to.deep.equal(['iso27001']);
    });

    it('should keep a standard already held in the list', () => {
      const r = run({ profile: { handlesSensitiveData: false, buyers: [], ...status('aligned') } });
      expect(r.standards).to.deep.equal(['iso27001']);
      expect(ids(r.rationale)).to.include('standards.iso27001.held');
    });

    it('should stay within scope and say which fitting standard was left out', () => {
      const r = run({ profile: { aiRole: 'core' }, scope: ['iso27001'] });
      expect(r.standards).to.deep.equal(['iso27001']);
      const outside = r.rationale.find((reason) => reason.id === 'standards.out-of-scope');
      expect(outside?.text).to.contain('ISO/IEC 42001');
      expect(outside?.facts).to.include('aiRole=core');
      // AI literacy binds whoever uses AI in the EU, whatever the standards in scope.
      expect(r.regulatory.map((l) => l.ref)).to.deep.equal(['Art. 4']);
    });
  });

  describe('sequence', () => {
    it('should put ISO/IEC 42001 first for an AI-native startup whose security is reasonable', () => {
      const r = run({ profile: { aiRole: 'core', securityMaturity: 'medium' } });
      expect(r.sequence).to.equal('iso42001-first');
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal(DEFAULT_FIGURES.weeks.align42001Standalone);
      expect(phase(r, 'iso42001', 'align')?.startWeek).to.deep.equal({ min: 0, max: 0 });
      expect(phase(r, 'iso27001', 'align')?.startWeek).to.deep.equal(
        DEFAULT_FIGURES.weeks.align42001Standalone,
      );
      expect(ids(r.rationale)).to.include.members([
        'sequence.iso42001-first',
        'phases.align-27001-after-42001',
      ]);
    });

    it('should put ISO/IEC 27001 first for a SaaS with an AI feature and weak security', () => {
      const r = run({ profile: { aiRole: 'feature', securityMaturity: 'low' } });
      expect(r.sequence).to.equal('iso27001-first');
      expect(
        r.rationale.find((reason) => reason.id === 'sequence.iso27001-first.weak-security')?.facts,
      ).to.include.members(['security=low', 'seed=002']);
      expect(phase(r, 'iso27001', 'align')?.weeks).to.deep.equal({ min: 26, max: 52 });
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 10, max: 16 });
      expect(phase(r, 'iso42001', 'align')?.startWeek).to.deep.equal({ min: 26, max: 52 });
    });

    it('should put ISO/IEC 27001 first even for an AI-native company whose security is weak', () => {
      expect(run({ profile: { aiRole: 'core', securityMaturity: 'low' } }).sequence).to.equal(
        'iso27001-first',
      );
    });

    it('should put ISO/IEC 27001 first when AI is a feature and security is only medium', () => {
      const r = run({ profile: { aiRole: 'feature', securityMaturity: 'medium' } });
      expect(r.sequence).to.equal('iso27001-first');
      expect(ids(r.rationale)).to.include('sequence.iso27001-first.not-core');
    });

    it('should run both as one programme when security is strong and AI is a feature, the shared work counted once', () => {
      const r = run({ profile: { aiRole: 'feature', securityMaturity: 'high' } });
      expect(r.sequence).to.equal('together');
      expect(phase(r, 'iso27001', 'align')?.startWeek).to.deep.equal({ min: 0, max: 0 });
      expect(phase(r, 'iso27001', 'align')?.weeks).to.deep.equal({ min: 26, max: 52 });
      // The AI-specific 10–16 weeks, not the standalone 23–42, in the last weeks of the 27001 alignment.
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 10, max: 16 });
      expect(phase(r, 'iso42001', 'align')?.startWeek).to.deep.equal({ min: 16, max: 36 });
      expect(ids(r.rationale)).to.include.members(['sequence.together', 'phases.align-42001-together']);
      expect(ids(r.rationale)).not.to.include('phases.align-42001-standalone');
      expect(ids(r.nextSteps)[0]).to.equal('step.unified-design');
    });

    it('should add ISO/IEC 42001 on top for a 27001-certified fintech adding an LLM, in 10–16 weeks, with computed reuse', () => {
      const answers = Object.fromEntries(SHARED.map((id) => [id, 'yes']));
      const r = run({
        profile: {
          aiRole: 'feature',
          regulatedSector: true,
          buyers: ['enterprise'],
          ...status('certified-accredited'),
        },
        answers,
      });
      expect(r.sequence).to.equal('add-iso42001');
      expect(r.phases).to.have.length(1);
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 10, max: 16 });
      expect(r.reuse?.computed).to.equal(42.9);
      expect(r.reuse?.quoted).to.deep.equal({ min: 40, max: 70 });
      expect(ids(r.nextSteps)).to.include.members(['step.map-42001', 'step.extend-risk-register']);
      const endToEnd = r.rationale.find((reason) => reason.id === 'phases.end-to-end');
      expect(endToEnd?.text).to.contain('10–16').and.to.contain('26–39');
    });

    it('should add ISO/IEC 27001 to an organisation that holds 42001', () => {
      const r = run({
        profile: { aiRole: 'core', ...status('none', 'aligned') },
        scored: { ...ALL_YES, soa: 'no' },
      });
      expect(r.sequence).to.equal('add-iso27001');
      expect(r.phases.map((p) => `${p.standard}:${p.kind}`)).to.deep.equal(['iso27001:align']);
    });

    it('should not build on a declared alignment that was never checked', () => {
      const r = run({ profile: { aiRole: 'core', ...status('none', 'aligned') } });
      expect(r.sequence).to.equal('iso42001-first');
      expect(r.rationale.find((reason) => reason.id === 'sequence.iso42001-first')?.facts).to.include(
        'claim:iso42001=in-progress',
      );
    });

    it('should maintain when every needed standard is already held at its target', () => {
      const r = run({ profile: { buyers: ['enterprise'], ...status('certified-accredited') } });
      expect(r.sequence).to.equal('maintain');
      expect(r.phases).to.deep.equal([]);
      expect(r.costs).to.deep.equal([]);
      expect(ids(r.nextSteps)).to.include('step.maintain');
    });

    it('should work on a single standard when only one is needed', () => {
      const r = run();
      expect(r.sequence).to.equal('single');
      expect(r.targets).to.deep.equal({ iso27001: 'aligned' });
      expect(r.phases.map((p) => p.kind)).to.deep.equal(['align']);
    });

    it('should certify both together when both are aligned but buyers want certificates', () => {
      const r = run({
        profile: {
          aiRole: 'core',
          buyers: ['enterprise'],
          euAiActHighRisk: 'yes',
          ...status('aligned', 'aligned'),
        },
        scored: ALL_YES,
      });
      // Buyers do not require the 42001 certificate: only 27001 is left to certify.
      expect(r.sequence).to.equal('single');
      expect(ids(r.rationale)).to.include('sequence.certify-only');
      expect(r.phases.map((p) => `${p.standard}:${p.kind}:${p.startWeek.min}`)).to.deep.equal([
        'iso27001:certify:0',
      ]);
      const asked = run({
        profile: {
          aiRole: 'core',
          buyers: ['enterprise'],
          aiCertificateAsked: true,
          ...status('aligned', 'aligned'),
        },
        scored: ALL_YES,
      });
      expect(asked.sequence).to.equal('together');
      expect(ids(asked.rationale)).to.include.members([
        'sequence.together-certify',
        'phases.integrated-audit',
      ]);
      expect(asked.phases.map((p) => `${p.standard}:${p.kind}:${p.startWeek.min}`)).to.deep.equal([
        'iso27001:certify:0',
        'iso42001:certify:0',
      ]);
    });
    it('should add only the 42001 certificate when 27001 is certified and 42001 already aligned', () => {
      const r = run({
        profile: {
          aiRole: 'core',
          buyers: ['government'],
          aiCertificateAsked: true,
          ...status('certified-accredited', 'aligned'),
        },
        scored: ALL_YES,
      });
      expect(r.sequence).to.equal('single');
      expect(ids(r.rationale)).to.include('sequence.certify-only');
      expect(r.phases.map((p) => `${p.standard}:${p.kind}`)).to.deep.equal(['iso42001:certify']);
      expect(r.costs.map((c) => c.standard)).to.deep.equal(['iso42001']);
      expect(ids(r.rationale)).to.include('costs.aligned-already');
    });
  });

  describe('operating model', () => {
    it('should federate when a separate AI research team runs the AI', () => {
      const r = run({ profile: { aiRole: 'core', aiFunction: 'separate' } });
      expect(r.operatingModel).to.equal('federated');
      expect(ids(r.rationale)).to.include('operating-model.federated.separate-ai');
    });

    it('should federate for an EU high-risk system in a large organisation', () => {
      const r = run({ profile: { aiRole: 'feature', euAiActHighRisk: 'yes', employees: 800 } });
      expect(r.operatingModel).to.equal('federated');
      expect(ids(r.rationale)).to.include('operating-model.federated.high-risk');
    });

    it('should keep one unified system for a high-risk system in a small organisation', () => {
      expect(
        run({ profile: { aiRole: 'feature', euAiActHighRisk: 'yes', employees: 30 } }).operatingModel,
      ).to.equal('unified');
    });

    it('should have no operating model for a single standard', () => {
      expect(run().operatingModel).to.equal(null);
    });
  });

  describe('targets', () => {
    it('should target an accredited certificate where buyers require one, else alignment', () => {
      const r = run({ profile: { aiRole: 'feature', buyers: ['government'] } });
      expect(r.targets).to.deep.equal({ iso27001: 'certified-accredited', iso42001: 'aligned' });
      expect(ids(r.rationale)).to.include.members(['target.certified', 'target.aligned']);
    });

    it('should keep an accredited certificate already held as the target', () => {
      const r = run({ profile: { buyers: ['smb'], ...status('certified-accredited') } });
      expect(r.targets).to.deep.equal({ iso27001: 'certified-accredited' });
      expect(r.sequence).to.equal('maintain');
    });
  });

  describe('phases', () => {
    it('should certify after alignment where certification is the target', () => {
      const r = run({ profile: { buyers: ['enterprise'] } });
      const align = phase(r, 'iso27001', 'align');
      const certify = phase(r, 'iso27001', 'certify');
      expect(certify?.weeks).to.deep.equal(DEFAULT_FIGURES.weeks.certify);
      expect(certify?.startWeek).to.deep.equal(align?.weeks);
      expect(certify?.label).to.equal('Certify ISO/IEC 27001 with an accredited body');
    });

    it('should re-certify without realigning when the certificate came from a non-accredited body', () => {
      const r = run({ profile: { buyers: ['enterprise'], ...status('certified-non-accredited') } });
      expect(r.phases).to.have.length(1);
      expect(r.phases[0]?.label).to.equal('Re-certify ISO/IEC 27001 with an accredited body');
      expect(ids(r.nextSteps)).to.include('step.recertify');
    });

    it('should shorten the alignment phase by the readiness the answers show, and say so', () => {
      const scored = { ...ALL_YES, soa: 'no', risk_assessment: 'no', access_control: 'partly' };
      const r = run({ scored });
      const align = phase(r, 'iso27001', 'align');
      expect(align?.weeks.max).to.be.below(DEFAULT_FIGURES.weeks.align27001.max);
      const reason = r.rationale.find((entry) => entry.id === 'phases.scaled');
      expect(reason?.facts[0]).to.match(/^readiness:iso27001=/);
      expect(reason?.text).to.contain(`${align?.weeks.min}–${align?.weeks.max} weeks`);
    });

    it('should never shrink an alignment phase below the floor', () => {
      const scored = { ...ALL_YES, soa: 'partly' };
      const r = run({ scored });
      const floor = DEFAULT_FIGURES.readiness.alignFloor;
      expect(phase(r, 'iso27001', 'align')?.weeks.min).to.be.at.least(
        Math.round(DEFAULT_FIGURES.weeks.align27001.min * floor),
      );
    });

    it('should order phases by start week', () => {
      const r = run({ profile: { aiRole: 'core', buyers: ['government'], euAiActHighRisk: 'yes' } });
      const starts = r.phases.map((p) => p.startWeek.min);
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    });
  });

  describe('costs', () => {
    it('should give cost ranges by size band only where certification is the target', () => {
      const r = run({ profile: { buyers: ['enterprise'], employees: 30 } });
      expect(r.costs).to.deep.equal([
        {
          standard: 'iso27001',
          certificationFees: { min: 15_000, max: 25_000 },
          internalEffort: { min: 60_000, max: 120_000 },
          currency: 'EUR',
        },
      ]);
      expect(ids(r.rationale)).to.include('costs.band.small');
      expect(run().costs).to.deep.equal([]);
      expect(ids(run().rationale)).to.include('costs.none');
    });

    it('should write the cost ranges and head count into the reason, in the currency and the locale’s way', () => {
      const reason = run({
        profile: { buyers: ['enterprise'], employees: 1200 },
        currency: 'EUR',
      }).rationale.find((entry) => entry.id === 'costs.band.large');
      expect(reason?.text).to.contain('1,200 people').and.to.contain('€40,000').and.to.contain('€300,000');
    });

    it('should use the large band for a large organisation', () => {
      const r = run({ profile: { buyers: ['enterprise'], employees: 2000 } });
      expect(r.costs[0]?.certificationFees).to.deep.equal({ min: 40_000, max: 60_000 });
      expect(r.costs[0]?.internalEffort).to.deep.equal({ min: 200_000, max: 300_000 });
    });

    it('should cost the second standard of one integrated audit at a share of a separate one', () => {
      const r = run({
        profile: {
          aiRole: 'feature',
          securityMaturity: 'high',
          buyers: ['enterprise'],
          aiCertificateAsked: true,
        },
      });
      expect(r.sequence).to.equal('together');
      expect(r.costs.map((c) => c.standard)).to.deep.equal(['iso27001', 'iso42001']);
      expect(r.costs[1]?.certificationFees).to.deep.equal({ min: 13_000, max: 20_000 });
      expect(r.costs[1]?.internalEffort).to.deep.equal({ min: 60_000, max: 100_000 });
      expect(r.rationale.find((reason) => reason.id === 'costs.integrated')?.text).to.contain('50\u00a0%');
    });

    it('should show custom fees and currency from the options', () => {
      const figures: Figures = {
        ...DEFAULT_FIGURES,
        costs: {
          ...DEFAULT_FIGURES.costs,
          small: { ...DEFAULT_FIGURES.costs.small, certificationFees: { min: 9_000, max: 12_000 } },
        },
      };
      const r = run({ profile: { buyers: ['enterprise'], employees: 30 }, figures, currency: 'CHF' });
      expect(r.costs[0]?.certificationFees).to.deep.equal({ min: 9_000, max: 12_000 });
      expect(r.costs[0]?.currency).to.equal('CHF');
    });
  });

  describe('reuse', () => {
    it('should have no reuse figure when only ISO/IEC 27001 is recommended', () => {
      expect(run().reuse).to.equal(null);
    });

    it('should quote 40–70 % and explain why the sources differ when there are no answers', () => {
      const reuse = run({ profile: { aiRole: 'feature' } }).reuse;
      expect(reuse?.quoted).to.deep.equal({ min: 40, max: 70 });
      expect(reuse?.computed).to.equal(null);
      expect(reuse?.text)
        .to.contain('40–50\u00a0%')
        .and.to.contain('50–60\u00a0%')
        .and.to.contain('60–70\u00a0%');
    });

    it('should count partly as half in the computed reuse', () => {
      const answers = Object.fromEntries(SHARED.map((id) => [id, 'partly']));
      const reuse = run({ profile: { aiRole: 'feature' }, answers }).reuse;
      expect(reuse?.computed).to.equal(21.4);
      // The sentence gives a whole number, cut rather than rounded; the figure keeps its decimal.
      expect(reuse?.text).to.contain('21\u00a0%').and.not.to.contain('21.4');
    });

    it('should count only shared items', () => {
      const reuse = run({
        profile: { aiRole: 'feature' },
        answers: { ai_data: 'yes', ai_scope: 'yes' },
      }).reuse;
      expect(reuse?.computed).to.equal(0);
    });

    it('should give reuse when 42001 is added to a 27001 system outside the scope', () => {
      const r = run({ profile: { aiRole: 'core', ...status('aligned') }, scope: ['iso42001'] });
      expect(r.sequence).to.equal('single');
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 10, max: 16 });
      expect(r.reuse).not.to.equal(null);
    });
  });

  describe('regulatory', () => {
    it('should link EU AI Act provider articles for high-risk AI, each saying there is no presumption of conformity', () => {
      const r = run({ profile: { aiRole: 'core', euAiActHighRisk: 'yes' } });
      const refs = r.regulatory.filter((l) => l.framework === 'eu-ai-act').map((l) => l.ref);
      expect(refs).to.include.members(['Art. 4', 'Art. 9', 'Art. 10', 'Art. 11', 'Art. 12', 'Art. 13']);
      expect(refs).to.include.members(['Art. 14', 'Art. 15', 'Art. 17', 'Art. 72', 'Art. 73']);
      expect(refs).not.to.include.members(['Art. 26', 'Art. 50']);
      for (const link of r.regulatory.filter((l) => l.ref.startsWith('Art. ') && l.refs.length > 0))
        expect(link.text).to.contain('no presumption of conformity');
      expect(r.regulatory.find((l) => l.ref === 'Art. 43, 47–49')?.text).to.contain('CE marking');
      expect(r.regulatory.find((l) => l.ref === 'Art. 10')?.refs).to.include('42001:A.7.2');
      expect(ids(r.rationale)).to.include('regulatory.eu-ai-act.provider');
    });

    it('should link deployer articles for procured high-risk AI, with the rights impact assessment in a regulated sector', () => {
      const r = run({ profile: { aiRole: 'procures', euAiActHighRisk: 'yes', regulatedSector: true } });
      const refs = r.regulatory.map((l) => l.ref);
      expect(refs).to.include.members(['Art. 4', 'Art. 26', 'Art. 27', 'Art. 73']);
      expect(refs).not.to.include.members(['Art. 9', 'Art. 50', 'Art. 43, 47–49']);
    });

    it('should list the high-risk articles when the visitor is unsure, and say why', () => {
      const r = run({ profile: { aiRole: 'feature', euAiActHighRisk: 'unsure' } });
      expect(r.regulatory.map((l) => l.ref)).to.include('Art. 9');
      expect(ids(r.rationale)).to.include('regulatory.high-risk-unsure');
      expect(ids(r.nextSteps)[0]).to.equal('step.classify-ai-act');
    });

    it('should link only AI literacy for AI that is not high-risk, and Art. 50 only for chatbots and generated content', () => {
      expect(run({ profile: { aiRole: 'feature' } }).regulatory.map((l) => l.ref)).to.deep.equal(['Art. 4']);
      const chatbot = run({ profile: { aiRole: 'feature', aiGeneratesContent: true } });
      expect(chatbot.regulatory.map((l) => l.ref)).to.deep.equal(['Art. 4', 'Art. 50']);
    });

    it('should map to the four NIST AI RMF functions for the US market', () => {
      const r = run({ profile: { aiRole: 'core', markets: ['us'] } });
      expect(r.regulatory.map((l) => `${l.framework}:${l.ref}`)).to.deep.equal([
        'nist-ai-rmf:GOVERN',
        'nist-ai-rmf:MAP',
        'nist-ai-rmf:MEASURE',
        'nist-ai-rmf:MANAGE',
      ]);
    });

    it('should link nothing without AI', () => {
      expect(run({ profile: { markets: ['eu', 'us'] } }).regulatory).to.deep.equal([]);
    });
  });

  describe('next steps', () => {
    it('should tell a 42001 candidate to check the certification body’s accreditation scope', () => {
      const r = run({ profile: { aiRole: 'core', buyers: ['government'], aiCertificateAsked: true } });
      const check = r.nextSteps.find((step) => step.id === 'step.check-accreditation-42001');
      expect(check?.text).to.contain('UKAS');
    });

    it('should start a 27001 path with a gap analysis and the Statement of Applicability', () => {
      const first = run().nextSteps[0];
      expect(first?.id).to.equal('step.gap-analysis-27001');
      expect(first?.text).to.contain('Statement of Applicability');
    });
  });

  describe('public recommend()', () => {
    it('should validate the profile and recommend from it', () => {
      const r = recommend({ ...BASE, aiRole: 'core' });
      expect(r.standards).to.deep.equal(['iso27001', 'iso42001']);
    });

    it('should pass figure overrides and currency through', () => {
      const r = recommend(
        { ...BASE, buyers: ['enterprise'], employees: 30 },
        {
          currency: 'USD',
          figures: { costs: { small: { certificationFees: { min: 11_111, max: 22_222 } } } },
        },
      );
      expect(r.costs[0]).to.deep.include({
        currency: 'USD',
        certificationFees: { min: 11_111, max: 22_222 },
      });
    });

    it('should reject bad answers in the options', () => {
      const error = thrown(() => recommend(BASE, { answers: { x: 3 } } as never));
      expect(error.code).to.equal('invalid-options');
      expect(error.path).to.deep.equal(['options', 'answers', 'x']);
    });

    it('should reject bad figure overrides with the path', () => {
      const error = thrown(() => recommend(BASE, { figures: { weeks: { certify: { min: 30, max: 20 } } } }));
      expect(error.code).to.equal('invalid-options');
      expect(error.path).to.deep.equal(['options', 'figures', 'weeks', 'certify']);
    });

    it('should reject a bad profile with the path', () => {
      const error = thrown(() => recommend({ ...BASE, markets: ['mars'] }));
      expect(error.code).to.equal('invalid-profile');
      expect(error.path).to.deep.equal(['profile', 'markets', 0]);
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

    const checkShape = (r: Recommendation, scope: readonly StandardId[]) => {
      expect(z.safeParse(RecommendationSchema, r).success).to.equal(true);
      for (const standard of r.standards) expect(scope).to.include(standard);
      for (const p of r.phases) {
        expect(p.weeks.min).to.be.at.most(p.weeks.max);
        expect(p.startWeek.min).to.be.at.most(p.startWeek.max);
        expect(r.standards).to.include(p.standard);
      }
      for (const c of r.costs) expect(r.targets[c.standard]).to.equal('certified-accredited');
      expect(r.nextSteps.length).to.be.within(3, 6);
      expect(r.operatingModel === null).to.equal(r.standards.length < 2);
      expect(ids(r.rationale).some((id) => id.startsWith('sequence.'))).to.equal(true);
      if (r.reuse?.computed != null) expect(r.reuse.computed).to.be.within(0, 100);
    };

    it('should recommend for any valid profile: schema-valid, in scope, deterministic, serialisable', () => {
      fc.assert(
        fc.property(profileArb, scopeArb, (profile, scope) => {
          const r = recommend(profile, { scope });
          checkShape(r, scope);
          expect(recommend(profile, { scope })).to.deep.equal(r);
          expect(JSON.parse(JSON.stringify(r))).to.deep.equal(r);
        }),
      );
    });

    it('should stay within bounds for any profile and answers the engine scores', () => {
      fc.assert(
        fc.property(profileArb, scaleAnswersArb, scopeArb, (profile, scored, scope) => {
          const ctx = context({ profile, scored, scope });
          const r = recommendWith(ctx, classifyWith(ctx));
          checkShape(r, scope);
          expect(recommendWith(ctx)).to.deep.equal(r);
        }),
      );
    });

    it('should throw only invalid-profile or invalid-options ReadinessErrors for junk', () => {
      fc.assert(
        fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (profile, options) => {
          const error = thrown(() => recommend(profile, options as never));
          expect(['invalid-profile', 'invalid-options']).to.include(error.code);
        }),
      );
    });

    it('should throw only invalid-options for junk options with a valid profile', () => {
      fc.assert(
        fc.property(profileArb, fc.anything(), (profile, options) => {
          try {
            recommend(profile, options as never);
          } catch (error) {
            expect(error).to.be.instanceOf(ReadinessError);
            expect((error as ReadinessError).code).to.equal('invalid-options');
          }
        }),
      );
    });
  });
});
