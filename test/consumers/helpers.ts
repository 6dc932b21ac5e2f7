import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';

/** One fenced code block of the README: its language, code and line. */
export interface Block {
  lang: string;
  code: string;
  line: number;
}

/** The README's fenced blocks in one language (`text` for blocks without one). */
export function readmeBlocks(root: string, lang: string): Block[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    blocks.push({ lang: open[1] || 'text', code: `${body.join('\n')}\n`, line: start + 1 });
  }
  return blocks.filter((b) => b.lang === lang);
}

/** The README's Content-Security-Policy block: the header it tells a host to send. */
export function readmePolicy(root: string): string {
  const block = readmeBlocks(root, 'http').find((b) => b.code.startsWith('Content-Security-Policy:'));
  if (!block) throw new Error('README: no Content-Security-Policy block');
  return block.code
    .replace(/^Content-Security-Policy:/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a page showed: the element upgraded, its first question reached, and any problem logged. */
export interface PageReport {
  upgraded: boolean;
  started: boolean;
  problems: string[];
}

/**
 * What a page held once it loaded: each tag asked about, whether it is defined, rendered its shadow root, and how
 * many `part="base"` pieces that holds.
 */
export interface ProbeReport {
  tags: Record<string, { defined: boolean; rendered: boolean; bases: number }>;
  problems: string[];
}

export interface Served {
  /** Opens `body` (plus module scripts) on a page served with the README's policy (or `policy`), as from a CDN. */
  open(body: string, scripts: string[], policy?: string): Promise<PageReport>;
  /**
   * Opens `body` with `files` served beside the page (`{ '/host.js': code }`) under `policy`, and once it has
   * loaded (module scripts have run then) reports, per tag, whether it is defined and rendered.
   */
  probe(body: string, files: Record<string, string>, policy: string, tags: string[]): Promise<ProbeReport>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves test pages with the README's policy on a free port and drives Debian's Chromium to them. Pages load the
 * package from `https://cdn.jsdelivr.net/npm/iso-readiness@<version>/…` as the README says: those requests are
 * answered from the unpacked package, every other host gets an empty 204, so nothing leaves the machine.
 */
export async function servePackage(pkgDir: string, version: string, root: string): Promise<Served> {
  const policy = readmePolicy(root);
  const pages = new Map<string, string>();
  const prefix = `/npm/iso-readiness@${version}/`;
  /** A file of the package by its path on the CDN (`/npm/iso-readiness@0.1.0/dist/cdn/…`), or null. */
  const packageFile = (path: string): string | null => {
    const file = path.startsWith(prefix) ? normalize(join(pkgDir, path.slice(prefix.length))) : '';
    return file.startsWith(pkgDir) && existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const policies = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages.has(path)) {
      const type = path.endsWith('.js') ? TYPES['.js']! : TYPES['.html']!;
      res.writeHead(200, { 'content-type': type, 'content-security-policy': policies.get(path) ?? policy });
      res.end(pages.get(path));
      return;
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage'],
  });
  let count = 0;

  /** A new tab: CDN requests answered from the package, other hosts blocked, problems collected. */
  async function preparePage() {
    const page = await browser.newPage();
    const problems: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) {
        void request.continue();
        return;
      }
      // The CDN, answered from the unpacked package; any other host gets nothing.
      const file = url.host === 'cdn.jsdelivr.net' ? packageFile(decodeURIComponent(url.pathname)) : null;
      if (file) {
        void request.respond({
          status: 200,
          headers: { 'access-control-allow-origin': '*' },
          contentType: TYPES[extname(file)] ?? 'application/octet-stream',
          body: readFileSync(file),
        });
      } else {
        void request.respond({ status: url.host === 'cdn.jsdelivr.net' ? 404 : 204, body: '' });
      }
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
    if (process.env.CONSUMERS_DEBUG) {
      page.on('requestfailed', (r) => console.error('failed', r.url(), r.failure()?.errorText));
      page.on('response', (r) => console.error('response', r.status(), r.url()));
      page.on('console', (m) => console.error('console', m.type(), m.text()));
    }
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { readinessProblems: string[] };
      w.readinessProblems = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.readinessProblems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`),
      );
      document.addEventListener('readiness-error', (e) =>
        w.readinessProblems.push(`readiness-error: ${JSON.stringify((e as CustomEvent).detail)}`),
      );
    });
    return { page, problems };
  }

  async function open(body: string, scripts: string[], pagePolicy?: string) {
    const n = ++count;
    if (pagePolicy) policies.set(`/page/${n}.html`, pagePolicy);
    const tags = scripts.map((_, i) => {
      pages.set(`/page/${n}-${i}.js`, scripts[i]!);
      return `<script type="module" src="/page/${n}-${i}.js"></script>`;
    });
    pages.set(
      `/page/${n}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page ${n}</title>` +
        `</head><body>${body}${tags.join('')}</body></html>`,
    );
    const { page, problems } = await preparePage();
    try {
      await page.goto(`${origin}/page/${n}.html`, { waitUntil: 'load' });
      const upgraded = await page
        .waitForFunction(
          () => {
            const el = document.querySelector('iso-readiness');
            return !!el?.shadowRoot?.querySelector('[part=start-button], [part=open-button]');
          },
          { timeout: 30_000 },
        )
        .then(
          () => true,
          () => false,
        );
      let started = false;
      if (upgraded) {
        started = await page.evaluate(async () => {
          const inline = [...document.querySelectorAll('iso-readiness')].find((el) =>
            el.shadowRoot?.querySelector('[part=start-button]'),
          );
          if (!inline) return false;
          inline.shadowRoot!.querySelector<HTMLButtonElement>('[part=start-button]')!.click();
          for (let i = 0; i < 300; i++) {
            const q = inline.shadowRoot!.querySelector('iso-readiness-question');
            if (q?.shadowRoot?.querySelector('[part=heading]')) return true;
            await new Promise((r) => setTimeout(r, 50));
          }
          return false;
        });
        // The results part loads while the visitor reads (and checks the whole config): wait for it.
        if (started) await page.evaluate(() => customElements.whenDefined('iso-readiness-results'));
      }
      problems.push(
        ...(await page.evaluate(
          () => (window as unknown as { readinessProblems: string[] }).readinessProblems,
        )),
      );
      return { upgraded, started, problems };
    } finally {
      await page.close();
    }
  }

  async function probe(body: string, files: Record<string, string>, pagePolicy: string, tags: string[]) {
    const n = ++count;
    for (const [path, code] of Object.entries(files)) pages.set(path, code);
    pages.set(
      `/page/${n}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page ${n}</title></head><body>${body}</body></html>`,
    );
    policies.set(`/page/${n}.html`, pagePolicy);
    const { page, problems } = await preparePage();
    try {
      await page.goto(`${origin}/page/${n}.html`, { waitUntil: 'load' });
      // Module scripts have run by the load event: a defined element renders within its first update.
      await page.waitForFunction(
        (names: string[]) =>
          names.every(
            (name) => !customElements.get(name) || document.querySelector(name)?.shadowRoot?.children.length,
          ),
        { timeout: 30_000 },
        tags,
      );
      const report = await page.evaluate(
        (names: string[]) =>
          Object.fromEntries(
            names.map((name) => [
              name,
              {
                defined: !!customElements.get(name),
                rendered: !!document.querySelector(name)?.shadowRoot?.children.length,
                // How many copies of its main piece its shadow root holds (one, also over a server render).
                bases: document.querySelector(name)?.shadowRoot?.querySelectorAll('[part=base]').length ?? 0,
              },
            ]),
          ),
        tags,
      );
      problems.push(
        ...(await page.evaluate(
          () => (window as unknown as { readinessProblems: string[] }).readinessProblems,
        )),
      );
      return { tags: report, problems };
    } finally {
      await page.close();
    }
  }

  return {
    open,
    probe,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
