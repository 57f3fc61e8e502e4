/** `risks/get`: the project's risk register for the signed-in user; a large project's plan from the stored analysis. */
import { getIssueRisks } from '../use-cases/get-issue-risks';
import { getRisks } from '../use-cases/get-risks';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { trackVisitedProject } from './history-resolvers';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

export const risksResolver = wrapResolver('risks/get', (payload, context) =>
  getRisks(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso },
    { projectKey: payload.projectKey, asOf: today(context.timeZone) },
  ).then(trackVisitedProject),
);

/** `risks/issue`: the issue panel's risks; a large project's schedule risks from the stored analysis (get-issue-risks.ts). */
export const issueRisksResolver = wrapResolver('risks/issue', (payload, context) =>
  getIssueRisks(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso },
    { issueKey: payload.issueKey, asOf: today(context.timeZone) },
  ),
);
