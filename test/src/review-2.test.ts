import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { assessFull } from '../../src/full/assess.js';
import type { Answers, AssessmentResult, Phase } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { ORGANISATIONS, aiOnly, nonAi } from '../support/organisations.js';

// One spec per finding of the second domain review (domain-review-2.md §4), each built from the review's own
// organisation (O01–O22, S-numbers of the first review) and named after it.

const org = (id: string) => {
  const found = ORGANISATIONS.find((o) => o.id === id);
  if (!found) throw new Error(`no organisation ${id}`);
  return found;
};
const run = (id: string, extra: Answers = {}): AssessmentResult => {
  const o = org(id);
  return assess({ ...o.answers, ...extra }, o.scope ? { scope: o.scope } : undefined);
};
const ids = (list: { id: string }[]): string[] => list.map((entry) => entry.id);
const phase = (r: AssessmentResult, standard: StandardId, kind: Phase['kind']) =>
  r.recommendation.phases.find((p) => p.standard === standard && p.kind === kind);
const refs = (r: AssessmentResult): string[] => r.recommendation.regulatory.map((l) => l.ref);
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
    ...r.recommendation.regulatory.map((x) => x.text),
  ].join('\n');

describe('domain review 2', () => {
  describe('blockers', () => {
    it('X1 O10: should tell a general-purpose model provider of Art. 53 and 54, and Art. 55 when systemic', () => {
      const r = run('O10');
      expect(refs(r)).to.include.members(['Art. 53', 'Art. 54']).and.not.include('Art. 55');
      expect(allText(r)).to.contain('2 August 2025');
      expect(refs(run('O10', { ai_gpai: 'systemic' }))).to.include('Art. 55');
      expect(refs(run('O10', { ai_gpai: 'no' }))).not.to.include('Art. 53');
      expect(refs(run('O10', { markets: ['us'] })), 'EU duties only for the EU market').not.to.include(
        'Art. 53',
      );
    });

    it('X2 O08: should not let a 2013-edition certificate read "certified … maintain"', () => {
      const r = run('O08');
      const c = r.classification.iso27001;
      expect(c?.claim).not.to.equal('certified-accredited');
      expect(ids(c?.blockers ?? [])).to.include('certificate-state.2013');
      expect(r.recommendation.sequence).not.to.equal('maintain');
      expect(phase(r, 'iso27001', 'certify')?.label).to.contain('Re-certify');
      expect(ids(r.recommendation.nextSteps)).to.include('step.transition-2022');
      expect(allText(r))
        .to.contain('IAF MD 26')
        .and.not.contain('only the yearly surveillance audits remain');
    });

    it('X2 O18: should have a suspended certificate reinstated with the same body', () => {
      const r = run('O18');
      expect(r.classification.iso27001?.claim).not.to.equal('certified-accredited');
      expect(ids(r.classification.iso27001?.blockers ?? [])).to.include('certificate-state.suspended');
      expect(phase(r, 'iso27001', 'certify')?.label).to.contain('Reinstate');
      expect(ids(r.recommendation.nextSteps)).to.include('step.reinstate');
    });

    it('X2 O08: should keep a valid 2022 certificate certified, and ask to check one whose edition is unknown', () => {
      const valid = run('O08', { edition_27001: 'current', threat_intelligence: 'yes' });
      expect(valid.classification.iso27001?.claim).to.equal('certified-accredited');
      expect(valid.recommendation.sequence).to.equal('maintain');
      const unsure = run('O08', { edition_27001: 'unsure', threat_intelligence: 'yes' });
      expect(unsure.classification.iso27001?.claim).to.equal('certified-accredited');
      expect(ids(unsure.classification.iso27001?.blockers ?? [])).to.include('certificate-state.unsure');
    });
  });

  describe('majors', () => {
    it('Y1 O02, O22: should never say regulation expects ISO/IEC 42001, and name Art. 9 and 17 as the reason', () => {
      for (const id of ['O02', 'O22', 'O03']) {
        const c = run(id).classification.iso42001;
        expect(c?.headline, id).not.to.contain('Regulation expects');
        expect(c?.requirementSources, id).not.to.include('regulation');
        const reason = c?.rationale.find((x) => x.id === 'requirement.iso42001.high-risk-provider');
        expect(reason?.text, id).to.contain('Art. 9').and.contain('Art. 17');
      }
    });

    it('Y2 O21: should not let a carried status override the visitor’s own weaker answer in the full depth', () => {
      const quick = { ...org('O21').answers, ai_policy: 'no', ai_internal_audit: 'no' };
      const result = assessFull({
        quick,
        entries: { '27001:A.5.1': { status: 'implemented' }, '27001:9.2.2': { status: 'implemented' } },
      });
      const policy = result.entries.find((e) => e.ref === '42001:A.2.2');
      expect(policy?.source).to.equal('estimate');
      expect(policy?.status).to.equal('not-started');
      // Without a quick answer of its own, the carried status still fills the entry.
      const bare = assessFull({ entries: { '27001:A.5.1': { status: 'implemented' } } });
      expect(bare.entries.find((e) => e.ref === '42001:A.2.2')?.source).to.equal('carried');
    });

    it('Y3 O03, O06, O10: should keep 42001 on top of 27001 at 10 weeks or more for large, GPAI or unprepared estates', () => {
      for (const id of ['O03', 'O06', 'O10', 'O19', 'O02']) {
        const align = phase(run(id), 'iso42001', 'align');
        expect(align?.weeks.min, id).to.be.at.least(10);
      }
    });

    it('Y4 certified, nothing answered: should not call a certificate at risk or plan a restore from silence', () => {
      const answers: Answers = {
        status_27001: 'certified',
        accreditation_27001: 'yes',
        edition_27001: 'current',
        buyers: ['enterprise'],
      };
      const r = assess(answers);
      expect(ids(r.classification.iso27001?.blockers ?? [])).not.to.include('certificate-at-risk');
      expect(r.recommendation.phases.map((p) => p.label).join()).not.to.contain('Restore');
      expect(ids(r.recommendation.rationale)).to.include('answers.none');
    });

    it('Y4 S-K: should fit a restore to the surveillance cycle and say to call the certification body', () => {
      const r = assess({
        org_size: '1000-plus',
        buyers: ['enterprise'],
        status_27001: 'certified',
        accreditation_27001: 'yes',
        edition_27001: 'current',
        ...nonAi('no'),
      });
      const restore = phase(r, 'iso27001', 'align');
      expect(restore?.weeks.max).to.be.at.most(52);
      expect(ids(r.recommendation.rationale)).to.include('phases.restore.capped');
    });

    it('Y5 O21, O09: should price 42001 on top of 27001 with the carry-over and the integrated audit', () => {
      const o21 = run('O21').recommendation.costs.find((c) => c.standard === 'iso42001');
      expect(o21?.internalEffort.max, 'not the from-scratch €200–300k').to.be.below(200_000);
      expect(ids(run('O21').recommendation.rationale)).to.include.members([
        'costs.on-top',
        'costs.integrated-surveillance',
      ]);
      const o09 = run('O09').recommendation.costs.find((c) => c.standard === 'iso42001');
      expect(o09?.internalEffort.max, 'not the from-scratch €120–200k').to.be.at.most(120_000);
    });

    it('Y5 O07, O14: should scale effort by the work left and count a one-person firm in person-days', () => {
      const o07 = run('O07').recommendation.costs.find((c) => c.standard === 'iso27001');
      expect(o07?.internalEffort.max, 'below the full €120–200k band').to.be.below(200_000);
      const o14 = run('O14').recommendation.costs.find((c) => c.standard === 'iso27001');
      expect(o14?.personDays).to.not.equal(undefined);
      expect(o14?.internalEffort.max, 'not €60–120k for one person').to.be.below(60_000);
    });

    it('Y6 O01, O12, O20, O04: should recommend a separate AI management system only where AI is built', () => {
      for (const id of ['O01', 'O12', 'O20', 'O04'])
        expect(run(id).recommendation.operatingModel, id).to.equal('unified');
      expect(run('O03').recommendation.operatingModel, 'a bank building its own models').to.equal(
        'federated',
      );
    });

    it('Y7 O01, O16: should use no sales language without buyers, and keep research-only AI out of the Act', () => {
      const o01 = run('O01');
      expect(o01.classification.iso27001?.requirement).to.equal('aligned');
      expect(allText(o01)).not.to.contain('unblocks sales').and.not.contain('AI-native');
      const o16 = run('O16');
      expect(allText(o16)).not.to.contain('unblocks sales').and.not.contain('both sets of duties apply');
      expect(ids(o16.recommendation.rationale)).to.include('regulatory.eu-ai-act.research');
      expect(ids(o16.recommendation.nextSteps)).not.to.include('step.classify-ai-act');
      expect(o16.recommendation.regulatory.filter((l) => l.framework === 'eu-ai-act')).to.deep.equal([]);
    });

    it('O19: should start a high-risk provider’s Art. 9 risk work now, not after 26–39 weeks of 27001', () => {
      const r = run('O19');
      expect(r.recommendation.sequence).to.equal('iso27001-first');
      expect(ids(r.recommendation.nextSteps)).to.include('step.ai-risk-early');
      expect(ids(run('O11').recommendation.nextSteps)).not.to.include('step.ai-risk-early');
    });
  });

  describe('minors', () => {
    it('Z1 O06, O13: should read "partly" on a certified milestone as nonconformities to expect, not a certificate at risk', () => {
      for (const id of ['O06', 'O13']) {
        const blockers = ids(run(id).classification.iso27001?.blockers ?? []);
        expect(blockers, id).to.include('certificate-nonconformities').and.not.include('certificate-at-risk');
        expect(run(id).recommendation.sequence, id).not.to.equal('restore');
      }
    });

    it('Z3 O21: should compute the full-depth carry-over from the quick estimates before anything is confirmed', () => {
      const before = assessFull({ quick: org('O21').answers });
      expect(before.reuse?.estimated).to.equal(true);
      expect((before.reuse?.implemented ?? 0) + (before.reuse?.partly ?? 0)).to.be.greaterThan(0);
      const after = assessFull({
        quick: org('O21').answers,
        entries: { '27001:A.5.1': { status: 'implemented' } },
      });
      expect(after.reuse?.estimated).to.equal(false);
    });

    it('Z4: should carry A.6.2.8 into A.8.15 only partly (one-way strong overlap)', () => {
      const result = assessFull({ entries: { '42001:A.6.2.8': { status: 'implemented' } } });
      expect(result.entries.find((e) => e.ref === '27001:A.8.15')).to.include({
        source: 'carried',
        status: 'partly',
      });
    });

    it('Z5 O03, O06: should name DORA for finance and NIS2 for critical infrastructure', () => {
      expect(run('O03').recommendation.regulatory.map((l) => l.framework)).to.include('dora');
      expect(run('O06').recommendation.regulatory.map((l) => l.framework)).to.include('nis2');
      expect(run('O05').recommendation.regulatory).to.deep.equal([]);
    });

    it('Z6 O11: should name SOC 2 Type II as the US alternative for a US-only seller', () => {
      expect(ids(run('O11').recommendation.alternatives)).to.include('alternative.soc2');
      expect(ids(run('O02').recommendation.alternatives)).not.to.include('alternative.soc2');
    });

    it('Z7 O14: should make client data pasted into AI tools an essential gap', () => {
      expect(ids(run('O14').classification.iso27001?.blockers ?? [])).to.include('essential.data_protection');
      expect(ids(run('O05').classification.iso27001?.blockers ?? [])).not.to.include(
        'essential.data_protection',
      );
    });

    it('Z8 O12: should tell an employer deploying high-risk AI on staff of Art. 26(7)', () => {
      expect(refs(run('O12'))).to.include('Art. 26(7)');
      expect(refs(run('O20'))).not.to.include('Art. 26(7)');
    });

    it('Z9 O02: should name the MDR/IVDR route and the application dates for medical-device AI', () => {
      const r = run('O02');
      expect(refs(r)).to.include.members(['Art. 43(3)', 'Art. 113']);
      expect(allText(r)).to.contain('MDR').and.contain('2 August 2027');
    });

    it('Z10: should ask about independent review (A.5.35)', () => {
      const r = run('O05');
      expect(r.readiness.iso27001).to.not.equal(undefined);
      const full = assessFull({ quick: { vulnerability_management: 'yes' } });
      expect(full.entries.find((e) => e.ref === '27001:A.5.35')?.source).to.equal('estimate');
    });
  });

  describe('the 22 organisations', () => {
    it('should all be in the reference set, O01–O22, with valid results', () => {
      const review = ORGANISATIONS.filter((o) => /^O\d\d$/.test(o.id));
      expect(review.map((o) => o.id)).to.have.length(22);
      for (const o of review) {
        const r = run(o.id);
        expect(r.schemaVersion, o.id).to.be.a('number');
      }
      // The helpers split the bank as the review's notation does.
      expect(Object.keys(aiOnly('no'))).to.not.include('internal_audit');
      expect(Object.keys(nonAi('no'))).to.include('internal_audit');
    });
  });
});
