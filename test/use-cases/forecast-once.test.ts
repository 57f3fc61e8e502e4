/** Answers that start together with nothing cached simulate once (forecast-once.ts); a dead holder costs a wait, never an answer. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastLeaseKvs } from '../../src/adapters/storage/forecast-lease';
import { forecastOnce, WAIT_MS } from '../../src/use-cases/forecast-once';

/** A store whose `claim` is FAIL_IF_EXISTS (no expiry needed here), with a cache beside it. */
function memory() {
  const values = new Map<string, unknown>();
  const lease: ForecastLeaseKvs = {
    claim: (key, value) => Promise.resolve(values.has(key) ? false : (values.set(key, value), true)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  let cached: string | null = null;
  let computed = 0;
  const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const ports = (saveMs: number) => ({
    lease,
    load: () => Promise.resolve(cached),
    compute: () => `forecast ${++computed}`,
    save: async (value: string) => {
      await delay(saveMs);
      cached = value;
    },
    now: () => '2026-11-16T12:00:00Z',
  });
  return { values, ports, computed: () => computed };
}

const key = { projectKey: 'PAY', fingerprint: 'f1' };

describe('forecastOnce', () => {
  it('simulates once for two answers that start together, and releases the lease', async () => {
    const m = memory();
    const answers = await Promise.all([forecastOnce(m.ports(100), key), forecastOnce(m.ports(100), key)]);
    expect(m.computed()).toBe(1);
    expect(answers).toEqual(['forecast 1', 'forecast 1']);
    expect([...m.values.keys()]).toEqual([]);
  });

  it('computes its own after the bounded wait when the holder never caches one', async () => {
    const m = memory();
    m.values.set('forecast-lease:PAY:f1', { since: 'earlier' });
    let clock = 0;
    const slept: number[] = [];
    const sleep = (ms: number) => ((clock += ms), slept.push(ms), Promise.resolve());
    const answer = await forecastOnce({ ...m.ports(0), sleep, elapsedMs: () => clock }, key);
    expect(answer).toBe('forecast 1');
    expect(clock).toBeLessThanOrEqual(WAIT_MS);
    expect(clock).toBeGreaterThan(WAIT_MS - 1_000);
    expect(WAIT_MS).toBeLessThan(25_000 / 2);
    expect(Math.max(...slept)).toBeLessThanOrEqual(1_000);
  });

  it('computes without waiting when there is no lease port, and reads a cached one without claiming', async () => {
    const m = memory();
    const { lease: _lease, ...plain } = m.ports(0);
    expect(await forecastOnce(plain, key)).toBe('forecast 1');
    expect(await forecastOnce(m.ports(0), key)).toBe('forecast 1');
    expect(m.computed()).toBe(1);
    expect([...m.values.keys()]).toEqual([]);
  });
});
