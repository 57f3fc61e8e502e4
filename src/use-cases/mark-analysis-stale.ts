/**
 * What the product event triggers do (DESIGN.md section 5): mark a project's stored analysis stale and queue
 * one refresh, remembering which issues changed so the refresh reads only those. Cheap on purpose (a few KVS
 * reads and writes): a busy site fires these for every edit. Projects without a stored analysis are left
 * alone: small projects are computed in the call, and a large one gets its first analysis when someone opens it.
 */
import { loadAnalysisManifest, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadAnalysisStatus, MAX_REMEMBERED_IDS, saveAnalysisStatus } from '../adapters/storage/analysis-status';

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

/** The projects whose analysis was marked stale; a refresh is queued for those that had none queued. */
export async function markAnalysisStale(ports: MarkStalePorts, change: AnalysisChange): Promise<string[]> {
  const marked: string[] = [];
  for (const projectKey of new Set(change.projectKeys)) {
    if (!(await loadAnalysisManifest(ports.store, projectKey))) continue;
    const status = await loadAnalysisStatus(ports.store, projectKey);
    const touched = [...new Set([...status.touchedIssueIds, ...change.touchedIssueIds])];
    const deleted = [...new Set([...status.deletedIssueIds, ...change.deletedIssueIds])];
    const tooMany = touched.length + deleted.length > MAX_REMEMBERED_IDS;
    const queue = !status.queued;
    await saveAnalysisStatus(ports.store, projectKey, {
      stale: true,
      queued: true,
      queuedAt: queue ? ports.now() : status.queuedAt,
      touchedIssueIds: tooMany ? [] : touched,
      deletedIssueIds: tooMany ? [] : deleted,
      fullRefresh: status.fullRefresh || tooMany,
      failedAt: status.failedAt,
    });
    if (queue) await ports.requestRefresh(projectKey);
    marked.push(projectKey);
  }
  return marked;
}
