/**
 * A large project's forecast in Forge storage (issue #15; DESIGN.md section 5), computed by the `keel-analysis`
 * consumer after each analysis (refresh-stored-forecast.ts) and stored like the Overview's parts: one answer per
 * variant, over every scope issue (`forecast:PAY`) and, when the scope uses issue security levels, over the
 * issues under none (`forecast:PAY#none`), each under the generation of the analysis it was computed from, in
 * chunks under KVS's 240 KiB (stored-answer.ts). Beside it, a small record of the run under way, for progress.
 */
import * as z from 'zod/mini';
import { storedForecast, type StoredForecast } from '../../contract/forecast';
import type { AnalysisKvs } from './analysis-store';
import { loadStoredAnswer, saveStoredAnswer } from './stored-answer';

const answerKey = (analysisKey: string) => `forecast:${analysisKey}`;

export function saveStoredForecast(store: AnalysisKvs, analysisKey: string, generation: string, forecast: StoredForecast): Promise<void> {
  return saveStoredAnswer(store, answerKey(analysisKey), generation, forecast);
}

export function loadStoredForecast(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: StoredForecast } | null> {
  return loadStoredAnswer(store, answerKey(analysisKey), storedForecast);
}

const runRecord = z.object({
  generation: z.string(),
  /** `queued`: its event is on the queue; `simulating`: the consumer runs it. */
  stage: z.enum(['queued', 'simulating']),
  /** When it was queued or started (ISO instant). */
  since: z.string(),
  iterations: z.number(),
  issueCount: z.number(),
});
export type ForecastRun = z.infer<typeof runRecord>;

const runKey = (projectKey: string) => `forecast-run:${projectKey}`;

/** Records the run about to start; null clears it (the run is over). */
export async function saveForecastRun(store: AnalysisKvs, projectKey: string, run: ForecastRun | null): Promise<void> {
  if (run === null) await store.delete(runKey(projectKey));
  else await store.set(runKey(projectKey), run);
}

export async function loadForecastRun(store: AnalysisKvs, projectKey: string): Promise<ForecastRun | null> {
  const parsed = runRecord.safeParse(await store.get(runKey(projectKey)));
  return parsed.success ? parsed.data : null;
}
