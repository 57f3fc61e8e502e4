/**
 * `decisions/get`: the project's decision log; `decisions/create`: records a decision as a Jira issue. Both run
 * as the signed-in user, so Jira's own permissions decide what they may see and create.
 */
import { getDecisions } from '../use-cases/get-decisions';
import { recordDecision } from '../use-cases/record-decision';
import { reportPorts } from './report-ports';
import { wrapResolver } from './resolver-wrapper';
import { today } from './forge-ports';

export const decisionsResolver = wrapResolver('decisions/get', (payload) => getDecisions(reportPorts(), { projectKey: payload.projectKey }));

export const recordDecisionResolver = wrapResolver('decisions/create', (payload, context) =>
  recordDecision(reportPorts(), { ...payload, accountId: context.accountId, asOf: today(context.timeZone) }),
);
