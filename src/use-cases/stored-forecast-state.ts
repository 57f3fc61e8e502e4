/**
 * Where a large project's stored forecast stands for a viewer (issue #15; DESIGN.md section 5): the forecast of
 * the current analysis's generation, the variant the viewer may be answered from (stored-schedule-choice.ts: every
 * issue, or the issues under no security level), or how far its computation has got. A stale, outdated or
 * differently scoped analysis queues a refresh as the other stored tabs do; a current analysis whose forecast is
 * missing (its event lost, its run failed) queues the forecast again once its record is older than RUN_GIVE_UP_MS.
 * `storedFiguresState` gives, in the forecast's place, its criticality figures (stored-criticality-figures.ts),
 * read from the forecast's index where one was stored with it.
 */
import type { ForecastProgress, StoredForecast } from '../contract/forecast';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadInflight } from '../adapters/storage/analysis-lease';
import { loadAnalysisManifest, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import { loadForecastRun, loadStoredForecast, saveForecastRun } from '../adapters/storage/stored-forecast';
import type { ForecastCachePorts } from './cached-forecast';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { loadCriticalityFigures, type CriticalityFigures } from './stored-criticality-figures';
import { memoisedCounts } from './invocation-memo';
import { queueRefreshIfNeeded } from './queue-refresh-if-needed';
import type { LargeScope } from './large-scope';
import { settingsFingerprint } from './settings-fingerprint';
import { viewerScheduleChoice, type ViewerScheduleChoice } from './viewer-schedule-choice';
import { variantForecastUnderWay, type VariantForecastPorts } from './queue-variant-forecast';

export interface ForecastBackgroundPorts extends BackgroundSchedulePorts, ForecastCachePorts {
  /** Queues the forecast of a stored analysis's generation (the `keel-analysis` queue). */
  requestForecast: (projectKey: string, generation: string) => Promise<void>;
  /** Queues an outside variant's forecast again when its event was lost (queue-variant-forecast.ts); absent, it is only waited for. */
  requestOutsideVariantForecast?: VariantForecastPorts['requestOutsideVariantForecast'];
}

/** A forecast queued or started longer ago than this is taken as lost (its consumer failed for good) and queued again. */
const RUN_GIVE_UP_MS = 20 * 60_000;

export type StoredForecastState<T = StoredForecast> =
  | { ready: true; forecast: T; manifest: AnalysisManifest; choice: Extract<ViewerScheduleChoice, { use: 'all' | 'withoutLevels' }>; refreshing: boolean }
  | { ready: false; pending: ForecastProgress };

type Loader<T> = (store: AnalysisKvs, analysisKey: string) => Promise<{ generation: string; value: T } | null>;

export function storedForecastState(ports: ForecastBackgroundPorts, scope: LargeScope, asOf: string): Promise<StoredForecastState> {
  return storedStateOf(ports, scope, asOf, loadStoredForecast);
}

/** The same state with the forecast's criticality figures in its place: what the views look up. */
export function storedFiguresState(ports: ForecastBackgroundPorts, scope: LargeScope, asOf: string): Promise<StoredForecastState<CriticalityFigures>> {
  return storedStateOf(ports, scope, asOf, loadCriticalityFigures);
}

async function storedStateOf<T>(ports: ForecastBackgroundPorts, scope: LargeScope, asOf: string, load: Loader<T>): Promise<StoredForecastState<T>> {
  const { project, settings, jql } = scope;
  // Two independent reads: one round trip to storage.
  const [manifest, status] = await Promise.all([loadAnalysisManifest(ports.store, project.key), loadAnalysisStatus(ports.store, project.key)]);
  const choice = manifest ? await viewerScheduleChoice({ ...ports, counts: memoisedCounts(ports) }, project.key, manifest) : null;
  const readAgain = manifest !== null && (manifest.scopeJql !== jql || manifest.settingsHash !== settingsFingerprint(settings));
  const outdated = manifest !== null && manifest.computedAt.slice(0, 10) !== asOf;
  const unknown = choice === null || choice.use === 'unknown';
  const refreshing = await queueRefreshIfNeeded(ports, project.key, status, manifest === null || unknown || status.stale || readAgain || outdated, readAgain || unknown);
  const progress = (stage: ForecastProgress['stage'], since: string, iterations: number, partsRead: number): ForecastProgress => ({
    state: 'computing',
    stage,
    issueCount: manifest?.issueCount ?? scope.counted ?? 0,
    since,
    partsRead,
    iterations,
    reason: null,
  });
  if (manifest === null || choice === null || choice.use === 'unknown') {
    return { ready: false, pending: progress('analysis', refreshing.queuedAt, settings.forecast.iterations, (await loadInflight(ports.store, project.key))?.parts ?? 0) };
  }
  if (choice.use === 'unavailable') return { ready: false, pending: { ...progress('analysis', manifest.computedAt, 0, 0), state: 'unavailable', reason: choice.reason } };
  // The variant without linked work the viewer may not see is computed first, then its forecast (compute-outside-variant-forecast.ts).
  if (choice.use === 'computing') return { ready: false, pending: progress('analysis', choice.queuedAt, settings.forecast.iterations, 0) };
  const stored = await load(ports.store, choice.key);
  if (choice.outsideLeftOut > 0) {
    // The variant's forecast: of the generation chosen (an earlier one's while the variant is computed again), or already of the analysis's.
    const older = stored !== null && stored.generation === choice.keyGeneration && stored.generation !== manifest.generation;
    if (stored !== null && (older || stored.generation === manifest.generation)) return { ready: true, forecast: stored.value, manifest, choice, refreshing: refreshing.queued || older };
    // Queued by the consumer once the variant's schedule was stored (analysis-consumer.ts); again here when that was lost.
    // A variant being computed again queues its forecast when it is stored.
    if (choice.variantRefreshing || !ports.requestOutsideVariantForecast) return { ready: false, pending: progress('queued', ports.now(), 0, 0) };
    const variant = { generation: choice.keyGeneration, hidden: choice.hidden, withoutLevels: choice.use === 'withoutLevels' };
    const run = await variantForecastUnderWay({ ...ports, requestOutsideVariantForecast: ports.requestOutsideVariantForecast }, project.key, variant, manifest.issueCount);
    return { ready: false, pending: progress('queued', run.since, settings.forecast.iterations, 0) };
  }
  if (stored !== null && stored.generation === manifest.generation) return { ready: true, forecast: stored.value, manifest, choice, refreshing: refreshing.queued };
  const run = await loadForecastRun(ports.store, project.key);
  const now = ports.now();
  const current = run !== null && run.generation === manifest.generation && Date.parse(now) - Date.parse(run.since) < RUN_GIVE_UP_MS;
  if (current) return { ready: false, pending: progress(run.stage, run.since, run.iterations || settings.forecast.iterations, 0) };
  await saveForecastRun(ports.store, project.key, { generation: manifest.generation, stage: 'queued', since: now, iterations: 0, issueCount: manifest.issueCount });
  await ports.requestForecast(project.key, manifest.generation);
  return { ready: false, pending: progress('queued', now, settings.forecast.iterations, 0) };
}

