/**
 * The fingerprints of what a stored forecast was simulated from, one record per variant beside the forecast itself
 * (stored-forecast.ts): of its inputs as read (forecast-fingerprint.ts) and of its simulation's plan
 * (forecast-plan-fingerprint.ts). The next analysis's forecast step compares them with its own and, when either is
 * the same, keeps the forecast's figures instead of simulating again (stored-forecast-once.ts). A record stored
 * before Keel kept the plan's has none: only the inputs' is compared.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';

const record = z.object({ fingerprint: z.string(), plan: z.optional(z.string()) });

export interface ForecastFingerprints {
  fingerprint: string;
  plan: string | null;
}

const recordKey = (analysisKey: string) => `forecast-inputs:${analysisKey}`;

export async function loadStoredForecastInputs(store: AnalysisKvs, analysisKey: string): Promise<ForecastFingerprints | null> {
  const parsed = record.safeParse(await store.get(recordKey(analysisKey)));
  return parsed.success ? { fingerprint: parsed.data.fingerprint, plan: parsed.data.plan ?? null } : null;
}

export async function saveStoredForecastInputs(store: AnalysisKvs, analysisKey: string, fingerprints: { fingerprint: string; plan: string }): Promise<void> {
  await store.set(recordKey(analysisKey), fingerprints);
}

/** Before a forecast of other inputs is stored: until its own fingerprints are, none says what it was simulated from. */
export async function clearStoredForecastInputs(store: AnalysisKvs, analysisKey: string): Promise<void> {
  await store.delete(recordKey(analysisKey));
}
