/**
 * The fingerprint of what a stored forecast was simulated from (forecast-fingerprint.ts), one per variant beside
 * the forecast itself (stored-forecast.ts): the next analysis's forecast step compares it with its own inputs' and,
 * when they are the same, keeps the forecast instead of simulating again (stored-forecast-once.ts).
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';

const record = z.object({ fingerprint: z.string() });

const recordKey = (analysisKey: string) => `forecast-inputs:${analysisKey}`;

export async function loadStoredForecastInputs(store: AnalysisKvs, analysisKey: string): Promise<string | null> {
  const parsed = record.safeParse(await store.get(recordKey(analysisKey)));
  return parsed.success ? parsed.data.fingerprint : null;
}

export async function saveStoredForecastInputs(store: AnalysisKvs, analysisKey: string, fingerprint: string): Promise<void> {
  await store.set(recordKey(analysisKey), { fingerprint });
}
