import { expect } from 'chai';

describe('iso-readiness/widget in Node (server-side rendering)', () => {
  it('should import without a DOM and without touching window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).to.equal('undefined');
    const widget = await import('../../widget/index.js');
    expect(widget.IsoReadiness).to.be.a('function');
  });

  it('should export the classes side-effect free from widget/element', async () => {
    const element = await import('../../widget/element.js');
    expect(element.IsoReadinessResults).to.be.a('function');
  });
});
