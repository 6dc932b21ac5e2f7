// What a visitor fetches for the quick check in English, from the first screen to the unlocked report (issue 15's
// target: 90 kB gzip). `npm run bench:report` measures the same bytes in a browser; `npm run bench:chunks` lists
// what each chunk holds.
import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { buildCdnEsm, quickFlowFiles, type CdnFile } from '../../scripts/cdn.js';

/**
 * Gzip ceiling of the quick flow, each file compressed on its own as a server sends it. Raise it only in the
 * commit that causes the growth, and say why there.
 *
 * 108,453 B when first measured (issue 15's report work). Webhook delivery (the outbox, retries, HubSpot's format)
 * now loads only when a webhook is configured: 105,059 B. The short path (issue 15) moved the questions' English
 * from the first screen into the chunk that loads while the visitor answers (111,446 B); the outbox no longer
 * comes with the results part when only "Forget my data" needs a function of it: 110,822 B. The 90 kB target
 * (92,160 B) is not met yet; the ceiling holds today's size +1 %, so the flow cannot grow unnoticed.
 *
 * Raised for issue 16's requirement and sequence tables, whose rows now carry their sources and why (the rules
 * load with the results): 111,135 → 111,904 B.
 *
 * Issue 15's size work, 111,924 → 95,409 B: the check of translation overrides loads only for a config that has
 * some (-3,464 B); each locale loads in parts, the scored items' questions for sharpening and the help when
 * opened (-8,132 B); terser's second pass (-1,821 B); the Lead's builder and schema load when the form shows
 * (-2,077 B, the lead chunk's 2,070 B and the result schemas' 1,465 B then follow); English's result texts in
 * one chunk (-722 B). Ceiling at today's size +1 %. The 90 kB target (92,160 B, or 90,000) is not met yet.
 *
 * Raised for issue 15's interactions within 200 ms at 4× CPU slowdown and page numbers on any print: the rehearsal
 * of the first result while the visitor answers (`widget/iso-readiness/warm-up.ts`, with the lead's module fetched
 * then rather than when the form shows) and the document's page-number sheet: 95,409 → 97,012 B.
 *
 * Lowered for issue 15's 90 kB target, 97,012 → 94,532 B (ceiling today's +1 %; the target is not met yet): the
 * engine's items are the first screen's flow items plus their other refs and milestones, not a second copy of the
 * bank (-872 B); English for a first result no longer repeats the first screen's interface strings, standards,
 * sections and scale (-1,222 B); the checklist lines join that English chunk (-308 B); four interface strings no
 * screen shows any more are gone (-80 B).
 *
 * Lowered for issue 15's 90 kB target, 94,700 → 87,755 B, the target met (ceiling today's +1 %): lead capture (the
 * lead form, its controller, the check of lead settings, the Lead's builder and schema) is a chunk of its own,
 * fetched only for a config with lead settings; the results part checks the rest of the config without it.
 */
const FLOW_CEILING = 88_700;

/**
 * With lead capture (`lead.mode: 'gate'`), the page also fetches the Lead's builder before the report is unlocked: while the visitor answers and when the form shows. 98,067 B when
 * first counted (issue 15); ceiling today's +1 %.
 *
 * Lead capture in a chunk of its own, fetched beside the results part for a config with lead settings, with the
 * Lead's builder and schema in it: 98,234 → 98,504 B (what the form, its controller and the lead settings' check
 * cost alone, gzip no longer sharing the results' words, less the Lead's own chunk and its request). Ceiling kept.
 *
 * The widget puts its leads together from checked parts without the Lead's and the result's schemas (those stay
 * for apps, `verifyLead` and webhook delivery): 98,621 → 96,591 B. Ceiling lowered to 97,100.
 */
const GATE_CEILING = 97_100;

describe('quick flow size', function () {
  this.timeout(60_000);
  let files: CdnFile[];
  before(async () => {
    files = await buildCdnEsm({ write: false });
  });

  it(`should keep what the English quick check fetches under ${FLOW_CEILING} bytes gzip`, () => {
    const flow = quickFlowFiles(files);
    const size = flow.reduce((n, f) => n + gzipSync(f.code, { level: 9 }).length, 0);
    console.log(`      quick flow (en): ${size} B gzip in ${flow.length} files`);
    expect(size).to.be.at.most(FLOW_CEILING);
  });

  it(`should keep it, with the lead capture a gated report fetches, under ${GATE_CEILING} bytes gzip`, () => {
    const flow = quickFlowFiles(files, 'en', { gate: true });
    const modules = flow.flatMap((f) => f.modules);
    for (const lead of [
      'src/schemas/lead-build.ts',
      'src/schemas/lead-config.ts',
      'widget/lead-form/lead-form.component.ts',
      'widget/iso-readiness/lead-controller.ts',
    ])
      expect(modules, lead).to.include(lead);
    // The widget puts its leads together from parts it has checked: the Lead's schema and the result's are
    // for apps, `verifyLead` and webhook delivery.
    for (const schema of [
      'src/schemas/lead-schema.ts',
      'src/schemas/result.ts',
      'src/full/result-schemas.ts',
    ])
      expect(modules, schema).not.to.include(schema);
    const size = flow.reduce((n, f) => n + gzipSync(f.code, { level: 9 }).length, 0);
    console.log(`      quick flow (en), gate mode: ${size} B gzip in ${flow.length} files`);
    expect(size).to.be.at.most(GATE_CEILING);
  });

  it('should leave the full assessment, other languages, help, questions, lead capture and webhook delivery out of it', () => {
    const modules = quickFlowFiles(files).flatMap((f) => f.modules);
    for (const absent of [
      'widget/full-assessment/full-assessment.ts',
      'src/i18n/de/index.ts',
      'src/i18n/fr/index.ts',
      'sdk/lead/delivery.ts',
      // Lead capture (the form, its controller, the lead settings' check) loads only for a config with lead settings.
      'widget/lead-form/lead-form.component.ts',
      'widget/iso-readiness/lead-controller.ts',
      'src/schemas/lead-config.ts',
      'src/schemas/lead.ts',
      'src/schemas/lead-build.ts',
      // Translation overrides' check (with English's shape) loads only for a config that has some.
      'src/i18n/check.ts',
      'src/i18n/en/shape.ts',
      // The questions' help loads when a visitor opens it, the scored items' questions for sharpening.
      'src/i18n/en/bank-help.ts',
      'src/i18n/en/bank.ts',
    ])
      expect(modules, absent).not.to.include(absent);
    expect(modules).to.include('widget/iso-readiness/report.ts');
    expect(modules).to.include('src/i18n/en/flow.ts');
  });

  for (const locale of ['de', 'fr'] as const) {
    it(`should give a visitor reading ${locale} no English but the first screen's, and the lead form's fallback with lead capture`, () => {
      const english = (gate: boolean) =>
        quickFlowFiles(files, locale, { gate })
          .flatMap((f) => f.modules)
          .filter((m) => m.startsWith('src/i18n/en/'))
          .sort();
      const firstScreen = ['src/i18n/en/core-bank.ts', 'src/i18n/en/core-words.ts', 'src/i18n/en/core.ts'];
      expect(english(false)).to.deep.equal(firstScreen);
      expect(english(true)).to.deep.equal([...firstScreen, 'src/i18n/en/lead.ts']);
      const flow = quickFlowFiles(files, locale);
      const size = flow.reduce((n, f) => n + gzipSync(f.code, { level: 9 }).length, 0);
      console.log(`      quick flow (${locale}): ${size} B gzip in ${flow.length} files`);
    });
  }
});
