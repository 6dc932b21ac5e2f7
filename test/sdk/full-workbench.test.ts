import { expect } from 'chai';
import { parse } from 'csv-parse/browser/esm/sync';
import { ReadinessError } from '../../src/errors.js';
import { FULL_EXPORT_FORMAT, readFullExport } from '../../src/full/exchange.js';
import { gapRegisterCsv, soa, soaCsv } from '../../src/full/soa.js';
import { full as en } from '../../src/i18n/en/full.js';
import { BANK_HASH } from '../../src/bank/index.js';
import { fullDraftKey, openFullSession } from '../../sdk/full-session.js';
import { memoryStorage, type StorageAdapter } from '../../sdk/storage.js';

const A7 = Array.from({ length: 14 }, (_, i) => `27001:A.7.${i + 1}`);

/** Storage that takes `room` characters in all, then throws as a full browser storage does. */
function cappedStorage(room: number): StorageAdapter & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...map].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
      if (used + value.length > room) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

describe('FullSession as a workbench', () => {
  describe('changes to many entries', () => {
    it('should set many entries in one change and take it back whole with undo', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      session.setEntry('27001:A.7.1', { owner: 'Facilities' });
      session.setEntries(
        Object.fromEntries(A7.map((ref) => [ref, { applicable: false, suggestion: 'no-premises' }])),
      );
      expect(session.result.entries.filter((e) => e.section === '27001:A.7' && !e.applicable)).to.have.length(
        14,
      );
      expect(session.canUndo).to.equal(true);
      expect(session.undo()).to.equal(true);
      expect(session.answers.entries).to.deep.equal({ '27001:A.7.1': { owner: 'Facilities' } });
      expect(session.canUndo).to.equal(false);
      expect(session.undo()).to.equal(false);
    });

    it('should refuse the whole change when one patch is wrong', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      expect(() =>
        session.setEntries({ '27001:A.7.1': { owner: 'A' }, '27001:A.7.2': { status: 'done' as never } }),
      )
        .to.throw(ReadinessError)
        .with.property('code', 'invalid-answer');
      expect(session.answers.entries ?? {}).to.deep.equal({});
      expect(session.canUndo).to.equal(false);
    });
  });

  describe('saved-assessment file', () => {
    it('should open on another device exactly what was saved, undoably', () => {
      const first = openFullSession({ quick: { org_size: '50-249' } });
      first.setEntry('27001:A.5.15', {
        status: 'partly',
        owner: 'CTO',
        note: 'MFA missing on two admin tools',
      });
      first.setDocument({ organisation: 'Acme GmbH', version: '0.3' });
      first.goTo('27001:A.5');
      const text = JSON.stringify(first.exportFile());

      const second = openFullSession({ storage: memoryStorage() });
      second.setEntry('27001:A.6.1', { status: 'implemented' });
      expect(second.importFile(text)).to.deep.equal({ quickDropped: false });
      expect(second.answers).to.deep.equal(first.answers);
      expect(second.section).to.equal('27001:A.5');
      second.undo();
      expect(second.answers.entries).to.deep.equal({ '27001:A.6.1': { status: 'implemented' } });
    });

    it('should refuse a damaged file, another version and other standards, changing nothing', () => {
      const session = openFullSession();
      session.setEntry('27001:A.5.1', { status: 'planned' });
      const good = session.exportFile();
      const refused = (text: string) => {
        try {
          session.importFile(text);
        } catch (error) {
          expect(error).to.be.instanceOf(ReadinessError);
          return error as ReadinessError;
        }
        throw new Error('accepted');
      };
      expect(refused(JSON.stringify(good).slice(0, 80)).code).to.equal('import-damaged');
      expect(refused('{"name":"something else"}').code).to.equal('import-damaged');
      expect(refused(JSON.stringify({ ...good, v: 0 })).code).to.equal('import-version');
      expect(
        refused(JSON.stringify({ ...good, bank: { version: '2025.1.1', hash: 'deadbeef' } })).code,
      ).to.equal('import-version');
      const bad = refused(
        JSON.stringify({ ...good, answers: { entries: { '27001:A.5.1': { status: 'mostly' } } } }),
      );
      expect(bad.code).to.equal('import-damaged');
      expect(bad.path).to.deep.equal(['file', 'answers', 'entries', '27001:A.5.1', 'status']);
      expect(refused(JSON.stringify({ ...good, scope: ['iso27001'] })).path).to.deep.equal(['file', 'scope']);
      expect(session.answers.entries).to.deep.equal({ '27001:A.5.1': { status: 'planned' } });
      expect(session.canUndo).to.equal(false);
    });

    it('should leave out quick-check answers of another quick bank', () => {
      const file = {
        ...openFullSession({ quick: { org_size: '50-249' } }).exportFile(),
        quickBank: 'other',
      };
      const read = readFullExport(JSON.stringify(file), BANK_HASH);
      expect(read.quickDropped).to.equal(true);
      expect(read.answers.quick).to.equal(undefined);
      expect(file.format).to.equal(FULL_EXPORT_FORMAT);
    });
  });

  describe('storage that fills up', () => {
    it('should report the failed save and, on return, say what was kept and since when nothing was', () => {
      const storage = cappedStorage(6000);
      let clock = 1_000;
      const key = fullDraftKey(['iso27001', 'iso42001']);
      const session = openFullSession({ storage, now: () => clock });
      session.setEntry('27001:A.5.1', { status: 'implemented' });
      expect(session.persistence).to.equal('saved');
      clock = 2_000;
      session.setEntry('27001:A.5.2', { note: 'x'.repeat(2000) });
      session.setEntry('27001:A.5.3', { note: 'y'.repeat(2000) });
      clock = 3_000;
      session.setEntry('27001:A.5.4', { note: 'z'.repeat(2000) });
      expect(session.persistence).to.equal('unavailable');
      expect(storage.map.get(`${key}:unsaved`)).to.be.a('string');

      const again = openFullSession({ storage, now: () => 4_000 });
      expect(again.restored).to.equal('restored');
      expect(again.savedAt).to.be.lessThan(3_000);
      expect(again.unsavedSince).to.be.a('number');
      expect(again.answers.entries?.['27001:A.5.4']).to.equal(undefined);
      // Once a save goes through again, the flag goes.
      again.setEntry('27001:A.5.2', { note: undefined });
      again.setEntry('27001:A.5.3', { note: undefined });
      expect(again.persistence).to.equal('saved');
      expect(storage.map.has(`${key}:unsaved`)).to.equal(false);
      expect(again.unsavedSince).to.equal(null);
    });
  });

  describe('deliverables', () => {
    it('should put the document-control block above the SoA table', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      const control = {
        organisation: 'Acme GmbH',
        preparedBy: 'Northbridge Assurance',
        approvedBy: '',
        version: '0.3',
        date: '2026-12-06',
      };
      const draft = soa(session.result, 'iso27001', en, control);
      expect(draft.control).to.deep.equal(control);
      const rows = parse(soaCsv(draft, en).replace(/^\uFEFF/, ''), {
        relax_column_count: true,
      }) as string[][];
      expect(rows[1]).to.deep.equal([en.soa.document.organisation, 'Acme GmbH']);
      expect(rows[3]).to.deep.equal([en.soa.document.date, '2026-12-06']);
      expect(rows[5]).to.deep.equal([en.soa.document.approvedBy, en.soa.document.notApproved]);
      expect(rows[6]).to.deep.equal([en.soa.document.status, en.soa.document.draft]);
      expect(rows[8]![0]).to.equal(en.soa.control);
      expect(rows).to.have.length(9 + 93);
    });

    it('should give each gap its action and fold what is not yet assessed into one line', () => {
      const session = openFullSession({ scope: ['iso27001'] });
      session.setEntry('27001:A.5.15', { status: 'partly', owner: 'CTO' });
      const rows = parse(gapRegisterCsv(session.result, en).replace(/^\uFEFF/, ''), {
        relax_column_count: true,
      }) as string[][];
      const gap = rows.find((r) => r[0] === '27001 A.5.15')!;
      expect(gap[3]).to.equal(en.gap.missing.partly);
      expect(gap[4]).to.equal(en.gap.next.partly);
      expect(gap[5]).to.equal('CTO');
      expect(rows.at(-1)).to.deep.equal([en.soa.document.notAssessed.replace('{count}', '122')]);
      expect(rows).to.have.length(1 + 1 + 1);
    });
  });
});
