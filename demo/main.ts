import '../widget/index.js';
import type { IsoReadiness } from '../widget/element.js';
import { localAsset, logEvents, northbridgeLead } from './shared.js';

const result = document.querySelector<HTMLPreElement>('#result')!;
const leadOut = document.querySelector<HTMLPreElement>('#lead')!;
logEvents(document.querySelector<HTMLOListElement>('#log')!);

const inline = document.querySelector<IsoReadiness>('#main-check')!;
const gapAssessment = localAsset('/full.html');
inline.config = {
  branding: {
    title: 'How ready is your organisation?',
    intro:
      'Northbridge has guided 60+ software companies through ISO 27001 and ISO 42001. Answer honestly: the result is only as useful as the answers.',
    consultancy: 'Northbridge Assurance',
    logoUrl: localAsset('/logo.svg'),
    contact: { name: 'Dana Fischer', role: 'Lead auditor, ISO/IEC 27001 and 42001' },
  },
  cta: {
    url: 'https://example.com/book',
    label: 'Book a free 30-minute review',
    ...(gapAssessment ? { secondary: { url: gapAssessment, label: 'Start the full gap assessment' } } : {}),
  },
  report: {
    own: {
      heading: 'How Northbridge helps',
      paragraphs: [
        'A six-week readiness sprint: we run the risk assessment and the Statement of Applicability with your team, then an internal audit, so the certification body finds a system that already works.',
        'Fixed price, quoted after the free review.',
      ],
    },
  },
  currency: 'EUR',
  dataLayer: true,
  lead: {
    ...northbridgeLead('gate', 'demo-landing-page'),
    thankYou: { text: 'Dana Fischer will email you within one working day to go through your result.' },
  },
  onComplete: ({ result: r }) => {
    result.textContent = JSON.stringify(r, null, 2);
  },
  onLead: ({ lead }) => {
    leadOut.textContent = JSON.stringify(lead, null, 2);
  },
};

const popup = document.querySelector<IsoReadiness>('#popup-check')!;
popup.config = { branding: { title: 'Quick ISO 42001 check' }, cta: { url: 'https://example.com/book' } };
