/**
 * The `keel-analysis` queue (manifest.yml's consumer module `keel-analysis-consumer`): one event asks for a
 * refresh of one project's stored schedule analysis. Debounced by the analysis status: whoever pushes first
 * marks it queued, and nobody pushes again until the consumer has taken it.
 */
import { Queue } from '@forge/events';
import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import type { LeaseKvs } from '../adapters/storage/analysis-lease';
import { now } from './forge-ports';

export const ANALYSIS_QUEUE = 'keel-analysis';

export const analysisEventBody = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/),
  /** When the refresh was asked for: an analysis synced since then makes this event a no-op. */
  queuedAt: z.string(),
  /** The next part of a long full read (refresh-stored-schedule.ts). */
  continuation: z
    .object({ generation: z.string(), pageToken: z.string(), parts: z.number().int().min(1), issuesSoFar: z.number().int().min(0), startedAt: z.string() })
    .optional(),
  /** The forecast of this stored analysis's generation (refresh-stored-forecast.ts), in its own invocation. */
  forecast: z.object({ generation: z.string() }).optional(),
  /** A variant of this generation's schedule without some outside projects' linked work (compute-outside-variant.ts). */
  outsideVariant: z.object({ generation: z.string(), hidden: z.array(z.string()).min(1).max(50), withoutLevels: z.boolean() }).optional(),
  /** That variant's forecast, in its own invocation once its schedule is stored (compute-outside-variant-forecast.ts). */
  outsideVariantForecast: z.boolean().optional(),
});
export type AnalysisEventBody = z.infer<typeof analysisEventBody>;

export async function pushAnalysisRefresh(projectKey: string, continuation?: AnalysisEventBody['continuation']): Promise<void> {
  await new Queue({ key: ANALYSIS_QUEUE }).push([{ body: { projectKey, queuedAt: nowIso(), ...(continuation ? { continuation } : {}) } }]);
}

/** Queues the forecast of a stored analysis (issue #15). */
export async function pushForecastRefresh(projectKey: string, generation: string): Promise<void> {
  await new Queue({ key: ANALYSIS_QUEUE }).push([{ body: { projectKey, queuedAt: nowIso(), forecast: { generation } } }]);
}

/** Queues the computation of a variant of the stored schedule (issue #11; outside-variants.ts). */
export async function pushOutsideVariant(projectKey: string, outsideVariant: NonNullable<AnalysisEventBody['outsideVariant']>, forecast = false): Promise<void> {
  await new Queue({ key: ANALYSIS_QUEUE }).push([{ body: { projectKey, queuedAt: nowIso(), outsideVariant, ...(forecast ? { outsideVariantForecast: true } : {}) } }]);
}

/** Queues the forecast of a variant of the stored schedule (compute-outside-variant-forecast.ts). */
export const pushOutsideVariantForecast = (projectKey: string, variant: NonNullable<AnalysisEventBody['outsideVariant']>): Promise<void> => pushOutsideVariant(projectKey, variant, true);

/** What queues a variant's forecast with its run record (queue-variant-forecast.ts). */
export const variantForecastPorts = () => ({ store: analysisKvs, now: nowIso, requestOutsideVariantForecast: pushOutsideVariantForecast });

export const analysisKvs: AnalysisKvs = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  // The refresh queue's claim and its recorded changes (refresh-queued.ts, analysis-changes.ts).
  setIfAbsent: (key, value, ttlSeconds) => analysisLease.claim(key, value, ttlSeconds),
  setExpiring: (key, value, ttlSeconds) => analysisLease.renew(key, value, ttlSeconds),
  queryPrefix: async (prefix, cursor) => {
    const query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(KVS_QUERY_PAGE);
    const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<unknown>();
    return { results: page.results.map((r) => ({ key: r.key, value: r.value })), nextCursor: page.nextCursor };
  },
};

/** Forge's page size for a KVS query (DESIGN.md section 5). */
const KVS_QUERY_PAGE = 20;

/** The analysis lease's writes: KVS's FAIL_IF_EXISTS (409 when the key is there) is the compare-and-set. */
export const analysisLease: LeaseKvs = {
  claim: async (key, value, ttlSeconds) => {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
      return true;
    } catch (error) {
      if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 409) return false;
      throw error;
    }
  },
  renew: (key, value, ttlSeconds) => kvs.set(key, value, { keyPolicy: 'OVERRIDE', ttl: { value: ttlSeconds, unit: 'SECONDS' } }),
};

export const nowIso = (): string => now();
