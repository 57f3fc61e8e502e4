/** `schedule/get` (the Dependencies tab) and `schedule/issue` (the issue panel), for the signed-in user. */
import { getIssueSchedule } from '../use-cases/get-issue-schedule';
import { getProjectSchedule } from '../use-cases/get-project-schedule';
import type { ScopePorts } from '../use-cases/load-scope';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

function ports(): ScopePorts {
  return { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo() };
}


/** A large project's schedule comes from the stored analysis, cut to what the caller may browse (get-project-schedule.ts). */
export const scheduleResolver = wrapResolver('schedule/get', (payload, context) =>
  getProjectSchedule({ ...ports(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso }, { projectKey: payload.projectKey, asOf: today(context.timeZone), summaryHeld: payload.summaryHeld }),
);

/** A large project's issue panel reads the stored analysis too, checking as the caller only the keys it shows. */
export const issueScheduleResolver = wrapResolver('schedule/issue', (payload, context) =>
  getIssueSchedule({ ...ports(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso }, { issueKey: payload.issueKey, asOf: today(context.timeZone) }),
);
