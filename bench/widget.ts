// Time from navigation to the first question visible: <iso-readiness> from the built CDN module, beside a
// minimal hand-written Lit page showing one question (the floor). Served from 127.0.0.1 under a strict CSP,
// which also counts violations. `npm run bench:widget [runs]`.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCdnEsm } from '../scripts/cdn.js';
import { launchChromium, listen } from './browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 15);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const FLOOR = `
import { LitElement, html, css } from 'lit';
class FloorQuestion extends LitElement {
  static styles = css\`:host { display: block; font: 16px system-ui; } label { display: block; padding: 8px; }\`;
  render() {
    return html\`<form><fieldset><legend><h2 tabindex="-1">How many people work in your organisation?</h2></legend>
      \${['1–9', '10–49', '50–249', '250+'].map((o) => html\`<label><input type="radio" name="q" value=\${o}> \${o}</label>\`)}
      </fieldset><button type="submit">Next</button></form>\`;
  }
}
customElements.define('floor-question', FloorQuestion);
`;

// Runs in the page: the first animation frame in which the question heading exists, in ms since navigation.
const PROBE = `
window.__violations = 0;
document.addEventListener('securitypolicyviolation', () => window.__violations++);
const heading = () => {
  const w = document.querySelector('iso-readiness');
  if (w) return w.shadowRoot?.querySelector('iso-readiness-question')?.shadowRoot?.querySelector('h2');
  return document.querySelector('floor-question')?.shadowRoot?.querySelector('h2');
};
const tick = () => (heading() ? (window.__firstQuestion = performance.now()) : requestAnimationFrame(tick));
requestAnimationFrame(tick);
`;

const page = (script: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench</title><script src="./probe.js"></script><script type="module" src="${script}"></script></head>
<body><main>${body}</main></body></html>`;

async function bundle(options: object): Promise<Map<string, string>> {
  const result = await build({ ...options, absWorkingDir: root, write: false, logLevel: 'silent' } as never);
  return new Map(
    result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/bench-out/') + 10), f.text]),
  );
}

const files = new Map<string, string>([
  ['/probe.js', PROBE],
  ['/widget.html', page('./iso-readiness.js', '<iso-readiness skip-intro storage="off"></iso-readiness>')],
  ['/floor.html', page('./floor.js', '<floor-question></floor-question>')],
]);
for (const file of await buildCdnEsm({ write: false })) {
  files.set(`/${file.fileName}`, file.code);
}
for (const [path, text] of await bundle({
  stdin: { contents: FLOOR, resolveDir: root, loader: 'js', sourcefile: 'floor.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: 'bench-out/floor.js',
  target: 'es2022',
})) {
  files.set(path, text);
}

const compressed = new Map([...files.values()].map((text) => [text, gzipSync(text)]));
// Under /plain/ the same files are served uncompressed, to show what compression changes.
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0]!;
  const plain = url.startsWith('/plain/');
  const body = files.get(plain ? url.slice('/plain'.length) : url);
  if (body === undefined) return void res.writeHead(404).end();
  const type = req.url!.endsWith('.html') ? 'text/html' : 'text/javascript';
  // Compressed, as every CDN serves scripts; the same for the widget and the floor.
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    ...(plain ? {} : { 'content-encoding': 'gzip' }),
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  res.end(plain ? body : compressed.get(body));
});
const origin = await listen(server);

const browser = await launchChromium();

async function measure(path: string): Promise<{ ms: number; violations: number; errors: string[] }> {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(origin + path, { waitUntil: 'load' });
  await tab.waitForFunction('window.__firstQuestion !== undefined', { timeout: 10_000 });
  const out = (await tab.evaluate('({ ms: window.__firstQuestion, violations: window.__violations })')) as {
    ms: number;
    violations: number;
  };
  await context.close();
  return { ...out, errors };
}

// Nearest-rank quantile; q = 0.5 is the median.
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const median = (xs: number[]) => quantile(xs, 0.5);
// How much a page's own time moves from run to run: the ratio means little where the spreads overlap.
const spread = (xs: number[]) =>
  `quartiles ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)}, ` +
  `range ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const variants = [
  { label: 'served gzip, as CDNs serve scripts', prefix: '' },
  { label: 'served uncompressed', prefix: '/plain' },
];
const times = variants.map(() => ({ widget: [] as number[], floor: [] as number[] }));
let violations = 0;
const errors: string[] = [];
for (const { prefix } of variants) {
  await measure(`${prefix}/widget.html`);
  await measure(`${prefix}/floor.html`);
}
for (let i = 0; i < RUNS; i++) {
  for (const [v, { prefix }] of variants.entries()) {
    for (const kind of ['widget', 'floor'] as const) {
      const run = await measure(`${prefix}/${kind}.html`);
      times[v]![kind].push(run.ms);
      violations += run.violations;
      errors.push(...run.errors);
    }
  }
}
await browser.close();
server.close();

console.log(`first question visible, median of ${RUNS} runs (ms since navigation):`);
for (const [v, { label }] of variants.entries()) {
  const w = median(times[v]!.widget);
  const f = median(times[v]!.floor);
  console.log(`  ${label}:`);
  console.log(`    <iso-readiness> (CDN module) ${w.toFixed(1)}  (${spread(times[v]!.widget)})`);
  console.log(`    floor (Lit, one question)    ${f.toFixed(1)}  (${spread(times[v]!.floor)})`);
  console.log(`    ratio                        ${(w / f).toFixed(2)}x${v === 0 ? ' (target <= 1.5x)' : ''}`);
}
console.log(`CSP violations under "${CSP}": ${violations}`);
if (errors.length > 0) console.log(`page errors:\n  ${[...new Set(errors)].join('\n  ')}`);
if (violations > 0 || errors.length > 0) process.exitCode = 1;
