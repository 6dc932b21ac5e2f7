import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startWebhookServer } from './test/e2e/webhook-server.js';
import { CHROMIUM_TEST_ARGS } from './scripts/chromium.js';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

// wtr runs test files side by side in pages of one origin, which share `localStorage`: one file's drafts, outboxes
// and `clear()` would land in another's mid-test. Each page gets a `localStorage` of its own, before any test loads.
const pageStorage = `(() => {
  // The origin's own, shared with other tabs (iframes), for the tests that are about tabs.
  Object.defineProperty(window, 'originLocalStorage', { value: window.localStorage });
  const map = new Map();
  const storage = {
    get length() { return map.size; },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => (map.has(String(key)) ? map.get(String(key)) : null),
    setItem: (key, value) => void map.set(String(key), String(value)),
    removeItem: (key) => void map.delete(String(key)),
    clear: () => map.clear(),
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => storage });
})();`;

/**
 * The consultancy's webhook as a real Node server on a second origin, started with the test server. Pages learn
 * its origin from /__webhook.js; /__lead-tab.html is a second tab (an iframe) that sends leads from the outbox.
 */
function webhookPlugin() {
  let webhook;
  return {
    name: 'webhook',
    async serverStart() {
      webhook = await startWebhookServer();
    },
    async serverStop() {
      await webhook?.close();
    },
    serve(context) {
      if (context.path === '/__webhook.js')
        return { body: `export const WEBHOOK_ORIGIN = ${JSON.stringify(webhook.origin)};`, type: 'js' };
      if (context.path === '/__missing-part.html')
        // A deployment whose results part is missing: the widget's import of it is mapped to a URL that 404s.
        return {
          body: `<!doctype html><html><head>
<script type="importmap">{"imports": {"/widget/iso-readiness/report.js": "/__missing/report.js", "/widget/iso-readiness/report.ts": "/__missing/report.js"}}</script>
<script>window.readinessErrors = []; addEventListener('readiness-error', (e) => readinessErrors.push(e.detail));</script>
</head><body><iso-readiness skip-intro storage="off"></iso-readiness>
<script type="module" src="/widget/index.ts"></script></body></html>`,
          type: 'html',
        };
      if (context.path === '/__lead-tab.html')
        return {
          body: '<!doctype html><html><body><script type="module" src="/test/e2e/lead-tab.ts"></script></body></html>',
          type: 'html',
        };
      return undefined;
    },
  };
}

/**
 * `page-visibility` {state: 'hidden' | 'visible'}: the visitor switches to another tab and back, for real. Hidden: a
 * blank tab opens in front of the test page (Chromium, Firefox); the window is minimised where the driver has no
 * tabs to open (WebKit's WebDriver). Visible: that tab closes and the test page comes to the front again. The page
 * sees the browser's own `visibilitychange`; the test waits for `document.visibilityState` itself.
 */
function pageVisibilityPlugin() {
  const spareTabs = new Map();
  return {
    name: 'page-visibility',
    async executeCommand({ command, payload, session }) {
      if (command !== 'page-visibility') return undefined;
      const hidden = payload?.state === 'hidden';
      const launcher = session.browser;
      if (typeof launcher.getPage === 'function') {
        const page = launcher.getPage(session.id);
        if (hidden) {
          if (!spareTabs.has(session.id)) spareTabs.set(session.id, await page.browserContext().newPage());
          await spareTabs.get(session.id).bringToFront();
        } else {
          await spareTabs.get(session.id)?.close();
          spareTabs.delete(session.id);
          await page.bringToFront();
        }
        return true;
      }
      if (launcher.driver) {
        if (hidden) await launcher.driver.minimizeWindow();
        else await launcher.driver.maximizeWindow();
        return true;
      }
      throw new Error(`page-visibility: no way to switch tabs in ${launcher.name}`);
    },
  };
}

export default {
  // lead-keepalive switches this browser's tabs for real, which hides whatever test page runs beside it: it runs on
  // its own (npm run test:browser runs it after the rest).
  files: [
    'test/src/**/*.test.ts',
    'test/sdk/**/*.test.ts',
    'test/widget/**/*.test.ts',
    '!test/widget/lead-keepalive.test.ts',
    '!test/widget/report-height.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>${pageStorage}</script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    webhookPlugin(),
    pageVisibilityPlugin(),
    {
      // msw's worker must be served from the site root.
      name: 'msw-worker',
      serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          return { body: readFileSync(workerPath, 'utf8'), type: 'js' };
        }
        return undefined;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: CHROMIUM_TEST_ARGS,
      },
    }),
  ],
};
