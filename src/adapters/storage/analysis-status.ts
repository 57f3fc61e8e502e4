/**
 * Whether a project's stored analysis is stale and whether a refresh is queued (one small KVS value, so the
 * product event triggers stay cheap). The triggers add the issues they heard about; the consumer takes them
 * when it starts. Writes are last-writer-wins: an event landing between the consumer's read and write is
 * still picked up, because its issue's `updated` time is after the consumer's `lastSync`.
 */
import { z } from 'zod';
import type { AnalysisKvs } from './analysis-store';

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
});
export type AnalysisStatus = z.infer<typeof statusSchema>;

export const FRESH_STATUS: AnalysisStatus = { stale: false, queued: false, queuedAt: null, touchedIssueIds: [], deletedIssueIds: [], fullRefresh: false, failedAt: null };

/** Ids a status remembers at most: past this the consumer recomputes the whole scope anyway. */
export const MAX_REMEMBERED_IDS = 2000;

const statusKey = (projectKey: string) => `schedule-analysis:${projectKey}:status`;

export async function loadAnalysisStatus(store: AnalysisKvs, projectKey: string): Promise<AnalysisStatus> {
  const parsed = statusSchema.safeParse(await store.get(statusKey(projectKey)));
  return parsed.success ? parsed.data : FRESH_STATUS;
}

export async function saveAnalysisStatus(store: AnalysisKvs, projectKey: string, status: AnalysisStatus): Promise<void> {
  await store.set(statusKey(projectKey), status);
}
