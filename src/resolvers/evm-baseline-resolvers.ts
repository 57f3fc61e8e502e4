/**
 * `baselines/list`, `baselines/create`, `baselines/delete`, `baselines/compare` and `baselines/plan`: named earned-value baselines in Forge storage.
 * Jira as the viewer decides who may: project administrators create and delete, browsers list.
 */
import { localDate } from '../domain/local-date';
import { kvs } from '@forge/kvs';
import { hasProjectPermission } from '../adapters/jira/fetch-my-permission';
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import { historyKvs } from './history-kvs-port';
import { baselinePlan } from '../use-cases/baseline-plan';
import { compareBaselines } from '../use-cases/compare-baselines';
import { createEvmBaseline, deleteEvmBaseline, listEvmBaselines, type BaselinePorts } from '../use-cases/evm-baselines';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { jiraHidesPorts } from '../use-cases/jira-hides-ports';
import { appJira, now as clockNow, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';

export const baselineKvs: BaselineKvs = {
  ...historyKvs,
  delete: (key) => kvs.delete(key),
};

function baselinePorts(projectKey: string): BaselinePorts {
  const viewer = viewerJira();
  return {
    store: baselineKvs,
    may: (permission) => hasProjectPermission(viewer, projectKey, permission),
    ...jiraHidesPorts(viewer, appJira()),
  };
}

export const listBaselinesResolver = wrapResolver('baselines/list', (payload) => listEvmBaselines(baselinePorts(payload.projectKey), payload.projectKey));

export const createBaselineResolver = wrapResolver('baselines/create', (payload, context) => {
  const now = clockNow();
  const ports = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings };
  // A baseline needs the scope and the schedule, not history: well inside the fetch limit.
  const evm = jiraEvmPorts(ports, { projectKey: payload.projectKey, asOf: localDate(now, context.timeZone), fetchLimit: 100, baselines: baselineKvs });
  return createEvmBaseline({ ...evm, ...baselinePorts(payload.projectKey) }, { projectKey: payload.projectKey, name: payload.name, accountId: context.accountId, now });
});

export const deleteBaselineResolver = wrapResolver('baselines/delete', (payload) => deleteEvmBaseline(baselinePorts(payload.projectKey), payload));

export const compareBaselinesResolver = wrapResolver('baselines/compare', (payload, context) => {
  const ports = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings };
  // The current plan needs the scope, the schedule and the estimates: well inside the fetch limit.
  const evm = jiraEvmPorts(ports, { projectKey: payload.projectKey, asOf: today(context.timeZone), fetchLimit: 100, baselines: baselineKvs });
  return compareBaselines({ ...evm, ...baselinePorts(payload.projectKey) }, payload);
});

export const baselinePlanResolver = wrapResolver('baselines/plan', (payload, context) => {
  const ports = { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings };
  const evm = jiraEvmPorts(ports, { projectKey: payload.projectKey, asOf: today(context.timeZone), fetchLimit: 100, baselines: baselineKvs });
  return baselinePlan({ ...evm, ...baselinePorts(payload.projectKey) }, payload);
});
