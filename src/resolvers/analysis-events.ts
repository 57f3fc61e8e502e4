/**
 * The `keel-analysis` queue (manifest.yml's consumer module `keel-analysis-consumer`): one event asks for a
 * refresh of one project's stored schedule analysis. Debounced by the analysis status: whoever pushes first
 * marks it queued, and nobody pushes again until the consumer has taken it.
 */
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';

export const ANALYSIS_QUEUE = 'keel-analysis';

export const analysisEventBody = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/),
  /** When the refresh was asked for: an analysis synced since then makes this event a no-op. */
  queuedAt: z.string(),
});

export async function pushAnalysisRefresh(projectKey: string): Promise<void> {
  await new Queue({ key: ANALYSIS_QUEUE }).push([{ body: { projectKey, queuedAt: nowIso() } }]);
}

export const analysisKvs: AnalysisKvs = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
};

export const nowIso = (): string => new Date().toISOString();
