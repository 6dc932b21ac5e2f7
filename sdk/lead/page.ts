// What lead delivery needs from the page it runs in: time, the network's state, Web Locks and the page's events.
// Nothing here runs at import: the delivery imports and runs in Node.

/** Waits `ms`, or less when `signal` aborts. */
export const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Is the browser online? Node counts as online. */
export const defaultIsOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

/** One tab at a time per lead: the page that holds the lock sends; another waits, and finds it sent or takes over. */
export const webLock = async <T>(
  name: string,
  signal: AbortSignal,
  send: () => Promise<T>,
): Promise<T | null> => {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return send();
  try {
    return await locks.request(name, { signal }, send);
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  }
};

/** What a delivery hears from its page. */
export interface PageSignals {
  /** The network is back. */
  online(): void;
  /** The page was hidden (another tab, minimised, on its way out). */
  hidden(): void;
  /** The page is shown again. */
  visible(): void;
  /** The page may be going (`pagehide`). */
  leaving(): void;
  /** The page is back from the back/forward cache (`pageshow`). */
  back(): void;
}

/** Listens to `target` and its document for `online`, visibility, `pagehide` and `pageshow`; returns the function that stops. */
export function listenToPage(target: Window, on: PageSignals): () => void {
  const doc = target.document;
  const onOnline = () => on.online();
  const onVisibility = () => (doc.visibilityState === 'hidden' ? on.hidden() : on.visible());
  const onPageHide = () => on.leaving();
  const onPageShow = () => on.back();
  target.addEventListener('online', onOnline);
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('pageshow', onPageShow);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('online', onOnline);
    target.removeEventListener('pagehide', onPageHide);
    target.removeEventListener('pageshow', onPageShow);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Calls `leaving` on `beforeunload`: Firefox and Safari cut off requests in flight right after it, before
 * `pagehide`. Listen only while sending, since the listener keeps a page out of Firefox's back/forward cache; it
 * never asks the visitor to stay. Returns the function that stops listening.
 */
export function listenForUnload(target: Window, leaving: () => void): () => void {
  target.addEventListener('beforeunload', leaving);
  return () => target.removeEventListener('beforeunload', leaving);
}

/** Waits that end on time or all at once when woken (the network is back, the page shown or hidden). */
export class Waits {
  private readonly pending = new Set<AbortController>();

  constructor(private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>) {}

  /** Resolves after `ms`, or earlier on `wake()`. `Infinity` waits for a wake only. */
  async wait(ms: number): Promise<void> {
    const controller = new AbortController();
    this.pending.add(controller);
    try {
      if (ms === Infinity) {
        await new Promise<void>((resolve) =>
          controller.signal.addEventListener('abort', () => resolve(), { once: true }),
        );
      } else {
        await this.sleep(ms, controller.signal);
      }
    } finally {
      this.pending.delete(controller);
    }
  }

  /** Ends every wait now. */
  wake(): void {
    for (const controller of this.pending) controller.abort();
  }
}
