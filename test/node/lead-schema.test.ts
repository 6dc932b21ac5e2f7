import { Validator } from '@cfworker/json-schema';
import { expect } from 'chai';
import { leadJsonSchema, resultJsonSchema } from '../../scripts/json-schema.js';
import { LEAD_SCOPES, type Lead } from '../../src/schemas/lead.js';
import { makeLead, sampleResult } from '../support/leads.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('JSON Schema for CRM and back-end teams', () => {
  const lead = new Validator(leadJsonSchema() as object, '2020-12', false);
  const result = new Validator(resultJsonSchema() as object, '2020-12', false);

  it('should validate a lead of every scope', () => {
    for (const scope of LEAD_SCOPES) {
      const outcome = lead.validate(json(makeLead(scope)));
      expect(outcome.valid, JSON.stringify(outcome.errors.slice(0, 3))).to.equal(true);
    }
  });

  it('should validate an assessment result', () => {
    expect(result.validate(json(sampleResult())).valid).to.equal(true);
  });

  it('should reject what the zod schema rejects', () => {
    const summary = json(makeLead('summary')) as Extract<Lead, { scope: 'summary' }>;
    expect(lead.validate({ ...summary, result: { ...summary.result, answers: {} } }).valid).to.equal(false);
    expect(lead.validate({ ...summary, consent: { ...summary.consent, given: false } }).valid).to.equal(
      false,
    );
    expect(lead.validate({ ...summary, contact: { name: 'x'.repeat(101) } }).valid).to.equal(false);
    expect(lead.validate({ ...summary, contact: { email: 'not an email' } }).valid).to.equal(false);
    expect(lead.validate({ ...summary, extra: true }).valid).to.equal(false);
    expect(lead.validate({ ...json(makeLead('contact')), result: summary.result }).valid).to.equal(false);
  });

  it('should count lengths in code points, like the SDK', () => {
    const summary = json(makeLead('summary')) as Extract<Lead, { scope: 'summary' }>;
    expect(lead.validate({ ...summary, contact: { name: '𝔄'.repeat(100) } }).valid).to.equal(true);
  });
});
