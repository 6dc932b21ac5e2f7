import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSession } from '../../sdk/session.js';
import { en } from '../../src/i18n/en/index.js';
import type { QuestionItem } from '../../src/schemas/bank.js';
import '../../widget/question/question.js';
import type { IsoReadinessQuestion } from '../../widget/question/question.component.js';

const items = createSession({ scope: ['iso27001', 'iso42001'] }).visible;
const single = items.find((q) => q.kind === 'profile' && q.input === 'single')!;
const multi = items.find((q) => q.kind === 'profile' && q.input === 'multi')!;
const control = items.find((q) => q.kind === 'control')!;

const mount = (item: QuestionItem, value?: string | string[]) =>
  fixture<IsoReadinessQuestion>(
    html`<iso-readiness-question
      .item=${item}
      .value=${value}
      .t=${en}
      can-go-back
    ></iso-readiness-question>`,
  );

describe('<iso-readiness-question>', () => {
  it('should put the question in a fieldset whose legend is a focusable heading', async () => {
    const el = await mount(single);
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    const heading = legend.querySelector('h2')!;
    expect(heading.textContent).to.equal(single.text);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    await expect(el).to.be.accessible();
  });

  it('should offer the scale with "Not sure" on scored questions', async () => {
    const el = await mount(control);
    const values = [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value);
    expect(values).to.include.members(['yes', 'partly', 'no', 'unsure']);
    expect(el.shadowRoot!.textContent).to.contain('Not sure');
  });

  it('should use checkboxes for multi-choice questions and report every ticked option', async () => {
    const el = await mount(multi);
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.every((i) => i.type === 'checkbox')).to.equal(true);
    setTimeout(() => inputs[0]!.click());
    const first = await oneEvent(el, 'iso-readiness-answer');
    expect(first.detail).to.deep.equal({ id: multi.id, value: [inputs[0]!.value] });
    el.value = first.detail.value;
    await el.updateComplete;
    setTimeout(() => inputs[1]!.click());
    const second = await oneEvent(el, 'iso-readiness-answer');
    expect(second.detail.value).to.deep.equal([inputs[0]!.value, inputs[1]!.value]);
  });

  it('should keep the checked option in step with the answer, also after a click the answer did not follow', async () => {
    const el = await mount(single, single.kind === 'profile' ? single.options[0] : undefined);
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    inputs[1]!.click();
    expect(inputs[1]!.checked).to.equal(true);
    // The host did not take the answer: the same value is rendered again, and the DOM must follow it.
    el.requestUpdate();
    await el.updateComplete;
    expect(inputs[0]!.checked).to.equal(true);
    expect(inputs[1]!.checked).to.equal(false);
  });

  it('should move within the group with arrow keys and go on with Enter', async () => {
    const el = await mount(single, single.kind === 'profile' ? single.options[0] : undefined);
    el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    const answered = oneEvent(el, 'iso-readiness-answer');
    await sendKeys({ press: 'ArrowDown' });
    expect((await answered).detail.value).to.equal(single.kind === 'profile' ? single.options[1] : '');
    const navigated = oneEvent(el, 'iso-readiness-navigate');
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail.to).to.equal('next');
  });

  it('should not leak its internal events to the page', async () => {
    const el = await mount(single);
    let leaked = 0;
    const count = () => leaked++;
    document.addEventListener('iso-readiness-answer', count);
    el.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    document.removeEventListener('iso-readiness-answer', count);
    expect(leaked).to.equal(0);
  });

  it('should announce a missing answer and focus the first option', async () => {
    const el = await mount(single);
    el.requireAnswer();
    await el.updateComplete;
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Choose an answer');
    expect(
      el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('input'),
      'focus on the first option',
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('help', () => {
    const withoutHelp = (item: QuestionItem): QuestionItem => {
      const { help: _help, ...rest } = item;
      return rest;
    };

    it('should offer help before its text has arrived and show the text where it lands', async () => {
      // Arrange: the English help comes with the results part, after the first question is on screen.
      const el = await fixture<IsoReadinessQuestion>(
        html`<iso-readiness-question
          .item=${withoutHelp(control)}
          .t=${en}
          help-pending
        ></iso-readiness-question>`,
      );
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-toggle]')!;
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part=help]')!;
      const top = toggle.getBoundingClientRect().top;

      // Act: pressed too early.
      const asked = oneEvent(el, 'iso-readiness-help');
      toggle.click();

      // Assert: not a dead click; the box is open and says it is busy.
      expect((await asked).detail).to.deep.equal({ id: control.id });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(box.hidden).to.equal(false);
      expect(box.getAttribute('aria-busy')).to.equal('true');
      expect(box.getBoundingClientRect().height, 'a line is kept for the text').to.be.greaterThan(16);

      // Act: the text lands.
      el.item = control;
      el.helpPending = false;
      await el.updateComplete;

      // Assert: shown at once, in the box already open, the button where it was.
      expect(box.textContent!.trim()).to.equal(control.help);
      expect(box.getAttribute('aria-busy')).to.equal('false');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getBoundingClientRect().top).to.equal(top);
      await expect(el).to.be.accessible();
    });

    it('should not ask for help texts it already has', async () => {
      const el = await mount(control);
      let asked = 0;
      el.addEventListener('iso-readiness-help', () => asked++);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-toggle]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=help]')!.textContent!.trim()).to.equal(control.help);
      expect(asked).to.equal(0);
    });

    it('should offer no help when there is none and none is coming', async () => {
      const el = await mount(withoutHelp(control));
      expect(el.shadowRoot!.querySelector('[part=help-toggle]')).to.equal(null);
    });
  });

  it('should keep its inputs at 16 px or more and its targets at 24 px or more', async () => {
    const el = await mount(control);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(parseFloat(getComputedStyle(input).fontSize)).to.be.at.least(16);
    for (const target of el.shadowRoot!.querySelectorAll('label, button')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(24);
      expect(box.width, target.textContent!).to.be.at.least(24);
    }
  });
});
