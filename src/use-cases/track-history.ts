/**
 * `history/track` and `history/untrack`: a project administrator decides whether the daily trigger
 * snapshots a project. The decision is stored with who made it; untracking keeps the snapshots taken so far.
 */
import { AppError } from '../app-error';
import type { HistoryTracking } from '../contract';
import { saveTracking } from '../adapters/storage/tracked-projects';
import type { HistoryKvs } from '../adapters/storage/history-kvs';

export interface TrackingPorts {
  store: HistoryKvs;
  /** Whether the caller administers the project (Jira as the caller). */
  mayAdminister: (projectKey: string) => Promise<boolean>;
}

export async function setHistoryTracking(
  ports: TrackingPorts,
  input: { projectKey: string; tracked: boolean; accountId: string; now: string },
): Promise<HistoryTracking> {
  if (!(await ports.mayAdminister(input.projectKey))) {
    throw new AppError('FORBIDDEN', `Only project administrators of ${input.projectKey} can turn its daily history snapshots ${input.tracked ? 'on' : 'off'}.`);
  }
  await saveTracking(ports.store, input.projectKey, { tracked: input.tracked, since: input.now, by: input.accountId });
  return { projectKey: input.projectKey, tracked: input.tracked };
}
