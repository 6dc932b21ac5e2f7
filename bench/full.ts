// The full gap assessment as a workshop tool, measured in Chromium from the built CDN module:
// with every requirement and control answered, how long a status change and opening the 37-entry A.5 take at
// 4x CPU slowdown (from the click to the next frame after the element has rendered), and how many actions the
// bulk and keyboard flows need. `npm run bench:full [runs]`.
import { createServer } from 'node:http';
import { buildCdnEsm } from '../scripts/cdn.js';
import { launchChromium, listen } from './browser.js';

const RUNS = Number(process.argv[2] ?? 15);
const SLOWDOWN = 4;

const files = new Map<string, string>([
  [
    '/full.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="./iso-readiness.js"></script></head>
<body><iso-readiness id="bench" depth="full" standards="iso27001 iso42001"></iso-readiness></body></html>`,
  ],
]);
for (const file of await buildCdnEsm({ write: false })) files.set(`/${file.fileName}`, file.code);

const server = createServer((req, res) => {
  const body = files.get((req.url ?? '/').split('?')[0]!);
  if (body === undefined) return void res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': `${req.url!.endsWith('.html') ? 'text/html' : 'text/javascript'}; charset=utf-8`,
    'cache-control': 'no-store',
  });
  res.end(body);
});
const origin = await listen(server);

const browser = await launchChromium();
const tab = await browser.newPage();
await tab.setViewport({ width: 1280, height: 900 });
const errors: string[] = [];
tab.on('pageerror', (e) => errors.push(String(e)));
await tab.goto(`${origin}/full.html`, { waitUntil: 'load' });

// Helpers inside the page: the full part, a render-and-paint wait, and every entry answered.
await tab.evaluate(`(() => {
  window.part = () => document.querySelector('iso-readiness').shadowRoot.querySelector('iso-readiness-full');
  window.painted = async () => {
    await window.part().updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  };
  window.timed = async (act) => {
    const start = performance.now();
    act();
    await window.painted();
    return performance.now() - start;
  };
  window.link = (text) => [...window.part().shadowRoot.querySelectorAll('[part=section-link]')].find((b) => b.textContent.includes(text));
  window.button = (text) => [...window.part().shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(text));
})()`);
await tab.waitForFunction(`!!window.part()?.shadowRoot?.querySelector('.full__heading')`, {
  timeout: 20_000,
});
const entries = (await tab.evaluate(`(async () => {
  const part = window.part();
  window.button('Start').click();
  await window.painted();
  const session = part.assessment;
  const all = session.result.entries;
  for (const e of all) session.setEntry(e.ref, e.kind === 'control' ? { applicable: true, status: 'partly', reasons: ['risk'], owner: 'CISO' } : { status: 'partly', owner: 'CISO' });
  await window.painted();
  return session.result.entries.filter((e) => e.source === 'answer').length;
})()`)) as number;

const cdp = await tab.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });

const statusTimes: number[] = [];
const openTimes: number[] = [];
await tab.evaluate(
  `(async () => { window.link('A.5 · Organizational').click(); await window.painted(); })()`,
);
for (let i = 0; i < RUNS; i++) {
  const value = i % 2 ? 'implemented' : 'planned';
  statusTimes.push(
    (await tab.evaluate(`window.timed(() => window.part().shadowRoot
      .querySelector('fieldset[data-ref="27001:A.5.${(i % 30) + 1}"] input[value="${value}"]').click())`)) as number,
  );
  await tab.evaluate(`(async () => { window.link('A.6 · People').click(); await window.painted(); })()`);
  openTimes.push(
    (await tab.evaluate(`window.timed(() => window.link('A.5 · Organizational').click())`)) as number,
  );
}
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

// Action counts, each flow checked by its outcome. Only the workbench has these controls.
const counts = (await tab.evaluate(`(async () => {
  const part = window.part();
  const root = part.shadowRoot;
  const session = part.assessment;
  if (!root.querySelector('[part=bulk]')) return null;
  session.reset();
  window.button('Start')?.click();
  await window.painted();
  session.setScoping({ premises: 'none' });
  let a7 = 0;
  window.link('A.7 · Physical').click(); a7++;
  await window.painted();
  window.button('Mark not applicable').click(); a7++;
  await window.painted();
  const a7ok = session.result.entries.filter((e) => e.section === '27001:A.7' && !e.applicable && e.source === 'answer').length === 14;
  let reason = 0;
  window.link('A.5 · Organizational').click();
  await window.painted();
  root.querySelector('[part=bulk] select[name=reason]').closest('form').querySelector('button[type=submit]').click(); reason++;
  await window.painted();
  const reasonOk = session.result.entries.filter((e) => e.section === '27001:A.5' && e.applicable && e.reasons.includes('risk')).length === 37;
  root.querySelectorAll('.toolbar__view input')[1].click();
  await window.painted();
  let keys = 0;
  root.querySelector('tr[data-ref="27001:A.5.1"]').focus(); keys++;
  for (let i = 0; i < 20; i++) {
    for (const key of ['1', 'j']) {
      const row = part.shadowRoot.activeElement;
      row.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      keys++;
      await window.painted();
    }
  }
  const keysOk = session.result.entries.filter((e) => e.section === '27001:A.5' && e.status === 'implemented' && e.source === 'answer').length === 20;
  return { a7, a7ok, reason, reasonOk, keys, keysOk };
})()`)) as null | Record<string, number | boolean>;

await browser.close();
server.close();

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const line = (label: string, xs: number[], target: number) =>
  console.log(
    `  ${label}: median ${quantile(xs, 0.5).toFixed(0)} ms, p90 ${quantile(xs, 0.9).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (target <= ${target} ms)`,
  );
console.log(`full assessment, ${entries} entries answered, CPU ${SLOWDOWN}x slower, ${RUNS} runs:`);
line('status change in A.5', statusTimes, 200);
line('opening A.5 (37 entries)', openTimes, 300);
if (counts) {
  console.log('actions:');
  console.log(
    `  all of A.7 not applicable with the suggested reason: ${counts.a7} (target <= 3) ${counts.a7ok ? 'ok' : 'FAILED'}`,
  );
  console.log(
    `  reason for inclusion on every applicable control of A.5: ${counts.reason} (target <= 2) ${counts.reasonOk ? 'ok' : 'FAILED'}`,
  );
  console.log(
    `  status of 20 controls by keyboard: ${counts.keys} keystrokes (target <= 45) ${counts.keysOk ? 'ok' : 'FAILED'}`,
  );
} else console.log('actions: no bulk or keyboard controls in this build');
if (errors.length) console.log(`page errors:\n  ${[...new Set(errors)].join('\n  ')}`);
if (errors.length || (counts && !(counts.a7ok && counts.reasonOk && counts.keysOk))) process.exitCode = 1;
