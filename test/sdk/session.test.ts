import { expect } from 'chai';
import { createSession } from '../../sdk/session.js';
import { memoryStorage, type StorageAdapter } from '../../sdk/storage.js';
import { draftKey } from '../../sdk/draft.js';
import { ReadinessError } from '../../src/errors.js';
import { AssessmentResultSchema } from '../../src/schemas/result.js';
import { firstValid, runThrough } from '../support/answers.js';

const throwsReadiness = (fn: () => unknown, code: string): ReadinessError => {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ReadinessError);
    expect((error as ReadinessError).code).to.equal(code);
    return error as ReadinessError;
  }
  throw new Error(`expected a ReadinessError with code ${code}`);
};

describe('createSession', () => {
  describe('flow', () => {
    it('should start on the first visible question with honest progress', () => {
      const session = createSession();
      expect(session.current?.id).to.equal(session.visible[0]?.id);
      expect(session.progress.index).to.equal(0);
      // The count is of every screen the branches may still show, so answering never raises it.
      expect(session.progress.total).to.equal(session.estimate.questions.max);
      expect(session.progress.answered).to.equal(0);
      expect(session.progress.sections[0]?.state).to.equal('current');
      expect(session.canGoBack).to.equal(false);
      expect(session.canGoNext).to.equal(false);
    });

    it('should refuse to go on before the current question is answered', () => {
      const session = createSession();
      throwsReadiness(() => session.next(), 'invalid-answer');
    });

    it('should go forward and back keeping every answer', () => {
      const session = createSession();
      const first = session.current!;
      session.answer(first.id, firstValid(first));
      session.next();
      const second = session.current!;
      expect(second.id).to.not.equal(first.id);
      session.answer(second.id, firstValid(second));
      session.back();
      expect(session.current?.id).to.equal(first.id);
      expect(session.answers[first.id]).to.deep.equal(firstValid(first));
      expect(session.answers[second.id]).to.deep.equal(firstValid(second));
      expect(session.progress.answered).to.equal(2);
    });

    it('should reject an answer off the scale and keep the earlier answers', () => {
      const session = createSession();
      const first = session.current!;
      session.answer(first.id, firstValid(first));
      const error = throwsReadiness(() => session.answer(first.id, 'maybe'), 'invalid-answer');
      expect(error.path).to.deep.equal(['answers', first.id]);
      expect(error.message).to.contain('maybe');
      expect(session.answers[first.id]).to.deep.equal(firstValid(first));
    });

    it('should reject an unknown question', () => {
      throwsReadiness(() => createSession().answer('no_such_question', 'yes'), 'unknown-question');
    });

    it('should complete with a valid, versioned result after the last question', () => {
      const session = createSession();
      const changes: string[] = [];
      session.subscribe((change) => changes.push(change.type));
      runThrough(session);
      expect(session.status).to.equal('complete');
      expect(session.current).to.equal(null);
      expect(session.progress.fraction).to.equal(1);
      expect(AssessmentResultSchema.safeParse(session.result).success).to.equal(true);
      expect(changes.filter((c) => c === 'complete')).to.have.length(1);
      expect(session.canGoBack).to.equal(true);
      session.back();
      expect(session.status).to.equal('active');
      expect(session.current?.id).to.equal(session.visible[session.visible.length - 1]?.id);
    });

    it('should estimate questions and minutes from what branching can still show', () => {
      const both = createSession().estimate;
      expect(both.questions.min).to.equal(createSession().visible.length);
      expect(both.questions.max).to.be.greaterThan(both.questions.min);
      expect(both.minutes.max).to.be.within(8, 15);
      const only27001 = createSession({ scope: ['iso27001'] }).estimate;
      expect(only27001.questions.max).to.be.lessThan(both.questions.max);
    });

    it('should honour the scope', () => {
      const only27001 = createSession({ scope: ['iso27001'] });
      runThrough(only27001);
      expect(only27001.result?.scope).to.deep.equal(['iso27001']);
      expect(Object.keys(only27001.result?.readiness ?? {})).to.deep.equal(['iso27001']);
    });

    it('should keep working when a subscriber throws', () => {
      const session = createSession();
      const reported: unknown[] = [];
      const original = (globalThis as { reportError?: unknown }).reportError;
      (globalThis as { reportError?: unknown }).reportError = (e: unknown) => reported.push(e);
      try {
        session.subscribe(() => {
          throw new Error('host bug');
        });
        const first = session.current!;
        session.answer(first.id, firstValid(first));
        expect(session.answers[first.id]).to.deep.equal(firstValid(first));
        expect(reported).to.have.length(1);
      } finally {
        (globalThis as { reportError?: unknown }).reportError = original;
      }
    });
  });

  describe('config', () => {
    it('should throw invalid-config naming the field', () => {
      const error = throwsReadiness(() => createSession({ scope: ['iso9001' as never] }), 'invalid-config');
      expect(error.path).to.deep.equal(['config', 'scope', 0]);
      expect(error.message).to.contain('iso9001');
    });

    it('should reject initial answers that are not on the bank', () => {
      throwsReadiness(() => createSession({ answers: { nope: 'yes' } }), 'unknown-question');
    });
  });

  describe('drafts', () => {
    it('should save after every answer and restore in a new session', () => {
      const storage = memoryStorage();
      const first = createSession({ storage });
      const q = first.current!;
      first.answer(q.id, firstValid(q));
      first.next();
      const again = createSession({ storage });
      expect(again.restored).to.equal('restored');
      expect(again.answers[q.id]).to.deep.equal(firstValid(q));
      expect(again.current?.id).to.equal(first.current?.id);
    });

    it('should restore a completed assessment with its result', () => {
      const storage = memoryStorage();
      runThrough(createSession({ storage }));
      const again = createSession({ storage });
      expect(again.status).to.equal('complete');
      expect(again.result).to.not.equal(null);
    });

    it('should resume a draft marked complete with answers missing at its first gap, not as a result (B9)', () => {
      const storage = memoryStorage();
      runThrough(createSession({ storage }));
      const key = draftKey(['iso27001', 'iso42001']);
      const draft = JSON.parse(storage.getItem(key)!) as { answers: Record<string, unknown> };
      const ids = Object.keys(draft.answers);
      const missing = ids[10]!;
      delete draft.answers[missing];
      storage.setItem(key, JSON.stringify(draft));
      const again = createSession({ storage });
      expect(again.restored).to.equal('restored');
      expect(again.status).to.equal('active');
      expect(again.result).to.equal(null);
      expect(again.current?.id).to.equal(again.visible.find((q) => again.answers[q.id] === undefined)?.id);
    });

    it('should discard a corrupt draft with a notice and start clean', () => {
      const storage = memoryStorage();
      storage.setItem(draftKey(['iso27001', 'iso42001']), '{not json');
      const session = createSession({ storage });
      expect(session.restored).to.equal('discarded');
      expect(session.answers).to.deep.equal({});
      expect(storage.getItem(draftKey(['iso27001', 'iso42001']))).to.equal(null);
    });

    it('should discard a draft of another format version', () => {
      const storage = memoryStorage();
      storage.setItem(draftKey(['iso27001', 'iso42001']), JSON.stringify({ v: 0, answers: {} }));
      expect(createSession({ storage }).restored).to.equal('discarded');
    });

    it('should keep separate drafts under separate keys', () => {
      const storage = memoryStorage();
      const a = createSession({ storage, storageKey: 'iso-readiness:a' });
      const q = a.current!;
      a.answer(q.id, firstValid(q));
      const b = createSession({ storage, storageKey: 'iso-readiness:b' });
      expect(b.restored).to.equal('none');
      expect(b.answers).to.deep.equal({});
    });

    it('should complete when storage throws, and say progress is not saved', () => {
      const broken: StorageAdapter = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => undefined,
      };
      const session = createSession({ storage: broken });
      runThrough(session);
      expect(session.status).to.equal('complete');
      expect(session.persistence).to.equal('unavailable');
    });

    it('should leave the previous draft intact when a later write fails', () => {
      const inner = memoryStorage();
      let failing = false;
      const flaky: StorageAdapter = {
        getItem: (k) => inner.getItem(k),
        setItem: (k, v) => {
          if (failing) throw new Error('full');
          inner.setItem(k, v);
        },
        removeItem: (k) => inner.removeItem(k),
      };
      const session = createSession({ storage: flaky });
      const q = session.current!;
      session.answer(q.id, firstValid(q));
      const saved = inner.getItem(draftKey(['iso27001', 'iso42001']));
      failing = true;
      session.next();
      expect(session.persistence).to.equal('unavailable');
      expect(inner.getItem(draftKey(['iso27001', 'iso42001']))).to.equal(saved);
    });

    it('should clear answers and the draft on reset', () => {
      const storage = memoryStorage();
      const session = createSession({ storage });
      const q = session.current!;
      session.answer(q.id, firstValid(q));
      session.reset();
      expect(session.answers).to.deep.equal({});
      expect(storage.size).to.equal(0);
      expect(session.current?.id).to.equal(session.visible[0]?.id);
    });
  });
});
