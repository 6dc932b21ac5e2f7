import { expect } from 'chai';
import fc from 'fast-check';
import * as z from '../../src/zod.js';
import {
  BANK_HASH,
  BANK_VERSION,
  bankHash,
  getQuestionBank,
  hashBank,
  questionItems,
} from '../../src/bank/index.js';
import { ITEMS as ENGINE_ITEMS } from '../../src/bank/engine-items.js';
import { FLOW_ITEMS } from '../../src/bank/flow-items.js';
import { ITEMS } from '../../src/bank/items.js';
import { ReadinessError } from '../../src/errors.js';
import { visibleItems } from '../../src/flow.js';
import { withHelp } from '../../src/i18n/bank-text.js';
import { bankHelp as enHelp } from '../../src/i18n/en/bank-help.js';
import { bank as enText } from '../../src/i18n/en/bank.js';
import { en } from '../../src/i18n/en/index.js';
import {
  BankItemSchema,
  type BankItem,
  type Condition,
  type ControlItem,
  type Milestone,
} from '../../src/schemas/bank.js';
import type { Answers } from '../../src/schemas/result.js';
import type { StandardId } from '../../src/schemas/standard.js';
import { isKnownRef } from '../../src/annex.js';
import { DOMAINS, domainOfRef, standardOfRef } from '../../src/standards.js';
import { scopeArb, validAnswersArb } from '../support/arbitraries.js';

// The bank's whole English text, help included, as the hash and `getQuestionBank()` read it.
const enBank = withHelp(enText, enHelp);
const controls = ITEMS.filter((item): item is ControlItem => item.kind === 'control');
const standardsOf = (item: ControlItem): Set<StandardId> => new Set(item.refs.map(standardOfRef));
const isShared = (item: ControlItem): boolean => standardsOf(item).size === 2;
const evidences = (item: ControlItem, standard: StandardId): boolean => standardsOf(item).has(standard);

/** Every question id a condition looks at, with the option ids it compares against. */
function questionsIn(condition: Condition): { question: string; values: string[] }[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('scope' in condition) return [];
  const values =
    'in' in condition ? condition.in : 'notIn' in condition ? condition.notIn : condition.includesAny;
  return [{ question: condition.question, values }];
}

// A typical visitor: mid-sized, AI built into the product, not certified.
const profileAnswers = (aiRole: string): Answers => ({
  org_size: '50-249',
  markets: ['eu', 'uk'],
  buyers: ['enterprise'],
  regulated_sector: ['none'],
  sensitive_data: ['personal-data'],
  security_maturity: 'medium',
  ai_role: aiRole,
  ai_affects_people: ['customers'],
  eu_ai_act_high_risk: 'no',
  ai_function: 'integrated',
  status_27001: 'in-progress',
  status_42001: 'none',
});

describe('question bank', () => {
  describe('structure', () => {
    it('should parse every item with BankItemSchema', () => {
      for (const item of ITEMS) {
        const result = z.safeParse(BankItemSchema, item);
        expect(result.success, `${item.id}: ${result.error?.message ?? ''}`).to.equal(true);
      }
    });

    it('should have unique ids', () => {
      const ids = ITEMS.map((item) => item.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('should only reference clause and control ids that exist in the standards', () => {
      const unknown = controls.flatMap((item) => item.refs.filter((ref) => !isKnownRef(ref)));
      expect(unknown).to.deep.equal([]);
    });

    it('should not repeat a ref within one item', () => {
      for (const item of controls) expect(new Set(item.refs).size, item.id).to.equal(item.refs.length);
    });

    it('should keep weights between 0.5 and 5, heavier for milestones', () => {
      for (const item of controls) {
        expect(item.weight, item.id).to.be.within(0.5, 5);
        if (item.milestone) expect(item.weight, item.id).to.be.at.least(2);
      }
    });

    it('should list profile option ids without duplicates', () => {
      for (const item of ITEMS) {
        if (item.kind === 'profile')
          expect(new Set(item.options).size, item.id).to.equal(item.options.length);
      }
    });
  });

  describe('coverage', () => {
    for (const [standard, domains] of Object.entries(DOMAINS)) {
      it(`should cover every ${standard} domain with at least one scored item`, () => {
        const covered = new Set(controls.flatMap((item) => item.refs.map(domainOfRef)));
        expect(domains.filter((domain) => !covered.has(domain))).to.deep.equal([]);
      });
    }

    it('should cover the ISO 42001 AI system impact assessment (6.1.4 or 8.4)', () => {
      const refs = controls.flatMap((item) => item.refs);
      expect(refs.some((ref) => ref === '42001:6.1.4' || ref === '42001:8.4')).to.equal(true);
    });

    it('should cover every one of the 38 ISO 42001 Annex A controls', () => {
      const refs = new Set(controls.flatMap((item) => item.refs));
      const annex = [...refs].filter((ref) => ref.startsWith('42001:A.'));
      expect(annex).to.have.length(38);
    });

    const milestonesOf = (standard: StandardId): Set<Milestone> =>
      new Set(
        controls.filter((item) => evidences(item, standard) && item.milestone).map((i) => i.milestone!),
      );

    it('should carry every ISO 27001 milestone', () => {
      expect([...milestonesOf('iso27001')]).to.have.members([
        'scope',
        'risk-assessment',
        'soa',
        'internal-audit',
        'management-review',
      ]);
    });

    it('should carry every ISO 42001 milestone, the impact assessment included', () => {
      expect([...milestonesOf('iso42001')]).to.have.members([
        'scope',
        'risk-assessment',
        'soa',
        'impact-assessment',
        'internal-audit',
        'management-review',
      ]);
    });

    it('should ask about the internal audit and management review of each management system apart', () => {
      for (const milestone of ['internal-audit', 'management-review']) {
        const items = controls.filter((i) => i.milestone === milestone);
        expect(items.some(isShared), milestone).to.equal(false);
        expect(
          items.filter((i) => evidences(i, 'iso27001')),
          milestone,
        ).to.have.length(1);
        expect(
          items.filter((i) => evidences(i, 'iso42001')),
          milestone,
        ).to.have.length(1);
      }
    });

    it('should keep change and incident handling for AI apart from the ISMS items (seed 003)', () => {
      const byId = new Map(controls.map((i) => [i.id, i]));
      for (const id of ['change_management', 'incident_management'])
        expect(evidences(byId.get(id) as ControlItem, 'iso42001'), id).to.equal(false);
      for (const id of ['ai_change', 'ai_incidents'])
        expect(isShared(byId.get(id) as ControlItem), id).to.equal(false);
    });

    it('should cover network security, threat intelligence, data leakage and planning of changes', () => {
      const refs = new Set(controls.flatMap((i) => i.refs));
      for (const ref of [
        '27001:A.8.20',
        '27001:A.8.21',
        '27001:A.8.22',
        '27001:A.5.7',
        '27001:A.8.10',
        '27001:A.8.11',
        '27001:A.8.12',
        '27001:A.5.16',
        '27001:A.5.11',
        '27001:A.8.30',
        '27001:6.3',
        '27001:7.4',
        '42001:6.3',
        '42001:7.4',
      ])
        expect(refs.has(ref), ref).to.equal(true);
    });

    it('should put 20–45 % of ISO 42001 scored weight on items shared with ISO 27001', () => {
      for (const aiRole of ['procures', 'feature', 'core']) {
        const visible = visibleItems(ITEMS, profileAnswers(aiRole), ['iso27001', 'iso42001']);
        const ofAi = visible.filter(
          (item): item is ControlItem => item.kind === 'control' && evidences(item, 'iso42001'),
        );
        const total = ofAi.reduce((sum, item) => sum + item.weight, 0);
        const shared = ofAi.filter(isShared).reduce((sum, item) => sum + item.weight, 0);
        expect(shared / total, aiRole).to.be.within(0.2, 0.45);
      }
    });
  });

  describe('branching', () => {
    it('should only refer to earlier items and their existing option ids', () => {
      const seen = new Map<string, BankItem>();
      for (const item of ITEMS) {
        for (const { question, values } of item.visibleIf ? questionsIn(item.visibleIf) : []) {
          const target = seen.get(question);
          expect(target, `${item.id} → ${question}`).to.not.equal(undefined);
          const options =
            target?.kind === 'profile' ? target.options : ['yes', 'partly', 'no', 'unsure', 'n/a'];
          expect(options, `${item.id} → ${question}`).to.include.members(values);
        }
        seen.set(item.id, item);
      }
    });

    it('should hide every ISO 42001-only item when no AI is in use', () => {
      const answers = { ...profileAnswers('none') };
      const visible = visibleItems(ITEMS, answers, ['iso27001', 'iso42001']);
      const aiOnly = visible.filter(
        (item) => item.kind === 'control' && evidences(item, 'iso42001') && !isShared(item),
      );
      expect(aiOnly.map((item) => item.id)).to.deep.equal([]);
    });

    it('should ask about accreditation only after a visitor says certified', () => {
      const ids = (answers: Answers): string[] =>
        visibleItems(ITEMS, answers, ['iso27001', 'iso42001']).map((item) => item.id);
      expect(ids(profileAnswers('core'))).to.not.include.members([
        'accreditation_27001',
        'accreditation_42001',
      ]);
      const certified = { ...profileAnswers('core'), status_27001: 'certified', status_42001: 'certified' };
      expect(ids(certified)).to.include.members(['accreditation_27001', 'accreditation_42001']);
    });

    it('should ask the ISO 42001 status where ISO 42001 is in scope or AI is in use', () => {
      const ids = (aiRole: string, scope: StandardId[]) =>
        visibleItems(ITEMS, profileAnswers(aiRole), scope).map((item) => item.id);
      expect(ids('none', ['iso27001']))
        .to.include('status_27001')
        .and.not.include('status_42001');
      expect(ids('core', ['iso27001'])).to.include('status_42001');
      expect(ids('none', ['iso42001']))
        .to.include('status_27001')
        .and.include('status_42001');
    });
  });

  describe('question count', () => {
    const count = (aiRole: string, scope: StandardId[]): number =>
      visibleItems(ITEMS, profileAnswers(aiRole), scope).length;

    it('should ask 40–70 questions with both standards in scope and AI in use', () => {
      for (const aiRole of ['procures', 'feature', 'core']) {
        expect(count(aiRole, ['iso27001', 'iso42001']), aiRole).to.be.within(40, 70);
      }
    });

    it('should ask fewer with only ISO 27001 in scope and no AI', () => {
      expect(count('none', ['iso27001'])).to.be.below(count('feature', ['iso27001', 'iso42001']));
      expect(count('none', ['iso27001'])).to.be.within(25, 45);
    });
  });

  describe('English text', () => {
    it('should give every item a question and a help text', () => {
      for (const item of ITEMS) {
        expect(enBank[item.id]?.text, item.id).to.be.a('string').and.not.equal('');
        expect(enBank[item.id]?.help, item.id).to.be.a('string').and.not.equal('');
      }
    });

    it('should label every option of every profile question', () => {
      for (const item of ITEMS) {
        if (item.kind !== 'profile') continue;
        for (const option of item.options) {
          expect(enBank[item.id]?.options?.[option], `${item.id}.${option}`)
            .to.be.a('string')
            .and.not.equal('');
        }
        expect(Object.keys(enBank[item.id]?.options ?? {}), item.id).to.have.members(item.options);
      }
    });

    it('should have no text for unknown items and no option labels on scored items', () => {
      const ids = new Set(ITEMS.map((item) => item.id));
      expect(Object.keys(enBank).filter((id) => !ids.has(id))).to.deep.equal([]);
      for (const item of controls) expect(enBank[item.id]?.options, item.id).to.equal(undefined);
    });

    it('should keep help only for items that have a question text', () => {
      expect(Object.keys(enHelp).filter((id) => !Object.hasOwn(enText, id))).to.deep.equal([]);
    });
  });

  describe('questionItems', () => {
    it('should word the items as getQuestionBank does, with help only where the text has it', () => {
      const worded = questionItems(ITEMS, ['iso27001', 'iso42001'], enBank);
      expect(worded).to.deep.equal(getQuestionBank().items);
      // The widget's first screen holds the questions without their help, which comes with the results.
      const early = questionItems(ITEMS, ['iso27001', 'iso42001'], enText);
      expect(early.map((item) => item.text)).to.deep.equal(worded.map((item) => item.text));
      expect(early.filter((item) => item.help !== undefined)).to.deep.equal([]);
    });
  });

  describe('FLOW_ITEMS, the widget’s copy for its flow (`npm run build:generated` after editing items)', () => {
    it('should hold every item, in order, with all but its refs and milestone as they are', () => {
      expect(FLOW_ITEMS.map((item) => item.id)).to.deep.equal(ITEMS.map((item) => item.id));
      FLOW_ITEMS.forEach((flow, i) => {
        const item = ITEMS[i]!;
        if (item.kind !== 'control' || flow.kind !== 'control') return expect(flow).to.deep.equal(item);
        const { refs, milestone: _milestone, ...rest } = item;
        const { refs: flowRefs, ...flowRest } = flow;
        expect(flowRest, item.id).to.deep.equal(rest);
        expect(refs, item.id).to.include.members(flowRefs);
        expect(standardsOf(flow), item.id).to.deep.equal(standardsOf(item));
      });
    });

    it('should give the engine, with ./item-details.ts, the very items of ./items.ts', () => {
      expect(ENGINE_ITEMS).to.deep.equal(ITEMS);
      expect(
        getQuestionBank().items.map(
          ({ standards: _s, text: _t, help: _h, optionLabels: _o, ...item }) => item,
        ),
      ).to.deep.equal(ITEMS);
      expect(hashBank(ENGINE_ITEMS, enBank)).to.equal(BANK_HASH);
    });

    it('should show the same questions as the whole bank for any answers and scope', () => {
      fc.assert(
        fc.property(validAnswersArb, scopeArb, (answers, scope) => {
          const ids = (items: readonly BankItem[]) =>
            visibleItems(items, answers, scope).map((item) => item.id);
          expect(ids(FLOW_ITEMS)).to.deep.equal(ids(ITEMS));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('getQuestionBank', () => {
    it('should return the version, the hash and every item with text by default', () => {
      const bank = getQuestionBank();
      expect(bank.version).to.equal(BANK_VERSION);
      expect(bank.hash).to.equal(BANK_HASH);
      expect(bank.items.map((item) => item.id)).to.deep.equal(ITEMS.map((item) => item.id));
      expect(bank.items.every((item) => item.text.length > 0 && item.help)).to.equal(true);
    });

    it('should write refs as `27001:A.5.15` or `42001:6.1.4`', () => {
      for (const item of getQuestionBank().items) {
        if (item.kind !== 'control') continue;
        for (const ref of item.refs) expect(ref, item.id).to.match(/^(27001|42001):(A\.)?\d+(\.\d+){0,2}$/);
      }
    });

    it('should derive standards from refs, and from what profile items inform', () => {
      const byId = new Map(getQuestionBank().items.map((item) => [item.id, item]));
      expect(byId.get('internal_audit')?.standards).to.deep.equal(['iso27001']);
      expect(byId.get('ai_internal_audit')?.standards).to.deep.equal(['iso42001']);
      expect(byId.get('leadership')?.standards).to.deep.equal(['iso27001', 'iso42001']);
      expect(byId.get('soa')?.standards).to.deep.equal(['iso27001']);
      expect(byId.get('ai_impact_assessment')?.standards).to.deep.equal(['iso42001']);
      expect(byId.get('status_42001')?.standards).to.deep.equal(['iso42001']);
      expect(byId.get('org_size')?.standards).to.have.members(['iso27001', 'iso42001']);
    });

    it('should attach option labels to profile items only', () => {
      const items = getQuestionBank().items;
      const buyers = items.find((item) => item.id === 'buyers');
      expect(buyers?.optionLabels?.['investor-early']).to.equal(enBank.buyers?.options?.['investor-early']);
      expect(items.find((item) => item.id === 'soa')?.optionLabels).to.equal(undefined);
    });

    it('should leave out items of standards out of scope and keep profile items', () => {
      const ids = getQuestionBank({ scope: ['iso27001'] }).items.map((item) => item.id);
      expect(ids).to.include.members(['status_42001', 'internal_audit', 'soa']);
      expect(ids).to.not.include.members(['ai_impact_assessment', 'ai_soa']);
      const aiIds = getQuestionBank({ scope: ['iso42001'] }).items.map((item) => item.id);
      expect(aiIds).to.include.members(['ai_internal_audit', 'ai_soa', 'leadership']);
      expect(aiIds).to.not.include('internal_audit');
      expect(aiIds).to.not.include.members(['soa', 'access_control']);
    });

    it('should take text from a given translation', () => {
      const translation = {
        ...en,
        locale: 'xx',
        bank: { ...en.bank, soa: { ...en.bank.soa!, text: 'Translated' } },
      };
      const soa = getQuestionBank({ translation }).items.find((item) => item.id === 'soa');
      expect(soa?.text).to.equal('Translated');
    });

    const invalid: [string, unknown, (string | number)[]][] = [
      ['an unknown standard', { scope: ['iso9001'] }, ['options', 'scope', 0]],
      ['an empty scope', { scope: [] }, ['options', 'scope']],
      ['a repeated standard', { scope: ['iso27001', 'iso27001'] }, ['options', 'scope']],
      ['a scope that is not a list', { scope: 'iso27001' }, ['options', 'scope']],
      ['options that are not an object', 'iso27001', ['options']],
      ['a translation without bank text', { translation: { locale: 'xx' } }, ['options', 'translation']],
    ];
    for (const [what, options, path] of invalid) {
      it(`should throw invalid-options with a path for ${what}`, () => {
        let error: unknown;
        try {
          getQuestionBank(options as never);
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(ReadinessError);
        expect((error as ReadinessError).code).to.equal('invalid-options');
        expect((error as ReadinessError).path).to.deep.equal(path);
        expect((error as ReadinessError).message).to.match(/^options/);
      });
    }
  });

  describe('hash', () => {
    it('should match the committed src/bank/hash.ts (run `npm run build:hash` after editing the bank)', () => {
      expect(hashBank(ITEMS, enBank), 'src/bank/hash.ts is stale').to.equal(BANK_HASH);
    });

    it('should be an 8-digit hex string, stable across calls', () => {
      expect(BANK_HASH).to.match(/^[0-9a-f]{8}$/);
      expect(bankHash()).to.equal(BANK_HASH);
      expect(getQuestionBank().hash).to.equal(getQuestionBank({ scope: ['iso27001'] }).hash);
    });

    it('should not depend on property order', () => {
      const reordered = ITEMS.map((item) => Object.fromEntries(Object.entries(item).reverse()) as BankItem);
      expect(hashBank(reordered, enBank)).to.equal(BANK_HASH);
    });

    it('should change when an item, its weight or its text changes', () => {
      const reweighted = ITEMS.map((item) => (item.id === 'soa' ? { ...item, weight: 2 } : item));
      expect(hashBank(reweighted, enBank)).to.not.equal(BANK_HASH);
      expect(hashBank(ITEMS.slice(1), enBank)).to.not.equal(BANK_HASH);
      const retexted = { ...enBank, soa: { ...enBank.soa!, text: `${enBank.soa!.text} ` } };
      expect(hashBank(ITEMS, retexted)).to.not.equal(BANK_HASH);
    });
  });
});
