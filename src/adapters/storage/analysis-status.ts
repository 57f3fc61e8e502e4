/**
 * Whether a project's stored analysis is stale and whether a refresh is queued (one small KVS value), and
 * whether the last refresh failed. Writes are last-writer-wins, so since issue #11's trigger race only the refresh holding the
 * lease writes it: the triggers record their changes as keys of their own (analysis-changes.ts) and claim the
 * queue with a key only one can create (refresh-queued.ts). The id lists here are read for what an older
 * version stored.
 */
import { z } from 'zod';
import type { AnalysisKvs } from './analysis-store';
import { loadRefreshQueued } from './refresh-queued';

const statusSchema = z.object({
  stale: z.boolean(),
  /** A refresh event is on the queue: the triggers queue no other (debounce, at most one per project). */
  queued: z.boolean(),
  queuedAt: z.string().nullable(),
  /** Issues whose links changed: re-read even when their `updated` time did not move. */
  touchedIssueIds: z.array(z.string()),
  /** Issues Jira deleted: a search can no longer say they are gone. */
  deletedIssueIds: z.array(z.string()),
  /** Too many changes to remember one by one, or the scope changed: the next refresh reads the whole scope. */
  fullRefresh: z.boolean(),
  /** When the last refresh failed (Jira refused or rate-limited it): polls queue none for a while after it. */
  failedAt: z.string().nullable().default(null),
  /** What the page says about that failure (refresh-failure-reason.ts): what failed and what to do. */
  failureReason: z.string().nullable().default(null),
});
export type AnalysisStatus = z.infer<typeof statusSchema>;

export const FRESH_STATUS: AnalysisStatus = { stale: false, queued: false, queuedAt: null, touchedIssueIds: [], deletedIssueIds: [], fullRefresh: false, failedAt: null, failureReason: null };

/** Ids a status remembers at most: past this the consumer recomputes the whole scope anyway. */
export const MAX_REMEMBERED_IDS = 2000;

const statusKey = (projectKey: string) => `schedule-analysis:${projectKey}:status`;

/**
 * The status as its readers see it: a refresh claimed on the queue (refresh-queued.ts) makes it queued and
 * stale, whatever the stored value says; the triggers no longer write the stored value.
 */
export async function loadAnalysisStatus(store: AnalysisKvs, projectKey: string): Promise<AnalysisStatus> {
  // Two independent reads: one round trip to storage.
  const [stored, queuedAt] = await Promise.all([store.get(statusKey(projectKey)), loadRefreshQueued(store, projectKey)]);
  const parsed = statusSchema.safeParse(stored);
  const status = parsed.success ? parsed.data : FRESH_STATUS;
  return queuedAt === null ? status : { ...status, stale: true, queued: true, queuedAt };
}

export async function saveAnalysisStatus(store: AnalysisKvs, projectKey: string, status: AnalysisStatus): Promise<void> {
  await store.set(statusKey(projectKey), status);
}
