import { Validator } from '@cfworker/json-schema';
import { expect } from 'chai';
import { fullResultJsonSchema, soaJsonSchema } from '../../scripts/json-schema.js';
import { assessFull } from '../../src/full/assess.js';
import { soa } from '../../src/full/soa.js';
import { full as en } from '../../src/i18n/en/full.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('JSON Schema of the full assessment and its SoA', () => {
  const result = assessFull({
    quick: { ai_role: 'core', internal_audit: 'partly' },
    scoping: { premises: 'none', aiSystems: 'Assistant' },
    entries: {
      '27001:A.5.15': { status: 'implemented', reasons: ['risk'], owner: 'CTO', targetDate: '2027-01-31' },
    },
  });

  it('should validate each standard’s SoA and reject a row without its control', () => {
    const validator = new Validator(soaJsonSchema() as object, '2020-12', false);
    for (const standard of ['iso27001', 'iso42001'] as const) {
      const draft = json(soa(result, standard, en));
      const outcome = validator.validate(draft);
      expect(outcome.valid, JSON.stringify(outcome.errors.slice(0, 3))).to.equal(true);
      const { control: _control, ...row } = draft.rows[0]!;
      expect(validator.validate({ ...draft, rows: [row] }).valid).to.equal(false);
    }
    expect(soaJsonSchema().$id).to.equal('urn:iso-readiness:schema:soa:v1');
  });

  it('should validate a full result and reject an unknown status', () => {
    const validator = new Validator(fullResultJsonSchema() as object, '2020-12', false);
    const data = json(result);
    expect(
      validator.validate(data).valid,
      JSON.stringify(validator.validate(data).errors.slice(0, 3)),
    ).to.equal(true);
    const broken = { ...data, entries: [{ ...data.entries[0]!, status: 'done' }, ...data.entries.slice(1)] };
    expect(validator.validate(broken).valid).to.equal(false);
  });
});
