/**
 * The `keel-analysis` consumer: computes a large project's schedule and stores it (refresh-stored-schedule.ts),
 * then queues its forecast, which the next event computes and stores (refresh-stored-forecast.ts); an event
 * may also ask for a variant of the schedule without some outside projects' work (compute-outside-variant.ts).
 *
 * It runs AS THE APP: a queued event has no user. That is safe because nothing computed here reaches anyone as
 * it is: `schedule/get` reads the project as the caller first (404 for someone who may not browse it) and cuts
 * the stored analysis to the issues the caller's own search returns (visible-schedule.ts). When Jira is
 * rate-limited or down, Forge is asked to deliver the event again later. Two triggers racing may both queue a
 * refresh; one chain at a time holds the project's lease (refresh-chain.ts), and an event that finds it held
 * stops at once: the holder queues what came in meanwhile when it is done.
 */
import { randomUUID } from 'node:crypto';
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { saveForecastRun } from '../adapters/storage/stored-forecast';
import { refreshStoredForecast } from '../use-cases/refresh-stored-forecast';
import { refreshStoredSchedule } from '../use-cases/refresh-stored-schedule';
import { computeOutsideVariant } from '../use-cases/compute-outside-variant';
import { computeOutsideVariantForecast } from '../use-cases/compute-outside-variant-forecast';
import { isTransient } from '../use-cases/take-snapshot';
import { analysisEventBody, analysisKvs, analysisLease, nowIso, pushAnalysisRefresh, pushForecastRefresh, pushOutsideVariant, variantForecastPorts } from './analysis-events';
import { queueVariantForecast } from '../use-cases/queue-variant-forecast';
import { baselineKvs } from './evm-baseline-resolvers';
import { appJira, projectSettings } from './forge-ports';

const RETRY_AFTER_SECONDS = 300;

const asyncEvent = z.looseObject({ body: analysisEventBody });

export async function analysisConsumer(event: unknown): Promise<InvocationError | undefined> {
  const parsed = asyncEvent.safeParse(event);
  if (!parsed.success) throw new Error(`Keel analysis consumer: not an analysis event (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  const { projectKey, queuedAt, continuation, forecast, outsideVariant } = parsed.data.body;
  try {
    if (outsideVariant) {
      const variantPorts = { appJira: appJira(), loadSettings: projectSettings, store: analysisKvs, now: nowIso, baselines: baselineKvs };
      if (parsed.data.body.outsideVariantForecast === true) await computeOutsideVariantForecast(variantPorts, { projectKey, variant: outsideVariant });
      // The variant's forecast runs in its own invocation, with its own time and fetches, as the app's does.
      else if ((await computeOutsideVariant(variantPorts, { projectKey, variant: outsideVariant })) === 'stored') await queueVariantForecast(variantForecastPorts(), projectKey, outsideVariant);
      return undefined;
    }
    if (forecast) {
      await refreshStoredForecast({ appJira: appJira(), loadSettings: projectSettings, store: analysisKvs, now: nowIso }, { projectKey, generation: forecast.generation, asOf: nowIso().slice(0, 10) });
      return undefined;
    }
    const refreshed = await refreshStoredSchedule(
      {
        appJira: appJira(),
        loadSettings: projectSettings,
        store: analysisKvs,
        lease: analysisLease,
        now: nowIso,
        newGeneration: randomUUID,
        continueLater: pushAnalysisRefresh,
        requestRefresh: (key) => pushAnalysisRefresh(key),
        baselines: baselineKvs,
        requestOutsideVariant: pushOutsideVariant,
      },
      { projectKey, asOf: nowIso().slice(0, 10), queuedAt, ...(continuation ? { continuation } : {}) },
    );
    // The forecast of the analysis just stored runs in its own invocation, with its own time and fetches (issue #15).
    if (refreshed.outcome === 'stored') {
      const { generation } = refreshed.manifest;
      await saveForecastRun(analysisKvs, projectKey, { generation, stage: 'queued', since: nowIso(), iterations: 0, issueCount: refreshed.manifest.issueCount });
      await pushForecastRefresh(projectKey, generation);
    }
  } catch (error) {
    if (isTransient(error)) return new InvocationError({ retryAfter: RETRY_AFTER_SECONDS, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    throw error;
  }
  return undefined;
}
