import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import '../../widget/domain-chart/domain-chart.js';
import type { IsoReadinessDomainChart } from '../../widget/domain-chart/domain-chart.component.js';
import { sampleResult } from './fixtures.js';

describe('<iso-readiness-domain-chart>', () => {
  const readiness = sampleResult().readiness.iso27001!;

  it('should be a table with one row per domain, its score as text and as a bar', async () => {
    const el = await fixture<IsoReadinessDomainChart>(
      html`<iso-readiness-domain-chart .readiness=${readiness} .t=${en}></iso-readiness-domain-chart>`,
    );
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(readiness.domains.length);
    readiness.domains.forEach((domain, i) => {
      const row = rows[i]!;
      expect(row.querySelector('th')!.textContent).to.contain(domain.label);
      const fill = row.querySelector('.chart__fill');
      if (domain.score === null) {
        expect(fill).to.equal(null);
      } else {
        expect(row.querySelector('td')!.textContent).to.contain(`${Math.round(domain.score)} %`);
        expect(Number(fill!.getAttribute('width'))).to.equal(domain.score);
      }
    });
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
