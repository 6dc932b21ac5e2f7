import { html, type TemplateResult } from 'lit';
import type { ReadinessEventMap } from '../../sdk/events.js';
import type { Session } from '../../sdk/session-core.js';
import type { CoreTranslation } from '../../src/i18n/translation.js';
import type { FirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import type { ResultsPart } from './results-part.js';

/** `depth="full"`: the gap assessment in place of the quick check, pre-filled from the quick check's answers. */
export function renderFullScreen(
  t: CoreTranslation,
  settings: FirstScreenConfig,
  with_: {
    lang: string;
    session: Session | null;
    instance: string;
    report: <K extends keyof ReadinessEventMap>(name: K, detail: ReadinessEventMap[K]) => void;
    results: ResultsPart | null;
    lead: unknown;
  },
): TemplateResult {
  return html`<iso-readiness-full
    part="full"
    .scope=${settings.standards ?? ['iso27001', 'iso42001']}
    .locale=${with_.lang}
    .quickSession=${with_.session}
    .instance=${with_.instance}
    .storage=${settings.storage !== false}
    .bankText=${t.bank}
    .report=${with_.report}
    .gated=${with_.results?.gated}
    .branding=${settings.branding}
    >${with_.lead}</iso-readiness-full
  >`;
}
