import { expect } from 'chai';
import { BANK_HASH } from '../../src/bank/index.js';
import type { Lead } from '../../src/schemas/lead.js';
import { MAX_LEAD_CHARS, verifyLead } from '../../sdk/verify.js';
import { assess } from '../../src/assess.js';
import { assessFull } from '../../src/full/assess.js';
import { quickResultOf } from '../../src/full/project.js';
import { SAMPLE_ANSWERS, makeLead } from '../support/leads.js';

type FullLead = Extract<Lead, { scope: 'full' }>;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('verifyLead', () => {
  it('should accept a genuine full lead after recomputing its result', () => {
    const verdict = verifyLead(clone(makeLead('full')));
    expect(verdict).to.deep.equal({
      status: 'verified',
      valid: true,
      reasons: [],
      warnings: [],
      checked: 'result',
    });
  });

  it('should compare texts in another language only with its translation, and say so', () => {
    const lead = clone(makeLead('full')) as FullLead;
    lead.locale = 'de';
    lead.result.locale = 'de';
    for (const c of Object.values(lead.result.classification)) c.headline = `Übersetzt: ${c.headline}`;
    for (const r of lead.result.recommendation.rationale) r.text = 'Begründung';
    const verdict = verifyLead(lead);
    expect(verdict.status).to.equal('consistent');
    expect(verdict.valid).to.equal(false);
    expect(verdict.warnings.join()).to.contain('"de"');
  });

  it('should verify a German lead with the German translation, and refuse a rewritten German headline', async () => {
    const { loadTranslation } = await import('../../src/i18n/load.js');
    const de = await loadTranslation('de');
    const result = assess(SAMPLE_ANSWERS, { translation: de });
    const lead = clone(makeLead('full', { result })) as FullLead;
    lead.locale = 'de';
    expect(verifyLead(lead, { translation: de }).status).to.equal('verified');
    lead.result.classification.iso27001!.headline = 'Zertifiziert.';
    const verdict = verifyLead(lead, { translation: de });
    expect(verdict.status).to.equal('invalid');
    expect(verdict.reasons.join()).to.contain('result.classification.iso27001.headline');
  });

  describe('forgeries (audit F7–F10)', () => {
    it('should refuse a rewritten headline (F7)', () => {
      const lead = clone(makeLead('full')) as FullLead;
      lead.result.classification.iso27001!.headline = 'You can say: certified by an accredited body.';
      const verdict = verifyLead(lead);
      expect(verdict.status).to.equal('invalid');
      expect(verdict.valid).to.equal(false);
      expect(verdict.reasons.join('\n')).to.contain('result.classification.iso27001.headline');
    });

    it('should refuse unknown fields inside the result (F7)', () => {
      const lead = clone(makeLead('full')) as FullLead & { result: { injected?: unknown } };
      lead.result.injected = { trust: 'me' };
      const verdict = verifyLead(lead);
      expect(verdict.status).to.equal('invalid');
      expect(verdict.reasons).to.include('lead.result.injected: unknown field');
    });

    it('should refuse timestamps in the future (F8)', () => {
      const lead = clone(makeLead('contact'));
      lead.createdAt = '2099-01-01T00:00:00.000Z';
      const verdict = verifyLead(lead);
      expect(verdict.status).to.equal('invalid');
      expect(verdict.reasons.join()).to.contain('createdAt: 2099-01-01T00:00:00.000Z is in the future');
    });

    it('should never call a summary valid: it cannot be recomputed (F9)', () => {
      const forged = clone(makeLead('summary')) as Extract<Lead, { scope: 'summary' }>;
      forged.result.classification.iso27001!.claim = 'certified-accredited';
      const verdict = verifyLead(forged);
      expect(verdict.status).to.equal('consistent');
      expect(verdict.valid).to.equal(false);
      expect(verdict.warnings.join()).to.contain('cannot be recomputed');
    });

    it('should refuse a lead larger than MAX_LEAD_CHARS before reading it (F10)', () => {
      const lead = clone(makeLead('contact')) as unknown as Record<string, unknown>;
      lead.padding = 'x'.repeat(MAX_LEAD_CHARS);
      const verdict = verifyLead(lead);
      expect(verdict.status).to.equal('invalid');
      expect(verdict.reasons[0]).to.contain(`at most ${MAX_LEAD_CHARS}`);
    });
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
    expect(summaryVerdict.status).to.equal('consistent');
    expect(summaryVerdict.warnings.join()).to.contain('1999.1.1');
  });

  it('should call a summary consistent at most, and a contact lead verified by its shape', () => {
    const verdict = verifyLead(clone(makeLead('summary')));
    expect(verdict.status).to.equal('consistent');
    expect(verdict.valid).to.equal(false);
    expect(verdict.checked).to.equal('schema');
    expect(verdict.warnings.join()).to.contain('cannot be recomputed');
    const contact = verifyLead(clone(makeLead('contact')));
    expect(contact.status).to.equal('verified');
    expect(contact.valid).to.equal(true);
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

  it('should call a genuine one consistent without assessFull, saying what it did not recompute', () => {
    const verdict = verifyLead(lead());
    expect(verdict.status, verdict.reasons.join('\n')).to.equal('consistent');
    expect(verdict.checked).to.equal('result');
    expect(verdict.warnings.join('\n')).to.contain('gapAssessment');
  });

  it('should verify a genuine one with assessFull, estimates, notes and exclusions included', () => {
    const rich = assessFull({
      quick: SAMPLE_ANSWERS,
      scoping: full.scoping,
      entries: {
        '27001:5.2': { status: 'implemented', owner: 'CISO', note: 'Signed in March.' },
        '27001:A.5.1': { status: 'partly', evidence: 'Policy draft', targetDate: '2026-09-30' },
        '27001:A.7.4': { applicable: false, justification: 'No premises of our own.' },
        '42001:6.1.4': { status: 'planned', reference: 'AI-IA-01' },
      },
    });
    const genuine = clone(makeLead('full', { result: quickResultOf(rich), gapAssessment: rich })) as FullLead;
    const verdict = verifyLead(genuine, { assessFull });
    expect(verdict.reasons, verdict.reasons.join('\n')).to.deep.equal([]);
    expect(verdict.status).to.equal('verified');
    expect(verdict.valid).to.equal(true);
  });

  describe('forgeries of the gap assessment (audit F10)', () => {
    const check = (edit: (lead: FullLead) => void, expected: string) => {
      const forged = lead();
      edit(forged);
      const verdict = verifyLead(forged, { assessFull });
      expect(verdict.status).to.equal('invalid');
      expect(verdict.valid).to.equal(false);
      expect(verdict.reasons.join('\n')).to.contain(expected);
    };

    it('should refuse a control whose status was changed', () => {
      check((l) => {
        const entry = l.gapAssessment!.entries.find((e) => e.ref === '27001:5.2')!;
        entry.status = 'not-started';
      }, 'gapAssessment');
    });

    it('should refuse a grade edited to conformant', () => {
      check((l) => {
        const entry = l.gapAssessment!.entries.find((e) => e.grade !== 'conformant')!;
        entry.grade = 'conformant';
      }, '.grade');
    });

    it('should refuse deleted entries', () => {
      check((l) => {
        l.gapAssessment!.entries.splice(10);
      }, '[iso27001].entries: the lead has 10 items');
    });

    it('should refuse a field injected into an entry', () => {
      check((l) => {
        (l.gapAssessment!.entries[0] as unknown as Record<string, unknown>).injected = 1;
      }, 'lead.gapAssessment.entries[0].injected: unknown field');
    });

    it('should refuse notes over their limit', () => {
      check((l) => {
        for (const e of l.gapAssessment!.entries.slice(0, 3)) e.note = 'n'.repeat(2001);
      }, 'note');
    });
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
