import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/index.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import { answerAll, clickButton, settle } from './helpers.js';

describe('smoke', () => {
  it('runs', async () => {
    localStorage.clear();
    const el = await fixture<IsoReadiness>(html`<iso-readiness></iso-readiness>`);
    await settle(el);
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 400));
    await clickButton(el.shadowRoot!, 'Start the assessment');
    await settle(el);
    await answerAll(el);
    console.log(el.shadowRoot!.querySelector('iso-readiness-results')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 3000));
    expect(el).to.exist;
  });
});
