import type { RequestHandler } from 'msw';
import type * as MswNode from 'msw/node';

/** A running msw instance: the worker in the browser, the interceptor server in Node. */
export interface MockNetwork {
  use(...handlers: RequestHandler[]): void;
  reset(): void;
  stop(): void;
}

/**
 * Starts msw once per test file with `handlers`; any request no handler answers fails the test, so nothing
 * ever reaches a real host. In browsers the worker is served at /mockServiceWorker.js by the wtr config.
 */
export async function startMockNetwork(...handlers: RequestHandler[]): Promise<MockNetwork> {
  if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
    const { setupWorker } = await import('msw/browser');
    const worker = setupWorker(...handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    return {
      use: (...h) => worker.use(...h),
      reset: () => worker.resetHandlers(),
      stop: () => worker.stop(),
    };
  }
  // A computed specifier: the browser build never tries to resolve the Node-only entry.
  const nodeEntry = 'msw/node';
  const { setupServer } = (await import(/* @vite-ignore */ nodeEntry)) as typeof MswNode;
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return { use: (...h) => server.use(...h), reset: () => server.resetHandlers(), stop: () => server.close() };
}
