/**
 * `history/get`: a project's daily snapshots for someone who may browse it. The snapshots were computed as
 * the app (a trigger has no user), so the viewer's access is checked first, by reading the project as them.
 */
import type { HistoryResult } from '../contract';
import { loadSnapshots } from '../adapters/storage/snapshot-store';
import { loadTracking } from '../adapters/storage/tracked-projects';
import type { HistoryKvs } from '../adapters/storage/history-kvs';

export interface HistoryPorts {
  store: HistoryKvs;
  /** Reads the project as the viewer: throws NOT_FOUND when they may not browse it. */
  viewerProject: (projectKey: string) => Promise<{ key: string }>;
}

/** Two years of days: an answer of about 2 MB at most, inside the resolver's time and size limits. */
export const MAX_SNAPSHOTS = 731;

export async function getHistory(ports: HistoryPorts, input: { projectKey: string; from?: string | undefined; to?: string | undefined }): Promise<HistoryResult> {
  const project = await ports.viewerProject(input.projectKey);
  const { snapshots, truncated } = await loadSnapshots(ports.store, project.key, { from: input.from, to: input.to, max: MAX_SNAPSHOTS });
  const tracking = await loadTracking(ports.store, project.key);
  return { projectKey: project.key, tracked: tracking?.tracked === true, snapshots, truncated };
}
