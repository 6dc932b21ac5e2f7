// The widget tests in Firefox ESR (Puppeteer over WebDriver BiDi) and WebKitGTK, Safari's engine (WebKitWebDriver,
// under Xvfb: MiniBrowser has no headless mode). Debian's packages: firefox-esr, webkit2gtk-driver, xvfb.
// Run them one after the other (npm run test:cross): side by side, WebKit's slower pages lost drafts in the
// full assessment's tests under load.
//   BROWSER=firefox npx wtr --config web-test-runner.cross.config.js
//   BROWSER=webkit xvfb-run -a npx wtr --config web-test-runner.cross.config.js
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.js';

const firefox = () =>
  puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      headless: true,
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
  });

/** A port nothing listens on now, for the driver. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts WebKitWebDriver and resolves once it answers on its status endpoint. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
  });
  process.on('exit', () => driver.kill());
  const exited = new Promise((_, reject) =>
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))),
  );
  for (;;) {
    const ready = globalThis.fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (await Promise.race([ready, exited])) return port;
    await sleep(100);
  }
}

async function webkit() {
  const port = await startWebKitDriver();
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
}

export default {
  ...base,
  // The widget's tests: the engine's and the SDK's run in Node and Chromium already.
  // The report's height is measured in Chromium, as the targets are (npm run test:browser).
  files: ['test/widget/**/*.test.ts', '!test/widget/report-height.test.ts'],
  concurrency: 1,
  browsers: [
    ...(process.env.BROWSER === 'webkit' ? [] : [firefox()]),
    ...(process.env.BROWSER === 'firefox' ? [] : [await webkit()]),
  ],
};
