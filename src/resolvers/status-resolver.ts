/**
 * `status/get`: the verdict on the launch date for the signed-in user (every read as them; the project from
 * Forge's context, payload-in-place.ts). A large project's from the stored analysis and daily snapshots.
 */
import type { StatusPorts } from '../use-cases/get-status';
import { getStatus } from '../use-cases/get-status';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { baselineKvs } from './evm-baseline-resolvers';
import { forecastCacheKvs } from './forecast-cache-kvs';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { historyKvs } from './history-kvs-port';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo, memoisedCounts, viewerProject } from '../use-cases/invocation-memo';

/** The ports of every status answer (the page, the macro, the status report), as the signed-in user. */
export function statusPorts(): StatusPorts {
  const jira = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo() };
  const counts = memoisedCounts(jira);
  return {
    ...jira,
    store: analysisKvs,
    requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant,
    now: nowIso,
    baselines: baselineKvs,
    // The app only counts (never names) the project's issues per security level, as history/get does.
    // Asked once with the stored answer's own counts and project read (invocation-memo.ts).
    history: { store: historyKvs, viewerProject: (key) => viewerProject(jira, key), viewerCount: counts.viewerCount, appCount: counts.appCount },
    clockMs: () => performance.now(),
    forecastCache: forecastCacheKvs,
  };
}

export const statusResolver = wrapResolver('status/get', (payload, context) => getStatus(statusPorts(), { projectKey: payload.projectKey, asOf: today(context.timeZone) }));
