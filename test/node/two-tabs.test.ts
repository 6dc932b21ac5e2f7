// A9: two tabs of the site that load together with a lead pending send it once. Two real top-level pages of one
// Chromium (each with its own renderer and main thread, as two tabs have; iframes share their parent's), on a local
// server that serves the SDK's delivery built for the browser, and the real webhook on a second origin counting
// POSTs. The pages take the lease on the lead only at a barrier the test opens once both tabs have reached the
// point where they would send it, or one has and the other waits for the lead's Web Lock.
import { expect } from 'chai';
import { build } from 'esbuild';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { OUTBOX_VERSION, outboxKey } from '../../sdk/lead/outbox.js';
import { CHROMIUM_TEST_ARGS } from '../../scripts/chromium.js';
import { startWebhookServer } from '../e2e/webhook-server.js';
import { makeLead } from '../support/leads.js';
import { until } from '../support/wait.js';

const entry = fileURLToPath(new URL('../e2e/two-tabs-page.ts', import.meta.url));

/** The site: the built tab page, a blank page, and the barrier the tabs wait at. */
async function startSite(script: string) {
  const waiting = new Map<string, ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://site');
    if (url.pathname === '/tab.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else if (url.pathname === '/tab.html')
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><html><body><script type="module" src="/tab.js"></script></body></html>');
    else if (url.pathname.startsWith('/barrier/') && req.method === 'POST')
      waiting.set(decodeURIComponent(url.pathname.slice('/barrier/'.length)), res);
    else if (url.pathname === '/blank.html')
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Tabs held at the barrier. */
    waiting,
    release: () => {
      for (const res of waiting.values()) res.writeHead(204).end();
      waiting.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('two tabs that load together (A9)', function () {
  this.timeout(20_000);
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  let webhook: Awaited<ReturnType<typeof startWebhookServer>>;

  before(async () => {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      conditions: ['browser'],
    });
    [site, webhook, browser] = await Promise.all([
      startSite(bundle.outputFiles[0]!.text),
      startWebhookServer(),
      puppeteer.launch({
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        // The flags of the browser tests: nothing leaves the machine, a background tab keeps its timers.
        args: CHROMIUM_TEST_ARGS,
      }),
    ]);
  });
  after(async () => {
    site?.release();
    await Promise.all([browser?.close(), site?.close(), webhook?.close()]);
  });

  it('should send a pending lead once, the second tab finding it sent', async () => {
    // Arrange: a lead an earlier page left pending in the site's outbox; two tabs of the site.
    const lead = makeLead('contact', { id: crypto.randomUUID() });
    const instance = crypto.randomUUID();
    const bucket = crypto.randomUUID();
    const hook = `${webhook.origin}/hook/${bucket}`;
    // A third page of the site sees the origin's locks; a tab held at the barrier answers nothing meanwhile.
    const [site0, a, b] = [await browser.newPage(), await browser.newPage(), await browser.newPage()] as [
      Page,
      Page,
      Page,
    ];
    await site0.goto(`${site.origin}/blank.html`);
    await site0.evaluate(
      (key, value) => localStorage.setItem(key, value),
      outboxKey(instance),
      JSON.stringify({
        v: OUTBOX_VERSION,
        entries: [{ lead, state: 'pending', attempts: 1, notified: true, queuedAt: Date.now() }],
      }),
    );
    const tabs = { a, b };
    const lock = `${outboxKey(instance)}:${lead.id}`;
    const someoneWaitsForLock = (): Promise<boolean> =>
      site0.evaluate(
        async (name) => ((await navigator.locks.query()).pending ?? []).some((l) => l.name === name),
        lock,
      );

    // Act: both tabs load at once; once both stand where they would send (or one does and the other waits for
    // the lock), the barrier opens.
    const loads = Object.entries(tabs).map(([name, page]) =>
      page.goto(`${site.origin}/tab.html?${new URLSearchParams({ tab: name, hook, instance }).toString()}`),
    );
    await until(async () => {
      if (site.waiting.size === 2) return true;
      return site.waiting.size === 1 && someoneWaitsForLock();
    }, 'both tabs to reach the lead');
    const met =
      site.waiting.size === 2 ? 'both tabs about to send' : 'one tab sending, one waiting for the lock';
    site.release();
    await Promise.all(loads);
    const results = await Promise.all(
      [a, b].map((page) =>
        page.evaluate(() => (window as unknown as { results: Promise<string[]> }).results),
      ),
    );

    // Assert: one POST, acknowledged, under the lead's key; the other tab found it gone.
    const arrivals = (await (await fetch(`${webhook.origin}/log/${bucket}`)).json()) as {
      key: string;
      status: number;
    }[];
    expect(
      arrivals.map((r) => [r.key, r.status]),
      met,
    ).to.deep.equal([[lead.id, 200]]);
    expect(results.flat().sort()).to.deep.equal(['gone', 'sent']);
    await Promise.all([site0.close(), a.close(), b.close()]);
  });
});
