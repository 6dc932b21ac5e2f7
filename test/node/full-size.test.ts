// The full gap assessment never weighs on the quick check: its engine, screens and texts are chunks the CDN module
// fetches only for `depth="full"`. Run alone with `npx mocha test/node/full-size.test.ts` to print the figures.
import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { buildCdnEsm, type CdnFile } from '../../scripts/cdn.js';
import { full as en } from '../../src/i18n/en/full.js';

/** Gzip ceilings: the engine with its screens, and each language's text (about 10 kB of 40 kB minified). */
const CEILINGS = { engine: 26 * 1024, text: 15 * 1024 };

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (file: CdnFile): number => gzipSync(file.code, { level: 9 }).length;

describe('full assessment chunks', function () {
  this.timeout(60_000);
  let files: CdnFile[];
  before(async () => {
    files = await buildCdnEsm({ write: false });
  });

  it('should keep the full assessment out of what the page loads up front', () => {
    const upfront = files.filter((f) => f.upfront);
    const modules = upfront.flatMap((f) => f.modules);
    expect(modules.filter((m) => /^(src\/full|widget\/full-assessment)\/|\/full\.ts$/.test(m))).to.deep.equal(
      [],
    );
    const code = upfront.map((f) => f.code).join('\n');
    expect(code).not.to.include(en.ui.intro.slice(0, 40));
    expect(code).not.to.include(en.controls27001['A.5.23']!.text);
  });

  it(`should load the engine and screens as one chunk on demand, under ${kB(CEILINGS.engine)} gzip`, () => {
    const chunk = files.find((f) => f.modules.includes('widget/full-assessment/full-assessment.ts'));
    expect(chunk, 'a chunk with <iso-readiness-full>').to.exist;
    expect(chunk!.upfront).to.equal(false);
    expect(chunk!.modules).to.include('src/full/assess.ts');
    console.log(`      engine and screens: ${kB(gzip(chunk!))} gzip (${chunk!.fileName})`);
    expect(gzip(chunk!)).to.be.below(CEILINGS.engine);
  });

  for (const locale of ['en', 'de', 'fr']) {
    it(`should put the ${locale} text in a chunk of its own, under ${kB(CEILINGS.text)} gzip`, () => {
      const chunk = files.find((f) => f.modules.includes(`src/i18n/${locale}/full.ts`));
      expect(chunk, `no chunk for ${locale}`).to.exist;
      expect(chunk!.upfront).to.equal(false);
      const others = ['en', 'de', 'fr'].filter((l) => l !== locale).map((l) => `src/i18n/${l}/full.ts`);
      expect(chunk!.modules.filter((m) => others.includes(m))).to.deep.equal([]);
      console.log(`      ${locale} text: ${kB(gzip(chunk!))} gzip (${chunk!.fileName})`);
      expect(gzip(chunk!)).to.be.below(CEILINGS.text);
    });
  }
});
