// Flags for Debian's Chromium wherever the project starts it (tests, benchmarks): as root it needs no sandbox,
// and nothing may leave the machine (no background networking or component updates on a closed network).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

// Tests also run pages side by side: a page in a background tab must still get animation frames and timers.
export const CHROMIUM_TEST_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-dev-shm-usage',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
