/**
 * One simulation for answers that start together (issue #15 item 4): with nothing cached, the first answer takes
 * the forecast lease (forecast-lease.ts) and computes; the others read the cache again, waiting a little longer
 * each time (250 ms, then x1.5, at most 1 s between reads) for at most WAIT_MS, well inside a resolver's 25 s,
 * and then compute it themselves rather than fail: a holder that died, or one slower than the wait, costs a
 * second simulation, never an answer. Without a lease port (the CLI, a plain map) every answer computes.
 */
import type { ForecastLeaseKvs } from '../adapters/storage/forecast-lease';
import { claimForecastLease, releaseForecastLease } from '../adapters/storage/forecast-lease';

/** The longest an answer waits for another's forecast before computing its own. */
export const WAIT_MS = 8_000;
const FIRST_POLL_MS = 250;
const MAX_POLL_MS = 1_000;

export interface ForecastOncePorts<T> {
  lease?: ForecastLeaseKvs;
  /** The cached forecast, or null. */
  load: () => Promise<T | null>;
  compute: () => T;
  save: (value: T) => Promise<void>;
  /** Now, as an ISO instant (the lease records when it was taken). */
  now: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds on a monotonic clock, for the wait. */
  elapsedMs?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function forecastOnce<T>(ports: ForecastOncePorts<T>, key: { projectKey: string; fingerprint: string }, waitMs = WAIT_MS): Promise<T> {
  const cached = await ports.load();
  if (cached !== null) return cached;
  const { lease } = ports;
  if (lease !== undefined && !(await claimForecastLease(lease, key.projectKey, key.fingerprint, ports.now()))) {
    const waited = await waitForCache(ports, waitMs);
    if (waited !== null) return waited;
    return computeAndSave(ports);
  }
  try {
    return await computeAndSave(ports);
  } finally {
    if (lease !== undefined) await releaseForecastLease(lease, key.projectKey, key.fingerprint);
  }
}

async function computeAndSave<T>(ports: ForecastOncePorts<T>): Promise<T> {
  const value = ports.compute();
  await ports.save(value);
  return value;
}

async function waitForCache<T>(ports: ForecastOncePorts<T>, waitMs: number): Promise<T | null> {
  const sleep = ports.sleep ?? realSleep;
  const elapsed = ports.elapsedMs ?? (() => performance.now());
  const start = elapsed();
  for (let pause = FIRST_POLL_MS; elapsed() - start + pause <= waitMs; pause = Math.min(MAX_POLL_MS, pause * 1.5)) {
    await sleep(pause);
    const found = await ports.load();
    if (found !== null) return found;
  }
  return null;
}
