import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { loadTranslation } from '../../src/i18n/load.js';
import type { Translation } from '../../src/i18n/translation.js';
import { AssessmentResultSchema, type AssessmentResult } from '../../src/schemas/result.js';
import '../../widget/index.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import { PATIENCE_MS } from '../support/wait.js';
import { deepActive, firstOption, headingOf, questionOf, waitUntil } from './helpers.js';

/** Text of an element and of every shadow root below it, spaces (ICU's narrow ones included) collapsed. */
function text(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return squash(parts.join(' '));
}
const squash = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Waits for the host and its parts to render, in microtasks only: the runner keeps two pages open, and the one
 * in the background gets no animation frames and timers slowed to one a second.
 */
async function settle(el: IsoReadiness): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  for (let round = 0; ; round++) {
    await el.updateComplete;
    const parts = el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*');
    await Promise.all([...parts].map((p) => p.updateComplete));
    // The results part loads on demand: go on waiting while the element says it is preparing.
    if (round >= 2 && !el.shadowRoot!.querySelector('[aria-busy="true"]')) return;
    if (Date.now() > deadline) throw new Error(`still busy after ${PATIENCE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, round < 2 ? 0 : 10));
  }
}

/** Picks an option of the question on screen by its value. */
async function choose(el: IsoReadiness, value: string): Promise<void> {
  questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await settle(el);
}

/** Presses the question's Next button. */
async function next(el: IsoReadiness): Promise<void> {
  questionOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
}

/** Mounts the element and waits until it speaks `t`'s language (its chunk may still be on its way). */
async function mount(t: Translation, template: ReturnType<typeof html>): Promise<IsoReadiness> {
  const el = await fixture<IsoReadiness>(template);
  await waitUntil(() => text(el).includes(squash(t.ui.intro.start)), `never showed "${t.ui.intro.start}"`, {
    timeout: 5000,
  });
  await settle(el);
  return el;
}

/** Answers every question with the keyboard only: Tab to the options, arrows or Space to pick, Enter to go on. */
async function answerByKeyboard(el: IsoReadiness, t: Translation): Promise<string[]> {
  const headings: string[] = [];
  for (let guard = 0; questionOf(el) && guard < 100; guard++) {
    const item = questionOf(el)!.item!;
    expect(deepActive(), 'focus on the new heading').to.equal(headingOf(el));
    // A checklist of the short path is headed by its question about the section's practices.
    const heading = item.id.startsWith('practices:')
      ? (t.ui.checklist.heading as Record<string, string>)[item.section]!
      : t.bank[item.id]!.text;
    expect(headingOf(el)!.textContent).to.contain(heading);
    headings.push(headingOf(el)!.textContent!.trim());
    do await sendKeys({ press: 'Tab' });
    while (!(deepActive() instanceof HTMLInputElement));
    const input = deepActive() as HTMLInputElement;
    await sendKeys({ press: input.type === 'radio' ? 'ArrowDown' : ' ' });
    if (input.type === 'radio') await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
  }
  return headings;
}

// Config overrides need `translations` in the widget config; these tests wait for that wiring.

describe('<iso-readiness> in other languages', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
    document.documentElement.lang = pageLang;
  });

  for (const locale of ['de', 'fr'] as const) {
    describe(locale, () => {
      let t: Translation;
      before(async () => {
        t = await loadTranslation(locale);
      });

      it('should run from intro to results with the keyboard only, every word in the language', async function () {
        // Up to 71 questions, each a handful of real key presses: as long as the English run may take.
        this.timeout(90_000);
        // Arrange
        const el = await mount(t, html`<iso-readiness locale=${locale}></iso-readiness>`);
        const complete = sinon.spy();
        el.addEventListener('readiness-complete', complete);
        expect(text(el)).to.contain(squash(t.ui.intro.heading));

        // Act
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=start-button]')!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        const headings = await answerByKeyboard(el, t);

        // Assert
        expect(headings.length).to.be.greaterThan(5);
        const results = el.shadowRoot!.querySelector('iso-readiness-results')!;
        expect(text(results)).to.contain(squash(t.ui.results.heading));
        expect(complete.calledOnce).to.equal(true);
        const result = AssessmentResultSchema.parse(complete.firstCall.args[0].detail.result);
        expect(result.locale).to.equal(locale);
        for (const reason of result.recommendation.rationale) {
          expect(t.engine[reason.id as keyof Translation['engine']], reason.id).to.be.a('string');
        }
        expect(text(results)).to.contain(squash(t.ui.results.pathHeading));
      });

      it('should follow the page’s lang when no locale is set', async () => {
        document.documentElement.lang = `${locale}-CH`;
        const el = await mount(t, html`<iso-readiness></iso-readiness>`);
        expect(text(el)).to.contain(squash(t.ui.intro.heading.replace(/ß/g, 'ss')));
      });
    });
  }

  it('should keep every answer when the language changes mid-way', async () => {
    // Arrange: three answers in English.
    const [de, fr] = await Promise.all([loadTranslation('de'), loadTranslation('fr')]);
    const el = await fixture<IsoReadiness>(html`<iso-readiness locale="en"></iso-readiness>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=start-button]')!.click();
    await settle(el);
    const given: Record<string, string> = {};
    for (let i = 0; i < 3; i++) {
      given[questionOf(el)!.item!.id] = firstOption(el);
      await choose(el, firstOption(el));
      await next(el);
    }
    const onScreen = questionOf(el)!.item!.id;

    // Act: switch to German, then French.
    el.locale = 'de';
    await waitUntil(() => headingOf(el)?.textContent?.includes(de.bank[onScreen]!.text), 'no German heading');
    el.locale = 'fr';
    await waitUntil(() => headingOf(el)?.textContent?.includes(fr.bank[onScreen]!.text), 'no French heading');

    // Assert: same question on screen, earlier answers still checked, progress in French.
    expect(questionOf(el)!.item!.id).to.equal(onScreen);
    expect(text(el)).to.contain(`Étape 4 sur`);
    for (const id of Object.keys(given).reverse()) {
      questionOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part=back-button]')!.click();
      await settle(el);
      expect(questionOf(el)!.item!.id).to.equal(id);
      const checked = questionOf(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked');
      expect([...checked].map((c) => c.value)).to.include(given[id]);
    }
  });

  it('should word a finished result again when the language changes', async () => {
    const el = await fixture<IsoReadiness>(html`<iso-readiness locale="en"></iso-readiness>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=start-button]')!.click();
    await settle(el);
    const completed = oneEvent(el, 'readiness-complete');
    for (let guard = 0; questionOf(el) && guard < 100; guard++) {
      await choose(el, firstOption(el));
      await next(el);
    }
    const english = ((await completed) as CustomEvent<{ result: AssessmentResult }>).detail.result;
    const fr = await loadTranslation('fr');
    el.locale = 'fr';
    await waitUntil(() => text(el).includes(squash(fr.ui.results.heading)), 'results not in French');
    const ids = (r: AssessmentResult) => r.recommendation.rationale.map((x) => x.id);
    const rationale = el.shadowRoot!.querySelector('iso-readiness-results')!;
    expect(text(rationale)).to.contain(squash(fr.ui.results.rationaleHeading));
    expect(text(rationale)).not.to.contain('Why we recommend this');
    expect(ids(english).length).to.be.greaterThan(0);
  });

  it('should show a consultancy’s override in the language it was given for', async () => {
    const de = await loadTranslation('de');
    const el = await mount(de, html`<iso-readiness locale="de"></iso-readiness>`);
    el.config = { translations: { de: { ui: { intro: { start: 'Jetzt Reifegrad prüfen' } } } } } as never;
    await waitUntil(() => text(el).includes('Jetzt Reifegrad prüfen'), 'override not shown');
    expect(text(el)).not.to.contain(de.ui.intro.start);
    el.locale = 'en';
    await waitUntil(() => text(el).includes('Start the assessment'), 'English not restored');
  });

  it('should refuse a broken override with a readable error naming the key', async () => {
    const errors = sinon.stub(console, 'error');
    const el = await fixture<IsoReadiness>(html`<iso-readiness locale="de"></iso-readiness>`);
    const failed = oneEvent(el, 'readiness-error');
    el.config = { translations: { de: { ui: { intro: { strat: 'Los' } } } } } as never;
    const event = (await failed) as CustomEvent<{ code: string; message: string; path: (string | number)[] }>;
    await settle(el);
    expect(event.detail.path).to.deep.equal(['config', 'translations', 'de', 'ui', 'intro', 'strat']);
    expect(event.detail.message).to.contain('did you mean "start"');
    const box = el.shadowRoot!.querySelector('[part=error]')!;
    expect(box).to.exist;
    expect(box.textContent).to.contain('strat');
    expect(errors.called).to.equal(true);
  });
});
