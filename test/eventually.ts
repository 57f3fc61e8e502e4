/**
 * Retries an assertion until it holds or the time is up, then throws its last failure (what vitest's
 * `expect.poll` did): for browser tests whose page settles by itself.
 */
export async function eventually<T>(check: () => T | Promise<T>, { timeout = 5_000, interval = 50 } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (failure) {
      if (Date.now() >= deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}
