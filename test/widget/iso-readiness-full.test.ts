import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { fullDraftKey } from '../../sdk/full-session.js';
import { full as en } from '../../src/i18n/en/full.js';
import '../../widget/iso-readiness/iso-readiness.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import type { IsoReadinessFull } from '../../widget/full-assessment/full-assessment.component.js';

/** The full part once its chunk and text have loaded. */
async function fullPart(el: IsoReadiness): Promise<IsoReadinessFull> {
  for (let round = 0; round < 300; round++) {
    await el.updateComplete;
    const part = el.shadowRoot!.querySelector('iso-readiness-full');
    if (part) {
      await part.updateComplete;
      if (part.shadowRoot!.querySelector('.full__heading')) return part;
    }
    await aTimeout(10);
  }
  throw new Error('the full part did not load');
}

describe('<iso-readiness depth="full">', () => {
  const key = fullDraftKey(['iso27001', 'iso42001'], 'depth-test');
  beforeEach(() => localStorage.removeItem(key));
  afterEach(() => localStorage.removeItem(key));

  it('should load the full gap assessment in place of the quick check', async () => {
    const el = await fixture<IsoReadiness>(
      html`<iso-readiness id="depth-test" depth="full"></iso-readiness>`,
    );
    const part = await fullPart(el);
    expect(el.shadowRoot!.querySelector('iso-readiness-question')).to.equal(null);
    expect(part.shadowRoot!.textContent).to.contain(en.ui.intro);
    expect(part.getAttribute('part')).to.equal('full');
    await expect(el).to.be.accessible();
  });

  it('should take depth and scope from config, and save under this instance', async () => {
    const el = await fixture<IsoReadiness>(html`<iso-readiness id="depth-test"></iso-readiness>`);
    el.config = { depth: 'full', standards: ['iso42001'] };
    const part = await fullPart(el);
    expect(part.scope).to.deep.equal(['iso42001']);
    part.assessment!.setEntry('42001:8.4', { status: 'planned' });
    expect(localStorage.getItem(fullDraftKey(['iso42001'], 'depth-test'))).to.contain('42001:8.4');
    localStorage.removeItem(fullDraftKey(['iso42001'], 'depth-test'));
  });

  it('should refuse a depth it does not know, with a readable error', async () => {
    const el = await fixture<IsoReadiness>(html`<iso-readiness depth="deep"></iso-readiness>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('depth');
    expect(el.shadowRoot!.querySelector('iso-readiness-full')).to.equal(null);
  });
});
