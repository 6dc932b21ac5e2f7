// Work that must not hold up the paint of what the visitor asked for. Moving focus to a new heading or scrolling
// to it needs a laid-out page: done in the task that renders, before the parts below have rendered too, it forces
// a layout that the frame then does again (tens of milliseconds each on a slow phone).

let pending: Promise<unknown> = Promise.resolve();

/** Runs `fn` at most once: from `schedule`, or after 100 ms when the page gets no frames (hidden, in the background). */
function once(schedule: (run: () => void) => void, fn: () => void): void {
  pending = Promise.all([
    pending,
    new Promise<void>((resolve) => {
      let done = false;
      const run = (): void => {
        if (done) return;
        done = true;
        try {
          fn();
        } finally {
          resolve();
        }
      };
      if (typeof requestAnimationFrame === 'function') schedule(run);
      setTimeout(run, 100);
    }),
  ]);
}

/** Runs `fn` in the next frame, before its layout: whatever every part rendered is in place, and laid out once. */
export const beforePaint = (fn: () => void): void => once((run) => requestAnimationFrame(run), fn);

/** Runs `fn` once the next frame has been painted. */
export const afterPaint = (fn: () => void): void =>
  once((run) => requestAnimationFrame(() => setTimeout(run)), fn);

/** Settles once every callback asked for so far has run: what a test waits on before it checks focus or scroll. */
export const painted = (): Promise<unknown> => pending;

/** Brings `el` into view where it is not (no jump where it is), then focuses it without a second scroll. */
export function focusInView(el: HTMLElement | null | undefined): void {
  if (!el?.isConnected) return;
  el.scrollIntoView({ block: 'nearest' });
  el.focus({ preventScroll: true });
}
