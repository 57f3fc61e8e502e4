/**
 * Counts the forecasts a test's calls simulate: each simulated forecast is cached once under its own head key
 * (forecast-cache.ts; its chunks end in a part number), so the head keys written are the simulations run.
 */
import { jest } from '@jest/globals';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';

export const FORECAST_HEAD = /^forecast-cache:PAY:[0-9a-f]{32}$/;

/** The head keys written from now on, in order; empty it (`heads.length = 0`) to count afresh. */
export function watchForecastHeads(runtime: ForgeRuntime): string[] {
  const heads: string[] = [];
  const set = runtime.kvs.set.bind(runtime.kvs);
  jest.spyOn(runtime.kvs, 'set').mockImplementation((namespace, key, value, ttlMs) => {
    if (FORECAST_HEAD.test(key)) heads.push(key);
    return set(namespace, key, value, ttlMs);
  });
  return heads;
}
