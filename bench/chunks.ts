// What each chunk of the CDN build holds: gzip size per chunk and the largest source modules in it (minified
// bytes as Rollup rendered them, before esbuild's minify), and modules that appear in more than one chunk.
// `npm run bench:chunks [-- --top N] [-- --by-source]`: with `--by-source`, what each source costs of the gated
// quick flow, in gzip bytes (through the source maps).
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
import { buildCdnEsm, quickFlowFiles, type CdnFile } from '../scripts/cdn.js';

const i = process.argv.indexOf('--top');
const TOP = i >= 0 ? Number(process.argv[i + 1]) : 12;
const BY_SOURCE = process.argv.includes('--by-source');

const gzip = (text: string): number => gzipSync(text, { level: 9 }).length;

const files = await buildCdnEsm({ write: false, maps: BY_SOURCE });
const seen = new Map<string, string[]>();
for (const f of files.sort((a, b) => b.code.length - a.code.length)) {
  console.log(`${f.fileName}${f.upfront ? ' (up front)' : ''}: ${f.code.length} B, ${gzip(f.code)} B gzip`);
  for (const m of f.modules) seen.set(m, [...(seen.get(m) ?? []), f.fileName]);
  const sizes = f.sizes.sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [m, n] of sizes) console.log(`    ${String(n).padStart(7)}  ${m}`);
}
const twice = [...seen].filter(([, where]) => where.length > 1);
console.log(
  twice.length ? `in more than one chunk: ${twice.map(([m]) => m).join(', ')}` : 'no module in two chunks',
);
const flow = quickFlowFiles(files);
const gzipOf = (list: CdnFile[]): number => list.reduce((n, f) => n + gzip(f.code), 0);
console.log(
  `quick flow in English: ${gzipOf(flow)} B gzip in ${flow.length} files (${flow.map((f) => f.fileName).join(', ')})`,
);
const gated = quickFlowFiles(files, 'en', { gate: true });
const leadFiles = gated.filter((f) => !flow.includes(f));
console.log(
  `with lead capture (gate mode), its chunk too: ${gzipOf(gated)} B gzip in ${gated.length} files ` +
    `(+ ${leadFiles.map((f) => f.fileName).join(', ')})`,
);
// However the code were cut into files, it would not compress better than as one stream.
console.log(`the same files as one gzip stream: ${gzip(gated.map((f) => f.code).join('\n'))} B`);

/** Who a source counts as: zod and Lit as one each, the project's own modules by path. */
const owner = (source: string): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg === undefined) return source;
  return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(pkg) ? 'lit' : pkg;
};

/**
 * Each source's share of a file's gzip bytes: the file's characters are split by the source they map to, each
 * source's characters are compressed on their own, and the file's gzip size is shared out in that proportion.
 * An estimate (gzip also finds matches across sources), but the shares add up to the file's size.
 */
function gzipBySource(file: CdnFile): Map<string, number> {
  if (!file.map) throw new Error(`${file.fileName} has no source map`);
  const { sources } = file.map;
  const lines = file.code.split('\n');
  const text = new Map<string, string[]>();
  decode(file.map.mappings).forEach((segments, line) => {
    const code = lines[line] ?? '';
    segments.forEach((segment, k) => {
      const end = segments[k + 1]?.[0] ?? code.length;
      const source = segment.length > 1 ? owner(sources[segment[1]!] ?? '?') : '(no source)';
      let parts = text.get(source);
      if (parts === undefined) text.set(source, (parts = []));
      parts.push(code.slice(segment[0], end));
    });
  });
  const alone = [...text].map(([source, parts]) => [source, gzip(parts.join(''))] as const);
  const sum = alone.reduce((n, [, size]) => n + size, 0);
  const size = gzip(file.code);
  return new Map(alone.map(([source, n]) => [source, (size * n) / sum]));
}

if (BY_SOURCE) {
  const total = new Map<string, number>();
  for (const f of gated)
    for (const [source, n] of gzipBySource(f)) total.set(source, (total.get(source) ?? 0) + n);
  const area = (source: string): string =>
    source.startsWith('src/i18n/') ? 'texts (src/i18n)' : (/^(src|widget|sdk)\//.exec(source)?.[0] ?? source);
  const areas = new Map<string, number>();
  for (const [source, n] of total) areas.set(area(source), (areas.get(area(source)) ?? 0) + n);
  const print = (title: string, rows: Map<string, number>, top: number): void => {
    console.log(title);
    for (const [name, n] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`    ${String(Math.round(n)).padStart(7)}  ${name}`);
  };
  print('the gated quick flow by area, gzip bytes (estimated from the source maps):', areas, 20);
  print(`its ${TOP} largest sources:`, total, TOP);
}
