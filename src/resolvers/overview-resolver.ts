/** `overview/get`: the project page's Overview for the signed-in user; a large project's from the stored analysis. */
import { getOverview } from '../use-cases/get-overview';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

export const overviewResolver = wrapResolver('overview/get', (payload, context) =>
  getOverview(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso },
    { projectKey: payload.projectKey, asOf: today(context.timeZone) },
  ),
);
