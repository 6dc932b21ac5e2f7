import { CONTACT_FIELDS, type ContactField, type HubSpotConfig, type Lead } from '../../src/schemas/lead.js';
import { STANDARD_IDS } from '../../src/schemas/standard.js';

/** HubSpot's public (unauthenticated, CORS-enabled) Forms submission endpoint for a portal and form. */
export const hubSpotSubmitUrl = (portalId: string, formGuid: string): string =>
  `https://api.hsforms.com/submissions/v3/integration/submit/${encodeURIComponent(portalId)}/${encodeURIComponent(formGuid)}`;

/**
 * HubSpot's default contact property for each field. `name` goes whole into `firstname`: splitting a name
 * into first and last guesses wrong for much of the world; map it elsewhere with `hubspot.properties`.
 * `companySize` has no default (HubSpot's `numemployees` uses other bands), so it is sent only when mapped.
 */
export const HUBSPOT_DEFAULT_PROPERTIES: Partial<Record<ContactField, string>> = {
  name: 'firstname',
  email: 'email',
  company: 'company',
  role: 'jobtitle',
  phone: 'phone',
  message: 'message',
};

/** The body HubSpot's Forms API v3 expects. */
export interface HubSpotSubmission {
  /** Milliseconds since the epoch, as a string. */
  submittedAt: string;
  fields: { name: string; value: string }[];
  context: { pageUri?: string; pageName: string };
  legalConsentOptions: {
    consent: {
      consentToProcess: boolean;
      text: string;
      communications: { value: boolean; subscriptionTypeId: number; text: string }[];
    };
  };
}

/** One language-neutral line summarising a lead's result, for a single CRM property. */
export function resultLine(lead: Lead): string {
  if (lead.scope === 'contact') return '';
  const parts: string[] = [];
  for (const id of STANDARD_IDS) {
    const c = lead.result.classification[id];
    if (c) {
      parts.push(
        `${id} claim=${c.claim} requirement=${c.requirement} readiness=${c.readiness === null ? 'n/a' : Math.round(c.readiness)}`,
      );
    }
  }
  const rec = lead.result.recommendation;
  parts.push(`sequence=${rec.sequence}`);
  if (rec.operatingModel) parts.push(`model=${rec.operatingModel}`);
  return parts.join('; ');
}

/** Maps a Lead onto HubSpot's submission format: fields, page context, and consent as legal-consent options. */
export function toHubSpotSubmission(lead: Lead, hubspot: HubSpotConfig): HubSpotSubmission {
  const properties = hubspot.properties ?? {};
  const fields: HubSpotSubmission['fields'] = [];
  for (const field of CONTACT_FIELDS) {
    const value = lead.contact[field];
    const name = properties[field] ?? HUBSPOT_DEFAULT_PROPERTIES[field];
    if (value !== undefined && name) fields.push({ name, value });
  }
  // Hidden fields go only where the consultancy mapped them: HubSpot rejects properties it does not know.
  for (const [key, value] of Object.entries(lead.context.hidden)) {
    const name = properties[key];
    if (name) fields.push({ name, value });
  }
  if (hubspot.resultProperty && lead.scope !== 'contact') {
    fields.push({ name: hubspot.resultProperty, value: resultLine(lead) });
  }
  const marketing = lead.consent.marketing;
  const pageUrl = lead.context.pageUrl;
  return {
    submittedAt: String(Date.parse(lead.createdAt)),
    fields,
    context: {
      ...(pageUrl ? { pageUri: pageUrl } : {}),
      pageName: hubspot.pageName ?? (pageUrl ? new URL(pageUrl).pathname : '/'),
    },
    legalConsentOptions: {
      consent: {
        consentToProcess: lead.consent.given,
        text: lead.consent.text,
        communications:
          marketing && hubspot.subscriptionTypeId !== undefined
            ? [
                {
                  value: marketing.given,
                  subscriptionTypeId: hubspot.subscriptionTypeId,
                  text: marketing.text,
                },
              ]
            : [],
      },
    },
  };
}
