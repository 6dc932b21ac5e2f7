// Fixtures of plain wrappers use fixtureSync: fixture() waits for an animation frame, which a test page
// running in the background (wtr runs two at once) never gets.
import { expect, fixture, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { draftKey } from '../../sdk/draft.js';
import { AssessmentResultSchema } from '../../src/schemas/result.js';
import '../../widget/index.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import {
  allElements,
  answerAll,
  back,
  choose,
  clickButton,
  deepActive,
  firstOption,
  headingOf,
  next,
  questionOf,
  settle,
  waitUntil,
} from './helpers.js';

const KEY_BOTH = draftKey(['iso27001', 'iso42001'], 'default');

async function mount(
  template = html`<iso-readiness length="standard"></iso-readiness>`,
): Promise<IsoReadiness> {
  const el = await fixture<IsoReadiness>(template);
  await settle(el);
  return el;
}

async function start(el: IsoReadiness): Promise<void> {
  await clickButton(el.shadowRoot!, 'Start the assessment');
  await settle(el);
}

const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

describe('<iso-readiness>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  describe('intro', () => {
    it('should show the title, the estimate from the visible question count and a Start button', async () => {
      const el = await mount();
      expect(text(el)).to.contain('How ready are you for ISO/IEC 27001 and ISO/IEC 42001?');
      expect(text(el)).to.match(/About \d+–\d+ min · \d+–\d+ questions/);
      expect(el.shadowRoot!.querySelector('[part=start-button]')).to.exist;
    });

    it('should count the questions of the standards in scope', async () => {
      const el = await mount(html`<iso-readiness length="standard" standards="iso42001"></iso-readiness>`);
      expect(text(el)).to.contain('How ready are you for ISO/IEC 42001?');
      expect(text(el)).not.to.contain('37–');
    });

    it('should never take focus or scroll on load', async () => {
      window.scrollTo(0, 0);
      const el = await mount();
      expect(document.activeElement === document.body, 'focus stays on the page').to.equal(true);
      expect(el.shadowRoot!.activeElement === null, 'nothing focused inside').to.equal(true);
      expect(window.scrollY).to.equal(0);
    });

    it('should render consultancy strings as text, never markup', async () => {
      const el = await mount();
      el.config = {
        branding: {
          title: '<img src=x onerror="window.__pwned=1">',
          intro: '<script>window.__pwned=1</script>',
        },
      };
      await settle(el);
      expect(text(el)).to.contain('<img src=x onerror=');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('should be accessible', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
    });
  });

  describe('registration and theming', () => {
    it('should define its parts with it, and defining again should be a no-op', async () => {
      const { IsoReadiness } = await import('../../widget/element.js');
      expect(() => IsoReadiness.define('iso-readiness')).not.to.throw();
      for (const tag of ['iso-readiness-question', 'iso-readiness-progress']) {
        expect(customElements.get(tag), tag).to.be.a('function');
      }
      // The results part (results, charts) is defined when it loads, after the first screen; the lead form with
      // lead capture, which loads beside it only for a config with lead settings.
      await mount(html`<iso-readiness length="standard"></iso-readiness>`);
      for (const tag of ['iso-readiness-results', 'iso-readiness-domain-chart']) {
        await waitUntil(() => customElements.get(tag), `${tag} should be defined`, { timeout: 5000 });
      }
      expect(customElements.get('iso-readiness-lead-form'), 'no lead form without lead settings').to.equal(
        undefined,
      );
      await mount(html`<iso-readiness length="standard" lead="off"></iso-readiness>`);
      await waitUntil(
        () => customElements.get('iso-readiness-lead-form'),
        'the lead form should be defined',
        {
          timeout: 5000,
        },
      );
    });

    it('should stay accessible in the dark theme', async () => {
      const el = await mount(html`<iso-readiness length="standard" theme="dark"></iso-readiness>`);
      const surface = getComputedStyle(el).getPropertyValue('--readiness-color-surface').trim();
      expect(surface).to.equal('#151b26');
      await start(el);
      await expect(el).to.be.accessible();
    });

    it('should follow prefers-color-scheme with theme="auto"', async () => {
      const el = await mount(html`<iso-readiness length="standard" theme="auto"></iso-readiness>`);
      const surface = () => getComputedStyle(el).getPropertyValue('--readiness-color-surface').trim();
      // Only Chromium's protocol can switch the scheme; elsewhere the element must follow the one in force.
      const switchable = await emulateMedia({ colorScheme: 'light' }).then(
        () => true,
        () => false,
      );
      if (!switchable) {
        const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
        expect(surface()).to.equal(systemDark ? '#151b26' : '#ffffff');
        return;
      }
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface()).to.equal('#151b26');
        await emulateMedia({ colorScheme: 'light' });
        expect(surface()).to.equal('#ffffff');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('keyboard only', () => {
    it('should go from intro to results with Tab, Space, arrow keys and Enter', async function () {
      // Some 45 questions, each a handful of real key presses.
      this.timeout(90_000);
      // Arrange
      const el = await mount();
      const complete = sinon.spy();
      el.addEventListener('readiness-complete', complete);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=start-button]')!.focus();

      // Act: Enter on Start, then per question Tab to the options, pick with Space/arrows, Enter to go on.
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let guard = 0; questionOf(el) && guard < 100; guard++) {
        expect(
          deepActive() === headingOf(el),
          `focus on the heading of ${questionOf(el)!.item!.id}`,
        ).to.equal(true);
        for (let tabs = 0; !(deepActive() instanceof HTMLInputElement); tabs++) {
          if (tabs > 5) throw new Error(`Tab never reached an option of ${questionOf(el)!.item!.id}`);
          await sendKeys({ press: 'Tab' });
        }
        const input = deepActive() as HTMLInputElement;
        await sendKeys({ press: input.type === 'radio' ? 'ArrowDown' : ' ' });
        if (input.type === 'radio') await sendKeys({ press: 'ArrowUp' });
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }

      // Assert
      const results = el.shadowRoot!.querySelector('iso-readiness-results')!;
      expect(results).to.exist;
      expect(complete.calledOnce).to.equal(true);
      const result = AssessmentResultSchema.parse(complete.firstCall.args[0].detail.result);
      expect(result.scope).to.deep.equal(['iso27001', 'iso42001']);
      expect(
        deepActive() === results.shadowRoot!.querySelector('h2'),
        'focus on the report heading',
      ).to.equal(true);
    });

    it('should open on the first question with skip-intro, without taking focus', async () => {
      const el = await mount(html`<iso-readiness length="standard" skip-intro></iso-readiness>`);
      expect(questionOf(el)!.item!.id).to.equal('org_size');
      expect(document.activeElement === document.body, 'focus stays on the page').to.equal(true);
      const started = oneEvent(el, 'readiness-start');
      const stepped = oneEvent(el, 'readiness-step');
      const option = questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[value="1-9"]')!;
      option.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect((await started).detail.resumed).to.equal(false);
      expect((await stepped).detail.questionId).to.equal('org_size');
      expect(deepActive() === option, 'focus stays on the chosen option').to.equal(true);
    });

    it('should ask for an answer when Next is pressed without one, focusing the first option', async () => {
      const el = await mount();
      await start(el);
      const id = questionOf(el)!.item!.id;
      await next(el);
      expect(questionOf(el)!.item!.id).to.equal(id);
      const q = questionOf(el)!;
      await q.updateComplete;
      expect(text(q)).to.contain('Choose an answer to continue.');
      expect(deepActive() === q.shadowRoot!.querySelector('input'), 'focus on the first option').to.equal(
        true,
      );
    });
  });

  describe('flow', () => {
    it('should follow the session when branches show and hide questions, the count never rising', async () => {
      const el = await mount();
      await start(el);
      const totalOf = () => el.shadowRoot!.querySelector('iso-readiness-progress')!.progress!.total;
      const before = totalOf();
      while (questionOf(el)!.item!.id !== 'ai_role') {
        await choose(el, firstOption(el));
        await next(el);
      }
      // The count is of every screen the branches may still show: answering settles branches, never adds any.
      await choose(el, 'core');
      const withAi = totalOf();
      expect(withAi).to.be.at.most(before);
      await choose(el, 'none');
      expect(totalOf()).to.be.lessThan(withAi);
    });

    it('should keep answers when going back and forth', async () => {
      const el = await mount();
      await start(el);
      await choose(el, '50-249');
      await next(el);
      await choose(el, 'eu', 'uk');
      await next(el);
      await back(el);
      expect(questionOf(el)!.value).to.deep.equal(['eu', 'uk']);
      await back(el);
      expect(questionOf(el)!.item!.id).to.equal('org_size');
      const checked = questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
      expect(checked.value).to.equal('50-249');
      await next(el);
      expect(questionOf(el)!.value).to.deep.equal(['eu', 'uk']);
    });

    it('should show help on demand with a disclosure button', async () => {
      const el = await mount();
      await start(el);
      const q = questionOf(el)!;
      const toggle = q.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-toggle]')!;
      const help = q.shadowRoot!.querySelector<HTMLElement>('[part=help]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(help.hidden).to.equal(true);
      toggle.click();
      await q.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(help.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('should always offer "Not sure" on scored questions', async () => {
      const el = await mount();
      await start(el);
      while (questionOf(el)!.item!.kind !== 'control') {
        await choose(el, firstOption(el));
        await next(el);
      }
      expect(text(questionOf(el)!)).to.contain('Not sure');
      await expect(el).to.be.accessible();
    });

    it('should render results that are accessible and carry the call to action', async () => {
      const el = await mount();
      el.config = { cta: { url: 'https://example.com/book', label: 'Book a call' } };
      await settle(el);
      await start(el);
      await answerAll(el);
      const results = el.shadowRoot!.querySelector('iso-readiness-results')!;
      const link = results.shadowRoot!.querySelector<HTMLAnchorElement>('[part=cta-link]')!;
      expect(link.href).to.equal('https://example.com/book');
      expect(link.rel).to.contain('noopener');
      await expect(el).to.be.accessible();
    });

    it('should set no inline style attribute anywhere in its shadow trees', async () => {
      const el = await mount();
      await start(el);
      await answerAll(el);
      const styled = allElements(el.shadowRoot!).filter((e) => e.hasAttribute('style'));
      expect(styled.map((e) => e.localName)).to.deep.equal([]);
    });
  });

  describe('events and callbacks', () => {
    it('should fire each event once per occurrence, bubbling and composed, with the callbacks', async () => {
      const el = await mount();
      const onStart = sinon.spy();
      const onStep = sinon.spy();
      const onComplete = sinon.spy();
      el.config = { onStart, onStep, onComplete };
      const steps = sinon.spy();
      document.addEventListener('readiness-step', steps);
      try {
        const started = oneEvent(document, 'readiness-start');
        await start(el);
        const event = await started;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.deep.equal({
          scope: ['iso27001', 'iso42001'],
          resumed: false,
          depth: 'quick',
        });
        await choose(el, firstOption(el));
        await next(el);
        await answerAll(el);
      } finally {
        document.removeEventListener('readiness-step', steps);
      }
      expect(onStart.callCount).to.equal(1);
      expect(onComplete.callCount).to.equal(1);
      expect(onStep.callCount).to.equal(steps.callCount);
      expect(onStep.firstCall.args[0]).to.deep.include({ depth: 'quick', index: 0, questionId: 'org_size' });
      expect(onComplete.firstCall.args[0]).to.have.property('depth', 'quick');
    });

    it('should keep working when a callback throws', async () => {
      const el = await mount();
      const report = sinon.stub(window, 'reportError');
      el.config = {
        onStart: () => {
          throw new Error('host bug');
        },
      };
      await settle(el);
      await start(el);
      expect(report.calledOnce).to.equal(true);
      expect(questionOf(el)).to.exist;
    });

    it('should push to dataLayer only when asked, without answers', async () => {
      const w = window as unknown as { dataLayer?: Record<string, unknown>[] };
      delete w.dataLayer;
      const el = await mount();
      await start(el);
      expect(w.dataLayer).to.equal(undefined);
      el.config = { dataLayer: true };
      await settle(el);
      await choose(el, '10-49');
      await next(el);
      expect(w.dataLayer!.map((e) => e.event)).to.include('readiness-step');
      expect(JSON.stringify(w.dataLayer)).not.to.contain('10-49');
      delete w.dataLayer;
    });
  });

  describe('resume', () => {
    it('should offer Resume after the element is created again, and continue where the visitor was', async () => {
      let el = await mount();
      await start(el);
      await choose(el, '10-49');
      await next(el);
      await choose(el, 'eu');
      await next(el);
      el.remove();
      fixtureCleanup();

      el = await mount();
      expect(text(el)).to.contain('Welcome back');
      const started = oneEvent(el, 'readiness-start');
      await clickButton(el.shadowRoot!, 'Resume');
      expect((await started).detail.resumed).to.equal(true);
      await settle(el);
      expect(questionOf(el)!.item!.id).to.equal('buyers');
      await back(el);
      expect(questionOf(el)!.value).to.deep.equal(['eu']);
    });

    it('should tell the page the result again when a returning visitor opens a finished assessment (E5)', async () => {
      let el = await mount();
      await start(el);
      await answerAll(el);
      fixtureCleanup();

      el = await mount();
      const completed = oneEvent(el, 'readiness-complete');
      await clickButton(el.shadowRoot!, 'See my results');
      const { detail } = await completed;
      await settle(el);
      expect(AssessmentResultSchema.safeParse(detail.result).success).to.equal(true);
      expect(detail.depth).to.equal('quick');
      expect(el.shadowRoot!.querySelector('iso-readiness-results')).to.exist;
    });

    it('should start over from the resume screen, clearing the draft', async () => {
      let el = await mount();
      await start(el);
      await choose(el, '10-49');
      await next(el);
      fixtureCleanup();
      el = await mount();
      await clickButton(el.shadowRoot!, 'Start over');
      await settle(el);
      expect(questionOf(el)!.item!.id).to.equal('org_size');
      expect(questionOf(el)!.value).to.equal(undefined);
    });

    it('should discard a corrupt draft with a notice', async () => {
      localStorage.setItem(KEY_BOTH, '{not json');
      const el = await mount();
      expect(text(el)).to.contain('could not be restored');
      expect(text(el)).to.contain('Start the assessment');
      await expect(el).to.be.accessible();
    });

    it('should clear everything on reset()', async () => {
      const el = await mount();
      await start(el);
      await choose(el, '10-49');
      await next(el);
      expect(localStorage.getItem(KEY_BOTH)).not.to.equal(null);
      el.reset();
      await settle(el);
      expect(localStorage.getItem(KEY_BOTH)).to.equal(null);
      expect(text(el)).to.contain('Start the assessment');
    });
  });

  describe('storage', () => {
    it('should complete and say progress is not saved when storage throws from the start', async () => {
      sinon.stub(localStorage, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const errors = sinon.spy();
      document.addEventListener('readiness-error', errors);
      try {
        const el = await mount();
        expect(text(el)).to.contain('Progress cannot be saved');
        await start(el);
        await answerAll(el);
        expect(el.shadowRoot!.querySelector('iso-readiness-results')).to.exist;
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0].detail.code).to.equal('storage-unavailable');
        el.shadowRoot!.querySelector<HTMLButtonElement>('.notice__dismiss')!.click();
        await settle(el);
        expect(text(el)).not.to.contain('Progress cannot be saved');
      } finally {
        document.removeEventListener('readiness-error', errors);
      }
    });

    it('should say so when storage starts failing mid-way', async () => {
      const el = await mount();
      await start(el);
      await choose(el, '10-49');
      await next(el);
      expect(text(el)).not.to.contain('Progress cannot be saved');
      sinon.stub(localStorage, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      await choose(el, 'eu');
      expect(text(el)).to.contain('Progress cannot be saved');
      await next(el);
      await answerAll(el);
      expect(el.shadowRoot!.querySelector('iso-readiness-results')).to.exist;
    });

    it('should keep nothing with storage="off"', async () => {
      // Every page has a localStorage of its own (web-test-runner.config.js): only this element can write to it.
      const writes = sinon.spy(localStorage, 'setItem');
      const el = await mount(html`<iso-readiness length="standard" storage="off"></iso-readiness>`);
      await start(el);
      await choose(el, '10-49');
      await next(el);
      await answerAll(el);
      expect(el.shadowRoot!.querySelector('iso-readiness-results')).to.exist;
      expect(writes.callCount).to.equal(0);
    });
  });

  describe('invalid config', () => {
    it('should show a readable error in the element and the console, and fire readiness-error', async () => {
      const consoleError = sinon.stub(console, 'error');
      const errors = sinon.spy();
      document.addEventListener('readiness-error', errors);
      try {
        const el = await mount(html`<iso-readiness length="standard" standards="iso9001"></iso-readiness>`);
        expect(text(el)).to.contain('This assessment cannot start');
        expect(text(el)).to.contain('config.standards[0]');
        expect(el.shadowRoot!.querySelector('input, [part=start-button]')).to.equal(null);
        expect(consoleError.calledOnce).to.equal(true);
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0].detail).to.include({ code: 'invalid-config' });
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('readiness-error', errors);
      }
    });

    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'http://example.com/',
      'https://u:p@example.com/',
    ]) {
      it(`should refuse the URL ${url}`, async () => {
        sinon.stub(console, 'error');
        const el = await mount();
        el.config = { cta: { url } };
        // The call to action is checked with the results part, which loads while the visitor reads the intro.
        await waitUntil(() => text(el).includes('config.cta.url'), 'no error', { timeout: 5000 });
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      });
    }

    it('should accept http://localhost for development and recover when the config is fixed', async () => {
      sinon.stub(console, 'error');
      const el = await mount();
      el.config = { branding: { title: '' } };
      await settle(el);
      expect(text(el)).to.contain('cannot start');
      el.config = { cta: { url: 'http://localhost:8080/book' } };
      await settle(el);
      expect(text(el)).not.to.contain('cannot start');
    });

    it('should reject a trigger that is not a CSS selector', async () => {
      sinon.stub(console, 'error');
      const el = await mount(
        html`<iso-readiness length="standard" mode="popup" trigger="[[["></iso-readiness>`,
      );
      expect(text(el)).to.contain('config.trigger');
    });
  });

  describe('several instances', () => {
    it('should keep state, storage and events apart', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <iso-readiness length="standard" id="a"></iso-readiness
          ><iso-readiness length="standard" id="b" standards="iso42001"></iso-readiness>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('iso-readiness')] as IsoReadiness[];
      await settle(a!);
      await settle(b!);
      const stepsB = sinon.spy();
      b!.addEventListener('readiness-step', stepsB);
      await start(a!);
      await choose(a!, '10-49');
      await next(a!);
      expect(stepsB.callCount).to.equal(0);
      expect(text(b!)).to.contain('Start the assessment');
      expect(localStorage.getItem(draftKey(['iso27001', 'iso42001'], 'a'))).not.to.equal(null);
      expect(localStorage.getItem(draftKey(['iso42001'], 'b'))).to.equal(null);
      await start(b!);
      expect(questionOf(b!)!.value).to.equal(undefined);
      expect(stepsB.callCount).to.equal(1);
    });

    it('should give a second instance with the same key a draft of its own, and tell the integrator', async () => {
      const warn = sinon.stub(console, 'warn');
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <iso-readiness length="standard"></iso-readiness><iso-readiness length="standard"></iso-readiness>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('iso-readiness')] as IsoReadiness[];
      await settle(a!);
      await settle(b!);
      await start(a!);
      await choose(a!, '10-49');
      await start(b!);
      await choose(b!, '1-9');
      // The first in the page owns the key; the second writes beside it.
      expect(JSON.parse(localStorage.getItem(KEY_BOTH)!).answers.org_size).to.equal('10-49');
      expect(JSON.parse(localStorage.getItem(`${KEY_BOTH}~2`)!).answers.org_size).to.equal('1-9');
      const warnings = warn.getCalls().map((c) => String(c.args[0]));
      expect(warnings.filter((w) => w.includes('storage-key'))).to.have.length(1);
    });
  });

  describe('popup', () => {
    it('should open a modal dialog from its button, close on Esc and return focus', async () => {
      const el = await mount(html`<iso-readiness length="standard" mode="popup"></iso-readiness>`);
      const opener = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=open-button]')!;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(false);
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open);
      expect(dialog.matches(':modal')).to.equal(true);
      // End the opening fade, or axe measures contrast half-way through it.
      dialog.getAnimations({ subtree: true }).forEach((a) => a.finish());
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await waitUntil(() => deepActive() === opener, 'focus back on the opener');
      expect(deepActive() === opener, 'focus back on the opener').to.equal(true);
    });

    it('should open from any host element matching trigger and close with the close button', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <button id="cta" type="button">Check</button>
          <iso-readiness length="standard" mode="popup" trigger="#cta"></iso-readiness>
        </div>`,
      );
      const el = wrapper.querySelector('iso-readiness')!;
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part=open-button]')).to.equal(null);
      const trigger = wrapper.querySelector<HTMLButtonElement>('#cta')!;
      trigger.focus();
      trigger.click();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
      await waitUntil(() => !dialog.open);
      expect(document.activeElement === trigger, 'focus back on the trigger').to.equal(true);
    });
  });
});
