/**
 * How long a test waits for something before it fails: long enough for a machine busy with other test pages
 * and builds, and well under the 20 s test timeout so the failure says what it was waiting for.
 */
export const PATIENCE_MS = 15_000;

/** Resolves once `condition` holds; throws naming `what` after `timeout` ms. Polls, never sleeps a fixed time. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeout = PATIENCE_MS,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
