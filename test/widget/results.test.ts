import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../../src/i18n/en/index.js';
import '../../widget/results/results.js';
import type { IsoReadinessResults } from '../../widget/results/results.component.js';
import { sampleResult } from './fixtures.js';

describe('<iso-readiness-results>', () => {
  const result = sampleResult();
  const mount = (cta: { url: string; label?: string } | null = null) =>
    fixture<IsoReadinessResults>(
      html`<iso-readiness-results .result=${result} .t=${en} .cta=${cta}></iso-readiness-results>`,
    );

  it('should lead with the headline of each standard in scope, claim against requirement', async () => {
    const el = await mount();
    const headlines = [...el.shadowRoot!.querySelectorAll('[part=headline]')].map((h) => h.textContent);
    expect(headlines).to.deep.equal(result.scope.map((s) => result.classification[s]!.headline));
    const text = el.shadowRoot!.textContent!;
    for (const s of result.scope) {
      expect(text).to.contain(en.claims[result.classification[s]!.claim]);
      expect(text).to.contain(en.requirements[result.classification[s]!.requirement]);
    }
  });

  it('should show the path, rationale and next steps exactly as the result has them', async () => {
    const el = await mount();
    const text = el.shadowRoot!.textContent!;
    for (const r of result.recommendation.rationale) expect(text).to.contain(r.text);
    for (const s of result.recommendation.nextSteps) expect(text).to.contain(s.text);
    const timeline = el.shadowRoot!.querySelector('iso-readiness-phase-timeline')!;
    expect(timeline.phases).to.equal(result.recommendation.phases);
  });

  it('should render the call to action as a safe link, and none without one', async () => {
    let el = await mount({ url: 'https://example.com/book' });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=cta-link]')!;
    expect(link.textContent).to.contain(en.ui.results.ctaDefault);
    expect(link.target).to.equal('_blank');
    el = await mount({ url: 'javascript:alert(1)' });
    expect(el.shadowRoot!.querySelector('[part=cta-link]')).to.equal(null);
  });

  it('should download the result as JSON through an object URL', async () => {
    const el = await mount();
    const create = sinon.spy(URL, 'createObjectURL');
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    try {
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Download JSON'))!
        .click();
      expect(create.calledOnce).to.equal(true);
      const blob = create.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('application/json');
      expect(JSON.parse(await blob.text())).to.deep.equal(result);
      expect(click.calledOnce).to.equal(true);
    } finally {
      sinon.restore();
    }
  });

  it('should print through the browser with only the report visible', async () => {
    const el = await mount();
    const print = sinon.stub(window, 'print').callsFake(() => {
      expect(el.hasAttribute('data-readiness-printing')).to.equal(true);
      expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
    });
    try {
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.includes('Save as PDF'))!
        .click();
      expect(print.calledOnce).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-readiness-printing')).to.equal(false);
    } finally {
      sinon.restore();
    }
  });

  it('should be accessible', async () => {
    const el = await mount({ url: 'https://example.com/book', label: 'Book a review' });
    await expect(el).to.be.accessible();
  });
});
