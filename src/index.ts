/** The handlers manifest.yml names, and nothing else. */
import Resolver from '@forge/resolver';
import { baselinePlanResolver, compareBaselinesResolver, createBaselineResolver, deleteBaselineResolver, listBaselinesResolver } from './resolvers/evm-baseline-resolvers';
import { chaseResolver, hiddenWorkResolver } from './resolvers/chase-resolvers';
import { evmResolver } from './resolvers/evm-resolver';
import { macroDecisionsResolver, macroEvmResolver, macroForecastResolver, macroRaciResolver, macroRisksResolver, macroStatusResolver } from './resolvers/macro-resolvers';
import { historyResolver, trackHistoryResolver, untrackHistoryResolver } from './resolvers/history-resolvers';
import { overviewResolver } from './resolvers/overview-resolver';
import { confluencePagesResolver, confluenceSpacesResolver, publishDecisionsResolver, publishRaciResolver, publishStatusResolver } from './resolvers/publish-resolvers';
import { issueRisksResolver, risksResolver } from './resolvers/risk-resolver';
import { forecastCriticalityResolver, forecastResolver, issueForecastResolver } from './resolvers/forecast-resolver';
import { issueLevellingResolver, resourcesResolver } from './resolvers/resource-resolvers';
import { statusResolver } from './resolvers/status-resolver';
import { raciResolver } from './resolvers/raci-resolver';
import {
  applyPlanResolver, applyScenarioResolver, compareScenariosResolver, deleteScenarioResolver, listScenariosResolver, openScenarioResolver,
  previewScenarioResolver, saveScenarioResolver,
} from './resolvers/scenario-resolvers';
import { decisionsResolver, recordDecisionResolver } from './resolvers/decision-resolvers';
import { issueScheduleResolver, scheduleResolver } from './resolvers/schedule-resolvers';
import { scheduleDetailResolver, scheduleRowsResolver, scheduleSummaryResolver } from './resolvers/schedule-view-resolvers';
import {
  catalogResolver,
  detectSettingsResolver,
  getProjectSettingsResolver,
  getSettingsResolver,
  importSettingsResolver,
  previewSettingsResolver,
  saveProjectSettingsResolver,
  saveSettingsResolver,
  userSearchResolver,
} from './resolvers/settings-resolvers';

export const resolver = new Resolver()
  .define('overview/get', overviewResolver)
  .define('schedule/get', scheduleResolver)
  .define('schedule/issue', issueScheduleResolver)
  .define('schedule/summary', scheduleSummaryResolver)
  .define('schedule/detail', scheduleDetailResolver)
  .define('schedule/rows', scheduleRowsResolver)
  .define('chase/get', chaseResolver)
  .define('hidden/get', hiddenWorkResolver)
  .define('evm/get', evmResolver)
  .define('baselines/list', listBaselinesResolver)
  .define('baselines/create', createBaselineResolver)
  .define('baselines/delete', deleteBaselineResolver)
  .define('baselines/compare', compareBaselinesResolver)
  .define('baselines/plan', baselinePlanResolver)
  .define('risks/get', risksResolver)
  .define('risks/issue', issueRisksResolver)
  .define('forecast/get', forecastResolver)
  .define('status/get', statusResolver)
  .define('forecast/criticality', forecastCriticalityResolver)
  .define('forecast/issue', issueForecastResolver)
  .define('resources/get', resourcesResolver)
  .define('resources/issue', issueLevellingResolver)
  .define('history/get', historyResolver)
  .define('history/track', trackHistoryResolver)
  .define('history/untrack', untrackHistoryResolver)
  .define('macro/raci', macroRaciResolver)
  .define('macro/decisions', macroDecisionsResolver)
  .define('macro/risks', macroRisksResolver)
  .define('macro/evm', macroEvmResolver)
  .define('macro/status', macroStatusResolver)
  .define('macro/forecast', macroForecastResolver)
  .define('raci/get', raciResolver)
  .define('decisions/get', decisionsResolver)
  .define('decisions/create', recordDecisionResolver)
  .define('settings/get', getSettingsResolver)
  .define('settings/save', saveSettingsResolver)
  .define('settings/import', importSettingsResolver)
  .define('settings/preview', previewSettingsResolver)
  .define('project-settings/get', getProjectSettingsResolver)
  .define('project-settings/save', saveProjectSettingsResolver)
  .define('settings/detect', detectSettingsResolver)
  .define('catalog/get', catalogResolver)
  .define('users/search', userSearchResolver)
  .define('raci/publish', publishRaciResolver)
  .define('decisions/publish', publishDecisionsResolver)
  .define('status/publish', publishStatusResolver)
  .define('confluence/spaces', confluenceSpacesResolver)
  .define('confluence/pages', confluencePagesResolver)
  .define('scenarios/list', listScenariosResolver)
  .define('scenarios/open', openScenarioResolver)
  .define('scenarios/preview', previewScenarioResolver)
  .define('scenarios/save', saveScenarioResolver)
  .define('scenarios/delete', deleteScenarioResolver)
  .define('scenarios/compare', compareScenariosResolver)
  .define('scenarios/apply-plan', applyPlanResolver)
  .define('scenarios/apply', applyScenarioResolver)
  .getDefinitions();

export { dailySnapshot } from './resolvers/daily-snapshot';
export { snapshotConsumer } from './resolvers/snapshot-consumer';
export { analysisConsumer } from './resolvers/analysis-consumer';
export { analysisTrigger } from './resolvers/analysis-trigger';
export { raciMacroExport, decisionLogMacroExport, riskRegisterMacroExport, evmMacroExport } from './resolvers/macro-export';
