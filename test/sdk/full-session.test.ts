import { expect } from 'chai';
import { ReadinessError } from '../../src/errors.js';
import { FULL_BANK_HASH } from '../../src/full/version.js';
import { getQuestionBank, loadFull } from '../../sdk/bank.js';
import { fullDraftKey, openFullSession } from '../../sdk/full-session.js';
import { memoryStorage } from '../../sdk/storage.js';

describe('FullSession', () => {
  describe('answers', () => {
    it('should record, merge and clear an entry, and recompute the result', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      session.setEntry('27001:A.5.15', { status: 'partly', owner: 'CTO' });
      session.setEntry('27001:A.5.15', { status: 'implemented' });
      expect(session.answers.entries?.['27001:A.5.15']).to.deep.equal({
        status: 'implemented',
        owner: 'CTO',
      });
      expect(session.result.entries.find((e) => e.ref === '27001:A.5.15')?.grade).to.equal('conformant');
      session.setEntry('27001:A.5.15', { owner: undefined });
      expect(session.answers.entries?.['27001:A.5.15']).to.deep.equal({ status: 'implemented' });
      session.clearEntry('27001:A.5.15');
      expect(session.answers.entries?.['27001:A.5.15']).to.equal(undefined);
    });

    it('should refuse refs out of scope and values off the scale, with a ReadinessError', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      expect(() => session.setEntry('42001:A.2.2', { status: 'implemented' }))
        .to.throw(ReadinessError)
        .with.property('code', 'unknown-question');
      expect(() => session.setEntry('27001:A.5.1', { status: 'done' as never }))
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-answer');
      expect(() => openFullSession({ scope: ['iso9001' as never] }))
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-config');
    });

    it('should confirm a pre-filled entry as the visitor’s own answer', () => {
      const session = openFullSession({ quick: { internal_audit: 'partly' } });
      const before = session.result.entries.find((e) => e.ref === '27001:9.2.1');
      expect(before?.source).to.equal('estimate');
      session.confirm('27001:9.2.1');
      const after = session.result.entries.find((e) => e.ref === '27001:9.2.1');
      expect(after).to.include({ source: 'answer', status: before?.status });
    });
  });

  describe('autosave', () => {
    it('should save after every change and restore answers and section', () => {
      const storage = memoryStorage();
      const first = openFullSession({ storage, now: () => 42 });
      first.setScoping({ premises: 'none' });
      first.setEntry('42001:6.1.4', { status: 'planned', targetDate: '2027-06-30' });
      first.goTo('42001:6');
      const raw = JSON.parse(storage.getItem(fullDraftKey(['iso27001', 'iso42001']))!);
      expect(raw).to.include({ v: 1, depth: 'full', savedAt: 42, section: '42001:6' });
      expect(raw.bank.hash).to.equal(FULL_BANK_HASH);
      const again = openFullSession({ storage });
      expect(again.restored).to.equal('restored');
      expect(again.section).to.equal('42001:6');
      expect(again.answers).to.deep.equal(first.answers);
    });

    it('should discard a draft from another catalogue, scope or format, and say so', () => {
      const storage = memoryStorage();
      const key = fullDraftKey(['iso27001', 'iso42001']);
      const session = openFullSession({ storage });
      session.setEntry('27001:4.1', { status: 'implemented' });
      const saved = JSON.parse(storage.getItem(key)!);
      storage.setItem(key, JSON.stringify({ ...saved, bank: { version: 'old', hash: 'deadbeef' } }));
      const stale = openFullSession({ storage });
      expect(stale.restored).to.equal('discarded');
      expect(stale.answers).to.deep.equal({});
      expect(storage.getItem(key)).to.equal(null);
      storage.setItem(key, '{not json');
      expect(openFullSession({ storage }).restored).to.equal('discarded');
    });

    it('should keep confirmed entries but drop quick answers given against another quick bank', () => {
      const storage = memoryStorage();
      const key = fullDraftKey(['iso27001', 'iso42001']);
      const session = openFullSession({ storage, quick: { ai_role: 'core' } });
      session.setEntry('27001:4.1', { status: 'implemented' });
      storage.setItem(key, JSON.stringify({ ...JSON.parse(storage.getItem(key)!), quickBank: '00000000' }));
      const again = openFullSession({ storage });
      expect(again.restored).to.equal('restored');
      expect(again.quickDiscarded).to.equal(true);
      expect(again.answers.quick).to.equal(undefined);
      expect(again.answers.entries?.['27001:4.1']).to.deep.equal({ status: 'implemented' });
    });

    it('should report storage that refuses, and clear everything on reset', () => {
      const refusing = {
        getItem: () => null,
        setItem: () => {
          throw new Error('full');
        },
        removeItem: () => {},
      };
      const session = openFullSession({ storage: refusing });
      session.setEntry('27001:4.1', { status: 'implemented' });
      expect(session.persistence).to.equal('unavailable');
      const storage = memoryStorage();
      const kept = openFullSession({ storage });
      kept.setEntry('27001:4.1', { status: 'implemented' });
      kept.reset();
      expect(storage.size).to.equal(0);
      expect(kept.answers).to.deep.equal({});
    });
  });
});

describe('FullSession languages', () => {
  it('should word the claim in another language, with the same ids and answers', async () => {
    const { loadTranslation } = await import('../../src/i18n/load.js');
    const session = openFullSession({ quick: { ai_role: 'core' } });
    session.setEntry('27001:4.1', { status: 'implemented' });
    const english = session.result;
    session.setTranslation(await loadTranslation('de'));
    const german = session.result;
    expect(german.locale).to.equal('de');
    expect(german.classification.iso27001?.claim).to.equal(english.classification.iso27001?.claim);
    expect(german.classification.iso27001?.headline).not.to.equal(english.classification.iso27001?.headline);
    expect(german.entries).to.deep.equal(english.entries);
    expect(() => session.setTranslation({} as never))
      .to.throw(ReadinessError)
      .with.property('code', 'invalid-translation');
  });
});

describe('getQuestionBank({ depth })', () => {
  it('should resolve to the full bank on demand, and return the quick one at once', async () => {
    const full = await getQuestionBank({ depth: 'full', scope: ['iso42001'] });
    expect(full.depth).to.equal('full');
    expect(full.items).to.have.length(70);
    expect(full.items.find((i) => i.ref === '42001:8.4')?.title).to.equal(
      'AI system impact assessment (performed)',
    );
    const quick = getQuestionBank({ depth: 'quick' });
    expect(quick.items.length).to.be.greaterThan(20);
    expect(() => getQuestionBank({ depth: 'deep' } as never))
      .to.throw(ReadinessError)
      .with.property('code', 'invalid-options');
  });

  it('should give the full bank in another language through its text', async () => {
    const { getFullBank, loadFullText } = await loadFull();
    const de = await loadFullText('de-CH');
    expect(de.locale).to.equal('de');
    const bank = getFullBank({ translation: de });
    expect(bank.items).to.have.length(193);
    expect(bank.hash).to.equal(getFullBank().hash);
  });
});
