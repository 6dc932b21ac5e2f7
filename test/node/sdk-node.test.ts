import { expect } from 'chai';

describe('SDK in plain Node', () => {
  it('should import without a DOM and assess from a server', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).to.equal('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).to.equal('undefined');
    const sdk = await import('../../sdk/index.js');
    const session = sdk.createSession({ scope: ['iso27001'], storage: sdk.memoryStorage() });
    expect(session.visible.length).to.be.greaterThan(5);
    const result = sdk.assess({}, { scope: ['iso27001'] });
    expect(sdk.AssessmentResultSchema.safeParse(result).success).to.equal(true);
  });

  it('should report no browser storage in Node', async () => {
    const { browserStorage } = await import('../../sdk/storage.js');
    expect(browserStorage()).to.equal(null);
  });
});

describe('SDK languages in plain Node', () => {
  it('should load German and give German results with language-neutral ids', async () => {
    const { loadTranslation } = await import('../../sdk/i18n.js');
    const { assess } = await import('../../sdk/index.js');
    const de = await loadTranslation('de');
    const english = assess({ ai_role: 'core' });
    const german = assess({ ai_role: 'core' }, { translation: de });
    expect(german.locale).to.equal('de');
    expect(german.recommendation.sequence).to.equal(english.recommendation.sequence);
    expect(german.classification.iso27001?.headline).to.not.equal(english.classification.iso27001?.headline);
  });
});
