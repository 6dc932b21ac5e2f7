// What each chunk of the CDN build holds: gzip size per chunk and the largest source modules in it (minified
// bytes as Rollup rendered them, before esbuild's minify), and modules that appear in more than one chunk.
// `npm run bench:chunks [-- --top N]`.
import { gzipSync } from 'node:zlib';
import { buildCdnEsm, quickFlowFiles } from '../scripts/cdn.js';

const i = process.argv.indexOf('--top');
const TOP = i >= 0 ? Number(process.argv[i + 1]) : 12;

const files = await buildCdnEsm({ write: false });
const seen = new Map<string, string[]>();
for (const f of files.sort((a, b) => b.code.length - a.code.length)) {
  const gz = gzipSync(f.code, { level: 9 }).length;
  console.log(`${f.fileName}${f.upfront ? ' (up front)' : ''}: ${f.code.length} B, ${gz} B gzip`);
  for (const m of f.modules) seen.set(m, [...(seen.get(m) ?? []), f.fileName]);
  const sizes = f.sizes.sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [m, n] of sizes) console.log(`    ${String(n).padStart(7)}  ${m}`);
}
const twice = [...seen].filter(([, where]) => where.length > 1);
console.log(
  twice.length ? `in more than one chunk: ${twice.map(([m]) => m).join(', ')}` : 'no module in two chunks',
);
const flow = quickFlowFiles(files);
const gzipOf = (list: typeof files): number =>
  list.reduce((n, f) => n + gzipSync(f.code, { level: 9 }).length, 0);
console.log(
  `quick flow in English: ${gzipOf(flow)} B gzip in ${flow.length} files (${flow.map((f) => f.fileName).join(', ')})`,
);
const gated = quickFlowFiles(files, 'en', { gate: true });
const leadFiles = gated.filter((f) => !flow.includes(f));
console.log(
  `with lead capture (gate mode), its chunk and the result's schemas too: ${gzipOf(gated)} B gzip in ${gated.length} files ` +
    `(+ ${leadFiles.map((f) => f.fileName).join(', ')})`,
);
