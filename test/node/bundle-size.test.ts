import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { buildCdnEsm } from '../../scripts/cdn.js';
import { measureEntry } from '../../scripts/sizes.js';

// The SDK is measured as `npm run bench` measures it: an app's esbuild bundle, what loads up front.
const sdkEntrySize = async (code: string): Promise<number> => (await measureEntry(code)).gzip;

/**
 * Gzip ceilings of what a page downloads before the widget can show anything (Zod's bundle-size test).
 * Raise one only in the commit that causes the growth, and say why there.
 *
 * Target: 40 kB (40,960 B) for the CDN module. The SDK's 20 kB target is retired (issue 11): `assess` alone is fine
 * for apps and servers at its size, and its ceilings hold today's. The CDN ceiling was set at 63.9 kB. The SDK ones were
 * lowered when the SDK stopped carrying the widget's strings and the English text was tightened (43.3 → 39.6 kB;
 * `assess` alone 34.8 kB). Of the SDK's 39.6 kB, the English text (question bank, explanations, shared words)
 * is ~11.6 kB, zod/mini ~8.5 kB and the engine's rules, bank structure and session ~19.5 kB, so 20 kB needs
 * the engine itself to shrink, not only its text. The ceilings hold today's size (+3 %) so nothing grows
 * unnoticed.
 *
 * Raised for lead capture (issue 4): the CDN module now carries the lead form, its controller, the Lead schemas,
 * the outbox and webhook delivery and the form's English text (~37 kB minified, ~11.7 kB gzip: 77.7 kB); the SDK
 * entry exports `deliverLead`, `flushOutbox`, `LeadDelivery`, `forget`, `verifyLead` and the Lead schemas
 * (47.6 kB). Loading the form and delivery only when `lead` is not `off` would take ~8 kB gzip back off the CDN.
 *
 * Lowered when the widget began loading its results part on demand: the CDN module up front (what the first
 * question needs: Lit, the flow, the config schema, the English questions and interface) fell from 77.7 to
 * 52.1 kB; the rules, the result and lead texts, the results and the lead form (~23 kB) load while the visitor
 * answers. `assess` alone fell from 33.6 to 26.8 kB: it no longer carries the question texts, and the bank hash
 * is computed at build time (`npm run build:generated`). The CDN module is built with Rollup, which keeps code
 * shared with the results chunk in the one file the page fetches first (50.9 kB), and the lead record schemas
 * moved out of the config's path (`src/schemas/lead-config.ts`): 49.7 kB.
 *
 * Raised for the honest verdict (issue 9): the bank grew from 56 to 71 items (ISMS and AIMS audit and review asked
 * apart, network security, threat intelligence, data leakage, risk acceptance, certificate scope, AI change,
 * AI incidents, concerns, EU AI Act roles) and the rules gained essential-control floors, requirement sources,
 * alternatives, restore paths, size-aware weeks and integrated audits, with their explanations: CDN module up
 * front 49.7 → 52.5 kB, SDK entry 47.4 → 56.1 kB, `assess` alone 26.8 → 33.2 kB (of which the English result
 * texts ~9 kB and the rules ~6 kB). Ceilings at today's size +3 %.
 *
 * Raised for the full gap assessment (issue 10): `getQuestionBank({ depth: 'full' })` loads the full catalogue,
 * its rules and texts with `import()`, so none of it is in the SDK entry; but an app's bundler now splits what the
 * entry shares with that chunk (zod, the engine) into a file of its own, and two gzip streams compress worse than
 * one: SDK entry 56.1 → 57.7 kB, `assess` alone 33.2 → 34.3 kB, with no byte of the full assessment in either.
 * The CDN module is unchanged. Ceilings at today's size +3 %.
 *
 * Lowered to the target for the first screen (issue 11): 53.1 kB → 40,673 B, still one file. Out of it, into the
 * results part that loads while the visitor reads the first question: the questions' help; the check of lead
 * settings, translation overrides and figures (their schemas, the override check, English's generated shape),
 * the first screen's own settings being checked up front; the results' orchestration and screen; the shared
 * words and interface strings only results use (what the first screen uses is `src/i18n/en/core-words.ts`,
 * generated). Smaller in it: Lit's templates without their indentation, the parts loaded up front without
 * property decorators or the `live` directive, the answers' schema without the result's. Still up front: Lit
 * (~7 kB), zod (~9 kB, of which ~2 kB only the results part uses: Rollup keeps a module whole, in the file that
 * loads first), the English questions (~5 kB), the flow, the element and its styles. The ceiling is the target.
 *
 * Raised for leads from the full gap assessment (issue 10): a `full` lead may carry the gap assessment, so
 * `LeadSchema` (in the SDK entry, for `verifyLead`) validates it with the full result's schema, which lives apart
 * from the answers, the SoA and the rules' data for this: SDK entry 58.3 → 59.2 kB. The CDN module grew by the
 * events' `depth` and the full assessment's wiring to lead capture (40,811 → 40,864 B), still under the target.
 *
 * Raised by 16 B for the full assessment's branded print (issue 17): `<iso-readiness>` hands its validated
 * `branding` (logo, consultancy) to the gap assessment, one property binding, 40,953 → 40,962 B, 2 B over the
 * 40 KiB target. Nothing else of the workbench is up front.
 *
 * Raised over the target (issue 19): when the results part cannot be loaded the visitor must be told on the
 * first question, in their language, and the text that says so cannot come with the part that failed; with it the
 * retries and the Try again button (40,951 → 41,147 B); then `readiness-complete` for a returning visitor's result
 * and a "complete" draft with answers missing resumed at its first gap (→ 41,251 B). The SDK entry grew by
 * verifyLead's checks (59.3 → 60.3 kB).
 *
 * For other engines (issue 18): the element's styles read a `data-state` attribute set beside its custom states
 * (jsdom, happy-dom and browsers without `ElementInternals.states` used to crash), and a subclass registered with
 * `customElements.define` defines its parts when connected (+52 B); the CSS minifier now drops comments that hold
 * an apostrophe, which it used to read as the start of a string and keep (−102 B): 40,952 → 40,902 B. The classic
 * script is now a 0.4 kB loader of this module instead of a 203 kB copy of everything.
 */
/*
 * Raised for the second domain review (issue 16): three questions on the first screen (the certificate's edition
 * and state, a general-purpose AI model, AI kept to research) and their English text: CDN module 40,868 →
 * 41,182 B, over the 40 kB target by 222 B. The engine gained the decision tables with their sources and reasons,
 * the EU AI Act articles for general-purpose models, DORA, NIS2, the certificate-state, cost and week-floor rules
 * and ~6.6 kB of English explanations for them: SDK entry 59.2 → 65.1 kB, `assess` alone 34.6 → 39.9 kB.
 * Ceilings at today's size +1 % (CDN) and +3 % (SDK).
 *
 * Raised for issue 16's remaining tables: the requirement and sequence tables now carry their sources and a
 * one-line why per row, like every other decision table, so a consultant reads them all the same way
 * (SDK entry 66,396 → 67,084 B, `assess` alone 39,991 → 40,617 B).
 *
 * The report's settings (issue 15) add 12 B up front: the first screen lets `report` and `branding.contact` through
 * by name (its schemas are strict, so a typo shows at once); both are checked with the results part. Within the
 * ceiling above.
 *
 * Raised for the short path (issue 15): the session asks in steps (checklists per section, a counter of the
 * screens that may still show, sharpening) and `assess` can say what sharper answers would change
 * (`precision`): SDK entry 68,951 B measured with everything merged so far, ceiling at that +3 %. The CDN module
 * fell to 40,818 B although it carries the steps: scored items' English (questions and checklist lines) now
 * loads with the results part.
 *
 * Lowered back to the 40 kB target (issue 15): with the short path's English out of the first screen the CDN module
 * measures 40,802 B; the ceiling is the target itself (40,960 B), not today's size plus a margin, so whatever joins
 * the first screen next has to make room for itself (move text or checks the first question does not need into
 * the results part: `npm run bench:chunks` lists what each file holds).
 *
 * Lowered to 40,000 B, the line (issue 15): 40,958 B after the server-render takeover; terser's second
 * pass (-979 B), and modules of their own for what only the results part, the lead form, the full assessment and
 * the translation checks use of the first screen's modules (loadTranslation, the engine's options, claims and
 * ranges, storage key helpers, placeholders, the full assessment's screen) bring it to 39,914 B.
 */
/*
 * `assess` alone raised for issue 16's speed target (≥ 20,000 assessments/s), 41,030 → 41,388 B: `assess()` checks
 * the answers against the bank's own data instead of walking zod's 70-field object schema on every call (zod's
 * item schemas still word every refusal), carry-over reads a table built once per bank, and next steps are
 * pushed in order. The check lives in its own module, so the first screen does not carry it (CDN module
 * 40,932 → 40,898 B).
 *
 * Raised again for the same target, 41,472 → 41,590 B: the answers' check reads two arrays built once from the
 * bank (allowed values, list or not) and takes a plain record's keys with `Object.keys` (8 % faster `assess()`).
 */
const CEILINGS = { cdn: 40_000, sdk: 71_000, sdkAssess: 42_000 };

describe('bundle size', function () {
  this.timeout(60_000);

  it(`should keep the CDN module (Lit, engine, English) under ${CEILINGS.cdn} bytes gzip, up front`, async () => {
    // The entry and the chunks it imports statically; the results part and other locales load on demand.
    const files = (await buildCdnEsm({ write: false })).filter((f) => f.upfront);
    const size = files.reduce((n, f) => n + gzipSync(f.code, { level: 9 }).length, 0);
    console.log(`      CDN module: ${size} B gzip in ${files.length} file(s)`);
    expect(size).to.be.at.most(CEILINGS.cdn);
    expect(files, 'one file before the first question').to.have.length(1);
    const code = files.map((f) => f.code).join('\n');
    expect(code, 'no eval').not.to.match(/\beval\(/);
    expect(code, 'no new Function').not.to.match(/new Function\(/);
    expect(code, 'registers the tag').to.contain('iso-readiness');
  });

  it(`should keep the SDK entry, bundled as an app would, under ${CEILINGS.sdk} bytes gzip`, async () => {
    const size = await sdkEntrySize("export * from './sdk/index.ts';");
    console.log(`      SDK entry: ${size} B gzip`);
    expect(size).to.be.at.most(CEILINGS.sdk);
  });

  it(`should keep an app that only calls assess() under ${CEILINGS.sdkAssess} bytes gzip`, async () => {
    // The result, options and profile schemas are marked pure: an app that never reads them must not carry them.
    const size = await sdkEntrySize("export { assess } from './sdk/index.ts';");
    console.log(`      SDK, assess only: ${size} B gzip`);
    expect(size).to.be.at.most(CEILINGS.sdkAssess);
  });
});
