/**
 * Whether a poll or a stored answer queues a refresh of a large project's analysis (DESIGN.md section 5): one is
 * wanted (stale, outdated, other settings), none is on the queue (or the one there is long lost), none failed a
 * moment ago, and none is under way (its lease held). Of polls at once, one queues it (refresh-queued.ts).
 */
import { loadAnalysisLease } from '../adapters/storage/analysis-lease';
import type { AnalysisStatus } from '../adapters/storage/analysis-status';
import { loadChangeEpochs, recordAnalysisChange } from '../adapters/storage/analysis-changes';
import { claimRefreshQueue } from '../adapters/storage/refresh-queued';
import type { BackgroundSchedulePorts } from './get-project-schedule';

/** A refresh queued longer ago than this is taken as lost (its consumer failed for good) and queued again. */
const QUEUED_GIVE_UP_MS = 30 * 60_000;
/** After a failed refresh, polls queue none for this long (the consumer asks Forge to retry in 300 s). */
const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

/** Queues a refresh when one is wanted, none is on the queue (or the one there is long lost) and none is under way. */
export async function queueRefreshIfNeeded(
  ports: BackgroundSchedulePorts,
  projectKey: string,
  status: AnalysisStatus,
  wanted: boolean,
  fullRefresh: boolean,
): Promise<{ queued: boolean; queuedAt: string }> {
  const now = ports.now();
  const lost = status.queued && status.queuedAt !== null && Date.parse(now) - Date.parse(status.queuedAt) > QUEUED_GIVE_UP_MS;
  if (status.queued && !lost) return { queued: true, queuedAt: status.queuedAt ?? now };
  if (!wanted) return { queued: false, queuedAt: now };
  // After a failed refresh (Jira rate-limiting or refusing), polls leave the retry to the queue for a while.
  if (status.failedAt !== null && Date.parse(now) - Date.parse(status.failedAt) < RETRY_AFTER_FAILURE_MS) return { queued: false, queuedAt: now };
  // A refresh under way (its lease held) reads what changed so far; another would read it all a second time.
  const lease = await loadAnalysisLease(ports.store, projectKey, now);
  if (lease !== null) return { queued: true, queuedAt: lease.since };
  // Recorded and claimed as the triggers do (mark-analysis-stale.ts): of polls at once, one queues the refresh.
  if (fullRefresh) await recordAnalysisChange(ports.store, projectKey, (await loadChangeEpochs(ports.store, projectKey))?.open ?? 0, { touched: [], deleted: [], full: true });
  if (await claimRefreshQueue(ports.store, projectKey, now)) await ports.requestRefresh(projectKey);
  return { queued: true, queuedAt: now };
}
