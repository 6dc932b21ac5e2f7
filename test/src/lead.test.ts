import { expect, util } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { assess } from '../../src/assess.js';
import { ReadinessError } from '../../src/errors.js';
import { assembleLead, ownCopies } from '../../src/schemas/lead-build.js';
import {
  buildContext,
  buildLead,
  LEAD_SCOPES,
  LeadConfigSchema,
  LeadSchema,
  narrowScope,
  newLeadId,
  parseLead,
  scopeResult,
  scopesWithin,
  WebhookConfigSchema,
  type ContactField,
  type Lead,
  type LeadScope,
} from '../../src/schemas/lead.js';
import type { AssessmentResult } from '../../src/schemas/result.js';
import { validAnswersArb } from '../support/arbitraries.js';
import { LEAD_CONFIG, LEAD_TIME, makeLead, nextLeadId, sampleResult } from '../support/leads.js';

const standardsArb = fc.constantFrom(['iso27001', 'iso42001'], ['iso27001'], ['iso42001']) as fc.Arbitrary<
  ('iso27001' | 'iso42001')[]
>;
const scopeArb = fc.constantFrom(...LEAD_SCOPES);

/** Catches and returns the ReadinessError `fn` throws; fails on any other outcome. */
const readinessError = (fn: () => unknown): ReadinessError => {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(ReadinessError);
    return error as ReadinessError;
  }
  throw new Error('expected a ReadinessError');
};

const keys = (value: object): string[] => Object.keys(value).sort();

// An oracle written from the rules, independently of the implementation's regexes.
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const textOk = (s: string, max: number, multiline: boolean): boolean =>
  /\S/u.test(s) &&
  [...s].length <= max &&
  wellFormed(s) &&
  // eslint-disable-next-line no-control-regex -- control characters are what the rule is about
  !(multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/ : /[\u0000-\u001F\u007F]/).test(s);

const HOSTILE: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '" onfocus="alert(1)" autofocus="',
  'javascript:alert(document.cookie)',
  'Ada \u202Eecalevol\u202C', // right-to-left override
  'A\u200Bd\u200Da\uFEFF', // zero-width characters
  'Ame\u0301lie', // NFD
  'Am\u00E9lie', // NFC
  '👩‍💻 Zoë 𝔄𝔡𝔞',
  'x'.repeat(10_000),
  '\uD83D lone high',
  'lone low \uDE00',
  'tab\there',
  'two\nlines',
  'nul\u0000byte',
  '   ',
];

describe('lead schemas', () => {
  describe('scopeResult', () => {
    it('should carry exactly the fields each scope allows, for any result', () => {
      fc.assert(
        fc.property(validAnswersArb, standardsArb, (answers, standards) => {
          const result = assess(answers, { scope: standards });
          expect(scopeResult(result, 'contact')).to.equal(undefined);

          const summary = scopeResult(result, 'summary');
          expect(keys(summary)).to.deep.equal(['classification', 'recommendation', 'scope']);
          expect(summary.scope).to.deep.equal(result.scope);
          expect(keys(summary.classification)).to.deep.equal(keys(result.classification));
          for (const [id, c] of Object.entries(summary.classification)) {
            const source = result.classification[id as 'iso27001'];
            expect(keys(c)).to.deep.equal(['claim', 'headline', 'readiness', 'requirement', 'standard']);
            expect(c).to.deep.equal({
              standard: source?.standard,
              claim: source?.claim,
              requirement: source?.requirement,
              readiness: source?.readiness,
              headline: source?.headline,
            });
          }
          expect(keys(summary.recommendation)).to.deep.equal([
            'operatingModel',
            'phases',
            'sequence',
            'standards',
            'targets',
          ]);
          expect(summary.recommendation.phases).to.deep.equal(result.recommendation.phases);
          expect(JSON.stringify(summary)).not.to.contain('"answers"');
          expect(JSON.stringify(summary)).not.to.contain('"domains"');

          expect(scopeResult(result, 'full')).to.deep.equal(result);
        }),
        { numRuns: 60 },
      );
    });

    it('should drop fields a widened result object tries to smuggle out', () => {
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.string({ minLength: 1 }).filter((k) => !['__proto__', 'constructor'].includes(k)),
            fc.jsonValue(),
          ),
          scopeArb,
          (extra, scope) => {
            const result = sampleResult();
            const widened = {
              ...extra,
              ...result,
              classification: {
                ...result.classification,
                iso27001: { ...result.classification.iso27001, email: 'x' },
              },
              secret: 'ada@company.example',
            } as unknown as AssessmentResult;
            const scoped = scopeResult(widened, scope);
            const json = JSON.stringify(scoped ?? null);
            expect(json).not.to.contain('secret');
            expect(json).not.to.contain('"email"');
            if (scope === 'full') expect(scoped).to.deep.equal(result);
          },
        ),
        { numRuns: 40 },
      );
    });

    it('should put the scoped result, and nothing for contact, into a lead', () => {
      for (const scope of LEAD_SCOPES) {
        const lead = makeLead(scope);
        expect(lead.scope).to.equal(scope);
        expect('result' in lead).to.equal(scope !== 'contact');
        expect(LeadSchema.safeParse(lead).success).to.equal(true);
      }
    });
  });

  describe('assembleLead with its own copies (what the widget sends)', () => {
    it('should equal what buildLead checks and returns, for any result, scope and marketing choice', () => {
      fc.assert(
        fc.property(
          validAnswersArb,
          standardsArb,
          scopeArb,
          fc.boolean(),
          (answers, standards, scope, marketing) => {
            const result = assess(answers, { scope: standards });
            const input = {
              id: nextLeadId(),
              now: LEAD_TIME,
              contact: { name: 'Ada Lovelace', email: 'ada@company.example', phone: '+44 20 7946 0000' },
              consent: { given: true, marketing },
              scope,
              result,
              context: buildContext({
                href: 'https://consultancy.example/check?utm_source=x',
                referrer: null,
              }),
              locale: 'de-CH',
              widgetVersion: '0.1.0',
            };
            const assembled = assembleLead(input, LEAD_CONFIG, ownCopies);
            // Deep equality both ways: nothing the checked lead has is missing, nothing extra is sent.
            return (
              util.eql(assembled, buildLead({ ...input, config: LEAD_CONFIG })) &&
              util.eql(parseLead(assembled), assembled)
            );
          },
        ),
        { numRuns: 40 },
      );
    });

    it('should hand out copies: a page that edits its lead leaves the result on screen as it was', () => {
      const result = sampleResult();
      const before = structuredClone(result);
      for (const scope of ['summary', 'full'] as const) {
        const lead = assembleLead(
          {
            id: nextLeadId(),
            now: LEAD_TIME,
            contact: { name: 'Ada', email: 'ada@company.example' },
            consent: { given: true },
            scope,
            result,
            context: buildContext({ href: 'https://consultancy.example/' }),
            locale: 'en',
            widgetVersion: '0.1.0',
          },
          LEAD_CONFIG,
          ownCopies,
        );
        if (lead.scope === 'contact') throw new Error('expected a result in the lead');
        const phases = lead.result.recommendation.phases;
        phases.splice(0, phases.length);
        const first = lead.result.classification.iso27001;
        if (first) first.headline = 'changed by the page';
      }
      expect(result).to.deep.equal(before);
    });

    it('should refuse what buildLead refuses, with the same codes: no consent, a required field missing', () => {
      const input = {
        id: nextLeadId(),
        now: LEAD_TIME,
        contact: { email: 'ada@company.example' },
        consent: { given: true },
        result: sampleResult(),
        context: buildContext({ href: 'https://consultancy.example/' }),
        locale: 'en',
        widgetVersion: '0.1.0',
      };
      const missingName = readinessError(() => assembleLead(input, LEAD_CONFIG, ownCopies));
      expect([missingName.code, missingName.message]).to.deep.equal([
        'invalid-lead',
        'contact.name: required',
      ]);
      const noConsent = readinessError(() =>
        assembleLead(
          { ...input, contact: { name: 'Ada', email: 'ada@company.example' }, consent: { given: false } },
          LEAD_CONFIG,
          ownCopies,
        ),
      );
      expect(noConsent.code).to.equal('invalid-lead');
      expect(noConsent.path).to.deep.equal(['consent', 'given']);
    });
  });

  describe('narrowScope', () => {
    it('should let the visitor narrow the scope but never widen it', () => {
      fc.assert(
        fc.property(scopeArb, fc.option(scopeArb, { nil: undefined }), (asked, chosen) => {
          const final = narrowScope(asked, chosen);
          expect(LEAD_SCOPES.indexOf(final)).to.be.at.most(LEAD_SCOPES.indexOf(asked));
          if (chosen && LEAD_SCOPES.indexOf(chosen) <= LEAD_SCOPES.indexOf(asked))
            expect(final).to.equal(chosen);
          else expect(final).to.equal(asked);
        }),
      );
    });

    it('should offer only the scopes within what was asked', () => {
      expect(scopesWithin('contact')).to.deep.equal(['contact']);
      expect(scopesWithin('summary')).to.deep.equal(['contact', 'summary']);
      expect(scopesWithin('full')).to.deep.equal(['contact', 'summary', 'full']);
    });

    it('should never widen a lead beyond the consultancy’s scope', () => {
      const lead = makeLead('full', { config: { ...LEAD_CONFIG, scope: 'summary' } });
      expect(lead.scope).to.equal('summary');
    });
  });

  describe('buildLead', () => {
    it('should record consent text, version, time, locale and the separate marketing opt-in', () => {
      const lead = makeLead('summary', { consent: { given: true, marketing: true } });
      expect(lead.consent).to.deep.equal({
        text: LEAD_CONFIG.consent?.text,
        version: '2025-01',
        privacyPolicyUrl: 'https://consultancy.example/privacy',
        given: true,
        at: LEAD_TIME.toISOString(),
        locale: 'en',
        marketing: { given: true, text: LEAD_CONFIG.marketing?.text },
      });
      expect(makeLead('summary').consent.marketing?.given).to.equal(false);
    });

    it('should refuse a lead without consent', () => {
      const error = readinessError(() => makeLead('full', { consent: { given: false } }));
      expect(error.code).to.equal('invalid-lead');
      expect(error.path).to.deep.equal(['consent', 'given']);
    });

    it('should require the fields the consultancy requires and drop those it did not ask for', () => {
      const config = { ...LEAD_CONFIG, fields: { email: 'required' as const, company: 'optional' as const } };
      expect(
        readinessError(() => makeLead('contact', { config, contact: { company: 'X' } })).path,
      ).to.deep.equal(['contact', 'email']);
      const lead = makeLead('contact', {
        config,
        contact: { email: 'a@b.example', name: 'Not asked', phone: '+1 555 0100' },
      });
      expect(lead.contact).to.deep.equal({ email: 'a@b.example' });
    });

    it('should keep page and referrer without query or fragment, and read UTM parameters', () => {
      const context = buildContext({
        href: 'https://host.example/a/b?utm_source=news&utm_medium=email&utm_campaign=q1&utm_term=iso&utm_content=cta&email=ada%40x.example#frag',
        referrer: 'https://ref.example/path?q=secret#x',
        hidden: { partner: 'p1' },
      });
      expect(context).to.deep.equal({
        pageUrl: 'https://host.example/a/b',
        referrer: 'https://ref.example/path',
        utm: { source: 'news', medium: 'email', campaign: 'q1', term: 'iso', content: 'cta' },
        hidden: { partner: 'p1' },
      });
      expect(buildContext({ href: 'file:///C:/page.html', referrer: '' })).to.deep.include({
        pageUrl: null,
        referrer: null,
      });
      const lead = makeLead('contact');
      expect(JSON.stringify(lead)).not.to.contain('ada%40company.example');
      expect(lead.context.hidden).to.deep.equal({ campaign: 'spring-webinar', partner: 'p-42' });
    });

    it('should never echo personal data in its error messages', () => {
      const error = readinessError(() =>
        makeLead('contact', { contact: { name: 'Ada', email: 'ada-SECRET-at-example' } }),
      );
      expect(error.path).to.deep.equal(['contact', 'email']);
      expect(error.message).not.to.contain('SECRET');
      expect(JSON.stringify(error.issues)).not.to.contain('SECRET');
    });
  });

  describe('hostile input', () => {
    const FIELDS: { field: ContactField; max: number; multiline: boolean }[] = [
      { field: 'name', max: 100, multiline: false },
      { field: 'company', max: 150, multiline: false },
      { field: 'role', max: 100, multiline: false },
      { field: 'message', max: 2000, multiline: true },
    ];

    /** Builds a lead with `value` in `field`; returns it, or the ReadinessError. */
    const attempt = (field: ContactField, value: string) => {
      try {
        return makeLead('summary', {
          contact: { name: 'Ada', email: 'ada@company.example', [field]: value },
        });
      } catch (error) {
        expect(error, String(error)).to.be.instanceOf(ReadinessError);
        expect((error as ReadinessError).code).to.equal('invalid-lead');
        return error as ReadinessError;
      }
    };

    const check = (field: ContactField, max: number, multiline: boolean, value: string) => {
      const outcome = attempt(field, value);
      if (value === '') {
        // An empty input means "not given": refused when required, otherwise left out of the lead.
        if (LEAD_CONFIG.fields[field] === 'required') expect(outcome).to.be.instanceOf(ReadinessError);
        else expect((outcome as Lead).contact).not.to.have.property(field);
        return;
      }
      const accept = textOk(value, max, multiline);
      if (!accept) {
        expect(outcome, `${field} should reject ${JSON.stringify(value.slice(0, 40))}`).to.be.instanceOf(
          ReadinessError,
        );
        return;
      }
      expect(outcome, `${field} should accept ${JSON.stringify(value.slice(0, 40))}`).not.to.be.instanceOf(
        ReadinessError,
      );
      const lead = outcome as Exclude<typeof outcome, ReadinessError>;
      // Byte-exact: never trimmed, normalised or escaped, and unchanged by the JSON the webhook gets.
      expect(lead.contact[field]).to.equal(value);
      const roundTrip = JSON.parse(JSON.stringify(lead)) as unknown;
      expect(roundTrip).to.deep.equal(lead);
      expect(parseLead(roundTrip).contact[field]).to.equal(value);
    };

    it('should accept or reject each hostile string in every text field by the rules, and keep accepted ones byte-exact', () => {
      for (const { field, max, multiline } of FIELDS)
        for (const value of HOSTILE) check(field, max, multiline, value);
    });

    it('should count lengths in code points, not UTF-16 units', () => {
      const astral = '𝔄'.repeat(100); // 100 code points, 200 UTF-16 units
      expect(astral.length).to.equal(200);
      check('name', 100, false, astral);
      expect(attempt('name', `${astral}x`)).to.be.instanceOf(ReadinessError);
    });

    it('should keep NFC and NFD spellings apart, exactly as typed', () => {
      const nfc = makeLead('contact', { contact: { name: 'Am\u00E9lie', email: 'a@b.example' } });
      const nfd = makeLead('contact', { contact: { name: 'Ame\u0301lie', email: 'a@b.example' } });
      expect(nfc.contact.name).to.equal('Am\u00E9lie');
      expect(nfd.contact.name).to.equal('Ame\u0301lie');
    });

    it('should follow the rules for any string, and throw nothing but ReadinessError', () => {
      const unit = fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.constantFrom('\uD800', '\uDFFF', '\u202E', '\u200B', '\n', '\u0000', '<', '"', ' '),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...FIELDS),
          fc.string({ unit, maxLength: 120 }),
          ({ field, max, multiline }, value) => {
            check(field, max, multiline, value);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('should validate email and phone shapes', () => {
      for (const email of ['ada@company.example', "o'brien+iso@sub.company.example"]) {
        expect(attempt('email', email)).not.to.be.instanceOf(ReadinessError);
      }
      for (const email of [
        '<script>@x.example',
        'javascript:alert(1)',
        'ada@',
        'a\u202E@x.example',
        'a@x.example\n',
      ]) {
        expect(attempt('email', email)).to.be.instanceOf(ReadinessError);
      }
      expect(attempt('email', `${'a'.repeat(250)}@x.example`)).to.be.instanceOf(ReadinessError);
      expect(attempt('phone', '+44 (0)20 7946-0958')).not.to.be.instanceOf(ReadinessError);
      for (const phone of ['call me', '<script>', '12', '+1 555 0100\u202E']) {
        expect(attempt('phone', phone)).to.be.instanceOf(ReadinessError);
      }
    });

    it('should reject unsafe consultancy URLs and accept https', () => {
      const consentWith = (privacyPolicyUrl: string) =>
        z.safeParse(LeadConfigSchema, {
          ...LEAD_CONFIG,
          consent: { ...LEAD_CONFIG.consent, privacyPolicyUrl },
        }).success;
      for (const url of [
        'javascript:alert(1)',
        ' javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'http://consultancy.example/privacy',
        'http://localhost/privacy',
        'https://user:secret@consultancy.example/privacy',
        '//consultancy.example/privacy',
        'privacy.html',
        '',
      ]) {
        expect(consentWith(url), url).to.equal(false);
      }
      expect(consentWith('https://consultancy.example/privacy?lang=en#data')).to.equal(true);

      const webhook = (url: string) => z.safeParse(WebhookConfigSchema, { url }).success;
      for (const url of [
        'http://localhost:8787/leads',
        'http://127.0.0.1/leads',
        'https://hooks.example/leads',
      ]) {
        expect(webhook(url), url).to.equal(true);
      }
      for (const url of [
        'http://hooks.example/leads',
        'http://localhost.evil.example/leads',
        'https://token:x@hooks.example/leads',
        'javascript:fetch(1)',
        'data:application/json,{}',
        'ftp://hooks.example/',
      ]) {
        expect(webhook(url), url).to.equal(false);
      }
    });

    it('should carry hostile consultancy strings byte-exact, and reject lone surrogates and oversize text', () => {
      for (const value of HOSTILE) {
        const config = {
          ...LEAD_CONFIG,
          consent: { ...LEAD_CONFIG.consent!, text: value },
          marketing: { text: value },
          hiddenFields: { campaign: value },
        };
        const ok = textOk(value, 500, false);
        const consentOk = textOk(value, 2000, true);
        let lead;
        try {
          lead = buildLead({
            id: nextLeadId(),
            now: LEAD_TIME,
            config,
            contact: { name: 'Ada', email: 'ada@company.example' },
            consent: { given: true },
            scope: 'contact',
            result: null,
            bank: { version: '1', hash: 'abc' },
            context: buildContext({ href: 'https://host.example/' }),
            locale: 'en',
            widgetVersion: '0.1.0',
          });
        } catch (error) {
          expect(error).to.be.instanceOf(ReadinessError);
          expect(ok && consentOk, JSON.stringify(value.slice(0, 30))).to.equal(false);
          continue;
        }
        expect(ok && consentOk, JSON.stringify(value.slice(0, 30))).to.equal(true);
        expect(lead.consent.text).to.equal(value);
        expect(lead.consent.marketing?.text).to.equal(value);
        expect(lead.context.hidden.campaign).to.equal(value);
        expect(JSON.parse(JSON.stringify(lead))).to.deep.equal(lead);
      }
    });
  });

  describe('newLeadId', () => {
    it('should make a UUID v4, also where only getRandomValues exists (plain-http pages)', () => {
      const insecure = { getRandomValues: (a: Uint8Array) => crypto.getRandomValues(a) };
      const ids = [newLeadId(), ...Array.from({ length: 50 }, () => newLeadId(insecure))];
      for (const id of ids) expect(z.safeParse(z.uuidv4(), id).success, id).to.equal(true);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });

  describe('parseLead', () => {
    it('should throw nothing but ReadinessError on arbitrary input', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(readinessError(() => parseLead(value)).code).to.equal('invalid-lead');
        }),
        { numRuns: 200 },
      );
    });

    it('should reject a summary lead carrying answers or domain scores', () => {
      const lead = makeLead('summary') as Extract<Lead, { scope: 'summary' }>;
      const full = sampleResult();
      const tampered = { ...lead, result: { ...lead.result, answers: full.answers } };
      expect(readinessError(() => parseLead(tampered)).message).to.contain('answers');
      const contact = { ...makeLead('contact'), result: lead.result };
      expect(readinessError(() => parseLead(contact)).code).to.equal('invalid-lead');
    });

    it('should reject a lead whose scope is unknown', () => {
      const lead = { ...makeLead('contact'), scope: 'everything' as LeadScope };
      expect(readinessError(() => parseLead(lead)).code).to.equal('invalid-lead');
    });
  });

  describe('LeadConfigSchema', () => {
    it('should apply defaults and require consent once leads are on', () => {
      const off = z.parse(LeadConfigSchema, {});
      expect(off.mode).to.equal('off');
      expect(off.scope).to.equal('summary');
      expect(z.safeParse(LeadConfigSchema, { mode: 'gate' }).success).to.equal(false);
    });

    it('should refuse lead capture that asks for no way to reach the visitor (D3)', () => {
      const base = { mode: 'optional', consent: LEAD_CONFIG.consent };
      const nameOnly = z.safeParse(LeadConfigSchema, { ...base, fields: { name: 'required' } });
      expect(nameOnly.success).to.equal(false);
      expect(JSON.stringify(nameOnly.error?.issues)).to.contain('make email or phone required');
      const optionalEmail = { name: 'required', email: 'optional' } as const;
      expect(z.safeParse(LeadConfigSchema, { ...base, fields: optionalEmail }).success).to.equal(false);
      expect(z.safeParse(LeadConfigSchema, { ...base, fields: { phone: 'required' } }).success).to.equal(
        true,
      );
      expect(z.safeParse(LeadConfigSchema, { ...base, fields: ['name', 'email'] }).success).to.equal(true);
    });

    it('should require hubspot ids for the hubspot format and a url for json', () => {
      expect(z.safeParse(WebhookConfigSchema, { format: 'hubspot' }).success).to.equal(false);
      expect(z.safeParse(WebhookConfigSchema, {}).success).to.equal(false);
      const hubspot = z.parse(WebhookConfigSchema, {
        format: 'hubspot',
        hubspot: { portalId: '123456', formGuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
      });
      expect(hubspot.timeoutMs).to.equal(10_000);
      expect(hubspot.maxAttempts).to.equal(5);
    });
  });
});
