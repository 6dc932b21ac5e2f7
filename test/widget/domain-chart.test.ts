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
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr.chart__row')];
    expect(rows.length).to.equal(readiness.domains.length);
    readiness.domains.forEach((domain, i) => {
      const row = rows[i]!;
      expect(row.querySelector('th')!.textContent).to.contain(domain.label);
      const fill = row.querySelector('.chart__fill');
      if (domain.score === null) {
        expect(fill).to.equal(null);
      } else {
        expect(row.querySelector('td')!.textContent).to.contain(`${Math.floor(domain.score)}\u00a0%`);
        expect(Number(fill!.getAttribute('width'))).to.equal(domain.score);
      }
    });
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('should group clauses apart from Annex A, colour weak bars and draw the aligned line', async () => {
    const el = await fixture<IsoReadinessDomainChart>(
      html`<iso-readiness-domain-chart
        .readiness=${readiness}
        .thresholds=${{ aligned: 80, low: 50 }}
        .t=${en}
      ></iso-readiness-domain-chart>`,
    );
    const groups = [...el.shadowRoot!.querySelectorAll('th[scope=colgroup]')].map((th) =>
      th.textContent!.trim(),
    );
    expect(groups).to.deep.equal([en.ui.results.chartClauses, en.ui.results.chartAnnex]);
    for (const domain of readiness.domains) {
      if (domain.score === null) continue;
      const row = [...el.shadowRoot!.querySelectorAll('tr.chart__row')].find((r) =>
        r.querySelector('th')!.textContent!.includes(domain.label),
      )!;
      const band = domain.score < 50 ? 'low' : domain.score < 80 ? 'mid' : 'ok';
      expect(row.querySelector(`.chart__fill--${band}`), domain.id).not.to.equal(null);
      expect(row.querySelector('line.chart__target')!.getAttribute('x1')).to.equal('80');
    }
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('80\u00a0%');
    await expect(el).to.be.accessible();
  });
});
