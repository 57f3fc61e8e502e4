/**
 * A small project's live forecast kept in Forge storage for a while (issue #15, item 4), so the answers of one
 * visit (the Forecast tab, the issue panel, the risk register, the risk register macro) compute it once. Keyed by
 * the project and the fingerprint of the inputs the viewer saw (forecast-fingerprint.ts): a viewer who sees other
 * issues has another key and never reads this one. The JSON is cut into chunks under KVS's 240 KiB a value
 * (analysis-chunks.ts), the chunks written before the head that names their count, every record with the same
 * time to live, so storage empties itself. A missing chunk, or text that does not parse, reads as no entry.
 */
import * as z from 'zod/mini';
import { storedForecast, type StoredForecast } from '../../contract/forecast';
import { analysisChunks } from './analysis-chunks';
import { readChunkedJson } from './chunked-json';

/** The writes the cache needs: `kvs.set` with a time to live. */
export interface ForecastCacheKvs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
}

/** How long a computed forecast is read again: a visit's answers come within minutes of each other. */
export const FORECAST_CACHE_TTL_SECONDS = 15 * 60;

const head = z.object({ chunks: z.number() });
const headKey = (projectKey: string, fingerprint: string) => `forecast-cache:${projectKey}:${fingerprint}`;
const chunkKey = (projectKey: string, fingerprint: string, i: number) => `${headKey(projectKey, fingerprint)}:${i}`;

export async function loadCachedForecast(store: ForecastCacheKvs, projectKey: string, fingerprint: string): Promise<StoredForecast | null> {
  const keys = { head: headKey(projectKey, fingerprint), chunk: (_: unknown, i: number) => chunkKey(projectKey, fingerprint, i) };
  return (await readChunkedJson(store, keys, head, storedForecast))?.value ?? null;
}

export async function saveCachedForecast(store: ForecastCacheKvs, projectKey: string, fingerprint: string, forecast: StoredForecast): Promise<void> {
  const chunks = analysisChunks(JSON.stringify(forecast));
  for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(projectKey, fingerprint, i), chunk, FORECAST_CACHE_TTL_SECONDS);
  await store.set(headKey(projectKey, fingerprint), { chunks: chunks.length }, FORECAST_CACHE_TTL_SECONDS);
}
