import { expect } from 'chai';
import fc from 'fast-check';
import { ReadinessError } from '../../src/errors.js';
import { parseWidgetConfig } from '../../src/schemas/widget-config.js';
import { parseFirstScreenConfig } from '../../src/schemas/first-screen-config.js';
import { CONTACT_FIELDS, LeadFieldsSchema } from '../../src/schemas/lead-config.js';
import * as z from '../../src/zod.js';
import { LEAD_CONFIG } from '../support/leads.js';

/** The `ReadinessError` `fn` throws. */
function thrown(fn: () => unknown): ReadinessError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReadinessError) return error;
    throw error;
  }
  throw new Error('expected a ReadinessError');
}

const { consent } = LEAD_CONFIG;

describe('widget config', () => {
  describe('parseFirstScreenConfig', () => {
    it('should check what the first screen needs', () => {
      const error = thrown(() => parseFirstScreenConfig({ mode: 'overlay' }));
      expect(error.code).to.equal('invalid-config');
      expect(error.path).to.deep.equal(['config', 'mode']);
      expect(
        thrown(() => parseFirstScreenConfig({ branding: { logoUrl: 'javascript:x' } })).path,
      ).to.deep.equal(['config', 'branding', 'logoUrl']);
    });

    it('should take the width as contained or full, and name anything else', () => {
      expect(parseFirstScreenConfig({ depth: 'full', width: 'full' }).width).to.equal('full');
      expect(parseFirstScreenConfig({ width: 'contained' }).width).to.equal('contained');
      expect(parseFirstScreenConfig({}).width).to.equal(undefined);
      const error = thrown(() => parseFirstScreenConfig({ width: 'wide' }));
      expect(error.code).to.equal('invalid-config');
      expect(error.path).to.deep.equal(['config', 'width']);
      expect(thrown(() => parseFirstScreenConfig({ width: true })).path).to.deep.equal(['config', 'width']);
      expect(parseWidgetConfig({ depth: 'full', width: 'full' }).width).to.equal('full');
    });

    it('should refuse unknown keys at once, late ones included by name', () => {
      const error = thrown(() => parseFirstScreenConfig({ leads: { mode: 'gate' } }));
      expect(error.message).to.contain('unknown field "leads"');
    });

    it('should let what only results use through, for the results part to check', () => {
      const late = {
        lead: { mode: 'gate' },
        translations: { en: { uj: {} } },
        figures: { weeks: 3 },
        cta: { url: 'javascript:x' },
        dataLayer: 'yes',
        onComplete: 'track()',
      };
      expect(parseFirstScreenConfig(late)).to.deep.equal(late);
      const issues = thrown(() => parseWidgetConfig(late)).issues.map((issue) => issue.path[1]);
      expect(issues).to.include.members([
        'lead',
        'translations',
        'figures',
        'cta',
        'dataLayer',
        'onComplete',
      ]);
    });
  });

  describe('parseWidgetConfig', () => {
    it('should accept what the first screen accepts, with the rest checked', () => {
      const config = { standards: ['iso42001'], lead: { mode: 'optional', consent }, figures: {} };
      expect(parseWidgetConfig(config).lead?.fields).to.deep.equal({
        name: 'required',
        email: 'required',
        company: 'optional',
      });
    });

    it('should name a lead setting that is missing', () => {
      const error = thrown(() => parseWidgetConfig({ lead: { mode: 'gate' } }));
      expect(error.code).to.equal('invalid-config');
      expect(error.path).to.deep.equal(['config', 'lead', 'consent']);
    });

    it('should name a translation override that does not exist', () => {
      const error = thrown(() =>
        parseWidgetConfig({ translations: { de: { ui: { intro: { strat: 'Los' } } } } }),
      );
      expect(error.path).to.deep.equal(['config', 'translations', 'de', 'ui', 'intro', 'strat']);
      expect(error.message).to.contain('did you mean "start"');
    });

    it('should accept help overrides, whose English loads with the results', () => {
      const help = { en: { bank: { org_size: { help: 'Count everyone on the payroll.' } } } };
      expect(parseWidgetConfig({ translations: help }).translations).to.deep.equal(help);
    });

    it('should refuse figures the engine would refuse, as a config error', () => {
      const unknown = thrown(() => parseWidgetConfig({ figures: { wekes: {} } }));
      expect(unknown.code).to.equal('invalid-config');
      expect(unknown.path).to.deep.equal(['config', 'figures']);
      expect(unknown.message).to.contain('unknown field "wekes"');
      const reversed = thrown(() =>
        parseWidgetConfig({ figures: { weeks: { align27001: { min: 30, max: 10 } } } }),
      );
      expect(reversed.code).to.equal('invalid-config');
      expect(reversed.path.slice(0, 2)).to.deep.equal(['config', 'figures']);
      expect(reversed.message).to.contain('exceeds max');
    });
  });

  describe('what the report holds and how it converts', () => {
    it('should accept cta placements, a secondary action, report sections, an own section and a contact person', () => {
      const config = parseWidgetConfig({
        branding: {
          consultancy: 'Acme',
          contact: { name: 'Dana Fischer', role: 'Lead auditor', photoUrl: 'https://acme.example/dana.jpg' },
        },
        cta: {
          url: 'https://acme.example/book',
          placements: ['hero', 'end'],
          secondary: { url: 'https://acme.example/gap', label: 'Start the full gap assessment' },
        },
        report: {
          sections: ['path', 'own', 'reasons'],
          own: { heading: 'How Acme helps', paragraphs: ['A six-week readiness sprint.'] },
        },
        lead: {
          mode: 'gate',
          consent,
          submitLabel: 'Open my report',
          thankYou: {
            heading: 'Thank you',
            text: 'We reply within a day.',
            redirectUrl: 'https://acme.example/thanks',
          },
        },
      });
      expect(config.cta?.placements).to.deep.equal(['hero', 'end']);
      expect(config.report?.sections).to.deep.equal(['path', 'own', 'reasons']);
      expect(config.branding?.contact?.name).to.equal('Dana Fischer');
      expect(config.lead?.thankYou?.redirectUrl).to.equal('https://acme.example/thanks');
    });

    it('should name what is wrong: an unknown placement or section, a repeat, an unsafe link', () => {
      expect(
        thrown(() => parseWidgetConfig({ cta: { url: 'https://a.example', placements: ['footer'] } })).path,
      ).to.deep.equal(['config', 'cta', 'placements', 0]);
      expect(
        thrown(() => parseWidgetConfig({ report: { sections: ['costs', 'costs'] } })).path,
      ).to.deep.equal(['config', 'report', 'sections']);
      expect(thrown(() => parseWidgetConfig({ report: { sections: ['pricing'] } })).path).to.deep.equal([
        'config',
        'report',
        'sections',
        0,
      ]);
      expect(
        thrown(() => parseWidgetConfig({ branding: { contact: { name: 'Dana', photoUrl: 'javascript:x' } } }))
          .path,
      ).to.deep.equal(['config', 'branding', 'contact', 'photoUrl']);
      expect(
        thrown(() =>
          parseWidgetConfig({
            lead: { mode: 'gate', consent, thankYou: { redirectUrl: 'http://a.example' } },
          }),
        ).path,
      ).to.deep.equal(['config', 'lead', 'thankYou', 'redirectUrl']);
    });

    it('should let the contact person through the first screen, for the results part to check', () => {
      expect(
        parseFirstScreenConfig({ branding: { contact: { name: 'Dana' } }, report: {} }).branding,
      ).to.deep.equal({
        contact: { name: 'Dana' },
      });
    });
  });

  describe('lead.fields', () => {
    const parse = (fields: unknown) => z.parse(LeadFieldsSchema, fields);

    it('should take a list of field names: the email required, the rest optional', () => {
      expect(parse(['name', 'email', 'company'])).to.deep.equal({
        name: 'optional',
        email: 'required',
        company: 'optional',
      });
    });

    it('should keep the object form as it is', () => {
      expect(parse({ name: 'required', phone: 'optional' })).to.deep.equal({
        name: 'required',
        phone: 'optional',
      });
    });

    it('should give the list and the object form the same rules, for any fields', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.constantFrom(...CONTACT_FIELDS), { minLength: 1 }), (list) => {
          const rules = Object.fromEntries(list.map((f) => [f, f === 'email' ? 'required' : 'optional']));
          expect(parse(list)).to.deep.equal(parse(rules));
        }),
      );
    });

    it('should name the entry of a list that is not a field, and refuse repeats and an empty list', () => {
      const unknown = thrown(() => parseWidgetConfig({ lead: { consent, fields: ['name', 'fax'] } }));
      expect(unknown.path).to.deep.equal(['config', 'lead', 'fields', 1]);
      expect(unknown.message).to.contain('"fax"');
      expect(
        thrown(() => parseWidgetConfig({ lead: { consent, fields: ['email', 'email'] } })).message,
      ).to.contain('each field at most once');
      expect(thrown(() => parseWidgetConfig({ lead: { consent, fields: [] } })).path).to.deep.equal([
        'config',
        'lead',
        'fields',
      ]);
    });
  });
});
