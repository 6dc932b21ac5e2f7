import { expect } from '@open-wc/testing';
import { ReadinessError } from '../../src/errors.js';
import { en } from '../../src/i18n/en/index.js';
import { getTranslation } from '../../src/i18n/locales.js';
import type { Translation } from '../../src/i18n/translation.js';
import { registerTranslation } from '../../widget/register-translation.js';

/** English, renamed: a complete translation of a locale nobody ships. */
const copyOfEnglish = (locale: string): Translation => ({ ...structuredClone(en), locale });

describe('registerTranslation (CDN module)', () => {
  it('should resolve once the translation is checked and in use', async () => {
    const pending = registerTranslation(copyOfEnglish('nl'));
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(getTranslation('nl')?.locale).to.equal('nl');
  });

  it('should reject with every problem named and register nothing', async () => {
    const broken = copyOfEnglish('sv');
    broken.ui.intro.start = '';
    let error: unknown;
    await registerTranslation(broken).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ReadinessError);
    expect((error as ReadinessError).code).to.equal('invalid-translation');
    expect((error as ReadinessError).path).to.deep.equal(['sv', 'ui', 'intro', 'start']);
    expect(getTranslation('sv')?.locale).not.to.equal('sv');
  });
});
