import { expect } from 'chai';
import { BANK_HASH } from '../../src/bank/index.js';
import type { Lead } from '../../src/schemas/lead.js';
import { verifyLead } from '../../sdk/verify.js';
import { assessFull } from '../../src/full/assess.js';
import { quickResultOf } from '../../src/full/project.js';
import { SAMPLE_ANSWERS, makeLead } from '../support/leads.js';

type FullLead = Extract<Lead, { scope: 'full' }>;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('verifyLead', () => {
  it('should accept a genuine full lead after recomputing its result', () => {
    const verdict = verifyLead(clone(makeLead('full')));
    expect(verdict).to.deep.equal({ valid: true, reasons: [], warnings: [], checked: 'result' });
  });

  it('should accept a full lead whose texts are in another language', () => {
    const lead = clone(makeLead('full')) as FullLead;
    lead.locale = 'de';
    lead.result.locale = 'de';
    for (const c of Object.values(lead.result.classification)) c.headline = `Übersetzt: ${c.headline}`;
    for (const r of lead.result.recommendation.rationale) r.text = 'Begründung';
    expect(verifyLead(lead).valid).to.equal(true);
  });

  it('should tell an edited claim from a genuine one, naming the field', () => {
    const lead = clone(makeLead('full')) as FullLead;
    const c = lead.result.classification.iso27001!;
    c.claim = c.claim === 'certified-accredited' ? 'none' : 'certified-accredited';
    const verdict = verifyLead(lead);
    expect(verdict.valid).to.equal(false);
    expect(verdict.reasons.join('\n')).to.contain('result.classification.iso27001.claim');
  });

  it('should tell edited readiness scores and an edited recommendation', () => {
    const lead = clone(makeLead('full')) as FullLead;
    const readiness = lead.result.readiness.iso27001!;
    readiness.score = readiness.score === 100 ? 0 : 100;
    lead.result.recommendation.sequence =
      lead.result.recommendation.sequence === 'none' ? 'maintain' : 'none';
    const verdict = verifyLead(lead);
    expect(verdict.valid).to.equal(false);
    expect(verdict.reasons.some((r) => r.startsWith('result.readiness.iso27001.score'))).to.equal(true);
    expect(verdict.reasons.some((r) => r.startsWith('result.recommendation.sequence'))).to.equal(true);
  });

  it('should tell answers that do not lead to the result', () => {
    const lead = clone(makeLead('full')) as FullLead;
    const id = Object.keys(lead.result.answers).find((k) => lead.result.answers[k] === 'yes')!;
    lead.result.answers[id] = 'no';
    expect(verifyLead(lead).valid).to.equal(false);
  });

  it('should say when the lead was computed with another question bank', () => {
    const lead = clone(makeLead('full'));
    lead.bank = { version: '1999.1.1', hash: 'other' };
    const verdict = verifyLead(lead);
    expect(verdict.valid).to.equal(false);
    expect(verdict.reasons[0]).to.contain('1999.1.1').and.to.contain(BANK_HASH);

    const summary = clone(makeLead('summary'));
    summary.bank = { version: '1999.1.1', hash: 'other' };
    const summaryVerdict = verifyLead(summary);
    expect(summaryVerdict.valid).to.equal(true);
    expect(summaryVerdict.warnings.join()).to.contain('1999.1.1');
  });

  it('should check only the shape of summary and contact leads, and say so', () => {
    const verdict = verifyLead(clone(makeLead('summary')));
    expect(verdict.valid).to.equal(true);
    expect(verdict.checked).to.equal('schema');
    expect(verdict.warnings.join()).to.contain('cannot be recomputed');
    expect(verifyLead(clone(makeLead('contact'))).valid).to.equal(true);
  });

  it('should never throw, and explain what is malformed', () => {
    for (const value of [null, 42, 'lead', [], {}, { ...makeLead('contact'), id: 'not-a-uuid' }]) {
      const verdict = verifyLead(value);
      expect(verdict.valid).to.equal(false);
      expect(verdict.reasons.length).to.be.greaterThan(0);
    }
  });
});

describe('verifyLead on a lead from the full assessment', () => {
  const full = assessFull({ quick: SAMPLE_ANSWERS, entries: { '27001:5.2': { status: 'implemented' } } });
  const lead = () =>
    clone(makeLead('full', { result: quickResultOf(full), gapAssessment: full })) as FullLead;

  it('should accept a genuine one, its readiness read from the gap assessment, and say what it did not recompute', () => {
    const verdict = verifyLead(lead());
    expect(verdict.valid, verdict.reasons.join('\n')).to.equal(true);
    expect(verdict.checked).to.equal('result');
    expect(verdict.warnings.join('\n')).to.contain('gapAssessment');
  });

  it('should tell a readiness edited in the result from the one its controls give', () => {
    const edited = lead();
    const readiness = edited.result.readiness.iso27001!;
    readiness.score = readiness.score === 100 ? 0 : 100;
    const verdict = verifyLead(edited);
    expect(verdict.valid).to.equal(false);
    expect(verdict.reasons.join('\n')).to.contain('result.readiness.iso27001.score');
  });

  it('should tell evidence that is not what the result was computed from', () => {
    const edited = lead();
    edited.gapAssessment!.evidence = { ...edited.gapAssessment!.evidence, org_size: '1000-plus' };
    const verdict = verifyLead(edited);
    expect(verdict.valid).to.equal(false);
    expect(verdict.reasons.join('\n')).to.contain('gapAssessment.evidence');
  });
});
