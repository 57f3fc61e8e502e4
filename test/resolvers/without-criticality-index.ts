/**
 * What the criticality-index tests share (forecast-index-cold, forecast-criticality-all): the index records in
 * storage, whether a key is a chunk of a whole stored forecast, and the same cold answers with every index record
 * taken out (the whole forecast read, as one stored before Keel kept an index is), put back after.
 */
import { expect } from '../expect';
import type { Ask, ColdAnswers } from './cold-reads';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';

interface ColdApp {
  runtime: () => ForgeRuntime;
  cold: (asks: readonly Ask[], who: string) => Promise<ColdAnswers>;
}

/** Every index record in storage (one per stored forecast: PAY's, its variants'). */
export const indexRecords = (runtime: ForgeRuntime): string[] => runtime.kvs.keys('kvs').filter((k) => /^forecast-index:[^:]+$/.test(k));

/** A chunk of a whole stored forecast (not its record): `stored-answer:forecast:PAY:<hash>:<i>`. */
export const forecastChunk = (key: string): boolean => /^stored-answer:forecast:[^:]+:[^:]+:\d+$/.test(key);

/** The asks with every index record taken out (the whole forecast read), put back after. */
export async function withoutIndex(app: ColdApp, asks: readonly Ask[], who: string): Promise<ColdAnswers> {
  const runtime = app.runtime();
  const kept = indexRecords(runtime).map((key) => [key, runtime.kvs.get('kvs', key)?.value] as const);
  expect(kept.length, 'index records').toBeGreaterThan(0);
  for (const [key] of kept) runtime.kvs.delete('kvs', key);
  try {
    return await app.cold(asks, who);
  } finally {
    for (const [key, value] of kept) runtime.kvs.set('kvs', key, value);
  }
}
