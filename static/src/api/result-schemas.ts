/**
 * zod schemas for each resolver's result, so the UI parses what `invoke` answers instead of trusting it.
 * Each is typed `ZodMiniType<ResultOf<K>>`: when the contract changes, this file stops compiling.
 * zod/mini and type-only imports of the contract keep full zod (and its locales) out of the bundle.
 */
import * as z from 'zod/mini';
import type { ResolverKey, ResultOf } from '@contract';
// The codes themselves, not a copy: this module has no dependencies, so it costs the bundle nothing.
import { ERROR_CODES } from '../../../src/error-codes';
import { baselineComparison, baselineDeleted, baselineListResult, baselineSummary, evmResult } from './evm-schemas';
import { finding } from './finding-schema';
import { historyResult, historyTracking } from './history-schemas';
import { macroDecisionsResult, macroEvmResult, macroRaciResult, macroRisksResult } from './macro-schemas';
import { confluenceSpacesResult, publishResult } from './publish-schemas';
import { riskRegisterResult } from './risk-schemas';
import { raciResult } from './raci-schemas';
import { decisionsResult, recordedDecision } from './decision-schemas';
import { issueScheduleResult, scheduleResult } from './schedule-schemas';
import { scheduleDetailResult, scheduleRowsResult, scheduleSummaryResult } from './schedule-view-schemas';
import { detectedSettingsResult, projectSettingsSaveResult, projectSettingsView, settingsCatalog, settingsPreviewResult, settingsSaveResult, settingsView, userSearchResult } from './settings-schemas';

const overviewResult = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  issueCount: z.number(),
  byType: z.array(
    z.object({
      type: z.string(),
      total: z.number(),
      byStatusCategory: z.object({ todo: z.number(), inProgress: z.number(), done: z.number() }),
      byStatus: z.array(z.object({ name: z.string(), count: z.number() })),
    }),
  ),
  linksByType: z.array(z.object({ name: z.string(), mappedAs: z.nullable(z.string()), count: z.number() })),
  findings: z.array(finding),
  hiddenLinksChecked: z.boolean(),
});

export const resultSchemas: { [K in ResolverKey]: z.ZodMiniType<ResultOf<K>> } = {
  'overview/get': overviewResult,
  'schedule/get': scheduleResult,
  'schedule/issue': issueScheduleResult,
  'schedule/summary': scheduleSummaryResult,
  'schedule/detail': scheduleDetailResult,
  'schedule/rows': scheduleRowsResult,
  'evm/get': evmResult,
  'baselines/list': baselineListResult,
  'baselines/create': baselineSummary,
  'baselines/delete': baselineDeleted,
  'baselines/compare': baselineComparison,
  'risks/get': riskRegisterResult,
  'history/get': historyResult,
  'history/track': historyTracking,
  'history/untrack': historyTracking,
  'raci/publish': publishResult,
  'decisions/publish': publishResult,
  'confluence/spaces': confluenceSpacesResult,
  'macro/raci': macroRaciResult,
  'macro/decisions': macroDecisionsResult,
  'macro/risks': macroRisksResult,
  'macro/evm': macroEvmResult,
  'raci/get': raciResult,
  'decisions/get': decisionsResult,
  'decisions/create': recordedDecision,
  'settings/get': settingsView,
  'settings/save': settingsSaveResult,
  'settings/import': settingsSaveResult,
  'settings/preview': settingsPreviewResult,
  'project-settings/get': projectSettingsView,
  'project-settings/save': projectSettingsSaveResult,
  'settings/detect': detectedSettingsResult,
  'catalog/get': settingsCatalog,
  'users/search': userSearchResult,
};

/** The envelope every resolver answers with (`ResolverResult<T>`), before its data is parsed. */
export const resolverEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);
