// A typical visitor's way to the first result on the default embed (both standards, lead gate, call to action),
// walked with real clicks in Chromium: question screens, clicks, the most the screen counter ever showed, the
// script fetched (gzip), and how long each interaction takes to paint at 4x CPU slowdown (Event Timing, as INP
// counts it). `npm run bench:flow [length]` with `short` (default) or `standard`.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type ElementHandle, type Page } from 'puppeteer-core';
import { buildCdnEsm } from '../scripts/cdn.js';
import { launchChromium, listen } from './browser.js';
import { IN_PLACE, answerOf, movesOnItsOwn } from '../test/support/visitor.js';

const LENGTH = process.argv[2] === 'standard' ? 'standard' : 'short';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

// On the standard path a scored item is answered as the review's realistic mix did (technical mostly yes/partly,
// management mostly partly/no, AI governance mostly no).
const SCALE: Record<string, string> = { management: 'partly', controls: 'partly', 'ai-governance': 'no' };

const HOST = `
const el = document.querySelector('iso-readiness');
el.config = {
  length: ${JSON.stringify(LENGTH)},
  branding: { consultancy: 'Northbridge Assurance' },
  cta: { url: 'https://example.com/book', label: 'Book a free 30-minute review' },
  lead: {
    mode: 'gate',
    consent: {
      text: 'Northbridge Assurance may contact me about my results. I can withdraw this at any time.',
      version: '2026-01',
      privacyPolicyUrl: 'https://example.com/privacy',
    },
  },
};
window.__events = [];
for (const name of ['readiness-step', 'readiness-complete'])
  el.addEventListener(name, (e) => window.__events.push({ at: performance.now(), id: e.detail.questionId ?? 'results' }));
window.__latencies = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.interactionId) window.__latencies.push({ name: entry.name, duration: entry.duration, at: entry.startTime });
}).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

const files = new Map<string, string>([
  ['/host.js', HOST],
  [
    '/index.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northbridge</title>
<script type="module" src="./iso-readiness.js"></script><script type="module" src="./host.js"></script></head>
<body><main><h1>How ready are you?</h1><iso-readiness standards="iso27001 iso42001" storage="off"></iso-readiness></main></body></html>`,
  ],
]);
for (const file of await buildCdnEsm({ write: false })) files.set(`/${file.fileName}`, file.code);
const compressed = new Map([...files].map(([path, text]) => [path, gzipSync(text, { level: 9 })]));

const fetched = new Set<string>();
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0]!;
  const body = compressed.get(url);
  if (!body) return void res.writeHead(404).end();
  if (url.endsWith('.js')) fetched.add(url);
  res.writeHead(200, {
    'content-type': `${url.endsWith('.html') ? 'text/html' : 'text/javascript'}; charset=utf-8`,
    'content-encoding': 'gzip',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  res.end(body);
});
const origin = await listen(server);

const browser = await launchChromium();

/** The element inside the widget's shadow roots that `path` names, one selector per root. */
async function deep(tab: Page, ...path: string[]): Promise<ElementHandle<Element> | null> {
  const handle = await tab.evaluateHandle((steps: string[]) => {
    let root: ParentNode | null | undefined = document;
    let found: Element | null = null;
    for (const step of steps) {
      found = root?.querySelector(step) ?? null;
      root = found?.shadowRoot ?? found;
    }
    return found;
  }, path);
  return handle.asElement() as ElementHandle<Element> | null;
}

const Q = ['iso-readiness', 'iso-readiness-question'];

async function walk(width: number, height: number) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width, height });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  fetched.clear();
  await tab.goto(`${origin}/index.html`, { waitUntil: 'load' });
  let clicks = 0;
  const click = async (handle: ElementHandle<Element>) => {
    await tab.evaluate(() => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()));
    await handle.click();
    clicks++;
  };
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const intro = () =>
    document.querySelector('iso-readiness')?.shadowRoot?.querySelector('[part=start-button]');
  await tab.waitForFunction(intro, { timeout: 10_000 }).catch(async () => {
    const shown = await tab.evaluate(() => document.querySelector('iso-readiness')?.shadowRoot?.textContent);
    throw new Error(`the intro never showed: ${problems.join('; ')} ${shown ?? ''}`);
  });
  await click((await deep(tab, 'iso-readiness', '[part=start-button]'))!);
  let screens = 0;
  let maxTotal = 0;
  let rising = 0;
  let lastTotal = Infinity;
  let results = 0;
  for (let guard = 0; guard < 120; guard++) {
    await tab.waitForFunction(() => {
      const root = document.querySelector('iso-readiness')!.shadowRoot!;
      return (
        root.querySelector('iso-readiness-results') ||
        root.querySelector('iso-readiness-question')?.shadowRoot?.querySelector('h2')
      );
    });
    const state = await tab.evaluate(() => {
      const root = document.querySelector('iso-readiness')!.shadowRoot!;
      const q = root.querySelector('iso-readiness-question') as
        (Element & { item?: { id: string; section: string; kind: string; input?: string } }) | null;
      const progress = root.querySelector('iso-readiness-progress') as
        (Element & { progress?: { total: number } }) | null;
      return q?.item
        ? {
            id: q.item.id,
            section: q.item.section,
            kind: q.item.kind,
            multi: q.item.input === 'multi',
            total: progress?.progress?.total ?? 0,
          }
        : null;
    });
    if (!state) {
      results = await tab.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
      break;
    }
    screens++;
    maxTotal = Math.max(maxTotal, state.total);
    if (state.total > lastTotal) rising++;
    lastTotal = state.total;
    let values: string[];
    // A profile question or a checklist as the review's visitor answers it; on the standard path, one practice.
    if (state.id.startsWith('practices:') || state.kind !== 'control') {
      const options = await tab.evaluate(() =>
        [
          ...document
            .querySelector('iso-readiness')!
            .shadowRoot!.querySelector('iso-readiness-question')!
            .shadowRoot!.querySelectorAll('input'),
        ].map((i) => i.value),
      );
      values = [...(answerOf(state.id, options) ?? [])];
    } else values = [IN_PLACE.includes(state.id) ? 'yes' : (SCALE[state.section] ?? 'partly')];
    if (values.length === 0) throw new Error(`no answer for ${state.id}`);
    const before = state.id;
    for (const value of values) await click((await deep(tab, ...Q, `input[value="${value}"]`))!);
    // A single choice, or "none" on a list, moves on by itself after its confirmation.
    if (movesOnItsOwn(state.multi, values)) {
      const moved = await tab
        .waitForFunction(
          (id: string) => {
            const root = document.querySelector('iso-readiness')!.shadowRoot!;
            const q = root.querySelector('iso-readiness-question') as
              (Element & { item?: { id: string } }) | null;
            return !q || q.item?.id !== id;
          },
          { timeout: 10_000 },
          before,
        )
        .then(
          () => true,
          () => false,
        );
      if (moved) continue;
    }
    await click((await deep(tab, ...Q, '[part=next-button]'))!);
  }
  const latencies = (await tab.evaluate('window.__latencies')) as {
    name: string;
    duration: number;
    at: number;
  }[];
  const events = (await tab.evaluate('window.__events')) as { at: number; id: string }[];
  // Where each slow interaction happened: the screen on show when it began.
  const slow = latencies
    .filter((l) => l.duration > 200)
    .map(
      (l) =>
        `${l.name} ${l.duration} ms on ${[...events].reverse().find((e) => e.at <= l.at)?.id ?? 'intro'}`,
    );
  // The results (or the teaser in front of the gate) on screen: from the last click to the report's heading.
  await tab.waitForFunction(
    () =>
      document
        .querySelector('iso-readiness')!
        .shadowRoot!.querySelector('iso-readiness-results')
        ?.shadowRoot?.querySelector('h2'),
    { polling: 'raf' },
  );
  const resultsMs = (await tab.evaluate(() => performance.now())) - results;
  const js = [...fetched].reduce((n, url) => n + compressed.get(url)!.length, 0);
  await context.close();
  return { screens, clicks, maxTotal, rising, latencies, slow, resultsMs, js, files: fetched.size };
}

const quantile = (xs: number[], q: number) =>
  xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

console.log(
  `length="${LENGTH}", default embed (both standards, lead gate, call to action), 4x CPU slowdown:`,
);
for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  const run = await walk(width, height);
  const durations = run.latencies.map((l) => l.duration);
  const worst = run.latencies.reduce((a, b) => (b.duration > a.duration ? b : a), { name: '-', duration: 0 });
  console.log(`  ${width}x${height}:`);
  console.log(`    question screens to the first result  ${run.screens}`);
  console.log(`    clicks to the first result (Start included)  ${run.clicks}`);
  console.log(`    counter total: at most ${run.maxTotal}, rose ${run.rising} time(s)`);
  console.log(
    `    interactions over 16 ms: ${durations.length}; p75 ${quantile(durations, 0.75)} ms, p98 ${quantile(durations, 0.98)} ms, worst ${worst.duration} ms (${worst.name})`,
  );
  if (run.slow.length > 0) console.log(`    over 200 ms: ${run.slow.join('; ')}`);
  console.log(
    `    last answer to the report's heading: ${run.resultsMs.toFixed(0)} ms (wall clock, throttled)`,
  );
  console.log(
    `    script fetched for the whole flow: ${(run.js / 1000).toFixed(1)} kB gzip in ${run.files} files`,
  );
}
await browser.close();
server.close();
