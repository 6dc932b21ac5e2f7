// What every browser bench shares: a local server on a free port and Debian's Chromium, with the flags this
// machine's closed network needs (no background connections, no component updates).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/chromium.js';

/** Starts `server` on a free loopback port and gives its origin. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Headless Chromium (`CHROME_PATH`, else Debian's). */
export const launchChromium = (): Promise<Browser> =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', ...CHROMIUM_ARGS],
  });
