import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../widget/index.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import { clickButton, deepActive, firstOption, next, questionOf, settle, typicalAnswer } from './helpers.js';

async function mount(template = html`<iso-readiness></iso-readiness>`): Promise<IsoReadiness> {
  const el = await fixture<IsoReadiness>(template);
  await settle(el);
  return el;
}

const counterOf = (el: IsoReadiness) => el.shadowRoot!.querySelector('iso-readiness-progress')!.progress!;
const inputOf = (el: IsoReadiness, value: string) =>
  questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

/** Ticks (or picks) options of the screen by value, as a click would, without moving on. */
async function tick(el: IsoReadiness, ...values: string[]): Promise<void> {
  for (const value of values) {
    inputOf(el, value).click();
    await settle(el);
  }
}

/** A click with a pointer: what makes a single choice move on by itself. */
async function pointerPick(el: IsoReadiness, value: string): Promise<void> {
  const input = inputOf(el, value);
  input.closest('label')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  input.click();
  await settle(el);
}

/** Walks the typical visitor to the first result; returns screens met and the counter's totals. */
async function walkTypical(el: IsoReadiness): Promise<{ screens: number; totals: number[] }> {
  const totals: number[] = [];
  let screens = 0;
  for (let guard = 0; questionOf(el) && guard < 40; guard++) {
    totals.push(counterOf(el).total);
    screens++;
    await tick(el, ...typicalAnswer(el));
    await next(el);
  }
  return { screens, totals };
}

/** Resizes the page where the browser's driver can (WebKit's WebDriver cannot): whether it did. */
const resize = (width: number, height: number): Promise<boolean> =>
  setViewport({ width, height }).then(
    () => true,
    () => false,
  );

describe('<iso-readiness> short path (default)', () => {
  afterEach(async () => {
    fixtureCleanup();
    localStorage.clear();
    await resize(800, 600);
  });

  it('should reach the first result within 20 screens, the counter never rising', async () => {
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    expect(questionOf(el)!.item!.id, 'what branches first').to.equal('ai_role');
    const { screens, totals } = await walkTypical(el);
    expect(screens).to.be.at.most(20);
    totals.forEach((total, i) => expect(total, `screen ${i + 1}`).to.be.at.most(totals[i - 1] ?? total));
    await waitUntil(() => el.shadowRoot!.querySelector('iso-readiness-results'), 'no results');
  });

  it('should ask a section’s practices as one accessible checklist with a way out', async () => {
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    while (!questionOf(el)!.item!.id.startsWith('practices:')) {
      await tick(el, ...typicalAnswer(el));
      await next(el);
    }
    const q = questionOf(el)!;
    expect(q.shadowRoot!.querySelector('h2')!.textContent).to.contain('Which of these are in place');
    expect(q.shadowRoot!.textContent).to.contain('Tick only what is fully in place');
    await tick(el, 'isms_scope', 'leadership');
    expect(q.value).to.deep.equal(['isms_scope', 'leadership']);
    await tick(el, 'none');
    expect(q.value, '"none / not sure" clears the ticks').to.deep.equal(['none']);
    await tick(el, 'soa');
    expect(q.value, 'a tick clears "none / not sure"').to.deep.equal(['soa']);
    await expect(el).to.be.accessible();
  });

  it('should move on by itself after a clicked single choice, and let Back win', async () => {
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    await pointerPick(el, 'feature');
    expect(inputOf(el, 'feature').checked, 'the choice stays visible first').to.equal(true);
    await waitUntil(() => questionOf(el)!.item!.id === 'ai_affects_people', 'did not move on');
    await settle(el);
    await tick(el, 'customers');
    await next(el);
    await pointerPick(el, 'no');
    questionOf(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part=back-button]')!.click();
    await settle(el);
    expect(questionOf(el)!.item!.id).to.equal('ai_affects_people');
    // The pending move is cancelled, not merely overtaken: nothing is left waiting to fire.
    expect(
      questionOf(el)!.shadowRoot!.querySelector('form')!.classList.contains('question--confirming'),
    ).to.equal(false);
    expect(questionOf(el)!.item!.id).to.equal('ai_affects_people');
  });

  it('should answer with keys 1–4 and go on with Enter', async () => {
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    expect(deepActive()).to.equal(questionOf(el)!.shadowRoot!.querySelector('h2'));
    await sendKeys({ press: '3' });
    await waitUntil(() => questionOf(el)!.item!.id === 'ai_affects_people', 'key 3 did not answer');
    await settle(el);
    await sendKeys({ press: '1' });
    await settle(el);
    expect(questionOf(el)!.value).to.deep.equal(['customers']);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(questionOf(el)!.item!.id).to.equal('eu_ai_act_high_risk');
    expect(el.shadowRoot!.querySelector('iso-readiness-progress')!.progress!.answered).to.be.greaterThan(0);
  });

  it('should keep Next and Back in reach on a phone, on the longest checklist', async () => {
    // Where the page cannot be resized, the same check holds against the window it has.
    const bottom = (await resize(390, 844)) ? 844 : window.innerHeight;
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    while (questionOf(el)!.item!.id !== 'practices:controls') {
      await tick(el, ...typicalAnswer(el));
      await next(el);
    }
    questionOf(el)!.shadowRoot!.querySelector('h2')!.scrollIntoView();
    const nextButton = questionOf(el)!.shadowRoot!.querySelector('[part=next-button]')!;
    const backButton = questionOf(el)!.shadowRoot!.querySelector('[part=back-button]')!;
    for (const button of [nextButton, backButton]) {
      const box = button.getBoundingClientRect();
      expect(box.bottom, 'within the viewport').to.be.at.most(bottom);
      expect(box.top).to.be.at.least(0);
    }
  });

  it('should offer to sharpen the result, ask the rest at full precision, and say when it is done', async () => {
    const el = await mount();
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    await walkTypical(el);
    await waitUntil(() => el.shadowRoot!.querySelector('iso-readiness-sharpen'), 'no sharpen offer');
    const offer = el.shadowRoot!.querySelector('iso-readiness-sharpen')!;
    await offer.updateComplete;
    const words = offer.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(words).to.match(/Sharpen your result \(about \d+ min\)/);
    expect(words).to.match(/could take your readiness from \d+ % to about \d+ % for ISO\/IEC 27001/);
    await expect(el).to.be.accessible();
    offer.shadowRoot!.querySelector<HTMLButtonElement>('[part=sharpen-button]')!.click();
    await settle(el);
    expect(questionOf(el), 'a question again').to.not.equal(null);
    const labels = () => [...questionOf(el)!.shadowRoot!.querySelectorAll('input')].map((i) => i.value);
    for (let guard = 0; questionOf(el) && guard < 80; guard++) {
      if (questionOf(el)!.item!.kind === 'control')
        expect(labels()).to.include.members(['yes', 'partly', 'no']);
      await tick(el, firstOption(el));
      await next(el);
    }
    await waitUntil(
      () => el.shadowRoot!.querySelector('iso-readiness-sharpen'),
      'no results after sharpening',
    );
    const done = el.shadowRoot!.querySelector('iso-readiness-sharpen')!;
    await done.updateComplete;
    expect(done.shadowRoot!.textContent).to.contain('full gap assessment');
  });
});
