// Size report of the extra locales: each is its own chunk, fetched only when a visitor needs it.
// Run alone with `npx mocha test/node/locale-size.test.ts` to print the figures.
import { expect } from 'chai';
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain-JS build options, shared with scripts/build.js
import { cdnEsmOptions } from '../../scripts/build-options.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Ceiling per locale chunk, gzip: the German and French texts weigh about 20 kB each. */
const LOCALE_CEILING = 28 * 1024;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  text: string;
}

async function bundleLocales(): Promise<{ outputs: Metafile['outputs']; chunks: Map<string, Chunk> }> {
  // The real CDN module: what a page fetches from beside `iso-readiness.js` when a visitor reads German or French.
  const result = await build({
    ...cdnEsmOptions,
    absWorkingDir: root,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const chunks = new Map<string, Chunk>();
  for (const file of result.outputFiles!) {
    const name = relative(root, file.path);
    chunks.set(name, {
      file: name,
      raw: file.contents.length,
      gzip: gzipSync(file.contents, { level: 9 }).length,
      text: file.text,
    });
  }
  return { outputs: result.metafile!.outputs, chunks };
}

/** The chunk holding a locale's translation: the one whose inputs include `src/i18n/<locale>/index.ts`. */
const chunkOf = (outputs: Metafile['outputs'], locale: string): string | undefined =>
  Object.keys(outputs).find((file) =>
    Object.keys(outputs[file]?.inputs ?? {}).includes(`src/i18n/${locale}/index.ts`),
  );

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

describe('locale chunks', () => {
  let bundle: Awaited<ReturnType<typeof bundleLocales>>;
  before(async () => {
    bundle = await bundleLocales();
  });

  for (const locale of ['de', 'fr']) {
    it(`should put ${locale} in a chunk of its own, loaded lazily, under the ceiling`, () => {
      const file = chunkOf(bundle.outputs, locale);
      expect(file, `no chunk for ${locale}`).to.be.a('string');
      const entry = Object.keys(bundle.outputs).find((f) => bundle.outputs[f]?.entryPoint);
      expect(file).not.to.equal(entry);
      const lazy = bundle.outputs[entry as string]?.imports
        .filter((i) => i.kind === 'dynamic-import')
        .map((i) => i.path);
      expect(lazy).to.include(file);
      const chunk = bundle.chunks.get(file as string) as Chunk;
      console.log(`      ${locale}: ${kB(chunk.raw)} minified, ${kB(chunk.gzip)} gzip (${chunk.file})`);
      expect(chunk.gzip).to.be.below(LOCALE_CEILING);
    });
  }

  it('should keep German and French out of what the page loads up front', () => {
    const entry = Object.keys(bundle.outputs).find((f) => f.endsWith('iso-readiness.js')) as string;
    const upfront = new Set<string>();
    const visit = (file: string): void => {
      if (upfront.has(file)) return;
      upfront.add(file);
      for (const imp of bundle.outputs[file]?.imports ?? [])
        if (imp.kind === 'import-statement') visit(imp.path);
    };
    visit(entry);
    const text = [...upfront].map((f) => bundle.chunks.get(f)?.text ?? '').join('\n');
    expect(text).to.include('Start the assessment');
    expect(text).not.to.include('Bewertung starten');
    expect(text).not.to.include('Commencer l');
  });
});
