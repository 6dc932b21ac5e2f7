import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { fullDraftKey } from '../../sdk/full-session.js';
import { full as en } from '../../src/i18n/en/full.js';
import '../../widget/full-assessment/full-assessment.js';
import type { IsoReadinessFull } from '../../widget/full-assessment/full-assessment.component.js';
import { PATIENCE_MS, until } from '../support/wait.js';
import { deepActive } from './helpers.js';

const KEY = fullDraftKey(['iso27001', 'iso42001'], 'full-test');

/** Waits until the text has loaded and everything has rendered. */
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
const entryOf = (el: IsoReadinessFull, ref: string) =>
  root(el).querySelector<HTMLFieldSetElement>(`fieldset[data-ref="${ref}"]`);

async function open(quick?: Record<string, string | string[]>): Promise<IsoReadinessFull> {
  const el = await fixture<IsoReadinessFull>(
    html`<iso-readiness-full instance="full-test" .quick=${quick}></iso-readiness-full>`,
  );
  await ready(el);
  return el;
}

async function goTo(el: IsoReadinessFull, section: string): Promise<void> {
  const links = [...root(el).querySelectorAll<HTMLButtonElement>('[part=section-link]')];
  const link = links.find((b) => b.textContent!.includes(section));
  if (!link) throw new Error(`no section "${section}"`);
  link.click();
  await ready(el);
}

describe('<iso-readiness-full>', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  describe('intro and section list', () => {
    it('should say honestly how long it takes and that progress is saved, then list every section', async () => {
      const el = await open();
      expect(root(el).textContent).to.contain(en.ui.intro);
      await expect(el).to.be.accessible();
      button(el, en.ui.start).click();
      await ready(el);
      const links = [...root(el).querySelectorAll('[part=section-link]')];
      // Profile, scoping, 11 + 16 sections of the two standards, results.
      expect(links).to.have.length(2 + 11 + 16 + 1);
      expect(root(el).querySelectorAll('[part=section-link] progress')).to.have.length(27);
      expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain(en.ui.profile);
      await expect(el).to.be.accessible();
    });

    it('should jump to any section, mark it current and move focus to its heading', async () => {
      const el = await open();
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, 'A.8 · Technological controls');
      expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain('A.8 · Technological');
      expect(deepActive()?.classList.contains('section__heading')).to.equal(true);
      expect(root(el).querySelectorAll('fieldset[data-ref^="27001:A.8."]')).to.have.length(34);
      await expect(el).to.be.accessible();
    });
  });

  describe('answers', () => {
    it('should save every answer and restore it on the next visit', async () => {
      const first = await open();
      button(first, en.ui.start).click();
      await ready(first);
      await goTo(first, 'A.5 · Organizational controls');
      entryOf(first, '27001:A.5.15')!.querySelector<HTMLInputElement>('input[value="partly"]')!.click();
      await ready(first);
      const saved = JSON.parse(localStorage.getItem(KEY)!);
      expect(saved.answers.entries['27001:A.5.15']).to.deep.equal({ status: 'partly', applicable: true });
      first.remove();

      const again = await open();
      expect(root(again).textContent).to.contain(en.work.restoredAt.split('{date}')[0]!);
      expect(root(again).querySelector('[aria-current=step]')!.textContent).to.contain(
        'A.5 · Organizational',
      );
      const input = entryOf(again, '27001:A.5.15')!.querySelector<HTMLInputElement>('input[value="partly"]')!;
      expect(input.checked).to.equal(true);
    });

    it('should exclude a control with the suggested reason the scoping answers give', async () => {
      const el = await open();
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, en.scoping.heading);
      root(el).querySelector<HTMLInputElement>('input[name="s-premises"][value="none"]')!.click();
      await ready(el);
      await goTo(el, 'A.7 · Physical controls');
      const entry = () => entryOf(el, '27001:A.7.1')!;
      // The scoping answer excludes it already, with its reason, until the visitor says otherwise.
      expect(entry().querySelector<HTMLInputElement>('input[value="no"]')!.checked).to.equal(true);
      expect(entry().textContent).to.contain(en.suggestions['no-premises']);
      expect(entry().dataset.grade).to.equal('conformant');
      // Included, then excluded again by hand: the suggested reason is offered and taken.
      entry().querySelector<HTMLInputElement>('input[value="yes"]')!.click();
      await ready(el);
      entry().querySelector<HTMLInputElement>('input[value="no"]')!.click();
      await ready(el);
      button(el, en.ui.useSuggestion).click();
      await ready(el);
      expect(entry().dataset.grade).to.equal('conformant');
      expect(el.assessment!.answers.entries?.['27001:A.7.1']).to.deep.equal({
        applicable: false,
        suggestion: 'no-premises',
      });
    });

    it('should pre-fill from quick-check answers as estimates until confirmed', async () => {
      const el = await open({ internal_audit: 'yes' });
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, 'Clause 9 · Performance evaluation');
      const entry = entryOf(el, '27001:9.2.1')!;
      expect(entry.querySelector('[part=entry-source]')!.textContent).to.contain(en.ui.estimate);
      button(el, en.ui.confirm).click();
      await ready(el);
      expect(el.assessment!.result.entries.find((e) => e.ref === '27001:9.2.1')?.source).to.equal('answer');
    });
  });

  describe('announcements', () => {
    it('should announce the welcome back: its live region is on the page, empty, before the text arrives (G6)', async () => {
      // Arrange: an assessment saved on an earlier visit.
      const first = await open();
      button(first, en.ui.start).click();
      await ready(first);
      first.remove();

      // Act: the visitor comes back; the notices region is recorded each time the element's DOM changes.
      const el = document.createElement('iso-readiness-full') as IsoReadinessFull;
      el.instance = 'full-test';
      const seen: { region: Element; text: string }[] = [];
      const observer = new MutationObserver(() => {
        const region = el.shadowRoot!.querySelector('.notices');
        if (region) seen.push({ region, text: region.textContent ?? '' });
      });
      document.body.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      try {
        await ready(el);
      } finally {
        observer.disconnect();
        el.remove();
      }

      // Assert: one region throughout, polite, empty at first, then holding the welcome back.
      const welcome = en.work.restoredAt.split('{date}')[0]!;
      expect(seen.length).to.be.greaterThan(1);
      expect(new Set(seen.map((s) => s.region)).size).to.equal(1);
      expect(seen[0]!.region.getAttribute('aria-live')).to.equal('polite');
      expect(seen[0]!.text).not.to.contain(welcome);
      expect(seen.at(-1)!.text).to.contain(welcome);
    });
  });

  describe('languages', () => {
    it('should speak the visitor’s language, the claim included', async () => {
      const { full: de } = await import('../../src/i18n/de/full.js');
      const el = await fixture<IsoReadinessFull>(
        html`<iso-readiness-full instance="full-test" locale="de-CH"></iso-readiness-full>`,
      );
      await ready(el);
      expect(root(el).textContent).to.contain(de.ui.intro);
      await until(() => el.assessment!.result.locale === 'de', 'the German result');
      expect(el.assessment!.result.locale).to.equal('de');
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('should show only unanswered entries, or only one status', async () => {
      const el = await open();
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, 'A.6 · People controls');
      el.assessment!.setEntry('27001:A.6.1', { status: 'implemented' });
      el.assessment!.setEntry('27001:A.6.2', { status: 'planned' });
      await ready(el);
      const only = root(el).querySelector<HTMLInputElement>('[part=filters] input[type=checkbox]')!;
      only.click();
      await ready(el);
      expect(entryOf(el, '27001:A.6.1')).to.equal(null);
      expect(root(el).querySelectorAll('fieldset[data-ref]')).to.have.length(6);
      only.click();
      const select = root(el).querySelector<HTMLSelectElement>('[part=filters] select')!;
      select.value = 'planned';
      select.dispatchEvent(new Event('change'));
      await ready(el);
      expect(
        [...root(el).querySelectorAll<HTMLElement>('fieldset[data-ref]')].map((f) => f.dataset.ref),
      ).to.deep.equal(['27001:A.6.2']);
    });
  });

  describe('keyboard', () => {
    it('should let a keyboard alone answer every control of a section and move on', async () => {
      const el = await open();
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, 'A.2 · Policies related to AI');
      const refs = ['42001:A.2.2', '42001:A.2.3', '42001:A.2.4'];
      for (const ref of refs) {
        // Tab to this control's status options; Space picks the first, "Implemented".
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive() as HTMLInputElement | null;
          if (
            active?.name?.endsWith('-status') &&
            active.closest('fieldset[data-ref]')?.getAttribute('data-ref') === ref
          )
            break;
        }
        await sendKeys({ press: ' ' });
        await ready(el);
      }
      expect(refs.map((ref) => el.assessment!.answers.entries?.[ref]?.status)).to.deep.equal([
        'implemented',
        'implemented',
        'implemented',
      ]);
      for (let i = 0; i < 80 && deepActive()?.textContent?.trim() !== en.ui.next; i++)
        await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await ready(el);
      expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain(
        'A.3 · Internal organization',
      );
      expect(deepActive()?.classList.contains('section__heading')).to.equal(true);
    });
  });

  describe('results and exports', () => {
    it('should show the gap register and export the SoA as CSV, JSON and print', async () => {
      const el = await open();
      el.assessment!.setEntry('27001:A.5.1', {
        status: 'implemented',
        owner: '=cmd|calc',
        reasons: ['risk'],
      });
      button(el, en.ui.start).click();
      await ready(el);
      await goTo(el, en.ui.resultsHeading);
      expect(root(el).querySelector('[part=gaps]')).to.exist;
      expect(root(el).querySelectorAll('[part=soa] tbody tr').length).to.equal(93 + 38);
      const blobs: Blob[] = [];
      const create = sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      const print = sinon.stub(window, 'print');
      try {
        button(el, 'ISO/IEC 27001 SoA (CSV)').click();
        button(el, 'ISO/IEC 42001 SoA (JSON)').click();
        button(el, en.ui.print).click();
      } finally {
        create.restore();
        print.restore();
      }
      const csv = await blobs[0]!.text();
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      // The file starts with the UTF-8 byte order mark (Blob.text() would drop it while decoding).
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(csv).to.contain(`${en.soa.control},${en.soa.title}`);
      expect(csv).to.contain(",'=cmd|calc,");
      const json = JSON.parse(await blobs[1]!.text());
      expect(json).to.include({ standard: 'iso42001', schemaVersion: 1 });
      expect(print.calledOnce).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
