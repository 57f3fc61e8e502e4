/** `schedule/get` (the Dependencies tab) and `schedule/issue` (the issue panel), for the signed-in user. */
import { getIssueSchedule } from '../use-cases/get-issue-schedule';
import { getSchedule } from '../use-cases/get-schedule';
import type { ScopePorts } from '../use-cases/load-scope';
import { appJira, projectSettings, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';

function ports(): ScopePorts {
  return { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings };
}

const today = () => new Date().toISOString().slice(0, 10);

export const scheduleResolver = wrapResolver('schedule/get', (payload) => getSchedule(ports(), { projectKey: payload.projectKey, asOf: today() }));

export const issueScheduleResolver = wrapResolver('schedule/issue', (payload) => getIssueSchedule(ports(), { issueKey: payload.issueKey, asOf: today() }));
