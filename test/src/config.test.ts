import { expect } from 'chai';
import { ReadinessError } from '../../src/errors.js';
import { parseWidgetConfig } from '../../src/schemas/config.js';
import { parseFirstScreenConfig } from '../../src/schemas/first-screen-config.js';
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
});
