import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/** One app's production build with Vite: every chunk, with the source modules Rollup put in it. */
export async function buildApp(root: string, input: Record<string, string>): Promise<Rollup.OutputChunk[]> {
  const out = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      modulePreload: false,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, join(root, v)])) },
    },
  })) as Rollup.RollupOutput;
  return out.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
}

/** An entry's chunk and the chunks it imports statically: what a page loads before anything lazy. */
export function upfront(chunks: Rollup.OutputChunk[], entry: string): Rollup.OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const picked = new Set<string>();
  const visit = (name: string): void => {
    if (picked.has(name)) return;
    picked.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  const start = chunks.find((c) => c.isEntry && c.name === entry);
  if (!start) throw new Error(`no entry ${entry}`);
  visit(start.fileName);
  return chunks.filter((c) => picked.has(c.fileName));
}

/** Bytes of these chunks, minified and gzipped (level 9). */
export function sizes(chunks: Rollup.OutputChunk[]): { raw: number; gzip: number } {
  return {
    raw: chunks.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzip: chunks.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0),
  };
}

/**
 * The copies of zod in these chunks, two ways: the package folders their modules came from (Rollup's module
 * graph), and zod's version object (`{major:4,minor:6,patch:0}`), which each copy's core sets on every schema.
 */
export function zodCopies(chunks: Rollup.OutputChunk[]): { folders: string[]; versions: string[] } {
  const folders = new Set<string>();
  for (const chunk of chunks) {
    for (const id of Object.keys(chunk.modules)) {
      const folder = /^(.*\/node_modules\/zod)\//.exec(id)?.[1];
      if (folder) folders.add(folder);
    }
  }
  const versions = chunks.flatMap((c) =>
    [...c.code.matchAll(/\{major:(\d+),minor:(\d+),patch:(\d+)\}/g)].map((m) => `${m[1]}.${m[2]}.${m[3]}`),
  );
  return { folders: [...folders].sort(), versions: versions.sort() };
}

/** Whether a caret range (`^4.6.0`) admits a version (`4.6.0`), as npm reads it for a major of 1 or more. */
export function caretAdmits(range: string, version: string): boolean {
  const floor = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range)?.slice(1).map(Number);
  const wanted = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)?.slice(1).map(Number);
  if (!floor || !wanted || floor[0] === 0) throw new Error(`cannot compare ${range} with ${version}`);
  if (wanted[0] !== floor[0]) return false;
  return wanted[1]! > floor[1]! || (wanted[1] === floor[1] && wanted[2]! >= floor[2]!);
}
