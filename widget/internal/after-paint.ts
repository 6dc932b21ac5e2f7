// Work that must not hold up the paint of what the visitor asked for. Moving focus to a new heading (which scrolls
// it into view where needed) or scrolling to it needs a laid-out page: done in the task that renders, before the
// parts below have rendered too, it forces a layout that the frame then does again (tens of milliseconds each on a
// slow phone). After the paint the page is laid out already, and focusing costs next to nothing.

let pending: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` once the next frame has been painted (with `before`, in that frame before its layout, when every part
 * has rendered); after 100 ms when the page gets no frames (hidden, in the background).
 */
export function afterPaint(fn: () => void, before?: boolean): void {
  pending = Promise.all([
    pending,
    new Promise<void>((resolve) => {
      let done = 0;
      const run = (): void => {
        if (!done++) {
          fn();
          resolve();
        }
      };
      requestAnimationFrame(() => (before ? run() : setTimeout(run)));
      setTimeout(run, 100);
    }),
  ]);
}

/** Settles once every callback asked for so far has run: what a test waits on before it checks focus or scroll. */
export const painted = (): Promise<unknown> => pending;
