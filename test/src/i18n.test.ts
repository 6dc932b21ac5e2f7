import { expect } from 'chai';
import fc from 'fast-check';
import { assess } from '../../src/assess.js';
import { ITEMS } from '../../src/bank/items.js';
import { ReadinessError, parseWith } from '../../src/errors.js';
import {
  applyOverrides,
  checkOverrides,
  checkTranslation,
  TranslationOverridesSchema,
} from '../../src/i18n/check.js';
import { enCore } from '../../src/i18n/en/core.js';
import { enFlow } from '../../src/i18n/en/flow.js';
import { deFlow } from '../../src/i18n/de/flow.js';
import { frFlow } from '../../src/i18n/fr/flow.js';
import { de as deWhole } from '../../src/i18n/de/index.js';
import { fr as frWhole } from '../../src/i18n/fr/index.js';
import { hasPart, loadFlow, loadPart, partialTranslation } from '../../src/i18n/parts.js';
import { loadTranslation } from '../../src/i18n/load.js';
import { en } from '../../src/i18n/en/index.js';
import { enReference } from '../../src/i18n/en/reference.js';
import { engineShape, leadShape } from '../../src/i18n/en/shape.js';
import { overlay } from '../../src/i18n/overlay.js';
import { shapeOf } from '../../src/i18n/shape-of.js';
import {
  formatDate,
  formatMoneyRange,
  formatNumber,
  formatPercent,
  formatWeeksRange,
} from '../../src/i18n/intl.js';
import {
  forRegion,
  getTranslation,
  resolveLanguage,
  resolveLocale,
  SUPPORTED_LOCALES,
} from '../../src/i18n/locales.js';
import { registerTranslation } from '../../src/i18n/register.js';
import type { Translation } from '../../src/i18n/translation.js';
import type { Answers } from '../../src/schemas/result.js';
import { validAnswersArb } from '../support/arbitraries.js';

const EXTRA_LOCALES = SUPPORTED_LOCALES.filter((l) => l !== 'en');

// Strings that are the same in every language: names of standards and frameworks, and words French borrows.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: [
    'standards.iso27001',
    'standards.iso42001',
    'ui.results.frameworks.nist-ai-rmf',
    'ui.results.frameworks.dora',
    'ui.results.frameworks.nis2',
  ],
  fr: [
    'standards.iso27001',
    'standards.iso42001',
    'ui.results.frameworks.nist-ai-rmf',
    'ui.results.frameworks.dora',
    'ui.results.frameworks.nis2',
    'domains.27001:5',
    'domains.27001:7',
    'domains.42001:7',
  ],
};

/** Only placeholders, digits and punctuation: nothing to translate. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

/** Every string leaf of a translation, keyed by its dotted path. */
function leaves(value: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path.join('.'), value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], out);
  }
  return out;
}

const clone = (t: Translation): Translation => JSON.parse(JSON.stringify(t)) as Translation;

/** A result with every text left out: what must be identical whatever the language. */
function neutral(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(neutral);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['text', 'label', 'headline', 'locale'].includes(key))
        .map(([key, child]) => [key, neutral(child)]),
    );
  }
  return value;
}

const SAMPLE: Answers = {
  org_size: '50-249',
  markets: ['eu', 'uk'],
  buyers: ['enterprise', 'investor-late'],
  regulated_sector: ['finance'],
  sensitive_data: ['personal-data'],
  security_maturity: 'medium',
  ai_role: 'core',
  ai_affects_people: ['customers'],
  eu_ai_act_high_risk: 'unsure',
  ai_function: 'integrated',
  status_27001: 'in-progress',
  status_42001: 'none',
};

// ICU writes narrow and non-breaking spaces; the figures matter, not which space.
const spaces = (text: string): string => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('i18n', () => {
  describe('English reference', () => {
    it('should match the committed src/i18n/en/shape.ts (run `npm run build:generated` after editing English)', () => {
      expect(engineShape, 'src/i18n/en/shape.ts is stale').to.deep.equal(shapeOf(en.engine));
      expect(leadShape, 'src/i18n/en/shape.ts is stale').to.deep.equal(shapeOf(en.lead));
    });

    it('should reduce each string to its placeholders and keep every key', () => {
      expect(shapeOf({ a: '{x} of {y} and {x}', b: { c: 'none' } })).to.deep.equal({
        a: '{x}{y}',
        b: { c: '' },
      });
      expect(Object.keys(enReference).sort()).to.deep.equal(Object.keys(en).sort());
      expect(checkTranslation(en)).to.deep.equal([]);
    });

    it('should give the widget up front only what comes before a result (run `npm run build:generated` after editing English)', () => {
      // Scored items (questions and checklist lines) come with the rest of the English.
      const scored = new Set(ITEMS.filter((item) => item.kind === 'control').map((item) => item.id));
      const withoutHelp = Object.fromEntries(
        Object.entries(en.bank)
          .filter(([id]) => !scored.has(id))
          .map(([id, { help: _help, ...text }]) => [id, text]),
      );
      const { results, ...ui } = en.ui;
      expect(enCore, 'src/i18n/en/core-words.ts or core-bank.ts is stale').to.deep.equal({
        locale: 'en',
        standards: en.standards,
        sections: en.sections,
        scale: en.scale,
        bank: withoutHelp,
        ui: { ...ui, results: { preparing: results.preparing } },
      });
    });

    it('should give the widget in parts what the whole translation holds (run `npm run build:generated` after editing a bank)', () => {
      const scored = new Set(ITEMS.filter((item) => item.kind === 'control').map((item) => item.id));
      for (const [flow, whole] of [
        [enFlow, en],
        [deFlow, deWhole],
        [frFlow, frWhole],
      ] as const) {
        const { bank, ...rest } = flow;
        const { bank: wholeBank, ...wholeRest } = whole;
        expect(rest, flow.locale).to.deep.equal(wholeRest);
        for (const [id, text] of Object.entries(wholeBank)) {
          const { help: _help, ...withoutHelp } = text;
          // Scored items are known by their checklist line until their questions load; the rest is as whole.
          const expected = scored.has(id) ? { text: text.practice, practice: text.practice } : withoutHelp;
          expect(
            bank[id],
            `${flow.locale} bank.${id}: src/i18n/*/bank-practice.ts or core-bank.ts is stale`,
          ).to.deep.equal(expected);
        }
        expect(Object.keys(bank).sort()).to.deep.equal(Object.keys(wholeBank).sort());
      }
    });

    it('should assemble a shipped locale from its parts into the whole translation', async () => {
      expect(partialTranslation('fr')).to.equal(undefined);
      expect(hasPart('fr', 'help')).to.equal(false);
      expect(await loadFlow('fr-CA')).to.deep.equal(frFlow);
      await Promise.all([loadPart('fr', 'questions'), loadPart('fr', 'help')]);
      expect(hasPart('fr', 'questions') && hasPart('fr', 'help')).to.equal(true);
      expect(partialTranslation('fr')).to.deep.equal(frWhole);
    });

    it('should check help overrides against English, although the widget holds no help up front', () => {
      expect(enReference.bank.org_size?.help).to.equal(en.bank.org_size?.help);
      expect(checkOverrides({ bank: { org_size: { help: 'Count everyone.' } } })).to.deep.equal([]);
      const [issue] = checkOverrides({ bank: { org_size: { hlep: 'Count everyone.' } } });
      expect(issue?.path).to.deep.equal(['bank', 'org_size', 'hlep']);
    });

    it('should still catch a broken placeholder in a result text', () => {
      const broken = JSON.parse(JSON.stringify(en)) as Translation;
      broken.engine['claim.none'] = 'Nothing of {standrad} yet.';
      const issues = checkTranslation(broken);
      expect(issues).to.have.length(1);
      expect(issues[0]!.path).to.deep.equal(['engine', 'claim.none']);
      expect(issues[0]!.message).to.contain('{standard}');
    });
  });

  describe('shipped locales', () => {
    for (const locale of EXTRA_LOCALES) {
      describe(locale, () => {
        let t: Translation;
        before(async () => {
          t = await loadTranslation(locale);
        });

        it('should have every English key, no other key, no empty string and the same placeholders', () => {
          expect(t.locale).to.equal(locale);
          expect(checkTranslation(t).map((i) => i.message)).to.deep.equal([]);
        });

        it('should have a text for every question and option of the bank', () => {
          for (const item of ITEMS) {
            expect(t.bank[item.id]?.text, item.id).to.be.a('string').and.not.equal(en.bank[item.id]?.text);
            if (item.kind === 'profile') {
              for (const option of item.options)
                expect(t.bank[item.id]?.options?.[option], `${item.id}.${option}`).to.be.a('string');
            }
          }
        });

        it('should be translated: no string copied from English except names and loanwords', () => {
          const theirs = leaves(t);
          const copied = [...leaves(en)]
            .filter(([path, text]) => path !== 'locale' && hasWords(text) && theirs.get(path) === text)
            .map(([path]) => path)
            .filter((path) => !(SAME_AS_ENGLISH[locale] ?? []).includes(path));
          expect(copied).to.deep.equal([]);
        });
      });
    }
  });

  describe('checkTranslation', () => {
    it('should accept English against itself', () => {
      expect(checkTranslation(en)).to.deep.equal([]);
    });

    it('should report a missing key with its path', () => {
      const t = clone(en) as unknown as { ui: { intro: Record<string, string> } };
      delete t.ui.intro.start;
      const issues = checkTranslation(t);
      expect(issues.map((i) => i.path)).to.deep.equal([['ui', 'intro', 'start']]);
      expect(issues[0]?.message).to.equal('ui.intro.start: missing');
    });

    it('should report a missing bank question and a missing engine template', () => {
      const t = clone(en) as unknown as { bank: Record<string, unknown>; engine: Record<string, unknown> };
      delete t.bank.org_size;
      delete t.engine['claim.none'];
      expect(checkTranslation(t).map((i) => i.message)).to.deep.equal([
        'bank.org_size: missing',
        'engine["claim.none"]: missing',
      ]);
    });

    it('should report extra keys, empty strings, wrong types and placeholder mismatches', () => {
      const t = clone(en) as unknown as {
        ui: { intro: Record<string, unknown> };
        scale: Record<string, unknown>;
      };
      t.ui.intro.strat = 'Los';
      t.ui.intro.start = '  ';
      t.ui.intro.estimate = 'Etwa {minutes} Minuten';
      t.scale.yes = 1;
      const messages = checkTranslation(t).map((i) => i.message);
      expect(messages).to.include('ui.intro.strat: unknown key; did you mean "start"?');
      expect(messages).to.include('ui.intro.start: empty string');
      expect(messages).to.include(
        'ui.intro.estimate: placeholders must be {count}, {minutes} as in English, found {minutes}',
      );
      expect(messages).to.include('scale.yes: expected a string, received a number');
    });

    it('should report a translation that is not an object', () => {
      expect(checkTranslation('de')[0]?.message).to.equal('(root): expected an object, received a string');
    });
  });

  describe('resolveLocale', () => {
    const cases: [string | undefined, string | undefined, string][] = [
      ['de', undefined, 'de'],
      ['fr', 'de', 'fr'],
      [undefined, 'de', 'de'],
      [undefined, 'fr-CA', 'fr'],
      ['de-CH', undefined, 'de'],
      ['DE-ch', undefined, 'de'],
      ['de_AT', undefined, 'de'],
      ['FR', undefined, 'fr'],
      ['en-GB', 'de', 'en'],
      [undefined, undefined, 'en'],
      ['', '', 'en'],
      ['es', undefined, 'en'],
      ['es', 'fr-CH', 'fr'],
      [undefined, 'pt-BR', 'en'],
      ['not a tag', undefined, 'en'],
    ];
    for (const [requested, host, expected] of cases) {
      it(`should resolve locale=${JSON.stringify(requested)} lang=${JSON.stringify(host)} to ${expected}`, () => {
        expect(resolveLocale(requested, host)).to.equal(expected);
      });
    }

    it('should keep the visitor’s regional tag for Intl', () => {
      expect(resolveLanguage(undefined, 'de-ch')).to.deep.equal({ locale: 'de', tag: 'de-CH' });
      expect(resolveLanguage('es', 'fr-BE')).to.deep.equal({ locale: 'fr', tag: 'fr-BE' });
      expect(resolveLanguage('xx', undefined)).to.deep.equal({ locale: 'en', tag: 'en' });
    });
  });

  describe('loadTranslation', () => {
    it('should load each locale once and give the same object after', async () => {
      const first = await loadTranslation('de-CH');
      expect(first.locale).to.equal('de');
      expect(await loadTranslation('de')).to.equal(first);
      expect(getTranslation('de-AT')).to.equal(first);
    });

    it('should give English for a locale it does not have', async () => {
      expect(await loadTranslation('ja')).to.deep.equal(en);
    });
  });

  describe('forRegion', () => {
    it('should write "ss" for "ß" in Swiss German and carry the regional tag', async () => {
      const de = await loadTranslation('de');
      const swiss = forRegion(de, 'de-CH');
      expect(swiss.locale).to.equal('de-CH');
      expect(JSON.stringify(swiss)).not.to.include('ß');
      expect(JSON.stringify(de)).to.include('ß');
      expect(forRegion(de, 'de')).to.equal(de);
      expect(forRegion(de, 'fr-CH')).to.equal(de);
      expect(forRegion(de, 'de-AT').locale).to.equal('de-AT');
    });
  });

  describe('registerTranslation', () => {
    it('should add a complete locale of a consultancy’s own', () => {
      const nl = { ...clone(en), locale: 'nl' };
      nl.ui.intro.start = 'Start de assessment';
      registerTranslation(nl);
      expect(resolveLocale('nl-BE', undefined)).to.equal('nl');
      expect(getTranslation('nl')?.ui.intro.start).to.equal('Start de assessment');
    });

    it('should refuse an incomplete translation, naming every missing key', () => {
      const broken = clone(en) as unknown as { locale: string; ui: { intro: Record<string, string> } };
      broken.locale = 'it';
      delete broken.ui.intro.start;
      broken.ui.intro.estimate = 'Circa {minuti} min';
      let error: unknown;
      try {
        registerTranslation(broken as unknown as Translation);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ReadinessError);
      const readinessError = error as ReadinessError;
      expect(readinessError.code).to.equal('invalid-translation');
      expect(readinessError.issues.map((i) => i.message)).to.have.members([
        'it.ui.intro.start: missing',
        'it.ui.intro.estimate: placeholders must be {count}, {minutes} as in English, found {minuti}',
      ]);
      expect(readinessError.path).to.deep.equal(readinessError.issues[0]?.path);
      expect(readinessError.message).to.match(
        /^Cannot register the "it" translation: it\.ui\.intro\.\w+: .* \(and 1 more\)$/,
      );
      expect(resolveLocale('it', undefined)).to.equal('en');
    });
  });

  describe('overlay', () => {
    it('should lay strings over strings and merge objects, leaving the base untouched', () => {
      const base = { ui: { intro: { start: 'Start', text: 'Hello' } }, locale: 'en' };
      const out = overlay(base, { ui: { intro: { start: 'Begin' } } });
      expect(out).to.deep.equal({ ui: { intro: { start: 'Begin', text: 'Hello' } }, locale: 'en' });
      expect(base.ui.intro.start).to.equal('Start');
    });

    it('should leave out whatever does not fit, for the config check to report', () => {
      const base = { ui: { intro: { start: 'Start' } }, locale: 'en' };
      const broken = { ui: { intro: { strat: 'x', start: 3 }, extra: 'x' }, locale: 'xx', sections: 'x' };
      expect(overlay(base, broken)).to.deep.equal(base);
      expect(overlay(base, { ui: { intro: { start: '  ' } } })).to.deep.equal(base);
      expect(overlay(base, 'not an object')).to.equal(base);
    });

    it('should keep every key and its type, whatever it is given', () => {
      // Each string becomes 's': what the first screen renders needs the same tree, whatever the config says.
      const types = (value: unknown): unknown =>
        typeof value === 'string'
          ? 's'
          : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, types(v)]));
      fc.assert(
        fc.property(fc.anything(), (patch) => {
          const out = overlay(en, { ui: patch, scale: patch, bank: { org_size: patch } });
          expect(types(out)).to.deep.equal(types(en));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('applyOverrides', () => {
    it('should lay a consultancy’s strings over the base without changing it', async () => {
      const de = await loadTranslation('de');
      const before = de.ui.intro.start;
      const t = applyOverrides(de, {
        ui: { intro: { start: 'Jetzt prüfen' } },
        bank: { org_size: { text: 'Wie groß?' } },
      });
      expect(t.ui.intro.start).to.equal('Jetzt prüfen');
      expect(t.bank.org_size?.text).to.equal('Wie groß?');
      expect(t.bank.org_size?.help).to.equal(de.bank.org_size?.help);
      expect(t.ui.intro.heading).to.equal(de.ui.intro.heading);
      expect(de.ui.intro.start).to.equal(before);
      expect(checkTranslation(t)).to.deep.equal([]);
    });

    it('should report an unknown key with its path, never ignore it', () => {
      expect(() => applyOverrides(en, { ui: { intro: { strat: 'Go' } } }))
        .to.throw(ReadinessError)
        .that.satisfies((e: ReadinessError) => {
          expect(e.code).to.equal('invalid-translation');
          expect(e.path).to.deep.equal(['en', 'ui', 'intro', 'strat']);
          expect(e.message).to.include('en.ui.intro.strat: unknown key; did you mean "start"?');
          return true;
        });
    });

    it('should refuse a placeholder that differs from the base string', () => {
      expect(() => applyOverrides(en, { ui: { progress: { count: 'Frage {n} von {total}' } } }))
        .to.throw(ReadinessError)
        .with.property('message')
        .that.includes('placeholders must be {index}, {total} as in English, found {n}, {total}');
    });

    it('should refuse values that are not non-empty strings, and the locale itself', () => {
      for (const overrides of [
        { ui: { title: 3 } },
        { ui: { title: '' } },
        { ui: 'x' },
        { locale: 'xx' },
        [],
      ]) {
        expect(() => applyOverrides(en, overrides), JSON.stringify(overrides)).to.throw(ReadinessError);
      }
    });
  });

  describe('TranslationOverridesSchema', () => {
    it('should accept overrides per locale', () => {
      const parsed = parseWith(
        TranslationOverridesSchema,
        { de: { ui: { intro: { start: 'Los' } } }, 'fr-CH': {} },
        'invalid-config',
      );
      expect(parsed.de?.ui?.intro?.start).to.equal('Los');
    });

    it('should name the unknown key when the config is parsed', () => {
      expect(() =>
        parseWith(TranslationOverridesSchema, { de: { ui: { intro: { strat: 'Los' } } } }, 'invalid-config', [
          'config',
          'translations',
        ]),
      )
        .to.throw(ReadinessError)
        .that.satisfies((e: ReadinessError) => {
          expect(e.path).to.deep.equal(['config', 'translations', 'de', 'ui', 'intro', 'strat']);
          expect(e.message).to.include('unknown key; did you mean "start"?');
          return true;
        });
    });

    it('should refuse a locale key that is not a language tag', () => {
      expect(() => parseWith(TranslationOverridesSchema, { 'german!': {} }, 'invalid-config')).to.throw(
        ReadinessError,
      );
    });
  });

  describe('assess in every locale', () => {
    it('should give the same ids, codes and figures as English, only the texts differ', async () => {
      const translations = await Promise.all(EXTRA_LOCALES.map((l) => loadTranslation(l)));
      fc.assert(
        fc.property(validAnswersArb, (answers) => {
          const english = assess(answers);
          for (const t of translations) {
            const result = assess(answers, { translation: t });
            expect(result.locale).to.equal(t.locale);
            expect(neutral(result)).to.deep.equal(neutral(english));
          }
        }),
        { numRuns: 40 },
      );
    });

    it('should write the texts in the locale asked for', async () => {
      const de = await loadTranslation('de');
      const fr = await loadTranslation('fr');
      const german = assess(SAMPLE, { translation: de });
      const french = assess(SAMPLE, { translation: fr });
      expect(german.locale).to.equal('de');
      expect(french.locale).to.equal('fr');
      const texts = (result: unknown) =>
        [...leaves(result)].filter(([p]) => /(text|headline)$/.test(p)).map(([, v]) => v);
      const english = new Set(texts(assess(SAMPLE)));
      for (const text of [...texts(german), ...texts(french)])
        expect(english.has(text), text).to.equal(false);
    });

    it('should print cost ranges in the currency and the locale’s way', async () => {
      const de = await loadTranslation('de');
      const result = assess(SAMPLE, { translation: de, currency: 'CHF' });
      const costs = result.recommendation.rationale.filter((r) => r.id.startsWith('costs.band.'));
      expect(costs).to.have.length(1);
      expect(spaces(costs[0]?.text ?? '')).to.match(/\d{1,3}(\.\d{3})*–\d{1,3}(\.\d{3})* CHF/);
    });
  });

  describe('Intl formatting', () => {
    it('should format money ranges per locale and currency', () => {
      const range = { min: 15000, max: 60000 };
      expect(spaces(formatMoneyRange(range, 'EUR', 'de'))).to.equal('15.000–60.000 €');
      expect(spaces(formatMoneyRange(range, 'CHF', 'de'))).to.equal('15.000–60.000 CHF');
      expect(spaces(formatMoneyRange(range, 'CHF', 'de-CH')).replace(/’/g, "'")).to.equal(
        "CHF 15'000–60'000",
      );
      expect(spaces(formatMoneyRange(range, 'EUR', 'fr'))).to.equal('15 000–60 000 €');
      expect(spaces(formatMoneyRange(range, 'GBP', 'en-GB'))).to.equal('£15,000 – £60,000');
      expect(spaces(formatMoneyRange(range, 'INR', 'en-IN'))).to.equal('₹15,000 – ₹60,000');
      expect(spaces(formatMoneyRange({ min: 5000, max: 5000 }, 'EUR', 'de'))).to.equal('5.000 €');
    });

    it('should format weeks, percentages, numbers and dates', () => {
      expect(formatWeeksRange({ min: 6, max: 10 }, 'de')).to.equal('6–10 Wochen');
      expect(spaces(formatWeeksRange({ min: 6, max: 10 }, 'fr'))).to.equal('6–10 semaines');
      expect(formatWeeksRange({ min: 6, max: 10 }, 'en')).to.equal('6–10 weeks');
      expect(formatWeeksRange({ min: 1, max: 1 }, 'de')).to.equal('1 Woche');
      expect(spaces(formatPercent(62.5, 'de'))).to.equal('63 %');
      expect(spaces(formatPercent(85, 'fr'))).to.equal('85 %');
      expect(formatPercent(85, 'en')).to.equal('85%');
      expect(formatNumber(1234.5, 'de', 1)).to.equal('1.234,5');
      expect(spaces(formatNumber(1234.5, 'fr', 1))).to.equal('1 234,5');
      const date = new Date(Date.UTC(2026, 2, 3, 12));
      expect(formatDate(date, 'de')).to.equal('3. März 2026');
      expect(formatDate(date, 'fr')).to.equal('3 mars 2026');
      expect(formatDate(date, 'en-GB')).to.equal('3 March 2026');
    });

    it('should not throw on a malformed tag from a host page', () => {
      expect(formatNumber(1000, 'not a tag')).to.equal('1,000');
      expect(formatDate(0, '!!')).to.be.a('string');
    });
  });
});
