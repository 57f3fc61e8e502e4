/**
 * What the product event triggers do (DESIGN.md section 5): mark a project's stored analysis stale and queue
 * one refresh, remembering which issues changed so the refresh reads only those. Cheap on purpose (four KVS
 * calls): a busy site fires these for every edit. Projects without a stored analysis are left
 * alone: small projects are computed in the call, and a large one gets its first analysis when someone opens it.
 */
import { loadAnalysisManifest, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { MAX_REMEMBERED_IDS } from '../adapters/storage/analysis-status';
import { loadChangeEpochs, recordAnalysisChange } from '../adapters/storage/analysis-changes';
import { claimRefreshQueue } from '../adapters/storage/refresh-queued';

export interface MarkStalePorts {
  store: AnalysisKvs;
  requestRefresh: (projectKey: string) => Promise<void>;
  now: () => string;
}

export interface AnalysisChange {
  projectKeys: readonly string[];
  /** Issues created or updated, or at either end of a link made or removed. */
  touchedIssueIds: readonly string[];
  deletedIssueIds: readonly string[];
}

/**
 * The projects whose analysis was marked stale. Each change is recorded as a key of its own (analysis-changes.ts),
 * so none is lost however many triggers run at once; of those, the one that claims the queue (refresh-queued.ts)
 * queues the refresh, and every other finds it claimed.
 */
export async function markAnalysisStale(ports: MarkStalePorts, change: AnalysisChange): Promise<string[]> {
  const marked: string[] = [];
  for (const projectKey of new Set(change.projectKeys)) {
    const epochs = await loadChangeEpochs(ports.store, projectKey);
    // No epoch before a refresh opened one (an analysis stored by an older version): the manifest says whether there is an analysis.
    if (epochs === null && !(await loadAnalysisManifest(ports.store, projectKey))) continue;
    const heard = { touched: [...new Set(change.touchedIssueIds)], deleted: [...new Set(change.deletedIssueIds)] };
    const tooMany = heard.touched.length + heard.deleted.length > MAX_REMEMBERED_IDS;
    await recordAnalysisChange(ports.store, projectKey, epochs?.open ?? 0, tooMany ? { touched: [], deleted: [], full: true } : { ...heard, full: false });
    if (await claimRefreshQueue(ports.store, projectKey, ports.now())) await ports.requestRefresh(projectKey);
    marked.push(projectKey);
  }
  return marked;
}
