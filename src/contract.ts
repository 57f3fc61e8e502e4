/**
 * The contract between the UI (static/) and the back end (src/resolvers): resolver keys, payload and result
 * schemas (zod/mini, one file per area under contract/) and error codes. Both sides import this very module: the
 * resolver wrapper parses each payload, the UI's callResolver each result, with the same objects, and a misspelt
 * key is a compile error. zod/mini keeps the browser bundle small; every schema here must stay zod/mini.
 */
import * as z from 'zod/mini';
import { baselineComparison, baselinePlan } from './contract/baseline-comparison';
import { chaseResult } from './contract/chase';
import { hiddenWorkResult } from './contract/hidden-work';
import { decisionsResult, DECISION_STATUSES, recordedDecision } from './contract/decisions';
import { baselineDeleted, baselineListResult, baselineSummary, evmResult } from './contract/earned-value';
import { historyResult, historyTracking } from './contract/history';
import { macroDecisionsResult, macroEvmResult, macroRaciResult, macroRisksResult } from './contract/macros';
import { forecastAnswer, forecastCriticality, issueForecast, macroForecastResult } from './contract/forecast';
import { overviewResult } from './contract/overview';
import { confluencePagesResult, confluenceSpacesResult, publishArtefact, publishResult } from './contract/publishing';
import { raciResult } from './contract/raci';
import { issueLevellingResult, resourcesResult } from './contract/resources';
import { issueRisksResult, riskRegisterResult } from './contract/risks';
import { issueScheduleResult, scheduleResult } from './contract/schedule';
import { applyPlanResult, applyResult, listedChanges, scenarioCompareResult, scenarioEdits, scenarioId, scenarioListResult, scenarioName, scenarioSummary, scenarioView } from './contract/scenarios';
import { scheduleDetailPayload, scheduleDetailResult, scheduleRowsPayload, scheduleRowsResult, scheduleSummaryPayload, scheduleSummaryResult } from './contract/schedule-views';
import {
  detectedSettingsResult, projectSettingsSaveResult, projectSettingsView, settingsCatalog, settingsPreviewResult, settingsSaveResult, settingsView,
  userSearchResult,
} from './contract/settings';
import { statusResult } from './contract/status';
import { ERROR_CODES, type ErrorCode } from './error-codes';

export { ERROR_CODES, type ErrorCode };

export type ResolverResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** The envelope every resolver answers with (`ResolverResult<T>`), before its data is parsed. */
export const resolverEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);

// Result schemas and types live beside this file, one file per area; re-exported so both sides import one module.
export * from './contract/baseline-comparison';
export * from './contract/chase';
export * from './contract/hidden-work';
export * from './contract/decisions';
export * from './contract/earned-value';
export * from './contract/finding';
export * from './contract/forecast';
export * from './contract/history';
export * from './contract/macros';
export * from './contract/module-placement';
export * from './contract/overview';
export * from './contract/stored-answer';
export * from './contract/person';
export * from './contract/publishing';
export * from './contract/raci';
export * from './contract/report-scope';
export * from './contract/resources';
export * from './contract/risks';
export * from './contract/schedule';
export * from './contract/schedule-views';
export * from './contract/scenarios';
export * from './contract/schedule-summaries';
export * from './contract/settings';
export * from './contract/status-category';
export * from './contract/status';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,19}$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/;
const projectKey = z.string().check(z.regex(PROJECT_KEY, 'projectKey must be a Jira project key such as WEB'));

export const overviewPayload = z.object({ projectKey });
export type OverviewPayload = z.infer<typeof overviewPayload>;

/**
 * `summaryHeld`: the `summaryVersion` of the epics summary the caller holds (the tab polling during a refresh,
 * issue #11); an answer whose summary has that version leaves it out and says the version alone.
 */
export const schedulePayload = z.object({ projectKey, summaryHeld: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/, 'summaryHeld must be a summaryVersion'))) });
export type SchedulePayload = z.infer<typeof schedulePayload>;

export const issueSchedulePayload = z.object({ issueKey: z.string().check(z.regex(ISSUE_KEY, 'issueKey must be a Jira issue key such as PAY-12')) });
export type IssueSchedulePayload = z.infer<typeof issueSchedulePayload>;

/** A baseline's name. */
const baselineName = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$/, 'a baseline name has 1 to 50 letters, digits, spaces, dots, dashes or underscores'));

// Earned value (DESIGN.md section 1, "Earned value"). No baseline: the one the project's settings name
// (`evm.baseline`), or the current plan when it has no such baseline.
export const evmPayload = z.object({ ...overviewPayload.shape, baseline: z.optional(baselineName) });
export type EvmPayload = z.infer<typeof evmPayload>;

// Risk register (DESIGN.md section 1, "Risk register"): `risks/get`, `keel analyze`'s `risks` section, `keel risks`.
export const risksPayload = overviewPayload;
export type RisksPayload = z.infer<typeof risksPayload>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

// Forecast (DESIGN.md section 1, "Forecast"): a target date typed in, else the settings' own; iterations likewise.
export const forecastPayload = z.object({
  ...overviewPayload.shape,
  targetDate: z.optional(isoDate),
  iterations: z.optional(z.number().check(z.int(), z.gte(100, 'use 100 or more iterations'), z.lte(20_000, 'use at most 20,000 iterations while you wait'))),
});
export type ForecastPayload = z.infer<typeof forecastPayload>;

/** `forecast/criticality`: the issues (and risks) whose figures a view shows; none: every open issue of a small project. */
export const forecastCriticalityPayload = z.object({
  ...overviewPayload.shape,
  keys: z.optional(z.array(z.string().check(z.regex(ISSUE_KEY, 'keys are Jira issue keys such as PAY-12'))).check(z.maxLength(500, 'ask for at most 500 keys at a time'))),
});
export type ForecastCriticalityPayload = z.infer<typeof forecastCriticalityPayload>;

/** `history/get`'s payload: a project and an optional range of ISO dates, both ends included. */
export const historyPayload = z
  .object({ ...overviewPayload.shape, from: z.optional(isoDate), to: z.optional(isoDate) })
  .check(z.refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'from must not be after to', path: ['from'] }));
export type HistoryPayload = z.infer<typeof historyPayload>;

/** A project, the Confluence space to publish into and, optionally, the parent page's id. */
export const publishPayload = z.object({
  ...overviewPayload.shape,
  spaceKey: z.string().check(z.regex(/^[A-Za-z0-9~][A-Za-z0-9_~]{0,254}$/, 'spaceKey must be a Confluence space key such as PMO')),
  parentId: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,18}$/, 'parentId must be a Confluence page id (digits)'))),
});
export type PublishPayload = z.infer<typeof publishPayload>;

/** A live macro's config: a project key or a JQL filter, exactly one of them. */
export const macroPayload = z
  .object({
    projectKey: z.optional(projectKey),
    jql: z.optional(z.string().check(z.trim(), z.minLength(1, 'jql must not be empty'), z.maxLength(2000, 'jql is at most 2000 characters'))),
  })
  .check(z.refine((p) => (p.projectKey === undefined) !== (p.jql === undefined), { message: 'give either projectKey or jql, not both and not neither', path: ['projectKey'] }));
export type MacroPayload = z.infer<typeof macroPayload>;

const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, `at most ${max} characters`)), '');
const issueKeys = (max: number, what: string) =>
  z._default(z.array(z.string().check(z.trim(), z.toUpperCase(), z.regex(ISSUE_KEY, 'use issue keys such as WEB-12'))).check(z.maxLength(max, `at most ${max} ${what}`)), () => []);

/**
 * A decision to record: every field checked at once, so a form can show each problem next to its field (the
 * "Record a decision" form checks its values with this very schema). Options are the non-empty lines a person
 * typed; a decided decision needs an outcome.
 */
export const recordDecisionPayload = z.object({
  ...overviewPayload.shape,
  title: z.string().check(z.trim(), z.minLength(1, 'give the decision a title'), z.maxLength(255, 'a title is at most 255 characters')),
  context: text(10000),
  options: z._default(
    z.array(z.string().check(z.trim(), z.maxLength(500, 'an option is at most 500 characters'))).check(
      z.maxLength(20, 'at most 20 options'),
      z.overwrite((o) => o.filter((x) => x !== '')),
    ),
    () => [],
  ),
  outcome: text(10000),
  consequences: text(10000),
  status: z._default(z.enum(DECISION_STATUSES), 'proposed'),
  ownerAccountId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(128))),
  supersedes: issueKeys(10, 'decisions'),
  relatesTo: issueKeys(20, 'issues'),
}).check(
  z.superRefine((p, ctx) => {
    if (p.status === 'decided' && p.outcome === '') ctx.addIssue({ code: 'custom', message: 'a decided decision needs its outcome', path: ['outcome'] });
  }),
);
export type RecordDecisionPayload = z.infer<typeof recordDecisionPayload>;

// Admin settings (issue #7). Drafts are `unknown` here: the use cases check them with the settings schema and
// answer every problem with its field's path, which a payload error could not. `projectKey` names the project a
// scope JQL is tried on.
const settingsPayloads = {
  save: z.object({ settings: z.unknown(), projectKey: z.optional(projectKey) }),
  import: z.object({ text: z.string().check(z.maxLength(240_000, 'a settings file is at most 240 000 characters')), projectKey: z.optional(projectKey) }),
  preview: z.object({ projectKey, level: z.enum(['global', 'project']), draft: z.unknown() }),
  saveProject: z.object({ projectKey, overrides: z.unknown() }),
};
const nothing = z.object({});

/** Every resolver: its payload schema and its result schema. */
export const resolvers = {
  'overview/get': { payload: overviewPayload, result: overviewResult },
  'schedule/get': { payload: schedulePayload, result: scheduleResult },
  'schedule/issue': { payload: issueSchedulePayload, result: issueScheduleResult },
  'schedule/summary': { payload: scheduleSummaryPayload, result: scheduleSummaryResult },
  'schedule/detail': { payload: scheduleDetailPayload, result: scheduleDetailResult },
  'schedule/rows': { payload: scheduleRowsPayload, result: scheduleRowsResult },
  'chase/get': { payload: overviewPayload, result: chaseResult },
  'hidden/get': { payload: overviewPayload, result: hiddenWorkResult },
  'evm/get': { payload: evmPayload, result: evmResult },
  'baselines/list': { payload: overviewPayload, result: baselineListResult },
  'baselines/create': { payload: z.object({ ...overviewPayload.shape, name: baselineName }), result: baselineSummary },
  'baselines/delete': { payload: z.object({ ...overviewPayload.shape, name: baselineName }), result: baselineDeleted },
  'baselines/compare': { payload: z.object({ ...overviewPayload.shape, from: baselineName, to: baselineName }), result: baselineComparison },
  'baselines/plan': { payload: z.object({ ...overviewPayload.shape, name: baselineName }), result: baselinePlan },
  'risks/get': { payload: risksPayload, result: riskRegisterResult },
  'risks/issue': { payload: issueSchedulePayload, result: issueRisksResult },
  'forecast/get': { payload: forecastPayload, result: forecastAnswer },
  'forecast/criticality': { payload: forecastCriticalityPayload, result: forecastCriticality },
  'forecast/issue': { payload: issueSchedulePayload, result: issueForecast },
  'macro/forecast': { payload: macroPayload, result: macroForecastResult },
  'resources/get': { payload: overviewPayload, result: resourcesResult },
  'resources/issue': { payload: issueSchedulePayload, result: issueLevellingResult },
  'status/get': { payload: overviewPayload, result: statusResult },
  'history/get': { payload: historyPayload, result: historyResult },
  'history/track': { payload: overviewPayload, result: historyTracking },
  'history/untrack': { payload: overviewPayload, result: historyTracking },
  'raci/publish': { payload: publishPayload, result: publishResult },
  'decisions/publish': { payload: publishPayload, result: publishResult },
  'status/publish': { payload: publishPayload, result: publishResult },
  'confluence/spaces': { payload: z.object({ ...overviewPayload.shape, artefact: publishArtefact }), result: confluenceSpacesResult },
  'confluence/pages': {
    payload: z.object({
      ...overviewPayload.shape,
      spaceKey: z.string().check(z.trim(), z.minLength(1, 'choose a space')),
      text: z.string().check(z.trim(), z.minLength(2, 'type at least two letters of the title'), z.maxLength(200, 'at most 200 characters')),
    }),
    result: confluencePagesResult,
  },
  'macro/raci': { payload: macroPayload, result: macroRaciResult },
  'macro/decisions': { payload: macroPayload, result: macroDecisionsResult },
  'macro/risks': { payload: macroPayload, result: macroRisksResult },
  'macro/evm': { payload: macroPayload, result: macroEvmResult },
  'macro/status': { payload: macroPayload, result: statusResult },
  'raci/get': { payload: overviewPayload, result: raciResult },
  'decisions/get': { payload: overviewPayload, result: decisionsResult },
  'decisions/create': { payload: recordDecisionPayload, result: recordedDecision },
  'settings/get': { payload: nothing, result: settingsView },
  'settings/save': { payload: settingsPayloads.save, result: settingsSaveResult },
  'settings/import': { payload: settingsPayloads.import, result: settingsSaveResult },
  'settings/preview': { payload: settingsPayloads.preview, result: settingsPreviewResult },
  'project-settings/get': { payload: overviewPayload, result: projectSettingsView },
  'project-settings/save': { payload: settingsPayloads.saveProject, result: projectSettingsSaveResult },
  'settings/detect': { payload: nothing, result: detectedSettingsResult },
  'catalog/get': { payload: nothing, result: settingsCatalog },
  'scenarios/list': { payload: overviewPayload, result: scenarioListResult },
  'scenarios/open': { payload: z.object({ projectKey, id: scenarioId }), result: scenarioView },
  'scenarios/preview': { payload: z.object({ projectKey, edits: scenarioEdits }), result: scenarioView },
  'scenarios/save': { payload: z.object({ projectKey, id: z.optional(scenarioId), name: scenarioName, edits: scenarioEdits, version: z.optional(z.number()) }), result: scenarioSummary },
  'scenarios/delete': { payload: z.object({ projectKey, id: scenarioId }), result: z.object({ deleted: z.boolean() }) },
  'scenarios/compare': { payload: z.object({ projectKey, left: scenarioId, right: scenarioId }), result: scenarioCompareResult },
  'scenarios/apply-plan': { payload: z.object({ projectKey, id: scenarioId }), result: applyPlanResult },
  'scenarios/apply': { payload: z.object({ projectKey, id: scenarioId, version: z.number(), listed: listedChanges }), result: applyResult },
  'users/search': { payload: z.object({ query: z.string().check(z.trim(), z.minLength(1, 'type part of a name'), z.maxLength(100)) }), result: userSearchResult },
} as const;
export type ResolverKey = keyof typeof resolvers;
export type PayloadOf<K extends ResolverKey> = z.input<(typeof resolvers)[K]['payload']>;
export type ResultOf<K extends ResolverKey> = z.output<(typeof resolvers)[K]['result']>;
/** The answer as it crosses the wire: the result itself, but for a codec's packed form (raci-wire.ts). */
export type WireOf<K extends ResolverKey> = z.input<(typeof resolvers)[K]['result']>;
