// This page imports the classes without registering any tag, as a host that picks its own names does.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { IsoReadiness } from '../../widget/element.js';
import { clickButton, headingOf, settle } from './helpers.js';

class AcmeCheck extends IsoReadiness {}
customElements.define('acme-check', AcmeCheck);

const surface = (el: Element) => getComputedStyle(el).getPropertyValue('--readiness-color-surface').trim();

describe('ReadinessElement', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    fixtureCleanup();
    localStorage.clear();
  });

  describe('registered under its own tag with customElements.define', () => {
    it('should define the parts it renders and reach the first question', async () => {
      const el = await fixture<AcmeCheck>(html`<acme-check standards="iso27001"></acme-check>`);
      await settle(el);
      expect(customElements.get('iso-readiness-question')).to.be.a('function');
      await clickButton(el.shadowRoot!, 'Start the assessment');
      await settle(el);
      expect(headingOf(el)?.textContent?.trim()).to.match(/\S/);
      expect(customElements.get('iso-readiness')).to.equal(undefined);
    });
  });

  describe('custom states', () => {
    it('should set ElementInternals states where the engine has them, and the data-state attribute', async () => {
      const el = await fixture<AcmeCheck>(html`<acme-check theme="dark" mode="popup"></acme-check>`);
      await settle(el);
      if (CSS.supports('selector(:state(dark))')) {
        expect(el.matches(':state(dark)') && el.matches(':state(popup)')).to.equal(true);
        expect(el.matches(':state(light)') || el.matches(':state(inline)')).to.equal(false);
      }
      expect(el.getAttribute('data-state')).to.equal('dark popup');
      expect(getComputedStyle(el).display).to.equal('inline-block');
      el.mode = 'inline';
      await settle(el);
      expect(getComputedStyle(el).display).to.equal('block');
      if (CSS.supports('selector(:state(dark))')) expect(el.matches(':state(popup)')).to.equal(false);
    });

    it('should style by the data-state attribute without ElementInternals (happy-dom, older engines)', async () => {
      sinon.stub(HTMLElement.prototype, 'attachInternals').value(undefined);
      const light = await fixture<AcmeCheck>(html`<acme-check></acme-check>`);
      const dark = await fixture<AcmeCheck>(html`<acme-check theme="dark" mode="popup"></acme-check>`);
      await Promise.all([settle(light), settle(dark)]);
      expect(light.getAttribute('data-state')).to.equal('light inline');
      expect(dark.getAttribute('data-state')).to.equal('dark popup');
      expect(surface(dark)).not.to.equal(surface(light));
      expect(getComputedStyle(dark).display).to.equal('inline-block');
      dark.theme = 'light';
      await settle(dark);
      expect(dark.getAttribute('data-state')).to.equal('light popup');
      expect(surface(dark)).to.equal(surface(light));
    });

    it('should fall back when the state set refuses plain names (Chrome before 125)', async () => {
      const attach = HTMLElement.prototype.attachInternals;
      sinon.stub(HTMLElement.prototype, 'attachInternals').callsFake(function (this: HTMLElement) {
        const internals = attach.call(this);
        Object.defineProperty(internals, 'states', {
          value: {
            add: (name: string) => {
              if (!name.startsWith('--')) throw new DOMException('Invalid name', 'SyntaxError');
            },
            delete: () => false,
          },
        });
        return internals;
      });
      const light = await fixture<AcmeCheck>(html`<acme-check></acme-check>`);
      const el = await fixture<AcmeCheck>(html`<acme-check theme="dark"></acme-check>`);
      await Promise.all([settle(light), settle(el)]);
      expect(el.getAttribute('data-state')).to.equal('dark inline');
      expect(surface(el)).not.to.equal(surface(light));
    });
  });
});
