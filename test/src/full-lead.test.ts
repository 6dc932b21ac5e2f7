// The full assessment where the rest of the product reads a result: its projection in the quick check's shape,
// and the lead that carries it (only under scope `full`).
import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { BANK_HASH, BANK_VERSION } from '../../src/bank/index.js';
import { ReadinessError } from '../../src/errors.js';
import { assessFull } from '../../src/full/assess.js';
import { quickResultOf } from '../../src/full/project.js';
import type { FullResult } from '../../src/full/schemas.js';
import { LeadSchema, parseLead, type Lead } from '../../src/schemas/lead.js';
import { AssessmentResultSchema } from '../../src/schemas/result.js';
import { SAMPLE_ANSWERS, makeLead } from '../support/leads.js';

type FullLead = Extract<Lead, { scope: 'full' }>;

/** A gap assessment pre-filled from a whole quick check, with a few entries of the visitor's own. */
const gapAssessment = (): FullResult =>
  assessFull({
    quick: SAMPLE_ANSWERS,
    scoping: { premises: 'none', development: 'in-house' },
    entries: {
      '27001:5.2': { status: 'implemented', owner: 'CISO', reference: 'POL-01' },
      '27001:A.7.1': { applicable: false, suggestion: 'no-premises' },
      '42001:6.1.4': { status: 'planned', targetDate: '2027-03-31' },
    },
  });

const withoutReadiness = (result: ReturnType<typeof assess>) => ({
  ...result,
  readiness: {},
  classification: Object.fromEntries(
    Object.entries(result.classification).map(([id, c]) => [id, { ...c, readiness: null }]),
  ),
});

describe('the gap assessment as a result and in a lead', () => {
  describe('quickResultOf', () => {
    const full = gapAssessment();
    const result = quickResultOf(full);

    it('should be a valid result of the quick check, computed with its bank', () => {
      expect(AssessmentResultSchema.safeParse(result).success).to.equal(true);
      expect(result.bank).to.deep.equal({ version: BANK_VERSION, hash: BANK_HASH });
      expect(full.bank).to.include({ quickVersion: BANK_VERSION, quickHash: BANK_HASH });
      expect(result.scope).to.deep.equal(full.scope);
    });

    it('should read its readiness from the controls, in the scores and in each classification', () => {
      expect(result.readiness).to.deep.equal(full.readiness);
      for (const id of full.scope) {
        expect(result.classification[id]!.readiness).to.equal(full.readiness[id]!.score);
      }
      // The controls, not the quick check's questions: the two figures differ for these answers.
      expect(result.readiness.iso27001!.score).not.to.equal(assess(SAMPLE_ANSWERS).readiness.iso27001!.score);
    });

    it("should give the claim and path the quick check's rules give for the entries' evidence", () => {
      expect(result.answers).to.deep.equal(full.evidence);
      const recomputed = assess(full.evidence, { scope: full.scope });
      expect(withoutReadiness(result)).to.deep.equal(withoutReadiness(recomputed));
    });
  });

  describe('lead', () => {
    const full = gapAssessment();
    const result = quickResultOf(full);

    it('should carry the whole gap assessment under scope full, its fields copied and nothing more', () => {
      const smuggled = { ...full, secret: 'not in the schema' } as FullResult;
      const lead = makeLead('full', { result, gapAssessment: smuggled }) as FullLead;
      expect(lead.gapAssessment!.entries).to.have.length(full.entries.length);
      expect(lead.gapAssessment!.entries.find((e) => e.ref === '27001:5.2')).to.include({
        owner: 'CISO',
        reference: 'POL-01',
      });
      expect(lead.gapAssessment).not.to.have.property('secret');
      expect(lead.result.readiness).to.deep.equal(full.readiness);
      expect(lead.bank).to.deep.equal({ version: BANK_VERSION, hash: BANK_HASH });
      expect(parseLead(JSON.parse(JSON.stringify(lead)))).to.deep.equal(lead);
    });

    it('should leave it out of summary and contact leads, whatever the caller passes', () => {
      for (const scope of ['summary', 'contact'] as const) {
        const lead = makeLead(scope, { result, gapAssessment: full });
        expect(lead, scope).not.to.have.property('gapAssessment');
        expect(JSON.stringify(lead), scope).not.to.contain('CISO');
      }
      // A visitor who narrows the scope narrows what is sent.
      const narrowed = makeLead('full', { result, gapAssessment: full, scope: 'summary' });
      expect(narrowed.scope).to.equal('summary');
      expect(narrowed).not.to.have.property('gapAssessment');
    });

    it('should refuse a malformed gap assessment with a typed error that does not echo it', () => {
      const lead = JSON.parse(JSON.stringify(makeLead('full', { result, gapAssessment: full }))) as FullLead;
      (lead.gapAssessment!.entries[0] as { status: unknown }).status = 'secretly-done';
      expect(LeadSchema.safeParse(lead).success).to.equal(false);
      let error: unknown;
      try {
        parseLead(lead);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ReadinessError);
      expect((error as ReadinessError).code).to.equal('invalid-lead');
      expect((error as ReadinessError).path.slice(0, 3)).to.deep.equal(['gapAssessment', 'entries', 0]);
      expect((error as ReadinessError).message).not.to.contain('secretly-done');
    });
  });
});
