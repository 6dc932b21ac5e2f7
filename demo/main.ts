import '../widget/index.js';
import type { IsoReadiness } from '../widget/element.js';
import { localAsset } from './shared.js';

const log = document.querySelector<HTMLOListElement>('#log')!;
const result = document.querySelector<HTMLPreElement>('#result')!;
const leadOut = document.querySelector<HTMLPreElement>('#lead')!;

function logLine(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

// The privacy policy must be https (the lead records it): this demo's own page when served over https, a
// placeholder on the plain-http dev server.
const privacyPolicyUrl =
  location.protocol === 'https:'
    ? new URL('/privacy.html', location.href).href
    : 'https://example.com/privacy';
// The dev server answers POST /api/leads itself (vite.config.ts): http on localhost is allowed for development.
const webhookUrl = localAsset('/api/leads');

const inline = document.querySelector<IsoReadiness>('#main-check')!;
inline.config = {
  branding: {
    title: 'How ready is your organisation?',
    intro:
      'Northbridge has guided 60+ software companies through ISO 27001 and ISO 42001. Answer honestly: the result is only as useful as the answers.',
    consultancy: 'Northbridge Assurance',
    logoUrl: localAsset('/logo.svg'),
  },
  cta: { url: 'https://example.com/book', label: 'Book a free 30-minute review' },
  currency: 'EUR',
  dataLayer: true,
  lead: {
    mode: 'gate',
    fields: {
      name: 'required',
      email: 'required',
      company: 'optional',
      role: 'optional',
      companySize: 'optional',
    },
    scope: 'full',
    consent: {
      text: 'I agree that Northbridge Assurance Ltd stores my details and the part of my result I choose to share, to contact me about ISO certification. I can withdraw my consent at any time.',
      version: '2025-06',
      privacyPolicyUrl,
    },
    marketing: { text: 'Also send me the monthly Northbridge newsletter on ISO/IEC 27001 and 42001.' },
    hiddenFields: { campaign: 'demo-landing-page' },
    ...(webhookUrl ? { webhook: { url: webhookUrl } } : {}),
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

for (const name of ['readiness-start', 'readiness-step', 'readiness-complete', 'readiness-error'] as const) {
  document.addEventListener(name, (event) => {
    const source = (event.target as HTMLElement).id;
    const detail = name === 'readiness-complete' ? '{ result }' : JSON.stringify(event.detail);
    logLine(`${source}: ${name} ${detail}`);
  });
}
document.addEventListener('readiness-lead', (event) => {
  const { id, scope } = event.detail.lead;
  logLine(`${(event.target as HTMLElement).id}: readiness-lead { id: ${id}, scope: ${scope} } (JSON below)`);
});

// Delivery as the browser saw it: each request to the demo webhook, with its status once it is answered.
if (typeof PerformanceObserver !== 'undefined') {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (!entry.name.endsWith('/api/leads')) continue;
      const status = 'responseStatus' in entry && entry.responseStatus ? ` → ${entry.responseStatus}` : '';
      logLine(`webhook: POST /api/leads${status}`);
    }
  }).observe({ type: 'resource', buffered: true });
}
