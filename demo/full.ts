import '../widget/index.js';
import type { IsoReadiness } from '../widget/element.js';
import { localAsset, logEvents, northbridgeLead } from './shared.js';

const summary = document.querySelector<HTMLPreElement>('#summary')!;
const leadOut = document.querySelector<HTMLPreElement>('#lead')!;
logEvents(document.querySelector<HTMLOListElement>('#log')!);

const gap = document.querySelector<IsoReadiness>('#gap-assessment')!;
gap.config = {
  depth: 'full',
  branding: { consultancy: 'Northbridge Assurance', logoUrl: localAsset('/logo.svg') },
  currency: 'EUR',
  lead: northbridgeLead('optional', 'demo-gap-assessment'),
  // The whole gap assessment is large: the page shows what a CRM would file, the lead JSON below has it all.
  onComplete: ({ result, gapAssessment }) => {
    const gaps = gapAssessment?.gaps ?? [];
    summary.textContent = JSON.stringify(
      {
        readiness: Object.fromEntries(Object.entries(result.readiness).map(([s, r]) => [s, r?.score])),
        claims: Object.fromEntries(Object.entries(result.classification).map(([s, c]) => [s, c?.claim])),
        sequence: result.recommendation.sequence,
        gaps: { major: gaps.filter((g) => g.grade === 'major-gap').length, all: gaps.length },
      },
      null,
      2,
    );
  },
  onLead: ({ lead }) => {
    leadOut.textContent = JSON.stringify(lead, null, 2);
  },
};
