/**
 * A large project's forecast in Forge storage (issue #15; DESIGN.md section 5), computed by the `keel-analysis`
 * consumer after each analysis (refresh-stored-forecast.ts) and stored like the Overview's parts: one answer per
 * variant, over every scope issue (`forecast:PAY`) and, when the scope uses issue security levels, over the
 * issues under none (`forecast:PAY#none`), each under the generation of the analysis it was computed from, in
 * chunks under KVS's 240 KiB (stored-answer.ts). With it, once it is stored, its criticality index
 * (criticality-index.ts), by summary group as the analysis's stored members view groups its issues, so the views
 * read the figures they show, not the whole forecast. Beside it, a small record of the run under way, for progress.
 */
import * as z from 'zod/mini';
import { storedForecast, type StoredForecast } from '../../contract/forecast';
import { loadAnalysisManifest, type AnalysisKvs } from './analysis-store';
import { criticalityIndexTexts } from './criticality-index';
import { deleteCriticalityIndex, saveCriticalityIndex } from './criticality-index-store';
import { loadScheduleViews } from './schedule-views-store';
import { deleteStoredAnswer, loadStoredAnswer, loadStoredAnswerHead, saveStoredAnswer } from './stored-answer';

const answerKey = (analysisKey: string) => `forecast:${analysisKey}`;

export async function saveStoredForecast(store: AnalysisKvs, analysisKey: string, generation: string, forecast: StoredForecast): Promise<void> {
  const answer = await saveStoredAnswer(store, answerKey(analysisKey), generation, forecast);
  // The members of the analysis the forecast was made from (its views; none stored before Keel kept them).
  const manifest = await loadAnalysisManifest(store, analysisKey);
  const views = manifest?.views ? await loadScheduleViews(store, analysisKey, manifest.views, ['members']) : null;
  const texts = criticalityIndexTexts(forecast, views?.members ?? null);
  if (texts === null) await deleteCriticalityIndex(store, analysisKey);
  else await saveCriticalityIndex(store, analysisKey, { answer, iterations: forecast.iterations, samplingError: forecast.samplingError, texts });
}

export function loadStoredForecast(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: StoredForecast } | null> {
  return loadStoredAnswer(store, answerKey(analysisKey), storedForecast);
}

/** The stored forecast's record: its generation, the hash of its text, and the forecast when this instance parsed that text already. */
export async function loadStoredForecastHead(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; hash: string | undefined; warm: StoredForecast | undefined } | null> {
  const head = await loadStoredAnswerHead(store, answerKey(analysisKey));
  // What warm-answers.ts keeps under the forecast's key was parsed by `storedForecast` (loadStoredForecast).
  return head === null ? null : { generation: head.generation, hash: head.hash, warm: head.warm as StoredForecast | undefined };
}

/** The forecast and its index gone for good (a variant of a superseded generation). */
export async function deleteStoredForecast(store: AnalysisKvs, analysisKey: string): Promise<void> {
  await deleteStoredAnswer(store, answerKey(analysisKey));
  await deleteCriticalityIndex(store, analysisKey);
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
