/**
 * `evm/get`: the Earned value figures for the signed-in user. History reads stop where Forge's 100 product
 * fetches an invocation would run out; issues not read get assumed history, listed in the findings.
 */
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { getEvm } from '../use-cases/get-evm';
import { baselineKvs } from './evm-baseline-resolvers';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { trackVisitedProject } from './history-resolvers';
import { wrapResolver } from './resolver-wrapper';

/** Forge's limit of product fetches per invocation (DESIGN.md section 5). */
const FORGE_FETCH_LIMIT = 100;

export const evmResolver = wrapResolver('evm/get', (payload, context) => {
  const asOf = today(context.timeZone);
  const ports = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings };
  return getEvm(jiraEvmPorts(ports, { projectKey: payload.projectKey, asOf, fetchLimit: FORGE_FETCH_LIMIT, baselines: baselineKvs }), { asOf, baseline: payload.baseline }).then(trackVisitedProject);
});
