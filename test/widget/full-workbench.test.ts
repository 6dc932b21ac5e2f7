import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { fullDraftKey } from '../../sdk/full-session.js';
import { full as en } from '../../src/i18n/en/full.js';
import '../../widget/full-assessment/full-assessment.js';
import type { IsoReadinessFull } from '../../widget/full-assessment/full-assessment.component.js';
import { draftKey } from '../../sdk/draft.js';
import { createSession } from '../../sdk/session.js';
import '../../widget/iso-readiness/iso-readiness.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import { PATIENCE_MS, until } from '../support/wait.js';
import { deepActive } from './helpers.js';

const KEY = fullDraftKey(['iso27001', 'iso42001'], 'workbench-test');

async function ready(el: IsoReadinessFull): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    await el.updateComplete;
    await aTimeout(0);
    if (!el.shadowRoot!.querySelector('[aria-busy="true"]')) return;
    if (Date.now() > deadline) throw new Error(`still busy after ${PATIENCE_MS} ms`);
    await aTimeout(10);
  }
}

const root = (el: IsoReadinessFull) => el.shadowRoot!;
const button = (el: IsoReadinessFull, text: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const said = (el: IsoReadinessFull) => root(el).querySelector('[role=status].visually-hidden')!.textContent!;

/** Opens the element on the intro; `started` goes past it to the profile. */
async function open(started = true): Promise<IsoReadinessFull> {
  const el = await fixture<IsoReadinessFull>(
    html`<iso-readiness-full
      instance="workbench-test"
      .branding=${{ consultancy: 'Northbridge Assurance' }}
    ></iso-readiness-full>`,
  );
  await ready(el);
  if (started) {
    button(el, en.ui.start).click();
    await ready(el);
  }
  return el;
}

/** One visitor action: a click on the section link whose text includes `section`. */
async function goTo(el: IsoReadinessFull, section: string): Promise<void> {
  const link = [...root(el).querySelectorAll<HTMLButtonElement>('[part=section-link]')].find((b) =>
    b.textContent!.includes(section),
  );
  if (!link) throw new Error(`no section "${section}"`);
  link.click();
  await ready(el);
}

/** Chooses `file` in the "Open a saved assessment" picker and waits for the message it gives. */
async function choose(el: IsoReadinessFull, text: string): Promise<string> {
  const input = root(el).querySelector<HTMLInputElement>('[part=files] input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'assessment.json', { type: 'application/json' }));
  input.files = transfer.files;
  const before = root(el).querySelector('.notices')!.textContent;
  input.dispatchEvent(new Event('change'));
  await waitUntil(
    () => root(el).querySelector('.notices')!.textContent !== before,
    'a message about the file',
  );
  await ready(el);
  return root(el).querySelector('.notices')!.textContent!;
}

describe('<iso-readiness-full> as a workbench', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(`${KEY}:unsaved`);
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(KEY);
    localStorage.removeItem(`${KEY}:unsaved`);
  });

  describe('where am I, what is left', () => {
    it('should show the overall figure and go to the next unanswered entry from anywhere', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:4.1', { status: 'implemented' });
      await ready(el);
      expect(root(el).querySelector('[part=overall]')!.textContent).to.contain(
        en.work.overall.replace('{answered}', '1').replace('{total}', '193'),
      );
      button(el, en.work.nextUnanswered).click();
      await ready(el);
      expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain('Clause 4');
      expect(deepActive()?.getAttribute('data-ref')).to.equal('27001:4.2');
      await expect(el).to.be.accessible();
    });

    it('should offer to continue at the first unanswered entry on return', async () => {
      const first = await open();
      first.assessment!.setEntries({
        '27001:4.1': { status: 'implemented' },
        '27001:4.2': { status: 'partly' },
      });
      const again = await open(false);
      button(again, en.work.continueAt.replace('{id}', '4.3')).click();
      await ready(again);
      expect(deepActive()?.getAttribute('data-ref')).to.equal('27001:4.3');
    });
  });

  describe('bulk actions', () => {
    it('should mark all of A.7 not applicable with the suggested reason in 2 actions, and undo it', async () => {
      const el = await open();
      el.assessment!.setScoping({ premises: 'none' });
      await ready(el);
      await goTo(el, 'A.7 · Physical controls'); // action 1
      button(el, en.work.markNotApplicable).click(); // action 2
      await ready(el);
      const a7 = el.assessment!.result.entries.filter((e) => e.section === '27001:A.7');
      expect(a7).to.have.length(14);
      expect(a7.every((e) => !e.applicable && e.source === 'answer')).to.equal(true);
      expect(el.assessment!.answers.entries?.['27001:A.7.1']).to.deep.equal({
        applicable: false,
        suggestion: 'no-premises',
      });
      expect(said(el)).to.contain(en.work.actionNotApplicable);
      root(el).querySelector<HTMLButtonElement>('[part=undo]')!.click();
      await ready(el);
      expect(el.assessment!.answers.entries ?? {}).to.deep.equal({});
      expect(said(el)).to.contain(en.work.undone.replace('{action}', en.work.actionNotApplicable));
    });

    it('should add the reason for inclusion to every applicable control of a section in 1 action', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:A.6.3', { applicable: false, justification: 'No staff' });
      await goTo(el, 'A.6 · People controls');
      const form = root(el).querySelector('[part=bulk] select[name=reason]')!.closest('form')!;
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.click(); // "Risk assessment" is preset
      await ready(el);
      const a6 = el.assessment!.result.entries.filter((e) => e.section === '27001:A.6');
      expect(a6.filter((e) => e.reasons.includes('risk'))).to.have.length(7);
      expect(a6.find((e) => e.ref === '27001:A.6.3')!.applicable).to.equal(false);
    });

    it('should set an owner on the selected rows only', async () => {
      const el = await open();
      await goTo(el, 'A.6 · People controls');
      root(el).querySelectorAll<HTMLInputElement>('.toolbar__view input')[1]!.click();
      await ready(el);
      for (const ref of ['27001:A.6.1', '27001:A.6.2'])
        root(el).querySelector<HTMLInputElement>(`tr[data-ref="${ref}"] input[type=checkbox]`)!.click();
      await ready(el);
      expect(root(el).querySelector('[part=bulk] h4')!.textContent).to.contain(
        en.work.bulkSelected.replace('{count}', '2'),
      );
      const owner = root(el).querySelector<HTMLInputElement>('[part=bulk] input[name=owner]')!;
      owner.value = 'HR lead';
      owner.closest('form')!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await ready(el);
      const owners = el.assessment!.result.entries.filter((e) => e.owner === 'HR lead').map((e) => e.ref);
      expect(owners).to.deep.equal(['27001:A.6.1', '27001:A.6.2']);
    });
  });

  describe('one entry', () => {
    it('should render owner, evidence and dates once opened, and show the owner when closed', async () => {
      const el = await open();
      await goTo(el, 'A.6 · People controls');
      const details = () =>
        root(el).querySelector<HTMLDetailsElement>('fieldset[data-ref="27001:A.6.1"] [part=entry-details]')!;
      expect(details().querySelector('input')).to.equal(null);
      details().open = true;
      await until(() => !!details().querySelector('input'), 'the fields');
      const owner = details().querySelector<HTMLInputElement>('input[type=text]')!;
      owner.value = 'HR lead';
      owner.dispatchEvent(new Event('change'));
      details().open = false;
      await until(() => !details().querySelector('input'), 'the fields gone');
      expect(details().querySelector('summary')!.textContent).to.contain('HR lead');
      expect(el.assessment!.answers.entries?.['27001:A.6.1']).to.deep.equal({ owner: 'HR lead' });
    });
  });

  describe('keyboard entry', () => {
    it('should set the status of 20 controls with 40 keystrokes and say each one', async () => {
      const el = await open();
      await goTo(el, 'A.5 · Organizational controls');
      root(el).querySelectorAll<HTMLInputElement>('.toolbar__view input')[1]!.click();
      await ready(el);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLElement>('tr[data-ref="27001:A.5.1"]')!.focus();
      let keystrokes = 1; // reaching the first row
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: i % 2 ? '2' : '1' });
        await sendKeys({ press: 'j' });
        keystrokes += 2;
      }
      await ready(el);
      const set = el.assessment!.result.entries.filter(
        (e) => e.section === '27001:A.5' && e.source === 'answer',
      );
      expect(set).to.have.length(20);
      expect(set[1]!.status).to.equal('partly');
      expect(keystrokes).to.be.at.most(45);
      expect(deepActive()?.getAttribute('data-ref')).to.equal('27001:A.5.21');
      expect(said(el)).to.equal(
        en.work.keyAnnounce.replace('{id}', 'A.5.20').replace('{value}', en.statuses.partly!),
      );
    });
  });

  describe('keyboard entry one by one', () => {
    it('should take the same keys on a focused entry and say each one', async () => {
      const el = await open();
      await goTo(el, 'A.5 · Organizational controls');
      const entry = (ref: string) => root(el).querySelector<HTMLElement>(`fieldset[data-ref="${ref}"]`)!;
      entry('27001:A.5.1').focus();
      await sendKeys({ press: '2' });
      await sendKeys({ press: 'j' });
      expect(deepActive()?.getAttribute('data-ref')).to.equal('27001:A.5.2');
      await sendKeys({ press: '0' });
      await ready(el);
      expect(said(el)).to.equal(
        en.work.keyAnnounce.replace('{id}', 'A.5.2').replace('{value}', en.ui.doesNotApply),
      );
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: '1' });
      await ready(el);
      expect(said(el)).to.equal(
        en.work.keyAnnounce.replace('{id}', 'A.5.3').replace('{value}', en.statuses.implemented!),
      );
      await sendKeys({ press: 'k' });
      expect(deepActive()?.getAttribute('data-ref')).to.equal('27001:A.5.2');
      const entries = el.assessment!.answers.entries ?? {};
      expect(entries['27001:A.5.1']).to.include({ status: 'partly', applicable: true });
      expect(entries['27001:A.5.2']).to.include({ applicable: false });
      expect(entries['27001:A.5.3']).to.include({ status: 'implemented', applicable: true });
      // Enter opens or closes the entry's details.
      const details = entry('27001:A.5.2').querySelector('details')!;
      const wasOpen = details.open;
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(!wasOpen);
    });
  });

  describe('filters across the assessment', () => {
    it('should show every "not sure" entry of both standards in one list', async () => {
      const el = await open();
      el.assessment!.setEntries({
        '27001:4.1': { status: 'unsure' },
        '27001:A.8.2': { status: 'unsure' },
        '42001:A.2.2': { applicable: true, status: 'unsure' },
      });
      await goTo(el, 'A.5 · Organizational controls');
      const selects = root(el).querySelectorAll<HTMLSelectElement>('[part=filters] select');
      selects[0]!.value = 'unsure';
      selects[0]!.dispatchEvent(new Event('change'));
      selects[1]!.value = 'all';
      selects[1]!.dispatchEvent(new Event('change'));
      await ready(el);
      const shown = [...root(el).querySelectorAll<HTMLElement>('fieldset[data-ref]')].map(
        (f) => f.dataset.ref,
      );
      // Carried over from a "not sure" in the other standard counts too: 27001 A.5.1 and 42001 4.1.
      expect(shown).to.include.members(['27001:4.1', '27001:A.8.2', '42001:A.2.2']);
      const entries = el.assessment!.result.entries;
      expect(shown.every((ref) => entries.find((e) => e.ref === ref)!.status === 'unsure')).to.equal(true);
      expect(root(el).textContent).to.contain(en.work.matches.replace('{count}', String(shown.length)));
    });
  });

  describe('continue anywhere', () => {
    it('should open a good file, and refuse a damaged one and one of another version with a clear message', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:A.5.15', { status: 'partly', note: 'two admin tools without MFA' });
      const file = el.assessment!.exportFile();
      el.assessment!.reset();
      await ready(el);

      expect(await choose(el, JSON.stringify(file).slice(0, 100))).to.contain(en.work.importDamaged);
      expect(await choose(el, JSON.stringify({ ...file, v: 2 }))).to.contain(en.work.importVersion);
      expect(el.assessment!.answers.entries ?? {}).to.deep.equal({});
      expect(await choose(el, JSON.stringify(file))).to.contain(en.work.imported.split('{date}')[0]!);
      expect(el.assessment!.answers.entries?.['27001:A.5.15']).to.deep.equal({
        status: 'partly',
        note: 'two admin tools without MFA',
      });
    });
  });

  describe('room to work', () => {
    /** The width `<iso-readiness>` takes in a 1,200 px wide host, with `config` and an attribute or none. */
    let n = 0;
    async function widthIn(config: object, attribute?: string): Promise<[number, string]> {
      // open-wc's cleanup removes the host it was given.
      const host = document.createElement('div');
      host.style.width = '1200px';
      document.body.append(host);
      // The element itself is the fixture's root, so open-wc waits for its update, not for an animation frame.
      const el = await fixture<IsoReadiness>(
        html`<iso-readiness
          storage="off"
          storage-key=${`room-${++n}`}
          width=${attribute ?? nothing}
          .config=${config}
        ></iso-readiness>`,
        { parentNode: host },
      );
      return [el.getBoundingClientRect().width, el.dataset.state ?? ''];
    }

    it('should take the host\'s full width with width "full" and stay a card without it', async () => {
      const [contained, calm] = await widthIn({ depth: 'full' });
      expect(calm.split(' ')).not.to.include('full-width');
      expect(contained).to.be.below(800); // 46rem
      const [wide, state] = await widthIn({ depth: 'full', width: 'full' });
      expect(state.split(' ')).to.include('full-width');
      expect(wide).to.equal(1200);
      expect((await widthIn({ depth: 'full' }, 'full'))[0]).to.equal(1200);
      // The quick check stays a card.
      expect((await widthIn({ width: 'full' }))[0]).to.equal(contained);
    });
  });

  describe('carry-over from the quick check on the same site', () => {
    const BOTH = ['iso27001', 'iso42001'] as const;
    afterEach(() => {
      localStorage.removeItem(draftKey([...BOTH], 'site'));
      localStorage.removeItem(fullDraftKey([...BOTH], 'site'));
    });

    it('should pre-fill the gap assessment on another page from the quick check that shares its storage-key', async () => {
      // The landing page's quick check (its own id, storage-key="site"), answered before.
      const quick = createSession({
        scope: [...BOTH],
        storage: localStorage,
        storageKey: draftKey([...BOTH], 'site'),
      });
      quick.answer('org_size', '50-249');
      quick.answer('internal_audit', 'yes');
      const el = await fixture<IsoReadiness>(
        html`<iso-readiness id="workshop" storage-key="site" .config=${{ depth: 'full' }}></iso-readiness>`,
      );
      let part: IsoReadinessFull | null = null;
      await until(() => {
        part = el.shadowRoot!.querySelector('iso-readiness-full');
        return !!part?.assessment;
      }, 'the full part');
      expect(part!.assessment!.answers.quick).to.include({ org_size: '50-249', internal_audit: 'yes' });
      expect(part!.assessment!.result.entries.find((e) => e.ref === '27001:9.2.1')!.source).to.equal(
        'estimate',
      );
    });

    it('should give the quick check the profile answered first in the gap assessment', async () => {
      const el = await fixture<IsoReadiness>(
        html`<iso-readiness
          id="workshop-first"
          storage-key="site"
          .config=${{ depth: 'full' }}
        ></iso-readiness>`,
      );
      let part: IsoReadinessFull | null = null;
      await until(() => {
        part = el.shadowRoot!.querySelector('iso-readiness-full');
        return !!part?.quickSession;
      }, 'the full part');
      await until(() => !!part!.shadowRoot!.querySelector('.full__heading'), 'its text');
      button(part!, en.ui.start).click();
      await ready(part!);
      part!
        .shadowRoot!.querySelector<HTMLInputElement>(
          'fieldset[data-question="org_size"] input[value="250-999"]',
        )!
        .click();
      await ready(part!);
      const later = createSession({
        scope: [...BOTH],
        storage: localStorage,
        storageKey: draftKey([...BOTH], 'site'),
      });
      expect(later.answers).to.include({ org_size: '250-999' });
    });
  });

  describe('nothing lost silently', () => {
    it('should say at once, in an alert, when saving fails, and offer the copy', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:A.5.1', { status: 'implemented' });
      sinon.stub(localStorage, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      el.assessment!.setEntry('27001:A.5.2', { note: 'typed after the storage filled up' });
      await ready(el);
      const alert = root(el).querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain(en.work.saveFailed);
      expect(alert.querySelector('button')!.textContent).to.contain(en.work.saveCopy);
      await expect(el).to.be.accessible();
    });

    it('should not claim on return more than was saved', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:A.5.1', { status: 'implemented' });
      const setItem = sinon.stub(localStorage, 'setItem');
      setItem.callsFake((key: string, value: string) => {
        if (key === KEY) throw new DOMException('full', 'QuotaExceededError');
        setItem.wrappedMethod.call(localStorage, key, value);
      });
      el.assessment!.setEntry('27001:A.5.2', { note: 'lost' });
      sinon.restore();
      const again = await open(false);
      const text = root(again).textContent!;
      expect(text).to.contain(en.work.restoredAt.split('{date}')[0]!);
      expect(text).to.contain(en.work.unsavedSince.split('{date}')[0]!);
      expect(text).not.to.contain(en.ui.restored);
    });
  });

  describe('deliverables', () => {
    it('should print a header with the consultancy, client and date, fold what is unassessed and keep notices off paper', async () => {
      const el = await open();
      el.assessment!.setDocument({ organisation: 'Acme GmbH', preparedBy: 'J. Berg', version: '0.3' });
      el.assessment!.setEntry('27001:A.5.15', { status: 'partly' });
      await goTo(el, en.ui.resultsHeading);
      const header = root(el).querySelector('[part=print-header]')!;
      expect(header.classList.contains('print-only')).to.equal(true);
      expect(header.textContent).to.contain('Northbridge Assurance');
      expect(header.textContent).to.contain(en.work.preparedFor.replace('{organisation}', 'Acme GmbH'));
      expect(header.textContent).to.contain('J. Berg');
      expect(root(el).querySelector('.gaps__folded')!.textContent).to.contain(
        en.work.folded.replace('{count}', '192'),
      );
      expect(root(el).querySelectorAll('[part=gaps] tbody tr')).to.have.length(2);
      await expect(el).to.be.accessible();
      expect(getComputedStyle(header).display).to.equal('none');
      const screenOnly = '.notices, .alerts, [part=exports], [part=files], [part=sections]';
      // Only Chromium's protocol can emulate print: elsewhere, check which print rules the element ships match.
      const printable = await emulateMedia({ media: 'print' }).then(
        () => true,
        () => false,
      );
      if (!printable) {
        const printRules = [...root(el).adoptedStyleSheets, ...[...root(el).styleSheets]]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText),
          )
          .flatMap((rule) => [...rule.cssRules])
          .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
        const printDisplay = (node: Element) =>
          printRules
            .filter((rule) => node.matches(rule.selectorText))
            .map((rule) => rule.style.display)
            .at(-1);
        expect(printDisplay(header)).to.be.a('string').and.not.equal('none');
        for (const node of root(el).querySelectorAll(screenOnly))
          expect(printDisplay(node), node.className).to.equal('none');
        return;
      }
      try {
        expect(getComputedStyle(header).display).not.to.equal('none');
        for (const node of root(el).querySelectorAll(screenOnly))
          expect(getComputedStyle(node).display, node.className).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
