// The visitor's path through the default embed, measured in headless Chromium: screens and clicks to the first
// result, time to show the results at 4× CPU slowdown, report heights (teaser, unlocked, before anything is
// expanded), where the booking action sits, where the page stands after the form is sent, and the gzip bytes the
// quick flow fetched. Per locale (en, de, fr) and viewport (1280×900, 390×844).
// `npm run bench:report [--shots DIR] [--runs N] [--breakdown] [--locales en,de] [--viewport desktop]`: with --shots, screenshots and a PDF of each state go to DIR.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type Page } from 'puppeteer-core';
import { buildCdnEsm } from '../scripts/cdn.js';
import { answerOf, movesOnItsOwn } from '../test/support/visitor.js';
import { launchChromium, listen } from './browser.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SHOTS = arg('--shots');
const RUNS = Number(arg('--runs') ?? 5);
// With --trace FILE: a Chrome trace of the first timed click (open it in DevTools' Performance panel).
const TRACE = arg('--trace');
// With --breakdown: the height of each part of the unlocked report, and the gap above it.
const BREAKDOWN = process.argv.includes('--breakdown');
const LOCALES = (arg('--locales') ?? 'en,de,fr').split(',');
const ONLY = arg('--viewport');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
];
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

// A consultancy's page: the default embed with the lead gate and a booking link, its own words in the page's
// language (as a site with a page per language sets them).
const CONFIG_SCRIPT = `
const el = document.querySelector('iso-readiness');
const words = {
  en: {
    cta: 'Book a free 30-minute review',
    consent: 'I agree that Northbridge Assurance stores my details to contact me about ISO certification.',
  },
  de: {
    cta: 'Kostenloses 30-Minuten-Gespräch buchen',
    consent: 'Ich bin einverstanden, dass Northbridge Assurance meine Angaben speichert, um mich zur ISO-Zertifizierung zu kontaktieren.',
  },
  fr: {
    cta: 'Réserver un échange gratuit de 30 minutes',
    consent: "J’accepte que Northbridge Assurance conserve mes coordonnées pour me contacter au sujet de la certification ISO.",
  },
}[el.getAttribute('locale')];
el.config = {
  branding: { consultancy: 'Northbridge Assurance', title: 'How ready is your organisation?' },
  cta: { url: 'https://example.com/book', label: words.cta },
  lead: {
    mode: 'gate',
    fields: { name: 'required', email: 'required', company: 'optional', companySize: 'optional' },
    scope: 'full',
    consent: {
      text: words.consent,
      version: '2025-06',
      privacyPolicyUrl: 'https://example.com/privacy',
    },
  },
};
window.__bytes = 0;
`;
const page = (locale: string) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<title>Northbridge Assurance</title><script type="module" src="./iso-readiness.js"></script>
<script type="module" src="./config.js"></script>
<style>body{margin:0;font:16px system-ui}main{max-width:760px;margin:0 auto;padding:24px 12px}</style></head>
<body><main><h1>Northbridge Assurance</h1>
<iso-readiness standards="iso27001 iso42001" skip-intro storage="off" locale="${locale}"></iso-readiness>
</main></body></html>`;

const files = new Map<string, string>([['/config.js', CONFIG_SCRIPT]]);
for (const locale of LOCALES) files.set(`/${locale}.html`, page(locale));
for (const file of await buildCdnEsm({ write: false })) files.set(`/${file.fileName}`, file.code);
const compressed = new Map([...files].map(([path, text]) => [path, gzipSync(text, { level: 9 })]));
const served: string[] = [];
const server = createServer((req, res) => {
  const url = (req.url ?? '/').split('?')[0]!;
  const body = compressed.get(url);
  if (body === undefined) return void res.writeHead(404).end();
  if (url.endsWith('.js') && url !== '/config.js') served.push(url);
  res.writeHead(200, {
    'content-type': `${url.endsWith('.html') ? 'text/html' : 'text/javascript'}; charset=utf-8`,
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  res.end(body);
});
const origin = await listen(server);

const browser = await launchChromium();

// In the page: the question on screen, its options, and a click counter.
const HELPERS = `
window.__q = () => document.querySelector('iso-readiness')?.shadowRoot?.querySelector('iso-readiness-question');
window.__results = () => document.querySelector('iso-readiness')?.shadowRoot?.querySelector('iso-readiness-results');
`;

interface Walk {
  screens: number;
  clicks: number;
  counters: string[];
}

/** Answers every question; the last click (the one that shows the results) is left to `finish`. */
async function walk(tab: Page, finish: () => Promise<void>): Promise<Walk> {
  const out: Walk = { screens: 0, clicks: 0, counters: [] };
  for (let guard = 0; guard < 200; guard++) {
    await tab.waitForFunction('window.__q() || window.__results()', { timeout: 20_000 });
    const state = (await tab.evaluate(
      `(() => {
      const q = window.__q();
      if (!q) return null;
      const inputs = [...q.shadowRoot.querySelectorAll('input')];
      const progress = document.querySelector('iso-readiness').shadowRoot.querySelector('iso-readiness-progress');
      return { id: q.item?.id ?? String(guard), values: inputs.map((i) => i.value), multi: inputs[0]?.type === 'checkbox',
        counter: progress?.shadowRoot?.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60) ?? '' };
    })()`.replace('guard', String(guard)),
    )) as { id: string; values: string[]; multi: boolean; counter: string } | null;
    if (!state) return out;
    out.screens++;
    out.counters.push(state.counter);
    // The review's visitor; a question they have no answer for gets its first option.
    const picks = answerOf(state.id, state.values) ?? state.values.slice(0, 1);
    // A click as a pointer makes it (a press on the option's label, then the click): a single choice then moves on
    // by itself, as it does for a visitor.
    for (const value of picks) {
      await tab.evaluate(`(() => {
        const input = window.__q().shadowRoot.querySelector('input[value="${value}"]');
        input.closest('label').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        input.click();
      })()`);
      out.clicks++;
    }
    // A single choice, or "none" on a list, moves on by itself after its confirmation; otherwise press Next. On the
    // last screen Next is pressed, timed, as the results' benchmark.
    const isFinal = (await tab.evaluate('Boolean(window.__q().last)')) as boolean;
    const moved =
      movesOnItsOwn(state.multi, picks) && !isFinal
        ? await tab
            .waitForFunction(`window.__q()?.item?.id !== ${JSON.stringify(state.id)}`, { timeout: 3000 })
            .then(
              () => true,
              () => false,
            )
        : false;
    if (moved) continue;
    out.clicks++;
    if (isFinal) {
      await finish();
      return out;
    }
    await tab.evaluate(`window.__q().shadowRoot.querySelector('button[type=submit]').click()`);
  }
  return out;
}

let traced = false;
let tracedSend = false;

/** Clicks Next on the last question under 4× CPU slowdown; ms until the report's heading is painted. */
async function timedFinish(tab: Page): Promise<number> {
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const tracing = TRACE && !traced;
  // JavaScript samples too, so the trace says which functions the time went to.
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
  if (tracing)
    await tab.tracing.start({
      path: TRACE,
      categories: [...categories, 'disabled-by-default-v8.cpu_profiler'],
    });
  const ms = (await tab.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    window.__q().shadowRoot.querySelector('button[type=submit]').click();
    const tick = () => {
      const h = window.__results()?.shadowRoot?.querySelector('h2');
      if (h && h.getBoundingClientRect().height > 0) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`)) as number;
  if (tracing) {
    await tab.tracing.stop();
    traced = true;
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return ms;
}

const REPORT_FACTS = `(() => {
  const host = document.querySelector('iso-readiness');
  const results = window.__results();
  const root = results.shadowRoot;
  const top = results.getBoundingClientRect().top + scrollY;
  // The first booking link: the banner's after a send, else the one beside the verdict.
  const cta = [...root.querySelectorAll('a')].find((a) => a.href === 'https://example.com/book');
  const text = root.textContent;
  const deep = (node) => node.shadowRoot
    ? [node.shadowRoot.textContent, ...[...node.shadowRoot.querySelectorAll('*')].filter((e) => e.shadowRoot).map(deep)].join(' ')
    : node.textContent;
  const all = deep(results);
  const paragraphs = [...root.querySelectorAll('p, li')].map((p) => p.textContent.replace(/\\s+/g, ' ').trim()).filter((s) => s.length > 30);
  const dupes = paragraphs.filter((p, i) => paragraphs.indexOf(p) !== i);
  return {
    report: Math.round(results.getBoundingClientRect().height),
    widget: Math.round(host.getBoundingClientRect().height),
    booking: cta ? Math.round(cta.getBoundingClientRect().top + scrollY - top) : null,
    // The action beside the verdict, from the top of the report (what a returning visitor sees, with no banner).
    hero: (() => {
      const hero = root.querySelector('.cta--hero a');
      const banner = root.querySelector('[part="banner"]');
      if (!hero) return null;
      const skip = banner ? banner.getBoundingClientRect().height + 16 : 0;
      return Math.round(hero.getBoundingClientRect().top + scrollY - top - skip);
    })(),
    decimals: (all.match(/\\d+[.,]\\d+\\s?%/g) ?? []).length,
    breakingPercent: (all.match(/\\d[ \\t\\n]+%/g) ?? []).length,
    teaserNumbers: (root.querySelectorAll('[part~="gauge"]').length),
    duplicates: dupes.length,
    scrollY: Math.round(scrollY),
    // Each part of the report with its height and the gap above it, top to bottom (with --breakdown).
    parts: [...root.querySelector('[part="base"]').children]
      .map((e, i, all) => {
        const box = e.getBoundingClientRect();
        const above = i > 0 ? Math.round(box.top - all[i - 1].getBoundingClientRect().bottom) : 0;
        const slotted = e.localName === 'slot' ? e.assignedElements()[0] : null;
        const height = slotted ? slotted.getBoundingClientRect().height : box.height;
        const name = (e.getAttribute('aria-labelledby') || e.getAttribute('part') || e.className || e.localName).split(' ')[0];
        return { name: slotted ? slotted.localName : name, height: Math.round(height), above };
      })
      .filter((p) => p.height > 0),
    reportTopInView: results.getBoundingClientRect().top > -80 && results.getBoundingClientRect().top < innerHeight,
  };
})()`;

/** Fills and sends the lead form; ms from the click on Send until the unlocked report is painted, at 4× CPU slowdown. */
async function sendForm(tab: Page): Promise<number> {
  await tab.evaluate(`(() => {
    const form = document.querySelector('iso-readiness').shadowRoot.querySelector('iso-readiness-lead-form').shadowRoot;
    const set = (name, value) => { const i = form.querySelector('[name="' + name + '"]'); i.value = value; i.dispatchEvent(new Event('input', { bubbles: true })); };
    set('name', 'Dana Fischer');
    set('email', 'dana@example.com');
    form.querySelector('[name="consent"]').click();
    // A visitor sends the form where it is: scrolled down to its button.
    form.querySelector('[part~="submit-button"]').scrollIntoView({ block: 'center' });
  })()`);
  // The form refuses a send faster than a person types.
  await new Promise((r) => setTimeout(r, 2100));
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // With --trace FILE, the first send is traced too, into FILE with `-send` before its extension.
  const tracing = TRACE && !tracedSend;
  if (tracing) {
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
    await tab.tracing.start({
      path: TRACE.replace(/(\.\w+)?$/, '-send$1'),
      categories: [...categories, 'disabled-by-default-v8.cpu_profiler'],
    });
  }
  const ms = (await tab.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('iso-readiness').shadowRoot.querySelector('iso-readiness-lead-form').shadowRoot.querySelector('[part~="submit-button"]').click();
    const tick = () => {
      const r = window.__results();
      if (r && !r.teaser && r.shadowRoot.querySelector('[part~="banner"]')) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`)) as number;
  if (tracing) {
    await tab.tracing.stop();
    tracedSend = true;
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  await tab.waitForFunction(`!window.__results().teaser`, { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 600));
  return ms;
}

const shot = async (tab: Page, name: string) => {
  if (SHOTS) await tab.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const rows: string[] = [];
const timings: number[] = [];
const sends: number[] = [];
let flowBytes = 0;
for (const locale of LOCALES) {
  for (const vp of VIEWPORTS.filter((v) => !ONLY || v.name === ONLY)) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.setViewport({ width: vp.width, height: vp.height });
    served.length = 0;
    await tab.goto(`${origin}/${locale}.html`, { waitUntil: 'load' });
    await tab.evaluate(HELPERS);
    let ms = 0;
    const path = await walk(tab, async () => {
      ms = await timedFinish(tab);
    });
    await tab.waitForFunction(`window.__results()?.shadowRoot?.querySelector('h2')`);
    await new Promise((r) => setTimeout(r, 300));
    const teaser = (await tab.evaluate(REPORT_FACTS)) as Record<string, unknown>;
    await shot(tab, `${locale}-${vp.name}-teaser`);
    sends.push(await sendForm(tab));
    const after = (await tab.evaluate(REPORT_FACTS)) as Record<string, unknown>;
    await tab.screenshot(SHOTS ? { path: `${SHOTS}/${locale}-${vp.name}-after-send.png` } : {});
    await tab.evaluate('scrollTo(0, 0)');
    const unlocked = (await tab.evaluate(REPORT_FACTS)) as Record<string, unknown>;
    await shot(tab, `${locale}-${vp.name}-unlocked`);
    if (SHOTS) {
      await tab.evaluate('window.__results().scrollIntoView()');
      await tab.screenshot({ path: `${SHOTS}/${locale}-${vp.name}-unlocked-first-screen.png` });
      await tab.evaluate('scrollTo(0, 0)');
    }
    if (SHOTS) {
      await tab.emulateMediaType('print');
      await shot(tab, `${locale}-${vp.name}-print`);
      await tab.emulateMediaType(undefined);
      if (vp.name === 'desktop') await tab.pdf({ path: `${SHOTS}/${locale}-report.pdf`, format: 'A4' });
    }
    if (locale === 'en' && vp.name === 'desktop') {
      flowBytes = [...new Set(served)].reduce((n, p) => n + compressed.get(p)!.length, 0);
    }
    timings.push(ms);
    rows.push(
      [
        locale,
        `${vp.width}×${vp.height}`,
        `${path.screens} screens / ${path.clicks} clicks`,
        `results ${ms.toFixed(0)} ms @4×`,
        `teaser ${teaser.report} px (numbers ${teaser.teaserNumbers})`,
        `unlocked ${unlocked.report} px`,
        `booking at ${unlocked.booking ?? '—'} px (beside the verdict: ${unlocked.hero ?? '—'} px without the banner)`,
        `after send: report top in view ${after.reportTopInView}`,
        `decimal % ${unlocked.decimals}, breakable % ${unlocked.breakingPercent}, repeated paragraphs ${unlocked.duplicates}`,
        errors.length ? `ERRORS ${errors.join(' | ')}` : '',
      ].join(' · '),
    );
    if (BREAKDOWN)
      rows.push(
        `  ${(unlocked.parts as { name: string; height: number; above: number }[]).map((p) => `${p.name} ${p.height}${p.above ? ` (+${p.above})` : ''}`).join(' · ')}`,
      );
    await context.close();
  }
}

// More runs of the timing alone (en, desktop), for a median.
for (let i = 1; i < RUNS; i++) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${origin}/en.html`, { waitUntil: 'load' });
  await tab.evaluate(HELPERS);
  let ms = 0;
  await walk(tab, async () => {
    ms = await timedFinish(tab);
  });
  timings.push(ms);
  await tab.waitForFunction(
    `window.__results()?.shadowRoot?.querySelector('iso-readiness-lead-form, [part~="teaser"]')`,
  );
  sends.push(await sendForm(tab));
  await context.close();
}
await browser.close();
server.close();

/** Median, 90th percentile (nearest rank) and range of a set of timings. */
const spread = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(0);
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms (${sorted.length} runs, ${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)} ms)`;
};
console.log(rows.join('\n'));
console.log(`time to show results at 4× CPU slowdown: ${spread(timings)}`);
console.log(`time to show the unlocked report after Send at 4× CPU slowdown: ${spread(sends)}`);
console.log(`quick flow fetched (en, gzip level 9): ${flowBytes} B = ${(flowBytes / 1024).toFixed(1)} kB`);
