import '../widget/index.js';
import type { IsoReadiness } from '../widget/element.js';
import { localAsset } from './shared.js';

const log = document.querySelector<HTMLOListElement>('#log')!;
const result = document.querySelector<HTMLPreElement>('#result')!;

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
  onComplete: ({ result: r }) => {
    result.textContent = JSON.stringify(r, null, 2);
  },
};

const popup = document.querySelector<IsoReadiness>('#popup-check')!;
popup.config = { branding: { title: 'Quick ISO 42001 check' }, cta: { url: 'https://example.com/book' } };

for (const name of ['readiness-start', 'readiness-step', 'readiness-complete', 'readiness-error'] as const) {
  document.addEventListener(name, (event) => {
    const source = (event.target as HTMLElement).id;
    const item = document.createElement('li');
    const detail = name === 'readiness-complete' ? '{ result }' : JSON.stringify(event.detail);
    item.textContent = `${source}: ${name} ${detail}`;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  });
}
