/**
 * Queues the forecast of an outside variant (issue #11; compute-outside-variant-forecast.ts) with a record of
 * the run under the variant's key, as the app's forecast is queued (analysis-consumer.ts): the consumer queues
 * it once the variant's schedule is stored, and a viewer's read queues it again when that record is missing or
 * older than the give-up time (its event lost or its run failed for good), so a variant's forecast is never
 * waited for in vain. The record is cleared when the forecast is stored, and deleted with the variant.
 */
import { loadForecastRun, saveForecastRun } from '../adapters/storage/stored-forecast';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { outsideVariantKey, type OutsideVariant } from '../adapters/storage/outside-variants';

/** A variant's forecast queued or started longer ago than this is taken as lost, as the app's (stored-forecast-state.ts). */
export const VARIANT_FORECAST_GIVE_UP_MS = 20 * 60_000;

export interface VariantForecastPorts {
  store: AnalysisKvs;
  now: () => string;
  requestOutsideVariantForecast: (projectKey: string, variant: OutsideVariant) => Promise<void>;
}

/** `issueCount`: for the progress shown while it waits; 0 when the caller has not counted. */
export async function queueVariantForecast(ports: VariantForecastPorts, projectKey: string, variant: OutsideVariant, issueCount = 0): Promise<void> {
  await saveForecastRun(ports.store, outsideVariantKey(projectKey, variant), { generation: variant.generation, stage: 'queued', since: ports.now(), iterations: 0, issueCount });
  await ports.requestOutsideVariantForecast(projectKey, variant);
}

/** Whether the variant's forecast of its generation is queued or running, and not yet given up on; when not, it is queued again. */
export async function variantForecastUnderWay(ports: VariantForecastPorts, projectKey: string, variant: OutsideVariant, issueCount: number): Promise<{ since: string }> {
  const run = await loadForecastRun(ports.store, outsideVariantKey(projectKey, variant));
  const now = ports.now();
  if (run !== null && run.generation === variant.generation && Date.parse(now) - Date.parse(run.since) < VARIANT_FORECAST_GIVE_UP_MS) return { since: run.since };
  await queueVariantForecast(ports, projectKey, variant, issueCount);
  return { since: now };
}
