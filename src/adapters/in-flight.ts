/**
 * Independent requests of one invocation sent together, a bounded number at a time (issue #11: a panel's first
 * paint waited for 13 to 17 Jira requests in a row). Forge counts fetches, not how many wait at once, but Jira
 * meters bursts per second (DESIGN.md section 5), so an invocation keeps a few in flight, never a flood:
 * `inFlightLimit` is a counting semaphore in arrival order; `mapInFlight` maps a list through it and answers
 * in the list's order, as a loop of awaits would.
 */

/** Jira requests one invocation has waiting at once, at most (the invocation budget's limit). */
export const MAX_REQUESTS_IN_FLIGHT = 6;
/** Storage reads one step has waiting at once, at most. */
export const MAX_READS_IN_FLIGHT = 10;

export type InFlightLimit = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs each `work` when fewer than `max` run; the others wait their turn, first come first served. */
export function inFlightLimit(max: number): InFlightLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `running` counts it without a gap another caller could take.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/**
 * `map` over `items` with at most `max` pending, answering in `items`' order. The first failure rejects the
 * whole, as `Promise.all` does, and no item not yet started is started after it.
 */
export async function mapInFlight<T, R>(items: readonly T[], max: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await map(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(max, items.length) }, worker));
  return results;
}
