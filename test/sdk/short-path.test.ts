import { expect } from 'chai';
import { createSession, type Session } from '../../sdk/session.js';
import { assess } from '../../src/assess.js';
import { ITEMS } from '../../src/bank/items.js';
import type { BankItem } from '../../src/schemas/bank.js';
import type { Answers } from '../../src/schemas/result.js';
import { claimRank } from '../../src/schemas/claim.js';
import { CHECKLIST_NONE, SHORT_PATH, stepsOf } from '../../src/steps.js';
import { ORGANISATIONS } from '../support/organisations.js';

const SCORED = new Set(ITEMS.filter((item) => item.kind === 'control').map((item) => item.id));

/**
 * Walks the short path as this organisation would answer it: profile questions as it answers them, and on
 * each checklist the practices it has fully in place ticked (a partial one stays unticked), or "none / not
 * sure" when none is. Returns the session, complete, and the number of screens it met.
 */
function walkShort(answers: Answers, session: Session = createSession({ length: 'short' })) {
  let screens = 0;
  const totals: number[] = [];
  while (session.status === 'active') {
    const current = session.current!;
    totals.push(session.progress.total);
    screens++;
    if (session.step!.kind === 'checklist') {
      const ticked = session.step!.items.filter((id) => answers[id] === 'yes');
      session.answer(current.id, ticked.length > 0 ? ticked : [CHECKLIST_NONE]);
    } else {
      const given = answers[current.id];
      const fallback = current.kind === 'profile' ? current.options[0]! : 'unsure';
      session.answer(
        current.id,
        given ?? (current.kind === 'profile' && current.input === 'multi' ? [fallback] : fallback),
      );
    }
    session.next();
  }
  return { session, screens, totals };
}

describe('the short path', () => {
  it('should reach a first result within 20 screens for every reference organisation', () => {
    for (const org of ORGANISATIONS) {
      const { screens } = walkShort(org.answers);
      expect(screens, org.id).to.be.at.most(20);
    }
  });

  it('should never raise the count of screens while the visitor answers', () => {
    for (const org of ORGANISATIONS) {
      const { totals } = walkShort(org.answers);
      totals.forEach((total, i) =>
        expect(total, `${org.id} screen ${i + 1}`).to.be.at.most(totals[i - 1] ?? total),
      );
    }
  });

  it('should ask checklists per section of the scored items, derived from the items', () => {
    const { session } = walkShort(ORGANISATIONS[0]!.answers);
    session.back();
    const step = session.step!;
    expect(step.kind).to.equal('checklist');
    const section = ITEMS.filter((item) => item.kind === 'control' && step.items.includes(item.id));
    expect(new Set(section.map((item) => item.section)).size).to.equal(1);
  });

  it('should put an item added to the bank on its section’s checklist without any other change', () => {
    const added: BankItem = {
      id: 'added_practice',
      section: 'controls',
      kind: 'control',
      refs: ['27001:A.8.34'],
      weight: 1,
    };
    const steps = stepsOf([...ITEMS, added], {}, ['iso27001', 'iso42001'], {
      length: 'short',
      phase: 'first',
      coarse: [],
    });
    expect(steps.find((s) => s.id === 'practices:controls')?.items).to.include('added_practice');
  });

  it('should ask what branches first: AI and status before the organisation', () => {
    const session = createSession({ length: 'short' });
    const sections = session.steps.map((s) => s.section);
    expect(sections.indexOf('ai')).to.be.lessThan(sections.indexOf('organisation'));
    expect(sections.indexOf('status')).to.be.lessThan(sections.indexOf('organisation'));
  });

  describe('honest at short length', () => {
    for (const org of ORGANISATIONS) {
      it(`should claim no more than the standard path for ${org.id}`, () => {
        const standard = assess(org.answers);
        const short = walkShort(org.answers).session.result!;
        for (const s of standard.scope) {
          const precise = standard.classification[s];
          const coarse = short.classification[s];
          if (!precise || !coarse) continue;
          expect(claimRank(coarse.claim), `${org.id} ${s} claim`).to.be.at.most(claimRank(precise.claim));
          expect(coarse.readiness ?? 0, `${org.id} ${s} readiness`).to.be.at.most(precise.readiness ?? 0);
          const range = short.precision?.readiness[s];
          if (range?.now != null && range.ifPartly != null) expect(range.ifPartly).to.be.at.least(range.now);
        }
      });
    }
  });

  describe('sharpening', () => {
    it('should say what sharper answers would change and ask them at full precision', () => {
      const org = ORGANISATIONS.find((o) => o.id === 'ai-feature')!;
      const { session } = walkShort(org.answers);
      const precision = session.result!.precision!;
      expect(precision.coarse.length).to.be.greaterThan(0);
      expect(precision.coarse.every((id) => SCORED.has(id))).to.equal(true);
      expect(precision.questions).to.be.at.least(precision.coarse.length);
      expect(session.sharpen()).to.equal(true);
      expect(session.phase).to.equal('sharpen');
      const asked = new Set<string>();
      while (session.status === 'active') {
        const id = session.current!.id;
        asked.add(id);
        session.answer(
          id,
          org.answers[id] ?? (session.current!.kind === 'profile' ? session.current!.options[0]! : 'unsure'),
        );
        session.next();
      }
      for (const id of precision.coarse) expect(asked.has(id), id).to.equal(true);
      for (const id of SHORT_PATH.deferred)
        if (session.visible.some((q) => q.id === id)) expect(asked.has(id), id).to.equal(true);
      const sharpened = session.result!;
      expect(sharpened.precision).to.equal(undefined);
      expect(sharpened.readiness).to.deep.equal(assess({ ...session.answers }).readiness);
    });

    it('should keep `standard` as the whole bank, one question per screen', () => {
      const session = createSession({ length: 'standard' });
      expect(session.steps.every((s) => s.kind === 'question')).to.equal(true);
      expect(session.steps.length).to.equal(session.visible.length);
    });
  });
});
