// What <iso-readiness> receives with its results part, which loads while the visitor reads the first question:
// the English help texts, and the check of the config's lead settings, translation overrides and figures.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReadinessError } from '../../src/errors.js';
import { bankHelp } from '../../src/i18n/en/bank-help.js';
import { parseWidgetConfig } from '../../src/schemas/widget-config.js';
import '../../widget/index.js';
import type { IsoReadiness, IsoReadinessConfig } from '../../widget/iso-readiness/iso-readiness.component.js';
import { answerAll, questionOf, settle, waitUntil } from './helpers.js';

type ErrorDetail = { code: string; message: string; path: (string | number)[] };

const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

/** Mounts the element with the browser's idle time held back: the results part loads when `idle()` says so. */
async function mountHeld(config?: IsoReadinessConfig): Promise<{ el: IsoReadiness; idle: () => void }> {
  // WebKit has no requestIdleCallback (the element then waits on a timer): define the stand-in there.
  const held = sinon.fake.returns(0);
  if (typeof window.requestIdleCallback === 'function') sinon.replace(window, 'requestIdleCallback', held);
  else sinon.define(window, 'requestIdleCallback', held);
  const el = await fixture<IsoReadiness>(
    html`<iso-readiness skip-intro storage="off" .config=${config}></iso-readiness>`,
  );
  await settle(el);
  return {
    el,
    idle: () => {
      for (const call of held.getCalls()) (call.args[0] as IdleRequestCallback)({} as IdleDeadline);
    },
  };
}

describe('<iso-readiness> and its results part', () => {
  afterEach(() => sinon.restore());

  describe('help', () => {
    // First in this file, which runs in a page of its own: nothing has loaded the English help yet.
    it('should open at once when pressed before the help texts arrive, and show the text where it lands', async () => {
      // Arrange
      const { el } = await mountHeld();
      const q = questionOf(el)!;
      const toggle = q.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-toggle]')!;
      const box = q.shadowRoot!.querySelector<HTMLElement>('[part=help]')!;
      expect(q.item!.help, 'no help up front').to.equal(undefined);
      const top = toggle.getBoundingClientRect().top;

      // Act
      toggle.click();
      await q.updateComplete;

      // Assert: open, busy, then the text in the same box, nothing above it moved.
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(box.hidden).to.equal(false);
      expect(box.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => box.getAttribute('aria-busy') === 'false', 'the help text never arrived');
      expect(box.textContent!.trim()).to.equal(bankHelp[q.item!.id]);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getBoundingClientRect().top).to.equal(top);
      await expect(el).to.be.accessible();
    });

    it('should show the text at once once the help texts are here', async () => {
      const { el, idle } = await mountHeld();
      idle();
      await waitUntil(() => questionOf(el)?.item?.help !== undefined, 'the help texts never arrived');
      const q = questionOf(el)!;
      q.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-toggle]')!.click();
      await q.updateComplete;
      const box = q.shadowRoot!.querySelector<HTMLElement>('[part=help]')!;
      expect(box.getAttribute('aria-busy')).to.equal('false');
      expect(box.textContent!.trim()).to.equal(bankHelp[q.item!.id]);
    });
  });

  describe('the rest of the config', () => {
    it('should show the first question, then a lead settings mistake when the part arrives, and take no lead', async () => {
      // Arrange: lead capture without the consent text it needs.
      const consoleError = sinon.stub(console, 'error');
      const { el, idle } = await mountHeld({ lead: { mode: 'gate' } });
      expect(questionOf(el), 'the first question is not held up').to.exist;
      expect(consoleError.called).to.equal(false);

      // Act: the browser is idle, the results part arrives.
      const failed = oneEvent(el, 'readiness-error');
      idle();
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      await settle(el);

      // Assert: the same readable error as any config mistake, in the element, the console and the event.
      expect(detail.code).to.equal('invalid-config');
      expect(detail.path).to.deep.equal(['config', 'lead', 'consent']);
      expect(text(el)).to.contain('This assessment cannot start');
      expect(text(el)).to.contain('config.lead.consent');
      expect(consoleError.calledOnce).to.equal(true);
      expect(el.shadowRoot!.querySelector('iso-readiness-question, iso-readiness-results')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('should never show a result or a lead form while the lead settings are invalid', async () => {
      sinon.stub(console, 'error');
      const { el, idle } = await mountHeld({ lead: { mode: 'optional', scope: 'everything' } as never });
      // The visitor is quicker than the browser's idle time: the last answer asks for the part itself.
      const answering = answerAll(el).catch(() => undefined);
      idle();
      await answering;
      await settle(el);
      expect(text(el)).to.contain('config.lead.scope');
      expect(el.shadowRoot!.querySelector('iso-readiness-results, iso-readiness-lead-form')).to.equal(null);
    });

    it('should report lead settings and other late mistakes in one error, as WidgetConfigSchema does', async () => {
      // Arrange: lead capture without consent text, and a report section that does not exist.
      const consoleError = sinon.stub(console, 'error');
      const config = {
        lead: { mode: 'gate' },
        report: { sections: ['pricing'] },
      } as never as IsoReadinessConfig;
      const expected = (() => {
        try {
          parseWidgetConfig(config);
        } catch (error) {
          return error as ReadinessError;
        }
        throw new Error('the config should be refused');
      })();
      const { el, idle } = await mountHeld(config);

      // Act: the results part arrives, then lead capture with the lead settings' check.
      const failed = oneEvent(el, 'readiness-error');
      idle();
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;

      // Assert: the same error, both mistakes counted, told once.
      expect(detail.code).to.equal('invalid-config');
      expect(detail.message).to.equal(expected.message);
      expect(detail.message).to.contain('(and 1 more)');
      expect(detail.path).to.deep.equal(expected.path);
      expect(consoleError.calledOnce).to.equal(true);
    });

    it('should report figures the engine would refuse before any result', async () => {
      const consoleError = sinon.stub(console, 'error');
      const { el, idle } = await mountHeld({
        figures: { weeks: { align27001: { min: 30, max: 10 } } },
      } as IsoReadinessConfig);
      const failed = oneEvent(el, 'readiness-error');
      idle();
      const { detail } = (await failed) as CustomEvent<ErrorDetail>;
      expect(detail.code).to.equal('invalid-config');
      expect(detail.path.slice(0, 2)).to.deep.equal(['config', 'figures']);
      expect(consoleError.calledOnce).to.equal(true);
    });

    it('should lay a valid translation override over the first screen before the part arrives', async () => {
      const { el } = await mountHeld({
        translations: { en: { ui: { question: { next: 'Continue' } } } },
      });
      const q = questionOf(el)!;
      expect(q.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Continue');
    });

    it('should recover when the config is fixed after a late error', async () => {
      sinon.stub(console, 'error');
      const { el, idle } = await mountHeld({ lead: { mode: 'gate' } });
      const failed = oneEvent(el, 'readiness-error');
      idle();
      await failed;
      await settle(el);
      expect(text(el)).to.contain('cannot start');
      el.config = { lead: { mode: 'off' } };
      await settle(el);
      expect(text(el)).not.to.contain('cannot start');
      expect(questionOf(el)).to.exist;
    });
  });
});
