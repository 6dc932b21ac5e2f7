import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { ITEMS } from '../../src/bank/items.js';
import { ESSENTIAL_CONTROLS, REQUIREMENT_RULES } from '../../src/judgement.js';
import { OPERATING_MODEL_RULES } from '../../src/recommend/operating-model.js';
import { LINK_RULES } from '../../src/recommend/regulation.js';
import { SEQUENCE_RULES } from '../../src/recommend/sequence.js';
import { enResult } from '../../src/i18n/en/result-translation.js';
import { FLOOR_42001_RULES } from '../../src/recommend/phases.js';
import { recommend } from '../../src/from-profile.js';
import type { OrgProfile } from '../../src/schemas/profile.js';
import type { Answers, AssessmentResult, Phase } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { SAAS_PROFILE } from '../support/engine.js';
import { ORGANISATIONS, controls, section } from '../support/organisations.js';

// Each spec is an organisation a consultant would recognise, run through assess(), and the verdict a lead
// implementer would sign. The numbers follow the defects of the domain review (issue 9).

const org = (id: string): Answers => {
  const found = ORGANISATIONS.find((o) => o.id === id);
  if (!found) throw new Error(`no organisation ${id}`);
  return found.answers;
};
const ids = (list: { id: string }[]): string[] => list.map((entry) => entry.id);
const phase = (r: AssessmentResult, standard: StandardId, kind: Phase['kind']) =>
  r.recommendation.phases.find((p) => p.standard === standard && p.kind === kind);
const allText = (r: AssessmentResult): string =>
  [
    ...Object.values(r.classification).flatMap((c) => [
      c?.headline ?? '',
      ...(c?.blockers ?? []).map((b) => b.text),
      ...(c?.rationale ?? []).map((x) => x.text),
    ]),
    ...r.recommendation.rationale.map((x) => x.text),
    ...r.recommendation.alternatives.map((x) => x.text),
    ...r.recommendation.nextSteps.map((x) => x.text),
  ].join('\n');

/** A UK government supplier with a well-run ISMS and no AI (review S03). */
const GOVERNMENT_SUPPLIER: Answers = {
  org_size: '250-999',
  markets: ['uk'],
  buyers: ['government'],
  regulated_sector: ['public-sector'],
  sensitive_data: ['personal-data'],
  security_maturity: 'high',
  ai_role: 'none',
  status_27001: 'aligned',
  ...controls('yes'),
};

describe('verdicts a consultant would sign', () => {
  describe('1. no AI, no ISO/IEC 42001', () => {
    it('should give an organisation without AI no 42001 claim, score or blocker, and say why in one line', () => {
      const r = assess(GOVERNMENT_SUPPLIER);
      const c = r.classification.iso42001;
      expect(c?.applies).to.equal(false);
      expect(c?.claim).to.equal('none');
      expect(c?.readiness).to.equal(null);
      expect(c?.blockers).to.deep.equal([]);
      expect(r.readiness.iso42001, 'no score presented as readiness').to.equal(undefined);
      expect(c?.headline).to.contain('does not apply').and.contain('once you build AI');
      expect(allText(r)).not.to.contain('ISO/IEC 42001 is under way');
    });

    it('should give a procurer whose AI affects nobody no "under way" when 42001 is not needed', () => {
      const r = assess(org('procurer'));
      expect(r.recommendation.standards).to.deep.equal(['iso27001']);
      expect(r.classification.iso42001?.claim).to.equal('none');
      expect(r.classification.iso42001?.applies).to.equal(false);
      expect(r.classification.iso42001?.headline).to.contain('inform no decisions about people');
    });

    it('should not say "you do not use AI" when the AI question was left unanswered', () => {
      const r = assess({ org_size: '10-49', buyers: ['smb'] });
      expect(r.classification.iso42001?.headline).to.contain('did not say whether you use AI');
      expect(ids(r.recommendation.rationale)).to.include.members([
        'answers.none',
        'standards.iso42001.unknown',
      ]);
      expect(allText(r)).not.to.contain('you neither build nor use AI');
    });
  });

  describe('2. one management system or two', () => {
    it('should not put a sound 27001 certificate at risk because its audit never covered AI (seed 004)', () => {
      const r = assess(org('certified-adding-llm'));
      const c27001 = r.classification.iso27001;
      expect(c27001?.claim).to.equal('certified-accredited');
      expect(ids(c27001?.blockers ?? [])).not.to.include('certificate-at-risk');
      expect(ids(r.classification.iso42001?.blockers ?? [])).to.include.members([
        'milestone.internal-audit',
        'milestone.management-review',
      ]);
    });

    it('should not call 42001 aligned when only the ISMS was audited and reviewed', () => {
      const answers = { ...org('certified-adding-llm'), ...section('ai-governance', 'yes') };
      expect(assess(answers).classification.iso42001?.claim).to.equal('aligned');
      const unaudited = { ...answers, ai_internal_audit: 'no', ai_management_review: 'no' };
      expect(assess(unaudited).classification.iso42001?.claim).to.equal('in-progress');
    });

    it('should ask a visitor with one management system about audit and review once', () => {
      const noAi = assess(GOVERNMENT_SUPPLIER);
      expect(Object.keys(noAi.answers)).to.include('internal_audit').and.not.include('ai_internal_audit');
      const aiOnly = assess({ ...org('ai-core'), ai_internal_audit: 'yes' }, { scope: ['iso42001'] });
      expect(Object.keys(aiOnly.answers)).to.include('ai_internal_audit').and.not.include('internal_audit');
    });
  });

  describe('3. ISO/IEC 42001 weeks discounted once', () => {
    it('should keep 10–16 weeks on top of 27001 when no AI-specific work is done, as recommend() does', () => {
      const answers: Answers = { ...org('certified-adding-llm'), org_size: '50-249' };
      const r = assess(answers);
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 10, max: 16 });
      const fromProfile = recommend(r.profile);
      const profileWeeks = fromProfile.phases.find((p) => p.standard === 'iso42001' && p.kind === 'align');
      expect(profileWeeks?.weeks).to.deep.equal({ min: 10, max: 16 });
    });

    it('should put a large AI estate at the long end of the range (seed 002)', () => {
      const r = assess(org('certified-adding-llm'));
      expect(phase(r, 'iso42001', 'align')?.weeks).to.deep.equal({ min: 13, max: 16 });
    });

    it('should shorten the AI-specific phase only by AI-specific work done', () => {
      const base = { ...org('certified-adding-llm'), org_size: '50-249' };
      // Impact assessment and AIMS internal audit done: no floor (review Y3), the rest halfway.
      const halfway = {
        ...base,
        ...section('ai-governance', 'partly'),
        ai_impact_assessment: 'yes',
        ai_internal_audit: 'yes',
      };
      const weeks = phase(assess(halfway), 'iso42001', 'align')?.weeks;
      expect(weeks?.min).to.be.within(3, 6);
      expect(weeks?.max).to.be.within(5, 9);
    });

    it('should keep 42001 on top of 27001 at the 10-week floor while the impact assessment is not done (review Y3, O03)', () => {
      const base = { ...org('certified-adding-llm'), org_size: '50-249' };
      const r = assess({ ...base, ...section('ai-governance', 'partly') });
      expect(phase(r, 'iso42001', 'align')?.weeks.min).to.equal(10);
      expect(ids(r.recommendation.rationale)).to.include('phases.floor-42001');
    });
  });

  describe('4. the requirement that blocks sales comes first', () => {
    it('should not put an AI-native company whose buyers need an accredited 27001 on a 42001-first path', () => {
      const r = assess(org('ai-core'));
      expect(r.classification.iso27001?.requirement).to.equal('certified-accredited');
      expect(r.recommendation.sequence).to.equal('iso27001-first');
      const certify = phase(r, 'iso27001', 'certify');
      expect(certify?.startWeek.max, '27001 audit starts when 27001 is aligned').to.equal(
        phase(r, 'iso27001', 'align')?.weeks.max,
      );
      expect(ids(r.recommendation.alternatives)).to.include('alternative.iso42001-first');
    });

    it('should design both together for AI as the product with strong security (seed 003)', () => {
      const r = assess(org('ai-core-strong-security'));
      expect(r.recommendation.sequence).to.equal('together');
      expect(
        r.recommendation.rationale.find((x) => x.id === 'sequence.together.core-strong')?.facts,
      ).to.include('seed=003');
    });
  });

  describe('5. one programme, one count of the shared work', () => {
    it('should follow a standalone 42001 alignment with only the 27001 work left, not the full 26–52 weeks', () => {
      const r = recommend({ ...profile(), aiRole: 'core', buyers: ['smb'] });
      expect(r.sequence).to.equal('iso42001-first');
      const align27001 = r.phases.find((p) => p.standard === 'iso27001' && p.kind === 'align');
      expect(align27001?.weeks).to.deep.equal({ min: 13, max: 26 });
      expect(align27001?.startWeek).to.deep.equal({ min: 23, max: 42 });
    });

    it('should use the AI-specific weeks for 42001 in a together programme, ending with the 27001 alignment', () => {
      const r = assess(org('ai-core-strong-security'));
      const a42001 = phase(r, 'iso42001', 'align');
      const a27001 = phase(r, 'iso27001', 'align');
      expect(a42001?.weeks.max).to.be.at.most(16);
      expect((a42001?.startWeek.max ?? 0) + (a42001?.weeks.max ?? 0)).to.equal(a27001?.weeks.max);
      expect(ids(r.recommendation.rationale)).not.to.include('phases.align-42001-standalone');
    });
  });

  describe('6. two certificates, one audit window', () => {
    it('should certify both standards in one integrated window and say when separate audits make sense', () => {
      const answers: Answers = { ...org('eu-high-risk'), ai_certificate_asked: 'yes' };
      const r = assess(answers);
      const certify = r.recommendation.phases.filter((p) => p.kind === 'certify');
      expect(certify.map((p) => p.standard)).to.have.members(['iso27001', 'iso42001']);
      expect(certify[0]?.startWeek).to.deep.equal(certify[1]?.startWeek);
      expect(ids(r.recommendation.rationale)).to.include('phases.integrated-audit');
      expect(
        r.recommendation.alternatives.find((a) => a.id === 'alternative.separate-audits')?.text,
      ).to.contain('not yet accredited');
    });
  });

  describe('7. what buyers require, what regulation drives, what we advise', () => {
    it('should not turn EU high-risk AI into a buyer requirement for a 42001 certificate', () => {
      const r = assess(org('eu-high-risk'));
      const c = r.classification.iso42001;
      expect(c?.requirement).to.equal('aligned');
      expect(c?.requirementSources, 'review Y1').not.to.include('regulation');
      expect(r.recommendation.targets.iso42001).to.equal('aligned');
      expect(ids(r.recommendation.rationale)).to.include('target.aligned-certificate-later');
      expect(c?.headline).not.to.contain('an accredited certificate');
    });

    it('should not make a CV-screening tool used for its own hiring a buyer requirement', () => {
      const r = assess(org('procured-cv-screening'));
      expect(r.classification.iso42001?.requirement).to.equal('none');
      expect(r.recommendation.costs.map((c) => c.standard)).not.to.include('iso42001');
      expect(r.recommendation.regulatory.map((l) => l.ref)).to.include.members(['Art. 4', 'Art. 26']);
    });

    it('should write every decision table in one shape: condition, outcome, sources and why, with a template per id', () => {
      const tables = {
        'requirement.iso27001': REQUIREMENT_RULES.iso27001,
        'requirement.iso42001': REQUIREMENT_RULES.iso42001,
        sequence: SEQUENCE_RULES,
        'operating-model': OPERATING_MODEL_RULES,
        links: LINK_RULES,
        'floor-42001': FLOOR_42001_RULES,
      };
      for (const [name, table] of Object.entries(tables))
        for (const rule of table) {
          const row = `${name}: ${rule.id}`;
          expect(typeof rule.when, row).to.equal('function');
          expect(rule.outcome, row).not.to.equal(undefined);
          expect(rule.source.length, row).to.be.greaterThan(0);
          for (const source of rule.source) expect(source.trim(), row).not.to.equal('');
          expect(rule.why.trim(), row).not.to.equal('');
          expect(Object.keys(enResult.engine), row).to.include(rule.id);
        }
    });

    it('should keep every 42001 certificate requirement on a row with a seed behind it', () => {
      for (const rule of REQUIREMENT_RULES.iso42001) {
        expect(rule.source.length, rule.id).to.be.greaterThan(0);
        expect(rule.why, rule.id).not.to.equal('');
      }
      const certificateRows = REQUIREMENT_RULES.iso42001.filter(
        (r) => r.outcome.requirement === 'certified-accredited',
      );
      expect(certificateRows.map((r) => r.id)).to.deep.equal(['requirement.iso42001.certificate-asked']);
    });
  });

  describe('8. "under way" needs a real start', () => {
    it('should not say "under way" for a five-person company that declared nothing and has one practice partly', () => {
      const answers: Answers = {
        org_size: '1-9',
        markets: ['eu'],
        buyers: ['smb'],
        security_maturity: 'low',
        ai_role: 'procures',
        ai_affects_people: ['none'],
        eu_ai_act_high_risk: 'no',
        status_27001: 'none',
        ...controls('no'),
        authentication: 'partly',
      };
      const r = assess(answers);
      expect(r.classification.iso27001?.claim).to.equal('none');
      expect(r.classification.iso27001?.headline).not.to.contain('under way');
    });

    it('should name the first step when practices exist without a programme or milestone', () => {
      const r = assess(org('ai-core'));
      const reason = r.classification.iso27001?.rationale[0];
      expect(reason?.id).to.equal('claim.none-practices');
      expect(reason?.text).to.contain('First step').and.contain('scope');
    });

    it('should say "under way" once a milestone is met or a programme is declared', () => {
      expect(assess(org('no-ai-saas')).classification.iso27001?.claim).to.equal('in-progress');
      const declared = { ...org('ai-core'), status_27001: 'in-progress' };
      expect(assess(declared).classification.iso27001?.claim).to.equal('in-progress');
    });
  });

  describe('9. no "aligned" with essential controls missing', () => {
    it('should refuse aligned with access control, incident management and backups answered no', () => {
      const answers = {
        ...GOVERNMENT_SUPPLIER,
        access_control: 'no',
        incident_management: 'no',
        backup_continuity: 'no',
      };
      const c = assess(answers).classification.iso27001;
      expect(c?.readiness).to.be.greaterThan(80);
      expect(c?.claim).to.equal('in-progress');
      expect(ids(c?.blockers ?? [])).to.include.members([
        'essential.access_control',
        'essential.incident_management',
        'essential.backup_continuity',
      ]);
    });

    it('should refuse 42001 aligned for an AI-core company with no data governance or verification', () => {
      const answers = {
        ...org('ai-core-strong-security'),
        ...controls('yes'),
        ai_data: 'no',
        ai_verification: 'no',
      };
      const c = assess(answers).classification.iso42001;
      expect(c?.claim).to.equal('in-progress');
      expect(ids(c?.blockers ?? [])).to.include.members(['essential.ai_data', 'essential.ai_verification']);
    });

    it('should name a seed behind every essential control area', () => {
      for (const row of ESSENTIAL_CONTROLS) {
        expect(row.seeds.length, row.item).to.be.greaterThan(0);
        expect(
          ITEMS.some((item) => item.id === row.item),
          row.item,
        ).to.equal(true);
      }
    });
  });

  describe('10. a certificate with nothing running', () => {
    it('should tell an accredited holder answering no everywhere to restore, not maintain', () => {
      const answers: Answers = {
        ...GOVERNMENT_SUPPLIER,
        status_27001: 'certified',
        accreditation_27001: 'yes',
        scope_27001: 'yes',
        ...controls('no'),
      };
      const r = assess(answers);
      expect(r.recommendation.sequence).to.equal('restore');
      expect(ids(r.classification.iso27001?.blockers ?? [])[0]).to.equal('certificate-at-risk');
      expect(r.recommendation.nextSteps[0]?.id).to.equal('step.restore');
      expect(ids(r.recommendation.nextSteps)).not.to.include('step.maintain');
      expect(phase(r, 'iso27001', 'align')?.label).to.contain('Restore');
    });
  });

  describe('11. EU AI Act roles', () => {
    it('should make a lender with its own credit-scoring model provider and deployer, with Art. 26 and Art. 27', () => {
      const r = assess(org('lender-own-model'));
      const refs = r.recommendation.regulatory.map((l) => l.ref);
      expect(refs).to.include.members(['Art. 9', 'Art. 17', 'Art. 26', 'Art. 27']);
      expect(ids(r.recommendation.rationale)).to.include('regulatory.eu-ai-act.provider-deployer');
    });

    it('should tell a high-risk provider what lies outside 42001', () => {
      const r = assess(org('eu-high-risk'));
      const outside = r.recommendation.regulatory.find((l) => l.ref === 'Art. 43, 47–49');
      expect(outside?.text).to.contain('Conformity assessment').and.contain('registration');
    });

    it('should list Art. 50 only for chatbots and generated content, and Art. 4 for every deployer', () => {
      const scoring = assess({ ...org('lender-own-model'), ai_generates: 'no' });
      expect(scoring.recommendation.regulatory.map((l) => l.ref)).not.to.include('Art. 50');
      const chatbot = assess({ ...org('ai-feature'), ai_generates: 'yes' });
      expect(chatbot.recommendation.regulatory.map((l) => l.ref)).to.include('Art. 50');
      const procurer = assess(org('procurer'));
      expect(procurer.recommendation.regulatory.map((l) => l.ref)).to.deep.equal(['Art. 4']);
      expect(ids(procurer.recommendation.nextSteps)).to.include('step.ai-literacy');
    });
  });

  describe('12. AI change and AI incidents apart (seed 003)', () => {
    it('should feed AI change and AI incidents to 42001 only, and keep the ISMS items off 42001', () => {
      const r = assess({ ...org('certified-adding-llm'), ai_change: 'no', ai_incidents: 'no' });
      expect(r.readiness.iso42001?.gaps).to.include.members(['ai_change', 'ai_incidents']);
      expect(r.readiness.iso27001?.gaps).not.to.include.members(['ai_change', 'ai_incidents']);
      const isms = assess({
        ...org('certified-adding-llm'),
        change_management: 'no',
        incident_management: 'no',
      });
      expect(isms.readiness.iso42001?.score, 'ISMS change and incident items do not score 42001').to.equal(
        assess(org('certified-adding-llm')).readiness.iso42001?.score,
      );
    });
  });

  describe('minors', () => {
    it('refs: should cite 6.1.2 for the risk method, A.3.3 only for concerns, and 4.3 only for the ISMS scope', () => {
      const byId = new Map(ITEMS.map((item) => [item.id, item]));
      const refs = (id: string) => {
        const item = byId.get(id);
        return item?.kind === 'control' ? item.refs : [];
      };
      expect(refs('risk_method')).to.include('27001:6.1.2').and.not.include('27001:6.1.1');
      expect(refs('isms_scope')).to.deep.equal(['27001:4.3']);
      expect(refs('incident_management')).not.to.include('42001:A.3.3');
      expect(refs('ai_concerns')).to.deep.equal(['42001:A.3.3']);
      expect(refs('access_control')).to.include('27001:A.5.16');
      expect(refs('people_security')).to.include('27001:A.5.11');
      expect(refs('secure_development')).to.include('27001:A.8.30');
    });

    it('coverage: should ask about network security, threat intelligence, data leakage, changes, risk acceptance and certificate scope', () => {
      const asked = new Set(ITEMS.map((item) => item.id));
      for (const id of [
        'network_security',
        'threat_intelligence',
        'data_protection',
        'changes_communication',
        'risk_acceptance',
        'scope_27001',
      ])
        expect(asked.has(id), id).to.equal(true);
      const r = assess({ ...org('separate-ai-team'), scope_27001: 'partly' });
      expect(r.classification.iso27001?.meetsRequirement).to.equal(false);
      expect(ids(r.classification.iso27001?.blockers ?? [])).to.include('certificate-scope.partly');
    });

    it('texts: should write the size band the visitor chose, never an invented head count', () => {
      const r = assess(org('separate-ai-team'));
      const text = allText(r);
      expect(text).to.contain('1,000 people or more');
      expect(text).not.to.contain('2,000');
    });

    it('texts: should not tell a holder of both certificates that no certification costs apply', () => {
      const answers: Answers = {
        ...org('separate-ai-team'),
        ...controls('yes'),
        status_42001: 'certified',
        accreditation_42001: 'yes',
        scope_27001: 'yes',
        scope_42001: 'yes',
      };
      const r = assess(answers);
      expect(r.recommendation.sequence).to.equal('maintain');
      expect(ids(r.recommendation.rationale)).to.include('costs.none.held').and.not.include('costs.none');
    });

    it('texts: should not say "42001 is in place: add 27001" when 27001 is aligned too', () => {
      const answers: Answers = {
        ...org('ai-core-strong-security'),
        ...controls('yes'),
        status_27001: 'aligned',
        status_42001: 'aligned',
      };
      const r = assess(answers);
      expect(ids(r.recommendation.rationale)).to.include('sequence.certify-only');
      expect(ids(r.recommendation.rationale)).not.to.include('sequence.add-iso27001');
    });

    it('texts: should say "regulation" when regulation asks and "your buyers" only when buyers do', () => {
      const lender = assess(org('lender-own-model'));
      expect(lender.classification.iso42001?.headline, 'review Y1').not.to.contain('Regulation expects');
      expect(lender.classification.iso27001?.headline).to.contain('Your sector expects');
      expect(allText(lender)).not.to.contain('Your buyers ask for');
    });

    it('texts: should define aligned with the management review in the status help', async () => {
      const { bankHelp } = await import('../../src/i18n/en/bank-help.js');
      expect(bankHelp['status_27001']).to.contain('management review');
      expect(bankHelp['status_42001']).to.contain('management review');
    });

    it('figures: should shrink internal effort for the audit of an aligned system and for a second standard', () => {
      const r = assess(GOVERNMENT_SUPPLIER);
      const cost = r.recommendation.costs.find((c) => c.standard === 'iso27001');
      expect(cost?.internalEffort).to.deep.equal({ min: 80_000, max: 120_000 });
      const both = assess({ ...org('eu-high-risk'), ai_certificate_asked: 'yes' }).recommendation.costs;
      const total = both.reduce((sum, c) => sum + c.internalEffort.max + c.certificationFees.max, 0);
      expect(total, 'below two separate certifications').to.be.lessThan(2 * (200_000 + 40_000));
    });

    it('figures: should scale weeks with size', () => {
      const small = recommend({ ...profile(), employees: 5 });
      const large = recommend({ ...profile(), employees: 5000 });
      const weeks = (r: ReturnType<typeof recommend>) => r.phases.find((p) => p.kind === 'align')?.weeks;
      expect(weeks(small)).to.deep.equal({ min: 26, max: 39 });
      expect(weeks(large)).to.deep.equal({ min: 39, max: 52 });
    });

    it('figures: should let computed reuse reach the seeds’ 50–70 % for a mature ISMS, in the direction travelled', () => {
      const r = assess(org('certified-adding-llm'));
      expect(r.recommendation.reuse?.computed).to.be.within(50, 70);
      const reverse = recommend({
        ...profile(),
        aiRole: 'core',
        status: { iso27001: 'none', iso42001: 'certified-accredited' },
      });
      expect(reverse.reuse?.text).to.contain('carries over to ISO/IEC 27001');
    });

    it('figures: should check self-rated security against the controls answered, and say which it used', () => {
      const modest = { ...org('ai-core-strong-security'), security_maturity: 'low' };
      const r = assess(modest);
      expect(r.recommendation.sequence, 'strong answers outweigh a modest self-rating').to.equal('together');
      expect(ids(r.recommendation.rationale)).to.include('maturity.measured-higher');
    });

    it('next steps: should not tell a company missing only its internal audit to write its SoA', () => {
      const answers: Answers = { ...GOVERNMENT_SUPPLIER, internal_audit: 'no', management_review: 'no' };
      const steps = ids(assess(answers).recommendation.nextSteps);
      expect(steps).to.include('step.internal-audit');
      expect(steps).not.to.include('step.gap-analysis-27001');
    });

    it('buyers: should keep Series B apart from pre-IPO', () => {
      const growth = assess({ ...org('ai-feature'), buyers: ['investor-growth'] }).classification.iso27001;
      const preIpo = assess({ ...org('ai-feature'), buyers: ['investor-late'] }).classification.iso27001;
      expect(growth?.requirement).to.equal('aligned');
      expect(growth?.headline).to.contain('Your investors expect');
      expect(preIpo?.requirement).to.equal('certified-accredited');
    });

    it('alternatives: should name the path not taken and when it would be right where the seeds disagree', () => {
      const core = recommend({ ...profile(), aiRole: 'core', buyers: ['smb'] });
      expect(core.sequence).to.equal('iso42001-first');
      expect(ids(core.alternatives)).to.deep.equal(['alternative.together', 'alternative.iso27001-first']);
      for (const alternative of core.alternatives) expect(alternative.text).to.match(/right if/);
      const highRisk = recommend({ ...profile(), aiRole: 'feature', euAiActHighRisk: 'yes', employees: 30 });
      expect(highRisk.operatingModel).to.equal('unified');
      expect(ids(highRisk.alternatives)).to.include('alternative.federated');
      const usOnly = recommend({
        ...profile(),
        aiRole: 'feature',
        euAiActHighRisk: 'yes',
        employees: 800,
        markets: ['us'],
      });
      expect(usOnly.operatingModel, 'the Act’s evidence burden needs the EU market').to.equal('unified');
    });
  });

  describe('reference organisations', () => {
    it('should give every reference organisation a valid, deterministic result', () => {
      for (const { id, answers } of ORGANISATIONS) {
        const first = assess(answers);
        expect(JSON.parse(JSON.stringify(assess(answers))), id).to.deep.equal(first);
        expect(first.bank.version, id).to.equal('2026.12.2');
      }
    });
  });
});

/** A mid-sized EU SaaS with medium security and nothing held, for profile-only checks. */
function profile(): OrgProfile {
  return { ...SAAS_PROFILE, employees: 120 };
}
