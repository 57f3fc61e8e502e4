/**
 * `scenarios/*` (issue #17): what-if scenarios on the project page's Dependencies tab. The project comes from
 * Forge's context (resolver-wrapper.ts binds the payload's `projectKey` to it); every read and every Jira write
 * runs as the user, and Jira's answers decide what each may see and change.
 */
import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { ScenarioKvs } from '../adapters/storage/scenario-store';
import { applyPlan, applyScenario } from '../use-cases/apply-scenario';
import { compareScenarios, deleteProjectScenario, listProjectScenarios, openScenario, previewScenario, saveProjectScenario, type ScenarioPorts } from '../use-cases/scenarios';
import { analysisKvs, analysisLease } from './analysis-events';
import { appJira, now, projectSettings, today, viewerJira } from './forge-ports';
import { historyKvs } from './history-kvs-port';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

const scenarioKvs: ScenarioKvs = { ...historyKvs, delete: (key) => kvs.delete(key) };

function ports(): ScenarioPorts {
  return {
    viewerJira: viewerJira(),
    appJira: appJira(),
    loadSettings: projectSettings,
    memo: invocationMemo(),
    store: scenarioKvs,
    analysis: analysisKvs,
    lease: analysisLease,
    now,
    newId: () => randomUUID().replaceAll('-', ''),
  };
}

export const listScenariosResolver = wrapResolver('scenarios/list', (payload) => listProjectScenarios(ports(), payload.projectKey));
export const openScenarioResolver = wrapResolver('scenarios/open', (payload, context) => openScenario(ports(), { ...payload, asOf: today(context.timeZone) }));
export const previewScenarioResolver = wrapResolver('scenarios/preview', (payload, context) => previewScenario(ports(), { ...payload, asOf: today(context.timeZone) }));
export const saveScenarioResolver = wrapResolver('scenarios/save', (payload) => saveProjectScenario(ports(), payload));
export const deleteScenarioResolver = wrapResolver('scenarios/delete', (payload) => deleteProjectScenario(ports(), payload));
export const compareScenariosResolver = wrapResolver('scenarios/compare', (payload, context) => compareScenarios(ports(), { ...payload, asOf: today(context.timeZone) }));
export const applyPlanResolver = wrapResolver('scenarios/apply-plan', (payload, context) => applyPlan(ports(), { ...payload, asOf: today(context.timeZone) }));
export const applyScenarioResolver = wrapResolver('scenarios/apply', (payload, context) => applyScenario(ports(), { ...payload, asOf: today(context.timeZone) }));
