import type { IsoReadinessConfig } from '../widget/element.js';

/** An asset of this demo as an absolute URL the widget accepts (https, or http on localhost). */
export function localAsset(path: string): string | undefined {
  const url = new URL(path, location.href);
  const local = ['localhost', '127.0.0.1'].includes(url.hostname);
  return url.protocol === 'https:' || local ? url.href : undefined;
}

// The privacy policy must be https (the lead records it): this demo's own page when served over https, a
// placeholder on the plain-http dev server.
const privacyPolicyUrl = (): string =>
  location.protocol === 'https:'
    ? new URL('/privacy.html', location.href).href
    : 'https://example.com/privacy';

/** Northbridge's lead settings; the dev server answers POST /api/leads itself (vite.config.ts). */
export function northbridgeLead(
  mode: 'gate' | 'optional',
  campaign: string,
): NonNullable<IsoReadinessConfig['lead']> {
  const webhookUrl = localAsset('/api/leads');
  return {
    mode,
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
      privacyPolicyUrl: privacyPolicyUrl(),
    },
    marketing: { text: 'Also send me the monthly Northbridge newsletter on ISO/IEC 27001 and 42001.' },
    hiddenFields: { campaign },
    ...(webhookUrl ? { webhook: { url: webhookUrl } } : {}),
  };
}

/**
 * Writes every `readiness-*` event on the page to `log` (results and leads in short), and each request to the
 * demo webhook with its status once answered. Returns the function that adds a line.
 */
export function logEvents(log: HTMLOListElement): (text: string) => void {
  const line = (text: string): void => {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  };
  for (const name of [
    'readiness-start',
    'readiness-step',
    'readiness-complete',
    'readiness-error',
  ] as const) {
    document.addEventListener(name, (event) => {
      const source = (event.target as HTMLElement).id;
      const detail =
        name === 'readiness-complete'
          ? `{ result${'gapAssessment' in event.detail ? ', gapAssessment' : ''}, depth: ${(event.detail as { depth: string }).depth} }`
          : JSON.stringify(event.detail);
      line(`${source}: ${name} ${detail}`);
    });
  }
  document.addEventListener('readiness-lead', (event) => {
    const { id, scope } = event.detail.lead;
    line(`${(event.target as HTMLElement).id}: readiness-lead { id: ${id}, scope: ${scope} } (JSON below)`);
  });
  // Delivery as the browser saw it: each request to the demo webhook, with its status once it is answered.
  if (typeof PerformanceObserver !== 'undefined') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (!entry.name.endsWith('/api/leads')) continue;
        const status = 'responseStatus' in entry && entry.responseStatus ? ` → ${entry.responseStatus}` : '';
        line(`webhook: POST /api/leads${status}`);
      }
    }).observe({ type: 'resource', buffered: true });
  }
  return line;
}
