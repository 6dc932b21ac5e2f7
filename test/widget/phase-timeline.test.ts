import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import type { Phase } from '../../src/schemas/result.js';
import '../../widget/phase-timeline/phase-timeline.js';
import type { IsoReadinessPhaseTimeline } from '../../widget/phase-timeline/phase-timeline.component.js';

const phases: Phase[] = [
  {
    standard: 'iso27001',
    kind: 'align',
    weeks: { min: 8, max: 12 },
    startWeek: { min: 0, max: 0 },
    label: 'Align 27001',
  },
  {
    standard: 'iso42001',
    kind: 'align',
    weeks: { min: 4, max: 6 },
    startWeek: { min: 8, max: 12 },
    label: 'Align 42001',
  },
  {
    standard: 'iso27001',
    kind: 'certify',
    weeks: { min: 16, max: 16 },
    startWeek: { min: 12, max: 12 },
    label: 'Certify',
  },
];

describe('<iso-readiness-phase-timeline>', () => {
  it('should list each phase with its start and duration in words, from the result', async () => {
    const el = await fixture<IsoReadinessPhaseTimeline>(
      html`<iso-readiness-phase-timeline .phases=${phases} .t=${en}></iso-readiness-phase-timeline>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items[0]).to.contain('Align 27001').and.contain('Starts now').and.contain('8–12 weeks');
    expect(items[1]).to.contain('Starts in week 8–12').and.contain('4–6 weeks');
    expect(items[2]).to.contain('Starts in week 12').and.contain('16 weeks');
    await expect(el).to.be.accessible();
  });

  it('should draw bars on one week scale that ends where the longest phase may end', async () => {
    const el = await fixture<IsoReadinessPhaseTimeline>(
      html`<iso-readiness-phase-timeline .phases=${phases} .t=${en}></iso-readiness-phase-timeline>`,
    );
    const bars = [...el.shadowRoot!.querySelectorAll('svg')];
    expect(bars.every((svg) => svg.getAttribute('viewBox') === '0 0 28 10')).to.equal(true);
    const core = bars[1]!.querySelector('.timeline__core')!;
    expect(core.getAttribute('x')).to.equal('8');
    expect(core.getAttribute('width')).to.equal('4');
    expect(el.shadowRoot!.textContent).to.contain('Week 28');
  });
});
