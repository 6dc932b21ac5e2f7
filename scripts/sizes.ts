// Measures entry sizes as an app would bundle them: esbuild, minified, ESM, code splitting on
// (any dynamic import stays a separate chunk and is not counted), gzip level 9.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `code` (an entry module's source) and returns the bytes an app loads up front. */
export async function measureEntry(
  code: string,
  { external = [] as string[] } = {},
): Promise<{ raw: number; gzip: number; files: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    external,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint);
  if (!entry) throw new Error('no entry chunk');
  // The entry plus the chunks it imports statically: what the page downloads before anything lazy.
  const upfront = new Set<string>();
  const visit = (file: string): void => {
    if (upfront.has(file)) return;
    upfront.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  const contents = result.outputFiles.filter((f) => upfront.has(f.path.slice(f.path.indexOf('out/'))));
  const raw = contents.reduce((n, f) => n + f.contents.length, 0);
  const gzip = contents.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  return { raw, gzip, files: contents.length };
}
