// The CDN ES module, built with Rollup: code the first question needs goes in `iso-readiness.js` itself, so a
// page fetches one file before the widget can show anything; the results part and other languages are chunks
// beside it. (esbuild would move code shared with a chunk into further files the entry then has to fetch.)
// Shared by scripts/build.js, the size test and the widget benchmark.
import nodeResolve from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { rollup } from 'rollup';
import { minify as terser } from 'terser';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineModules } from './build-options.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** TypeScript through esbuild, with the project's decorator settings; modules stay ES for Rollup. */
const typescript = {
  name: 'typescript',
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      sourcemap: 'external',
    });
    return { code: out.code, map: out.map };
  },
};

// A CSS template's comments go (read before quotes, so an apostrophe in a comment opens no string); outside
// quoted strings, runs of white space become one space, none is kept next to braces and semicolons nor after a
// colon or comma (selectors never have one after a colon).
const minifyCss = (raw) =>
  raw
    .split(/(\/\*[\s\S]*?\*\/|'[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part.startsWith('/*')
          ? ''
          : part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};]) ?/g, '$1')
            .replace(/([:,]) /g, '$1'),
    )
    .join('');

// In HTML, indentation after a line break never renders (not even under `white-space: pre-line`): drop it.
const minifyHtml = (raw) => raw.replace(/\s*\n\s*/g, '\n');

/**
 * Lit's `css` and `html` templates keep the source's indentation, which esbuild cannot know is insignificant;
 * this takes it out of their static parts. Runs before minification, on the ES modules Rollup parses.
 */
const templates = {
  name: 'lit-templates',
  transform(code) {
    if (!/\b(css|html)`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      const tag =
        node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' ? node.tag.name : '';
      if (tag === 'css' || tag === 'html') {
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    if (edits.length === 0) return null;
    // The edits keep the map exact, so the code after a shortened template still maps to its own line.
    const out = new MagicString(code);
    for (const [start, end, text] of edits) out.overwrite(start, end, text);
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

/**
 * Minifies every chunk once Rollup has bundled it: esbuild, then two passes of terser, which finds what a single
 * pass leaves (constants inlined, branches joined, names shortened across a module's top level): about 2 % less
 * gzip. Rollup chains the maps with the bundle's.
 */
const minify = (banner) => ({
  name: 'minify',
  async renderChunk(code, chunk, options) {
    const first = await transform(code, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
      sourcemap: 'external',
      sourcefile: chunk.fileName,
    });
    const out = await terser(first.code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
      sourceMap: options.sourcemap ? { content: first.map, asObject: true } : false,
    });
    const map = typeof out.map === 'string' ? JSON.parse(out.map) : out.map;
    // The banner as a line of its own above the code: the map's lines move down by one.
    return banner
      ? { code: `${banner}\n${out.code}`, map: map && { ...map, mappings: `;${map.mappings}` } }
      : { code: out.code, map: map ?? null };
  },
});

/**
 * Builds the CDN ES module into `dist/cdn` (or in memory with `write: false`). Returns every file with its
 * name relative to `dist/cdn`, whether the page loads it before the first question (`upfront`), its code, the
 * chunks it loads on demand and the source modules in it; with `maps` (in memory), each file's source map too.
 */
export async function buildCdnEsm({ write = true, banner = '', maps = false } = {}) {
  const bundle = await rollup({
    input: { 'iso-readiness': fileURLToPath(new URL('../widget/cdn.ts', import.meta.url)) },
    // package.json's `sideEffects` names the published modules only: the sources that register tags are kept here.
    plugins: [
      defineModules(),
      nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
      typescript,
      templates,
    ],
    preserveEntrySignatures: 'allow-extension',
    onwarn(warning, warn) {
      // zod explains its annotations in comments Rollup cannot place; cycles inside Lit and zod are theirs.
      if (!['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code ?? '')) warn(warning);
    },
  });
  const options = {
    dir: `${root}dist/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    // Locale chunks are named after their language (`chunks/de-….js`), the rest after their first module.
    chunkFileNames: (chunk) =>
      `chunks/${/i18n\/([\w-]+)\/(?:index|flow)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
    // English for a first result in one file rather than six: gzip shares one dictionary across the texts
    // (about 1.4 kB less, the checklist lines' 300 B more) and the page makes fewer requests. Its lead texts
    // stay apart, as the lead form's fallback, so a visitor in another language does not fetch these. (A module
    // named here takes its imports with it, unless they are named too: none of these imports the first screen's.)
    manualChunks: (id) =>
      /src\/i18n\/en\/(result-words|engine|bank-practice)\.ts$/.test(id) ? 'en' : undefined,
    plugins: [minify(banner)],
    // Written builds get a map beside each file (`iso-readiness.js.map`, with the sources inlined) and one
    // `//# sourceMappingURL` comment; in memory (sizes, benchmarks) the code is what ships without that comment.
    // With `maps` in memory, the map is returned and the code ends as it ships, without the comment.
    sourcemap: write ? true : maps ? 'hidden' : false,
  };
  const { output } = write ? await bundle.write(options) : await bundle.generate(options);
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // The entry and whatever it imports statically: what a page loads before the first question.
  const upfront = new Set();
  const visit = (name) => {
    if (upfront.has(name)) return;
    upfront.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  visit('iso-readiness.js');
  return chunks.map((c) => ({
    fileName: c.fileName,
    upfront: upfront.has(c.fileName),
    code: c.code,
    /** Chunks this one imports statically: fetched with it. */
    imports: c.imports,
    /** Chunks this one loads on demand. */
    dynamicImports: c.dynamicImports,
    /** Source modules in it, relative to the project (`src/i18n/de/index.ts`). */
    modules: Object.keys(c.modules).map((id) => id.replace(root, '')),
    /** Each source module's rendered length in it, before minification: `[module, bytes]`. */
    sizes: Object.entries(c.modules).map(([id, m]) => [id.replace(root, ''), m.renderedLength]),
    /** The source map (with `maps`): its sources relative to the project. */
    map:
      maps && c.map
        ? {
            mappings: c.map.mappings,
            sources: c.map.sources.map((s) =>
              relative(root, resolve(root, 'dist/cdn', dirname(c.fileName), s)),
            ),
          }
        : undefined,
  }));
}

/**
 * The files a page fetches for the quick check, from the first screen to the unlocked report: what loads up
 * front, the results part (`widget/iso-readiness/report.ts`) and the locale's text for a first result
 * (`src/i18n/<locale>/flow.ts`), each with the chunks it imports statically. Not the full gap assessment, other
 * languages, the questions' help (when a visitor opens it), the scored items' questions (sharpening), lead capture
 * (only with lead settings), webhook delivery (only with a webhook) or the check of translation overrides and
 * `registerTranslation`. With `gate`, also lead capture (`widget/iso-readiness/lead-capture.ts`: the lead settings'
 * check, the lead form and controller, and the Lead's builder), which a page with lead settings fetches beside the
 * results part, while the visitor answers.
 */
export function quickFlowFiles(files, locale = 'en', { gate = false } = {}) {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const picked = new Set(files.filter((f) => f.upfront).map((f) => f.fileName));
  const visit = (name) => {
    if (picked.has(name)) return;
    picked.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  const facades = ['widget/iso-readiness/report.ts', `src/i18n/${locale}/flow.ts`];
  for (const facade of gate ? [...facades, 'widget/iso-readiness/lead-capture.ts'] : facades) {
    const file = files.find((f) => f.modules.includes(facade));
    if (!file) throw new Error(`no chunk holds ${facade}`);
    visit(file.fileName);
  }
  return files.filter((f) => picked.has(f.fileName));
}
