/**
 * `evm/get`: the Earned value figures for the signed-in user; a large project's from the stored analysis. History
 * reads stop where Forge's 100 product fetches an invocation would run out; issues not read get assumed history,
 * listed in the findings.
 */
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { getProjectEvm } from '../use-cases/get-project-evm';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { baselineKvs } from './evm-baseline-resolvers';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { trackVisitedProject } from './history-resolvers';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

/** Forge's limit of product fetches per invocation (DESIGN.md section 5). */
const FORGE_FETCH_LIMIT = 100;

export const evmResolver = wrapResolver('evm/get', (payload, context) => {
  const asOf = today(context.timeZone);
  const jira = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo() };
  const liveEvm = (spent: number) => jiraEvmPorts(jira, { projectKey: payload.projectKey, asOf, fetchLimit: FORGE_FETCH_LIMIT - spent, baselines: baselineKvs });
  return getProjectEvm({ ...jira, store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso, liveEvm }, { projectKey: payload.projectKey, asOf, baseline: payload.baseline }).then(trackVisitedProject);
});
