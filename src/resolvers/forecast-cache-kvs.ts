/** The live forecast cache's storage (forecast-cache.ts): Forge's KVS with a time to live on every record. */
import { kvs } from '@forge/kvs';
import type { ForecastCacheKvs } from '../adapters/storage/forecast-cache';

export const forecastCacheKvs: ForecastCacheKvs = {
  get: (key) => kvs.get(key),
  set: (key, value, ttlSeconds) => kvs.set(key, value, { ttl: { value: ttlSeconds, unit: 'SECONDS' } }),
};
