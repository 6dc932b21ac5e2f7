import { expect } from 'chai';
import { parse } from 'csv-parse/browser/esm/sync';
import fc from 'fast-check';
import { ITEMS } from '../../src/bank/items.js';
import { ReadinessError } from '../../src/errors.js';
import { evidenceFrom } from '../../src/full/adapter.js';
import { assessFull, sortGaps } from '../../src/full/assess.js';
import { fullBankWith } from '../../src/full/bank.js';
import {
  CATALOGUE,
  CLAUSES_27001,
  CLAUSES_42001,
  CONTROLS_27001,
  CONTROLS_42001,
  ENTRY_BY_REF,
  RELATIONS,
  SECTIONS,
  expandRef,
} from '../../src/full/catalogue.js';
import { BOM, neutralise, toCsv } from '../../src/full/csv.js';
import { GRADE_RULES, STATUSES, SUGGESTION_RULES, gradeOf, type Status } from '../../src/full/rules.js';
import {
  EntryAnswerSchema,
  FullResultSchema,
  SoaSchema,
  entryFits,
  type EntryAnswer,
  type FullAnswers,
} from '../../src/full/schemas.js';
import { soa, soaCsv } from '../../src/full/soa.js';
import { full as en } from '../../src/i18n/en/full.js';
import { STANDARD_IDS_BY_STANDARD } from '../../src/annex.js';

const entry = (result: ReturnType<typeof assessFull>, ref: string) => {
  const found = result.entries.find((e) => e.ref === ref);
  expect(found, ref).to.exist;
  return found!;
};

/** Every entry of both standards answered with `status`. */
const allAnswered = (status: Status): FullAnswers => ({
  entries: Object.fromEntries([...ENTRY_BY_REF.keys()].map((ref) => [ref, { status }])),
});

describe('full gap assessment', () => {
  describe('catalogue', () => {
    it('should ask the 30 assessable sub-clauses of 27001 and the 32 of 42001', () => {
      expect(CLAUSES_27001).to.have.length(30);
      expect(CLAUSES_42001).to.have.length(32);
      expect(CLAUSES_42001.filter((c) => !CLAUSES_27001.includes(c))).to.deep.equal(['6.1.4', '8.4']);
      // Every clause id the standards use, parents (6.1, 7.5, 9.2, 9.3) aside, is asked.
      const parents = ['6.1', '7.5', '9.2', '9.3'];
      const known27001 = STANDARD_IDS_BY_STANDARD.iso27001.clauses.filter((c) => !parents.includes(c));
      expect([...CLAUSES_27001].sort()).to.deep.equal([...known27001].sort());
      const known42001 = STANDARD_IDS_BY_STANDARD.iso42001.clauses.filter((c) => !parents.includes(c));
      expect([...CLAUSES_42001].sort()).to.deep.equal([...known42001].sort());
    });

    it('should list every Annex A control exactly once: 93 in four themes, 38 in A.2–A.10', () => {
      expect(new Set(CONTROLS_27001).size).to.equal(93);
      expect(CONTROLS_27001).to.have.length(93);
      const theme = (id: string) => id.split('.').slice(0, 2).join('.');
      const count = (list: readonly string[], of: string) => list.filter((id) => theme(id) === of).length;
      expect(['A.5', 'A.6', 'A.7', 'A.8'].map((t) => count(CONTROLS_27001, t))).to.deep.equal([
        37, 8, 14, 34,
      ]);
      expect(new Set(CONTROLS_42001).size).to.equal(38);
      expect(CONTROLS_42001).to.have.length(38);
      const areas = ['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10'];
      expect(areas.map((a) => count(CONTROLS_42001, a))).to.deep.equal([3, 2, 5, 4, 9, 5, 4, 3, 3]);
      expect([...CONTROLS_27001]).to.deep.equal(STANDARD_IDS_BY_STANDARD.iso27001.controls);
      expect([...CONTROLS_42001]).to.deep.equal(STANDARD_IDS_BY_STANDARD.iso42001.controls);
    });

    it('should give every entry of the catalogue one section, in the standard order', () => {
      expect(SECTIONS.iso27001).to.deep.equal([
        ...['4', '5', '6', '7', '8', '9', '10'].map((c) => `27001:${c}`),
        ...['A.5', 'A.6', 'A.7', 'A.8'].map((t) => `27001:${t}`),
      ]);
      expect(SECTIONS.iso42001).to.have.length(7 + 9);
      expect(CATALOGUE.iso27001).to.have.length(123);
      expect(CATALOGUE.iso42001).to.have.length(70);
    });

    it('should relate only real refs, each 42001 ref to 27001 refs', () => {
      for (const r of RELATIONS) {
        expect(ENTRY_BY_REF.get(r.iso42001)?.standard, r.iso42001).to.equal('iso42001');
        expect(ENTRY_BY_REF.get(r.iso27001)?.standard, r.iso27001).to.equal('iso27001');
      }
      // No 27001 counterpart for the AI system impact assessment.
      expect(RELATIONS.filter((r) => ['42001:6.1.4', '42001:8.4'].includes(r.iso42001))).to.be.empty;
    });

    it('should reach an entry from every ref a quick-check item cites', () => {
      for (const item of ITEMS) {
        if (item.kind !== 'control') continue;
        for (const ref of item.refs) expect(expandRef(ref), `${item.id}: ${ref}`).not.to.be.empty;
      }
      expect(expandRef('27001:9.2').map((e) => e.id)).to.deep.equal(['9.2.1', '9.2.2']);
      expect(expandRef('42001:6.1').map((e) => e.id)).to.deep.equal(['6.1.1', '6.1.2', '6.1.3', '6.1.4']);
      expect(expandRef('27001:A.9.9')).to.be.empty;
    });
  });

  describe('bank', () => {
    it('should ask every sub-clause and control with a title and a text, in English by default', () => {
      const bank = fullBankWith(['iso27001', 'iso42001'], en);
      expect(bank.items).to.have.length(193);
      for (const item of bank.items) {
        expect(item.title, item.ref).to.be.a('string').and.not.equal(item.id);
        expect(item.text, item.ref).to.have.length.greaterThan(20);
        if (item.kind === 'clause') expect(item.help, item.ref).to.have.length.greaterThan(10);
      }
      expect(bank.sections.flatMap((s) => s.refs)).to.deep.equal(bank.items.map((i) => i.ref));
      expect(fullBankWith(['iso42001'], en).items).to.have.length(70);
    });

    it('should word AI-specific clauses for 42001 and shared ones alike', () => {
      const bank = fullBankWith(['iso27001', 'iso42001'], en);
      const of = (ref: string) => bank.items.find((i) => i.ref === ref)!;
      expect(of('42001:5.2').title).to.equal('AI policy');
      expect(of('27001:5.2').title).to.equal('Policy');
      expect(of('42001:7.5.3').text).to.equal(of('27001:7.5.3').text);
    });
  });

  describe('answers at the boundary', () => {
    const fails = (answers: unknown, code: string, path: (string | number)[]) => {
      try {
        assessFull(answers);
      } catch (error) {
        expect(error).to.be.instanceOf(ReadinessError);
        expect((error as ReadinessError).code).to.equal(code);
        expect((error as ReadinessError).path).to.deep.equal(path);
        return;
      }
      expect.fail('expected a ReadinessError');
    };

    it('should reject an unknown requirement or control by ref', () => {
      fails({ entries: { '27001:A.5.38': { status: 'implemented' } } }, 'unknown-question', [
        'answers',
        'entries',
        '27001:A.5.38',
      ]);
    });

    it('should refuse to exclude a clause requirement', () => {
      fails({ entries: { '27001:9.2.2': { applicable: false } } }, 'invalid-answer', [
        'answers',
        'entries',
        '27001:9.2.2',
        'applicable',
      ]);
    });

    it('should reject a status off the scale, an impossible date and unknown fields', () => {
      fails({ entries: { '27001:A.5.1': { status: 'done' } } }, 'invalid-answers', [
        'answers',
        'entries',
        '27001:A.5.1',
        'status',
      ]);
      fails({ entries: { '27001:A.5.1': { targetDate: '2027-02-30' } } }, 'invalid-answers', [
        'answers',
        'entries',
        '27001:A.5.1',
        'targetDate',
      ]);
      fails({ entries: { '27001:A.5.1': { colour: 'red' } } }, 'invalid-answers', [
        'answers',
        'entries',
        '27001:A.5.1',
      ]);
      fails({ quick: { ai_role: 'sometimes' } }, 'invalid-answer', ['answers', 'ai_role']);
    });
  });

  describe('entry check', () => {
    it('should accept exactly what the entry schema accepts', () => {
      const near = fc.oneof(
        fc.constantFrom(
          ...STATUSES,
          'done',
          '',
          'risk',
          'no-premises',
          '2027-02-29',
          '2028-02-29',
          '2027-13-01',
        ),
        fc.boolean(),
        fc.string({ maxLength: 3 }),
        fc.constant('x'.repeat(201)),
        fc.constant(undefined),
        fc.constant(null),
        fc.array(fc.constantFrom('risk', 'legal', 'contractual', 'business', 'other'), { maxLength: 3 }),
        fc.integer(),
      );
      const keys = fc.constantFrom(...Object.keys(EntryAnswerSchema.shape), 'colour', '__proto__');
      fc.assert(
        fc.property(fc.oneof(fc.dictionary(keys, near, { maxKeys: 5 }), near), (value) => {
          expect(entryFits(value), JSON.stringify(value)).to.equal(
            EntryAnswerSchema.safeParse(value).success,
          );
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('quick-check pre-fill', () => {
    it('should pre-fill every entry a scored item evidences, as an estimate, for every item and answer', () => {
      for (const item of ITEMS) {
        if (item.kind !== 'control') continue;
        for (const [answer, status] of [
          ['yes', 'implemented'],
          ['partly', 'partly'],
          ['no', 'not-started'],
          ['unsure', 'unsure'],
        ] as const) {
          const result = assessFull({ quick: { [item.id]: answer } });
          for (const ref of item.refs) {
            for (const target of expandRef(ref)) {
              const e = entry(result, target.ref);
              expect(e.source, `${item.id}=${answer} → ${target.ref}`).to.equal('estimate');
              expect(e.from).to.deep.equal([item.id]);
              expect(e.status).to.equal(status);
            }
          }
          // Nothing it does not evidence is touched.
          const touched = result.entries.filter((e) => e.source !== 'none').length;
          expect(touched).to.equal(new Set(item.refs.flatMap((r) => expandRef(r).map((e) => e.ref))).size);
        }
      }
    });

    it('should take the weakest status when several items evidence one entry', () => {
      const shared = ITEMS.filter((i) => i.kind === 'control' && i.refs.includes('42001:4.1')).map(
        (i) => i.id,
      );
      expect(shared.length).to.be.greaterThan(1);
      const [first, second] = shared as [string, string];
      const result = assessFull({ quick: { ai_role: 'core', [first]: 'yes', [second]: 'partly' } });
      expect(entry(result, '42001:4.1').status).to.equal('partly');
      expect(entry(result, '42001:4.1').from).to.have.members([first, second]);
    });

    it('should turn "does not apply" into an exclusion with a justification to confirm', () => {
      const item = ITEMS.find(
        (i) => i.kind === 'control' && i.allowNA && i.refs.every((r) => r.includes(':A.')),
      );
      expect(item).to.exist;
      const result = assessFull({ quick: { [item!.id]: 'n/a' } });
      const e = entry(result, (item as { refs: string[] }).refs[0] as string);
      // Without a suggestion from the profile, the quick answer asks for a reason: not yet a justified exclusion.
      expect(e).to.include({ source: 'estimate', applicable: false, status: null, suggestion: 'quick-na' });
      expect(e).to.include({ grade: 'minor-gap', rule: 'excluded-unjustified' });
      const physical = assessFull({ quick: { physical_security: 'n/a' }, scoping: { premises: 'none' } });
      expect(entry(physical, '27001:A.7.1')).to.include({ suggestion: 'no-premises', grade: 'conformant' });
    });

    it('should let a confirmed answer win over the estimate', () => {
      const result = assessFull({
        quick: { internal_audit: 'yes' },
        entries: { '27001:9.2.2': { status: 'planned' } },
      });
      expect(entry(result, '27001:9.2.1')).to.include({ source: 'estimate', status: 'implemented' });
      expect(entry(result, '27001:9.2.2')).to.include({
        source: 'answer',
        status: 'planned',
        grade: 'major-gap',
      });
    });
  });

  describe('carry-over between the standards', () => {
    it('should carry a strong overlap in full: 27001 logging answers 42001 event logs', () => {
      const result = assessFull({
        entries: { '27001:A.8.15': { status: 'implemented' }, '27001:A.8.17': { status: 'implemented' } },
      });
      expect(entry(result, '42001:A.6.2.8')).to.include({ source: 'carried', status: 'implemented' });
      expect(entry(result, '42001:A.6.2.8').from).to.have.members(['27001:A.8.15', '27001:A.8.17']);
    });

    it('should carry the weakest of several sources and cap a partial overlap at "partly"', () => {
      const result = assessFull({
        entries: {
          '27001:A.8.15': { status: 'implemented' },
          '27001:A.8.17': { status: 'planned' },
          '27001:A.5.19': { status: 'implemented' },
        },
      });
      expect(entry(result, '42001:A.6.2.8').status).to.equal('planned');
      expect(entry(result, '42001:A.10.3')).to.include({ source: 'carried', status: 'partly' });
    });

    it('should carry in both directions, from confirmed answers only, never across a weak overlap', () => {
      const result = assessFull({
        quick: { logging_monitoring: 'yes' },
        entries: { '42001:A.6.2.8': { status: 'partly' }, '42001:A.7.5': { status: 'implemented' } },
      });
      // 42001 → 27001; the confirmed 42001 answer beats the quick estimate of the same 27001 control.
      expect(entry(result, '27001:A.8.15')).to.include({ source: 'carried', status: 'partly' });
      // A.7.5 provenance relates to A.5.21 only weakly: listed, not carried.
      expect(entry(result, '42001:A.7.5').related).to.include('27001:A.5.21');
      expect(entry(result, '27001:A.5.21').source).to.equal('none');
      // Estimates never carry: A.8.16 (estimate) does not reach 42001 A.6.2.6.
      expect(entry(result, '42001:A.6.2.6').source).to.equal('none');
    });

    it('should not carry an excluded control, nor into a standard out of scope', () => {
      const excluded = assessFull({ entries: { '27001:A.8.15': { applicable: false, justification: 'x' } } });
      expect(entry(excluded, '42001:A.6.2.8').source).to.equal('none');
      const only = assessFull(
        { entries: { '27001:A.8.15': { status: 'implemented' } } },
        { scope: ['iso27001'] },
      );
      expect(only.entries.every((e) => e.standard === 'iso27001')).to.equal(true);
      expect(only.reuse).to.equal(null);
    });

    it('should carry shared clauses (same process) and never the AI-specific ones', () => {
      const result = assessFull({
        entries: {
          '27001:10.2': { status: 'implemented' },
          '27001:9.2.2': { status: 'implemented' },
          '27001:6.1.2': { status: 'implemented' },
        },
      });
      expect(entry(result, '42001:10.2')).to.include({ source: 'carried', status: 'implemented' });
      expect(entry(result, '42001:9.2.2')).to.include({ source: 'carried', status: 'partly' });
      expect(entry(result, '42001:6.1.2').source).to.equal('none');
    });

    it('should count per requirement how much of 42001 the 27001 answers already answer', () => {
      const result = assessFull(allAnswered('implemented'));
      expect(result.reuse).to.exist;
      const reuse = result.reuse!;
      expect(reuse.of).to.equal(70);
      expect(reuse.implemented + reuse.partly).to.equal(reuse.related);
      expect(reuse.implemented).to.be.greaterThan(0);
      expect(reuse.percent).to.be.within(1, 100);
      expect(assessFull({}).reuse?.percent).to.equal(0);
    });
  });

  describe('applicability suggestions', () => {
    it('should suggest excluding physical controls without premises, and only then', () => {
      const none = assessFull({ scoping: { premises: 'none' } });
      expect(entry(none, '27001:A.7.1').suggested).to.equal('no-premises');
      expect(entry(none, '27001:A.7.9').suggested).to.equal(null);
      // Review Z2 (O14): the rule excludes every control it names until the visitor says otherwise.
      expect(entry(none, '27001:A.7.1')).to.include({ applicable: false, suggestion: 'no-premises' });
      expect(entry(none, '27001:A.7.6')).to.include({ applicable: false, suggestion: 'no-premises' });
      const included = assessFull({
        scoping: { premises: 'none' },
        entries: { '27001:A.7.6': { applicable: true, status: 'implemented' } },
      });
      expect(entry(included, '27001:A.7.6')).to.include({ applicable: true, status: 'implemented' });
      expect(entry(assessFull({ scoping: { premises: 'own' } }), '27001:A.7.1').suggested).to.equal(null);
    });

    it('should suggest excluding development controls when nothing is developed', () => {
      const result = assessFull({ scoping: { development: 'none' } });
      for (const id of ['A.8.25', 'A.8.26', 'A.8.27', 'A.8.28', 'A.8.29', 'A.8.30', 'A.8.31']) {
        expect(entry(result, `27001:${id}`).suggested, id).to.equal('no-development');
      }
    });

    it('should suggest excluding AI life-cycle controls when AI is only procured', () => {
      const result = assessFull({ quick: { ai_role: 'procures' } });
      expect(entry(result, '42001:A.6.1.2').suggested).to.equal('ai-procured');
      expect(entry(result, '42001:A.10.4').suggested).to.equal('no-ai-customers');
      expect(entry(result, '42001:A.10.3').suggested).to.equal(null);
    });

    it('should name only real controls and texts every locale has', () => {
      for (const rule of SUGGESTION_RULES) {
        for (const ref of rule.refs) expect(ENTRY_BY_REF.get(ref)?.kind, ref).to.equal('control');
        expect(en.suggestions[rule.id], rule.id).to.be.a('string');
      }
    });

    it('should accept a suggestion as the justification of an exclusion', () => {
      const result = assessFull({
        scoping: { premises: 'none' },
        entries: {
          '27001:A.7.1': { applicable: false, suggestion: 'no-premises' },
          '27001:A.7.2': { applicable: false },
        },
      });
      expect(entry(result, '27001:A.7.1')).to.include({ grade: 'conformant', rule: 'excluded-justified' });
      expect(entry(result, '27001:A.7.2')).to.include({ grade: 'minor-gap', rule: 'excluded-unjustified' });
    });
  });

  describe('grades', () => {
    const facts = {
      kind: 'control' as const,
      applicable: true,
      justified: false,
      critical: false,
      dated: false,
    };

    it('should grade by the first matching rule of the table', () => {
      expect(gradeOf({ ...facts, status: 'implemented' }).grade).to.equal('conformant');
      expect(gradeOf({ ...facts, status: 'partly' }).grade).to.equal('minor-gap');
      expect(gradeOf({ ...facts, status: 'partly', critical: true }).grade).to.equal('major-gap');
      expect(gradeOf({ ...facts, status: 'planned' }).grade).to.equal('major-gap');
      expect(gradeOf({ ...facts, status: 'planned', dated: true }).grade).to.equal('minor-gap');
      expect(gradeOf({ ...facts, kind: 'clause', status: 'planned', dated: true }).grade).to.equal(
        'major-gap',
      );
      expect(gradeOf({ ...facts, status: 'not-started', dated: true }).grade).to.equal('major-gap');
      expect(gradeOf({ ...facts, status: 'unsure' }).grade).to.equal('not-assessed');
      expect(gradeOf({ ...facts, status: null }).grade).to.equal('not-assessed');
      expect(gradeOf({ ...facts, applicable: false, status: null, justified: true }).grade).to.equal(
        'conformant',
      );
    });

    it('should grade every combination with some rule, and every rule have wording', () => {
      fc.assert(
        fc.property(
          fc.record({
            kind: fc.constantFrom('clause' as const, 'control' as const),
            applicable: fc.boolean(),
            status: fc.constantFrom(null, ...STATUSES),
            justified: fc.boolean(),
            critical: fc.boolean(),
            dated: fc.boolean(),
          }),
          (f) => gradeOf(f).rule !== 'none',
        ),
      );
      for (const rule of GRADE_RULES) {
        if (rule.grade === 'conformant') continue;
        expect(en.gap.missing[rule.id], rule.id).to.be.a('string');
        expect(en.gap.next[rule.id], rule.id).to.be.a('string');
      }
    });

    it('should list every finding that is not conformant in the gap register, most serious first', () => {
      const result = assessFull({
        entries: {
          '27001:4.3': { status: 'partly' },
          '27001:A.5.1': { status: 'partly' },
          '27001:A.5.2': { status: 'implemented' },
        },
      });
      expect(result.gaps.map((g) => g.ref)).not.to.include('27001:A.5.2');
      expect(result.gaps[0]).to.include({ ref: '27001:4.3', grade: 'major-gap', rule: 'critical-partly' });
      expect(result.gaps.length).to.equal(result.entries.filter((e) => e.grade !== 'conformant').length);
      const bySection = sortGaps(result.gaps, 'section');
      expect(bySection[0]?.ref).to.equal('27001:4.1');
      expect(sortGaps(bySection, 'grade')).to.deep.equal(result.gaps);
    });
  });

  describe('readiness', () => {
    it('should be 100 with everything implemented and 0 with nothing started, per clause, theme and standard', () => {
      const done = assessFull(allAnswered('implemented'));
      const none = assessFull(allAnswered('not-started'));
      for (const standard of ['iso27001', 'iso42001'] as const) {
        expect(done.readiness[standard]?.score).to.equal(100);
        expect(none.readiness[standard]?.score).to.equal(0);
        expect(done.readiness[standard]?.domains.every((d) => d.score === 100)).to.equal(true);
        expect(none.readiness[standard]?.gaps).to.have.length(CATALOGUE[standard].length);
      }
      expect(done.readiness.iso27001?.domains.map((d) => d.id)).to.include.members(['27001:9', '27001:A.8']);
    });

    it('should leave excluded controls out and count unanswered ones as gaps', () => {
      const some = assessFull(
        {
          entries: {
            ...Object.fromEntries(
              CATALOGUE.iso27001.map((e) => [e.ref, { status: 'implemented' } as EntryAnswer]),
            ),
            '27001:A.7.1': { applicable: false, justification: 'Remote company' },
          },
        },
        { scope: ['iso27001'] },
      );
      expect(some.readiness.iso27001?.score).to.equal(100);
      const physical = some.readiness.iso27001?.domains.find((d) => d.id === '27001:A.7');
      expect(physical?.items).to.equal(13);
      expect(assessFull({}, { scope: ['iso27001'] }).readiness.iso27001).to.include({ score: 0 });
    });

    it('should report per-section progress: confirmed, pre-filled, total', () => {
      const item = ITEMS.find((i) => i.kind === 'control' && i.refs.includes('27001:4.3'))!;
      const result = assessFull({
        quick: { [item.id]: 'yes' },
        entries: { '27001:4.1': { status: 'partly' } },
      });
      const estimated = result.entries.filter((e) => e.section === '27001:4' && e.source === 'estimate');
      expect(estimated.map((e) => e.ref)).to.include('27001:4.3');
      expect(result.sections.find((s) => s.id === '27001:4')).to.deep.equal({
        id: '27001:4',
        standard: 'iso27001',
        total: 4,
        answered: 1,
        prefilled: estimated.length,
      });
    });
  });

  describe('classification from control-level evidence', () => {
    it('should read every entry of an item: one missing audit programme keeps the audit item from "yes"', () => {
      const everything = allAnswered('implemented');
      const withoutProgramme: FullAnswers = {
        entries: { ...everything.entries, '27001:9.2.2': { status: 'not-started' } },
      };
      const full = assessFull(everything, { scope: ['iso27001'] });
      const missing = assessFull(withoutProgramme, { scope: ['iso27001'] });
      expect(full.evidence.internal_audit).to.equal('yes');
      expect(missing.evidence.internal_audit).to.equal('partly');
      expect(missing.classification.iso27001?.claim).not.to.equal('aligned');
      expect(missing.classification.iso27001?.readiness).to.equal(missing.readiness.iso27001?.score);
    });

    it('should keep profile answers and leave untouched items as the quick check answered them', () => {
      const result = assessFull({ quick: { ai_role: 'core', org_size: '10-49', cryptography: 'partly' } });
      expect(result.evidence).to.include({ ai_role: 'core', org_size: '10-49', cryptography: 'partly' });
      expect(result.profile.aiRole).to.equal('core');
      expect(evidenceFrom([], { cryptography: 'yes' })).to.deep.equal({ cryptography: 'yes' });
    });
  });

  describe('documented information checklist', () => {
    it('should list the required documents per standard, 42001 with AI policy, objectives and impact assessment', () => {
      const result = assessFull({
        entries: {
          '27001:4.3': { status: 'implemented', reference: 'ISMS-SCOPE v2' },
          '27001:5.2': { status: 'implemented' },
          '27001:6.2': { status: 'partly' },
        },
      });
      const docs = result.documents.iso27001!;
      expect(docs.find((d) => d.id === 'scope')).to.include({ state: 'present' });
      expect(docs.find((d) => d.id === 'scope')?.references).to.deep.equal(['ISMS-SCOPE v2']);
      expect(docs.find((d) => d.id === 'policy')).to.include({ state: 'unreferenced' });
      expect(docs.find((d) => d.id === 'objectives')).to.include({ state: 'partial' });
      expect(docs.find((d) => d.id === 'audit-programme')).to.include({ state: 'unknown' });
      const ai = result.documents.iso42001!.map((d) => d.id);
      expect(ai).to.include.members([
        'ai-policy',
        'ai-objectives',
        'impact-assessment-process',
        'impact-assessment-results',
        'soa',
      ]);
      for (const d of [...docs, ...result.documents.iso42001!])
        expect(en.documents[d.id], d.id).to.be.a('string');
    });
  });

  describe('determinism and shape', () => {
    const entryArb = fc.record(
      {
        applicable: fc.boolean(),
        status: fc.constantFrom(...STATUSES),
        owner: fc.string({ maxLength: 20 }),
        targetDate: fc.constantFrom('2027-01-31', '2026-12-01'),
        justification: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    const answersArb = fc
      .dictionary(fc.constantFrom(...ENTRY_BY_REF.keys()), entryArb, { maxKeys: 40 })
      .map((entries): FullAnswers => {
        // Clause requirements cannot be excluded.
        for (const [ref, a] of Object.entries(entries))
          if (ENTRY_BY_REF.get(ref)?.kind === 'clause') delete a.applicable;
        return { entries };
      });

    it('should give the same, schema-valid result for the same answers', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          const first = assessFull(answers);
          const again = assessFull(JSON.parse(JSON.stringify(answers)));
          expect(again).to.deep.equal(first);
          expect(FullResultSchema.safeParse(first).success).to.equal(true);
          expect(JSON.parse(JSON.stringify(first))).to.deep.equal(first);
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('Statement of Applicability', () => {
    const result = assessFull({
      quick: { ai_role: 'feature' },
      scoping: { premises: 'none', aiSystems: 'Support chatbot\n\n  Credit scoring model  ' },
      entries: {
        '27001:A.5.15': {
          status: 'implemented',
          reasons: ['risk', 'contractual'],
          owner: 'CTO',
          reference: 'POL-AC-1',
          evidence: 'Okta export',
          targetDate: '2027-03-01',
        },
        '27001:A.7.1': { applicable: false, suggestion: 'no-premises' },
        '27001:A.7.2': { applicable: false, justification: 'Fully remote, see A.5.23' },
      },
    });

    it('should list every Annex A control with applicability, reasons, status and references', () => {
      const draft = soa(result, 'iso27001', en);
      expect(SoaSchema.safeParse(draft).success).to.equal(true);
      expect(draft.rows).to.have.length(93);
      expect(draft.rows.find((r) => r.control === 'A.5.15')).to.deep.include({
        title: 'Access control',
        theme: 'A.5 · Organizational controls',
        applicable: true,
        reasons: ['risk', 'contractual'],
        status: 'implemented',
        owner: 'CTO',
        reference: 'POL-AC-1',
        evidence: 'Okta export',
        plannedDate: '2027-03-01',
        source: 'answer',
      });
      expect(draft.rows.find((r) => r.control === 'A.7.1')?.exclusion).to.equal(
        en.suggestions['no-premises'],
      );
      expect(draft.rows.find((r) => r.control === 'A.7.2')?.exclusion).to.equal('Fully remote, see A.5.23');
      expect(draft.aiSystems).to.equal(undefined);
    });

    it('should flag applicable rows with no reason for inclusion or a suggested exclusion, never excluding them (review Z2)', () => {
      const draft = soa(result, 'iso27001', en);
      expect(draft.rows.find((r) => r.control === 'A.5.15')?.toComplete).to.equal(undefined);
      const bare = draft.rows.find((r) => r.control === 'A.5.1');
      expect(bare).to.deep.include({ applicable: true, toComplete: ['reasons'] });
      expect(draft.rows.find((r) => r.control === 'A.7.1')?.toComplete).to.equal(undefined);

      // The quick check said physical security is in place, but scoping says there are no premises: A.7.1–A.7.4
      // are estimates the visitor has not decided on, flagged; the rest of the rule's controls are excluded.
      const remote = assessFull({ quick: { physical_security: 'yes' }, scoping: { premises: 'none' } });
      const remoteDraft = soa(remote, 'iso27001', en);
      expect(SoaSchema.safeParse(remoteDraft).success).to.equal(true);
      expect(remoteDraft.rows.find((r) => r.control === 'A.7.1')).to.deep.include({
        applicable: true,
        toComplete: ['reasons', 'exclusion-suggested'],
        suggested: 'no-premises',
      });
      expect(remoteDraft.rows.find((r) => r.control === 'A.7.6')).to.deep.include({
        applicable: false,
        exclusion: en.suggestions['no-premises'],
      });
      const rows = parse(soaCsv(remoteDraft, en), { bom: true }) as string[][];
      const header = rows[0]!;
      const csvRow = rows.find((r) => r[0] === 'A.7.1')!;
      expect(csvRow[header.indexOf(en.soa.applicable)]).to.equal(en.soa.yes);
      expect(csvRow[header.indexOf(en.soa.reasons)]).to.equal(en.soa.reasonsToComplete);
      expect(csvRow[header.indexOf(en.soa.exclusion)]).to.equal(
        en.soa.exclusionSuggested.replace('{reason}', en.suggestions['no-premises'] ?? ''),
      );
      // Included on purpose: decided, so only the missing reason is flagged.
      const kept = assessFull({
        scoping: { premises: 'none' },
        entries: { '27001:A.7.6': { applicable: true, status: 'implemented' } },
      });
      expect(soa(kept, 'iso27001', en).rows.find((r) => r.control === 'A.7.6')?.toComplete).to.deep.equal([
        'reasons',
      ]);
    });

    it('should add the AI systems in scope and the related 27001 controls to the 42001 draft', () => {
      const draft = soa(result, 'iso42001', en);
      expect(draft.rows).to.have.length(38);
      expect(draft.aiSystems).to.deep.equal(['Support chatbot', 'Credit scoring model']);
      expect(draft.rows.find((r) => r.control === 'A.6.2.8')?.related).to.deep.equal(['A.8.15', 'A.8.17']);
      expect(draft.rows.find((r) => r.control === 'A.5.2')?.related).to.deep.equal([]);
    });

    it('should throw ReadinessError, not TypeError, when plain JavaScript leaves the text out', () => {
      const untyped = soa as (r: typeof result, s: 'iso27001', t?: unknown) => unknown;
      expect(() => untyped(result, 'iso27001'))
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-options');
      const untypedCsv = soaCsv as (d: ReturnType<typeof soa>, t?: unknown) => string;
      expect(() => untypedCsv(soa(result, 'iso27001', en), null)).to.throw(ReadinessError, /loadFullText/);
    });

    it('should export CSV a real parser reads back: BOM, header, one row per control, 42001 columns', () => {
      const csv = soaCsv(soa(result, 'iso42001', en), en);
      expect(csv.startsWith(BOM)).to.equal(true);
      const rows = parse(csv, { bom: true }) as string[][];
      expect(rows).to.have.length(39);
      expect(rows[0]).to.include.members([en.soa.control, en.soa.related, en.soa.aiSystems]);
      expect(rows.every((r) => r.length === rows[0]!.length)).to.equal(true);
      expect(rows.find((r) => r[0] === 'A.6.2.8')?.[12]).to.equal('A.8.15; A.8.17');
    });
  });

  describe('CSV', () => {
    const hostile = [
      'plain',
      'comma, inside',
      'quote " inside',
      '"quoted"',
      'line\nbreak',
      'crlf\r\nbreak',
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=tab',
      'naïve café – 日本語',
      '',
    ];

    it('should round-trip hostile cells through a CSV parser: intact, and formulas neutralised', () => {
      const csv = toCsv([hostile, hostile.map((_, i) => String(i))]);
      const rows = parse(csv, { bom: true, relax_column_count: false }) as string[][];
      expect(rows).to.have.length(2);
      expect(rows[0]).to.deep.equal(hostile.map(neutralise));
      expect(rows[0]![6]).to.equal(`'=HYPERLINK("http://evil.example","x")`);
      expect(rows[0]![9]).to.equal("'@SUM(A1)");
      expect(rows[0]![4]).to.equal('line\nbreak');
      expect(rows[0]!.filter((cell) => /^[=+\-@\t\r]/.test(cell))).to.be.empty;
    });

    it('should round-trip any text, with nothing but the apostrophe added', () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
            minLength: 1,
            maxLength: 5,
          }),
          (table) => {
            const width = table[0]!.length;
            const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
            const back = parse(toCsv(rows), { bom: true }) as string[][];
            expect(back).to.deep.equal(rows.map((r) => r.map(neutralise)));
          },
        ),
      );
    });

    it('should use CRLF between records and quote only where needed', () => {
      expect(
        toCsv([
          ['a', 'b,c'],
          ['"', 'd'],
        ]),
      ).to.equal(`${BOM}a,"b,c"\r\n"""",d\r\n`);
    });
  });
});
