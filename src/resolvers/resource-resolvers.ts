/** `resources/get` (the Resources tab) and `resources/issue` (the issue panel), every read as the signed-in user. */
import { getIssueLevelling } from '../use-cases/get-issue-levelling';
import { getResources, LEVELLING_BUDGET_MS } from '../use-cases/get-resources';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { appJira, now, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

function deadline(): () => boolean {
  const started = Date.parse(now());
  return () => Date.parse(now()) - started > LEVELLING_BUDGET_MS;
}

const ports = () => ({ viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso });

export const resourcesResolver = wrapResolver('resources/get', (payload, context) => getResources(ports(), { projectKey: payload.projectKey, asOf: today(context.timeZone), deadline: deadline() }));

export const issueLevellingResolver = wrapResolver('resources/issue', (payload, context) => getIssueLevelling(ports(), { issueKey: payload.issueKey, asOf: today(context.timeZone), deadline: deadline() }));
