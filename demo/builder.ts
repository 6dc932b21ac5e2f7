import '../widget/index.js';
import type { IsoReadiness, IsoReadinessConfig } from '../widget/element.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const snippet = document.querySelector<HTMLPreElement>('#snippet')!;
const preview = document.querySelector<HTMLDivElement>('#preview')!;
const status = document.querySelector<HTMLParagraphElement>('#copy-status')!;

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeScript = (value: string) => value.replace(/</g, '\\u003c');

/** The `lead` part of config: everything but the mode, which the `lead` attribute carries. */
function readLead(text: (name: string) => string): IsoReadinessConfig['lead'] {
  if (text('lead') === 'off') return undefined;
  return {
    scope: text('leadScope') as 'contact' | 'summary' | 'full',
    consent: {
      text: text('consentText'),
      version: text('consentVersion'),
      privacyPolicyUrl: text('privacyUrl'),
    },
    ...(text('marketing') ? { marketing: { text: text('marketing') } } : {}),
    ...(text('webhook') ? { webhook: { url: text('webhook') } } : {}),
  };
}

function read() {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return {
    standards: data.getAll('standards').map(String),
    mode: text('mode'),
    theme: text('theme'),
    lead: text('lead'),
    primary: text('primary'),
    radius: Number(text('radius')) || 0,
    src: text('src'),
    config: {
      branding: { title: text('title') || undefined, consultancy: text('consultancy') || undefined },
      cta: text('ctaUrl') ? { url: text('ctaUrl'), label: text('ctaLabel') || undefined } : undefined,
      lead: readLead(text),
    } satisfies IsoReadinessConfig,
  };
}

function render(): void {
  const s = read();
  const id = 'iso-readiness-check';
  const attrs = [
    `id="${id}"`,
    `standards="${escapeAttr(s.standards.join(' '))}"`,
    s.mode === 'popup' ? 'mode="popup"' : '',
    `theme="${escapeAttr(s.theme)}"`,
    s.lead !== 'off' ? `lead="${escapeAttr(s.lead)}"` : '',
  ].filter(Boolean);
  // Config goes in a separate script file on strict-CSP sites; shown inline here for brevity.
  snippet.textContent = [
    `<script type="module" src="${escapeAttr(s.src)}"></script>`,
    `<iso-readiness ${attrs.join(' ')}></iso-readiness>`,
    `<style>`,
    `  #${id} { --readiness-color-primary: ${s.primary}; --readiness-radius: ${s.radius}px; }`,
    `</style>`,
    `<script type="module">`,
    `  document.getElementById('${id}').config = ${escapeScript(JSON.stringify(s.config, null, 2)).replace(/\n/g, '\n  ')};`,
    `</script>`,
  ].join('\n');

  const el = document.createElement('iso-readiness') as IsoReadiness;
  el.setAttribute('standards', s.standards.join(' '));
  if (s.mode === 'popup') el.setAttribute('mode', 'popup');
  el.setAttribute('theme', s.theme);
  el.setAttribute('storage', 'off');
  if (s.lead !== 'off') el.setAttribute('lead', s.lead);
  el.config = s.config as IsoReadinessConfig;
  // Theme colours through the CSSOM, not a style attribute, so the preview also works under a strict CSP.
  el.style.setProperty('--readiness-color-primary', s.primary);
  el.style.setProperty('--readiness-radius', `${s.radius}px`);
  preview.replaceChildren(el);
}

form.addEventListener('input', render);
document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copy failed: select the text and copy it by hand.';
  }
});
render();
