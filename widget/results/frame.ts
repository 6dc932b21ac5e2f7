import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import { isSafeUrl } from '../../src/schemas/first-screen-config.js';
import {
  CTA_PLACEMENTS,
  type CallToAction,
  type ContactPerson,
  type CtaPlacement,
} from '../../src/schemas/config.js';
import type { ThankYou } from '../../src/schemas/lead-config.js';
import { formatDate } from '../internal/format.js';

// What surrounds the report's sections: the calls to action, the banner after a send, the header and the
// prepared-by block of the printed report, and the row of actions under it.

/** The consultancy's brand as the report shows it: on paper, and as the person behind the offer. */
export interface ReportBranding {
  consultancy?: string;
  logoUrl?: string;
  contact?: ContactPerson;
}

/** Whether the call to action shows at `where`. */
export function placed(cta: CallToAction | null, where: CtaPlacement): cta is CallToAction {
  // Validated with the config already; checked again because this is where it becomes a link.
  return !!cta && isSafeUrl(cta.url) && (cta.placements ?? CTA_PLACEMENTS).includes(where);
}

/** A link that opens in a new tab, and says so to screen readers. */
const external = (t: Translation, url: string, label: string, cls: string, part?: string) =>
  html`<a part=${part ?? nothing} class=${cls} href=${url} target="_blank" rel="noopener noreferrer">
    ${label}<span class="visually-hidden"> ${t.ui.results.newTab}</span>
  </a>`;

/** The call to action at `where` (with its secondary action), after `text` when there is one. */
export function ctaBox(
  t: Translation,
  cta: CallToAction | null,
  where: CtaPlacement,
  text: string,
): TemplateResult | typeof nothing {
  if (!placed(cta, where)) return nothing;
  const label = cta.label ?? t.ui.results.ctaDefault;
  const secondary = cta.secondary && isSafeUrl(cta.secondary.url) ? cta.secondary : undefined;
  return html`<aside part="cta" class="cta cta--${where} no-print">
    ${text ? html`<p class="cta__text">${text}</p>` : nothing}
    <span class="cta__buttons">
      ${external(t, cta.url, label, 'button button--primary cta__link', 'cta-link')}
      ${secondary ? external(t, secondary.url, secondary.label, 'button button--secondary', 'cta-secondary') : nothing}
    </span>
  </aside>`;
}

/** On a phone, the call to action kept at the bottom of the screen once the first one has scrolled away. */
export function stickyCta(t: Translation, cta: CallToAction | null, stuck: boolean) {
  if (!placed(cta, 'sticky')) return nothing;
  return html`<div part="sticky-cta" class="sticky no-print" ?hidden=${!stuck}>
    ${external(t, cta.url, cta.label ?? t.ui.results.ctaDefault, 'button button--primary sticky__link')}
  </div>`;
}

/** Whether the banner after a send carries the booking link (any safe call to action, wherever it is placed). */
export const bannerBooks = (cta: CallToAction | null): cta is CallToAction => !!cta && isSafeUrl(cta.url);

/** After the send: what happens next, the booking link and the print button. */
export function banner(
  t: Translation,
  c: { branding: ReportBranding | null; thankYou: ThankYou | null; cta: CallToAction | null },
  onPrint: () => void,
): TemplateResult {
  const ui = t.ui.results;
  const who = c.branding?.consultancy;
  const text = c.thankYou?.text ?? (who ? format(ui.sentText, { consultancy: who }) : ui.sentTextDefault);
  const cta = bannerBooks(c.cta) ? c.cta : null;
  return html`<div part="banner" class="banner no-print" role="status" tabindex="-1">
    <p class="banner__heading">${c.thankYou?.heading ?? ui.sentHeading}</p>
    <p>${text}</p>
    <p class="banner__actions">
      ${cta ? external(t, cta.url, ui.bookNow, 'button button--primary') : nothing}
      <button type="button" class="button button--secondary" @click=${onPrint}>${ui.print}</button>
    </p>
  </div>`;
}

/** On paper only: the consultancy's logo and name, the client and the date. */
export function printHeader(
  t: Translation,
  branding: ReportBranding | null,
  client: string,
  locale: string,
  date: Date,
): TemplateResult {
  const ui = t.ui.results;
  const logo = branding?.logoUrl && isSafeUrl(branding.logoUrl) ? branding.logoUrl : undefined;
  return html`<header part="print-header" class="print-only print-header">
    ${logo ? html`<img class="print-header__logo" src=${logo} alt=${branding?.consultancy ?? ''} />` : nothing}
    <p>
      ${client ? html`<strong>${format(ui.preparedFor, { client })}</strong><br />` : nothing}
      ${branding?.consultancy ? html`${format(ui.preparedBy, { consultancy: branding.consultancy })}<br />` : nothing}
      ${formatDate(locale, date)}
    </p>
  </header>`;
}

/** The consultancy's contact person under the report. */
export function preparedBy(t: Translation, branding: ReportBranding | null): TemplateResult | typeof nothing {
  const person = branding?.contact;
  if (!person) return nothing;
  const photo = person.photoUrl && isSafeUrl(person.photoUrl) ? person.photoUrl : undefined;
  const who = branding?.consultancy;
  return html`<aside part="prepared-by" class="person">
    ${photo ? html`<img class="person__photo" src=${photo} alt="" width="48" height="48" />` : nothing}
    <p>
      <span class="person__label">${t.ui.results.yourContact}</span><br />
      <strong>${person.name}</strong
      >${person.role || who ? html`, ${[person.role, who].filter(Boolean).join(', ')}` : nothing}
    </p>
  </aside>`;
}

/** Print, download, review and restart; behind the lead gate, review and restart only. */
export function actions(
  t: Translation,
  teaser: boolean,
  on: { print: () => void; download: () => void; review: () => void; restart: () => void },
): TemplateResult {
  const ui = t.ui.results;
  const button = (label: string, click: () => void, kind = 'secondary') =>
    html`<button type="button" class="button button--${kind}" @click=${click}>${label}</button>`;
  return html`<div part="actions" class="actions no-print" role="group" aria-label=${ui.actionsLabel}>
    ${teaser ? nothing : html`${button(ui.print, on.print)} ${button(ui.download, on.download)}`}
    ${button(ui.review, on.review, 'link')} ${button(ui.restart, on.restart, 'link')}
  </div>`;
}
