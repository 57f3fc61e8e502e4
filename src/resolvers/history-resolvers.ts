/**
 * `history/get`, `history/track`, `history/untrack`, and `trackVisitedProject`, which the Earned value and
 * Risks resolvers chain after a project's answer, so the daily trigger snapshots it from then on.
 * Snapshots are computed as the app; every read of them goes through `history/get`, which first reads the
 * project as the caller, so nobody sees the history of a project they may not browse, and then answers each
 * day from the figures computed for the issue security levels the caller is in.
 */
import { countIssues } from '../adapters/jira/count-issues';
import { fetchProject } from '../adapters/jira/fetch-project';
import { hasProjectPermission } from '../adapters/jira/fetch-my-permission';
import { trackOnFirstVisit } from '../adapters/storage/tracked-projects';
import { getHistory } from '../use-cases/get-history';
import { setHistoryTracking, type TrackingPorts } from '../use-cases/track-history';
import { appJira, now, viewerJira } from './forge-ports';
import { historyKvs } from './history-kvs-port';
import { wrapResolver } from './resolver-wrapper';

/** Chained after a project's Earned value or Risks answer: the project exists and the user may browse it. */
export async function trackVisitedProject<T extends { project: { key: string } }>(answer: T): Promise<T> {
  await trackOnFirstVisit(historyKvs, answer.project.key, now());
  return answer;
}

export const historyResolver = wrapResolver('history/get', (payload) => {
  const viewer = viewerJira();
  // The app only counts (never names) the project's issues per security level, once the viewer may browse it.
  const app = appJira();
  return getHistory(
    { store: historyKvs, viewerProject: (key) => fetchProject(viewer, key), viewerCount: (jql) => countIssues(viewer, jql), appCount: (jql) => countIssues(app, jql) },
    payload,
  );
});

function trackingPorts(): TrackingPorts {
  const viewer = viewerJira();
  return { store: historyKvs, mayAdminister: (projectKey) => hasProjectPermission(viewer, projectKey, 'ADMINISTER_PROJECTS') };
}

export const trackHistoryResolver = wrapResolver('history/track', (payload, context) =>
  setHistoryTracking(trackingPorts(), { projectKey: payload.projectKey, tracked: true, accountId: context.accountId, now: now() }),
);

export const untrackHistoryResolver = wrapResolver('history/untrack', (payload, context) =>
  setHistoryTracking(trackingPorts(), { projectKey: payload.projectKey, tracked: false, accountId: context.accountId, now: now() }),
);
