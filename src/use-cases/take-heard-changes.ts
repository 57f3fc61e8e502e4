/**
 * What a refresh takes when it starts (issue #11): it releases the queue, so a change from now on queues the
 * next refresh, then opens a new epoch and lists the changes recorded in the closed ones (analysis-changes.ts),
 * with any ids an older version left in the status. Too many to read one by one, or one asking for it, and
 * the refresh reads the whole scope.
 */
import { CHANGE_TTL_DAYS, collectAnalysisChanges, openNextEpoch, type CollectedChanges } from '../adapters/storage/analysis-changes';
import { MAX_REMEMBERED_IDS } from '../adapters/storage/analysis-status';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { releaseRefreshQueue } from '../adapters/storage/refresh-queued';

export async function takeHeardChanges(store: AnalysisKvs, projectKey: string, remembered: CollectedChanges): Promise<CollectedChanges> {
  await releaseRefreshQueue(store, projectKey);
  const epochs = await openNextEpoch(store, projectKey);
  if (remembered.fullRefresh) return { touchedIssueIds: [], deletedIssueIds: [], fullRefresh: true };
  const room = MAX_REMEMBERED_IDS - remembered.touchedIssueIds.length - remembered.deletedIssueIds.length;
  const heard = await collectAnalysisChanges(store, projectKey, epochs, room);
  if (heard.fullRefresh) return heard;
  return {
    touchedIssueIds: [...new Set([...remembered.touchedIssueIds, ...heard.touchedIssueIds])],
    deletedIssueIds: [...new Set([...remembered.deletedIssueIds, ...heard.deletedIssueIds])],
    fullRefresh: false,
  };
}

/** Recorded changes live `CHANGE_TTL_DAYS`: after a last sync older than half of that, the whole scope is read. */
export function changesMayHaveExpired(lastSync: string, now: string): boolean {
  return Date.parse(now) - Date.parse(lastSync) > (CHANGE_TTL_DAYS / 2) * 86_400_000;
}
