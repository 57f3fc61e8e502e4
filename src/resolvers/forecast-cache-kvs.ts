/**
 * The live forecast cache's storage (forecast-cache.ts): Forge's KVS with a time to live on every record, and the
 * lease that lets answers starting together simulate once (forecast-lease.ts: FAIL_IF_EXISTS, as the analysis lease).
 */
import { kvs } from '@forge/kvs';
import type { ForecastCacheKvs } from '../adapters/storage/forecast-cache';
import type { ForecastLeaseKvs } from '../adapters/storage/forecast-lease';
import { analysisLease } from './analysis-events';

export const forecastCacheKvs: ForecastCacheKvs & ForecastLeaseKvs = {
  claim: (key, value, ttlSeconds) => analysisLease.claim(key, value, ttlSeconds),
  delete: (key) => kvs.delete(key),
  get: (key) => kvs.get(key),
  set: (key, value, ttlSeconds) => kvs.set(key, value, { ttl: { value: ttlSeconds, unit: 'SECONDS' } }),
};
