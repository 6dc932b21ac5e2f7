import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { LeadSchema } from '../../src/schemas/lead.js';

/** The consultancy's webhook in tests (a reserved `.example` host: msw answers, nothing leaves the machine). */
export const WEBHOOK_URL = 'https://hooks.consultancy.example/leads';
export const HUBSPOT_PORTAL = '1234567';
export const HUBSPOT_FORM = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const HUBSPOT_URL = `https://api.hsforms.com/submissions/v3/integration/submit/${HUBSPOT_PORTAL}/${HUBSPOT_FORM}`;

/** What the endpoint does with one request. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | 'network-error'
  | 'hang'
  /** The server processes the lead, but the response never reaches the page. */
  | 'lost-response';

/** One request as the endpoint saw it. */
export interface SeenRequest {
  url: string;
  idempotencyKey: string | null;
  contentType: string | null;
  body: string;
}

/** HubSpot's Forms API v3 submission body, as documented: held to it in tests. */
export const HubSpotSubmissionSchema = z.strictObject({
  submittedAt: z.string().check(z.regex(/^\d+$/)),
  fields: z.array(z.strictObject({ name: z.string(), value: z.string() })),
  context: z.strictObject({ pageUri: z.optional(z.string()), pageName: z.string() }),
  legalConsentOptions: z.strictObject({
    consent: z.strictObject({
      consentToProcess: z.boolean(),
      text: z.string(),
      communications: z.array(
        z.strictObject({ value: z.boolean(), subscriptionTypeId: z.number(), text: z.string() }),
      ),
    }),
  }),
});

/**
 * A scripted endpoint: each request gets the next reply (the last one repeats). JSON bodies are checked against
 * `LeadSchema`, HubSpot bodies against `HubSpotSubmissionSchema`; a body that fails is answered 422.
 */
export function scriptedEndpoint(url: string, replies: Reply[], format: 'json' | 'hubspot' = 'json') {
  const seen: SeenRequest[] = [];
  const handler = http.post(url, async ({ request }) => {
    const body = await request.text();
    seen.push({
      url: request.url,
      idempotencyKey: request.headers.get('Idempotency-Key'),
      contentType: request.headers.get('Content-Type'),
      body,
    });
    const schema = format === 'json' ? LeadSchema : HubSpotSubmissionSchema;
    if (!z.safeParse(schema, JSON.parse(body)).success)
      return HttpResponse.json({ error: 'invalid' }, { status: 422 });
    const reply = replies[Math.min(seen.length - 1, replies.length - 1)]!;
    if (reply === 'network-error' || reply === 'lost-response') return HttpResponse.error();
    if (reply === 'hang') {
      await delay('infinite');
      return HttpResponse.error();
    }
    return HttpResponse.json(reply.body ?? { ok: true }, { status: reply.status, headers: reply.headers });
  });
  return { handler, seen };
}
