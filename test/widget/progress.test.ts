import { expect, fixture, html } from '@open-wc/testing';
import { createSession } from '../../sdk/session.js';
import { en } from '../../src/i18n/en/index.js';
import '../../widget/progress/progress.js';
import type { IsoReadinessProgress } from '../../widget/progress/progress.component.js';

describe('<iso-readiness-progress>', () => {
  const session = createSession();
  session.answer(session.current!.id, '10-49');
  session.next();

  it('should show the section, n of N from the session and the section list', async () => {
    const el = await fixture<IsoReadinessProgress>(
      html`<iso-readiness-progress .progress=${session.progress} .t=${en}></iso-readiness-progress>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(`Step 2 of ${session.progress.total}`);
    expect(text).to.contain(en.sections.organisation);
    const current = el.shadowRoot!.querySelectorAll('[aria-current="step"]');
    expect(current.length).to.equal(1);
    expect(current[0]!.textContent!.trim()).to.equal(en.sections.organisation);
    await expect(el).to.be.accessible();
  });

  it('should draw the bar from the session fraction with an SVG attribute, not a style', async () => {
    const el = await fixture<IsoReadinessProgress>(
      html`<iso-readiness-progress .progress=${session.progress} .t=${en}></iso-readiness-progress>`,
    );
    const fill = el.shadowRoot!.querySelector('.progress__fill')!;
    expect(Number(fill.getAttribute('width'))).to.be.closeTo(session.progress.fraction * 100, 0.001);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });
});
