import * as z from 'zod/mini';
import { assess } from '../../src/assess.js';
import { ITEMS } from '../../src/bank/items.js';
import {
  buildContext,
  buildLead,
  LeadConfigSchema,
  LeadSchema,
  type BuildLeadInput,
  type Lead,
  type LeadConfigInput,
  type LeadScope,
} from '../../src/schemas/lead.js';
import type { Answers, AssessmentResult } from '../../src/schemas/result.js';
import { firstValid } from './answers.js';

/** A consultancy's lead settings asking for everything, with a marketing opt-in and a hidden field. */
export const LEAD_CONFIG = z.parse(LeadConfigSchema, {
  mode: 'gate',
  fields: {
    name: 'required',
    email: 'required',
    company: 'optional',
    role: 'optional',
    companySize: 'optional',
    phone: 'optional',
    message: 'optional',
  },
  scope: 'full',
  consent: {
    text: 'I agree that Example Consulting Ltd stores my details and result to contact me about ISO certification. I can withdraw at any time.',
    version: '2025-01',
    privacyPolicyUrl: 'https://consultancy.example/privacy',
  },
  marketing: { text: 'Send me occasional news about ISO/IEC 27001 and 42001.' },
  hiddenFields: { campaign: 'spring-webinar', partner: 'p-42' },
} satisfies LeadConfigInput);

/** Every question answered with its first valid value. */
export const SAMPLE_ANSWERS: Answers = Object.fromEntries(ITEMS.map((item) => [item.id, firstValid(item)]));

/** A genuine result computed by the engine. */
export const sampleResult = (answers: Answers = SAMPLE_ANSWERS): AssessmentResult => assess(answers);

/** A fixed clock for leads. */
export const LEAD_TIME = new Date('2025-03-01T12:00:00.000Z');

let counter = 0;
/** A valid random-looking UUID v4 that differs on every call (deterministic, so failures reproduce). */
export const nextLeadId = (): string => {
  counter++;
  const hex = counter.toString(16).padStart(12, '0');
  return `7f3c9a52-1b4e-4c8d-9a6f-${hex}`;
};

/** Builds a validated lead; anything can be overridden. */
export function makeLead(scope: LeadScope = 'full', overrides: Partial<BuildLeadInput> = {}): Lead {
  return buildLead({
    id: nextLeadId(),
    now: LEAD_TIME,
    config: LEAD_CONFIG,
    contact: { name: 'Ada Lovelace', email: 'ada@company.example', company: 'Analytical Engines Ltd' },
    consent: { given: true, marketing: false },
    scope,
    result: sampleResult(),
    context: buildContext({
      href: 'https://consultancy.example/iso-check?utm_source=newsletter&utm_campaign=spring&email=ada%40company.example#top',
      referrer: 'https://search.example/results?q=iso+27001',
    }),
    locale: 'en',
    widgetVersion: '0.1.0',
    ...overrides,
  });
}

/** Fixtures are held to the same schema as real leads. */
export const assertLead = (value: unknown): Lead => z.parse(LeadSchema, value);
