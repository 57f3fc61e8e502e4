/**
 * The contract between the UI (static/) and the back end (src/resolvers): resolver keys, payload
 * schemas, result types and error codes. Both sides import this file, so a misspelt key is a compile error.
 */
import { z } from 'zod';

export { ERROR_CODES, type ErrorCode } from './error-codes';
import type { ErrorCode } from './error-codes';

export type ResolverResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

export type { Finding, FindingKind } from './domain/finding';
export type { TypeStatusCount } from './domain/scope-summary';
export type { LinkTypeCount } from './domain/link-summary';
import type { ProjectOverview } from './domain/project-overview';
import type { BaselineComparison } from './contract/baseline-comparison';
import type { BaselineListResult, BaselineSummary, EvmResult } from './contract/earned-value';
import type { HistoryResult, HistoryTracking } from './contract/history';
import type { RiskRegisterResult } from './contract/risks';
import type { IssueScheduleResult, ScheduleResult } from './contract/schedule';
import type { DetectedSettingsResult, ProjectSettingsSaveResult, ProjectSettingsView, SettingsCatalog, SettingsPreviewResult, SettingsSaveResult, SettingsView, UserSearchResult } from './contract/settings';
import type { MacroDecisionsResult, MacroEvmResult, MacroRaciResult, MacroRisksResult } from './contract/macros';
import type { ConfluenceSpacesResult, PublishResult } from './contract/publishing';
import type { RaciResult } from './contract/raci';
import type { DecisionsResult, RecordedDecision } from './contract/decisions';

// Result types live beside this file, one file per area; they are re-exported here so both sides import one module.
export type * from './contract/baseline-comparison';
export type * from './contract/earned-value';
export type * from './contract/history';
export type * from './contract/risks';
export type * from './contract/schedule';
export type * from './contract/schedule-summaries';
export type * from './contract/settings';
export type * from './contract/macros';
export type * from './contract/publishing';
export type * from './contract/raci';
export type * from './contract/decisions';

/** The Overview of the project page (and of `keel analyze`'s `overview` section). */
export interface OverviewResult extends ProjectOverview {
  project: { key: string; name: string };
  scopeJql: string;
  /** ISO date the figures were computed for. */
  asOf: string;
}

export const overviewPayload = z.object({
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'projectKey must be a Jira project key such as WEB'),
});
export type OverviewPayload = z.infer<typeof overviewPayload>;

export const schedulePayload = overviewPayload;
export type SchedulePayload = z.infer<typeof schedulePayload>;

export const issueSchedulePayload = z.object({
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/, 'issueKey must be a Jira issue key such as PAY-12'),
});
export type IssueSchedulePayload = z.infer<typeof issueSchedulePayload>;

/** Every resolver: its payload schema and result type. */
export const resolvers = {
  'overview/get': { payload: overviewPayload, result: null as unknown as OverviewResult },
  'schedule/get': { payload: schedulePayload, result: null as unknown as ScheduleResult },
  'schedule/issue': { payload: issueSchedulePayload, result: null as unknown as IssueScheduleResult },
  // No baseline: the one the project's settings name (`evm.baseline`), or the current plan when it has no such baseline.
  'evm/get': { payload: overviewPayload.extend({ baseline: baselineNameSchema().optional() }), result: null as unknown as EvmResult },
  'baselines/list': { payload: overviewPayload, result: null as unknown as BaselineListResult },
  'baselines/create': { payload: overviewPayload.extend({ name: baselineNameSchema() }), result: null as unknown as BaselineSummary },
  'baselines/delete': { payload: overviewPayload.extend({ name: baselineNameSchema() }), result: null as unknown as { deleted: boolean } },
  'baselines/compare': { payload: overviewPayload.extend({ from: baselineNameSchema(), to: baselineNameSchema() }), result: null as unknown as BaselineComparison },
  'risks/get': { payload: overviewPayload, result: null as unknown as RiskRegisterResult },
  'history/get': { payload: historyPayloadSchema(), result: null as unknown as HistoryResult },
  'history/track': { payload: overviewPayload, result: null as unknown as HistoryTracking },
  'history/untrack': { payload: overviewPayload, result: null as unknown as HistoryTracking },
  'raci/publish': { payload: publishPayloadSchema(), result: null as unknown as PublishResult },
  'decisions/publish': { payload: publishPayloadSchema(), result: null as unknown as PublishResult },
  'confluence/spaces': { payload: overviewPayload.extend({ artefact: z.enum(['raci', 'decisions']) }), result: null as unknown as ConfluenceSpacesResult },
  'macro/raci': { payload: macroPayloadSchema(), result: null as unknown as MacroRaciResult },
  'macro/decisions': { payload: macroPayloadSchema(), result: null as unknown as MacroDecisionsResult },
  'macro/risks': { payload: macroPayloadSchema(), result: null as unknown as MacroRisksResult },
  'macro/evm': { payload: macroPayloadSchema(), result: null as unknown as MacroEvmResult },
  'raci/get': { payload: overviewPayload, result: null as unknown as RaciResult },
  'decisions/get': { payload: overviewPayload, result: null as unknown as DecisionsResult },
  'decisions/create': { payload: recordDecisionPayloadSchema(), result: null as unknown as RecordedDecision },
  'settings/get': { payload: z.object({}), result: null as unknown as SettingsView },
  'settings/save': { payload: settingsPayloadSchemas().save, result: null as unknown as SettingsSaveResult },
  'settings/import': { payload: settingsPayloadSchemas().import, result: null as unknown as SettingsSaveResult },
  'settings/preview': { payload: settingsPayloadSchemas().preview, result: null as unknown as SettingsPreviewResult },
  'project-settings/get': { payload: overviewPayload, result: null as unknown as ProjectSettingsView },
  'project-settings/save': { payload: settingsPayloadSchemas().saveProject, result: null as unknown as ProjectSettingsSaveResult },
  'settings/detect': { payload: z.object({}), result: null as unknown as DetectedSettingsResult },
  'catalog/get': { payload: z.object({}), result: null as unknown as SettingsCatalog },
  'users/search': { payload: z.object({ query: z.string().trim().min(1, 'type part of a name').max(100) }), result: null as unknown as UserSearchResult },
} as const;
export type ResolverKey = keyof typeof resolvers;
export type PayloadOf<K extends ResolverKey> = z.input<(typeof resolvers)[K]['payload']>;
export type ResultOf<K extends ResolverKey> = (typeof resolvers)[K]['result'];

// Earned value (DESIGN.md section 1, "Earned value"): `evm/get` and `keel analyze`'s `evm` section.

export const evmPayload = resolvers['evm/get'].payload;
export type EvmPayload = z.infer<typeof evmPayload>;

// Risk register (DESIGN.md section 1, "Risk register"): `risks/get`, `keel analyze`'s `risks` section, `keel risks`.

export type { RiskOwner, RiskScale, ScoredRisk } from './domain/risk/risk-record';
export type { DerivedRisk, DerivedRiskKind } from './domain/risk/derived-risk';
export type { HeatMap } from './domain/risk/heat-map';

export const risksPayload = overviewPayload;
export type RisksPayload = z.infer<typeof risksPayload>;

/** A baseline's name: hoisted (a function) because the resolver table above uses it. */
function baselineNameSchema() {
  return z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$/, 'a baseline name has 1 to 50 letters, digits, spaces, dots, dashes or underscores');
}

// History (DESIGN.md section 1, earned value "History" and the risk register's trend): daily snapshots taken by
// the scheduled trigger for every tracked project; `history/get`, `history/track`, `history/untrack`.

export type HistoryPayload = z.infer<ReturnType<typeof historyPayloadSchema>>;

/** `history/get`'s payload: a project and an optional range of ISO dates, both ends included. Hoisted like the above. */
function historyPayloadSchema() {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
  return overviewPayload
    .extend({ from: isoDate.optional(), to: isoDate.optional() })
    .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });
}

// Publishing (DESIGN.md section 2, "Confluence output"): `raci/publish`, `decisions/publish`, `confluence/spaces`.

export type PublishPayload = z.infer<ReturnType<typeof publishPayloadSchema>>;

/** A project, the Confluence space to publish into and, optionally, the parent page's id. Hoisted like the above. */
function publishPayloadSchema() {
  return overviewPayload.extend({
    spaceKey: z.string().regex(/^[A-Za-z0-9~][A-Za-z0-9_~]{0,254}$/, 'spaceKey must be a Confluence space key such as PMO'),
    parentId: z.string().regex(/^[1-9][0-9]{0,18}$/, 'parentId must be a Confluence page id (digits)').optional(),
  });
}

// Live Confluence macros (DESIGN.md section 2): `macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`.

export type MacroPayload = z.infer<ReturnType<typeof macroPayloadSchema>>;

/** A macro's config: a project key or a JQL filter, exactly one of them. Hoisted like the above. */
function macroPayloadSchema() {
  return z
    .object({
      projectKey: overviewPayload.shape.projectKey.optional(),
      jql: z.string().trim().min(1, 'jql must not be empty').max(2000, 'jql is at most 2000 characters').optional(),
    })
    .refine((p) => (p.projectKey === undefined) !== (p.jql === undefined), { message: 'give either projectKey or jql, not both and not neither', path: ['projectKey'] });
}

// RACI matrix and decision log (DESIGN.md section 1): `raci/get`, `decisions/get`, `decisions/create`.

export type RecordDecisionPayload = z.infer<ReturnType<typeof recordDecisionPayloadSchema>>;

/**
 * A decision to record: every field checked at once, so a form can show each problem next to its field.
 * Options are the non-empty lines a person typed; a decided decision needs an outcome. Hoisted like the above.
 */
function recordDecisionPayloadSchema() {
  const issueKey = z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/, 'use issue keys such as WEB-12');
  const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`).default('');
  return overviewPayload
    .extend({
      title: z.string().trim().min(1, 'give the decision a title').max(255, 'a title is at most 255 characters'),
      context: text(10000),
      options: z.array(z.string().trim().max(500, 'an option is at most 500 characters')).max(20, 'at most 20 options').default([]).transform((o) => o.filter((x) => x !== '')),
      outcome: text(10000),
      consequences: text(10000),
      status: z.enum(['proposed', 'decided', 'superseded', 'rejected']).default('proposed'),
      ownerAccountId: z.string().trim().min(1).max(128).optional(),
      supersedes: z.array(issueKey).max(10, 'at most 10 decisions').default([]),
      relatesTo: z.array(issueKey).max(20, 'at most 20 issues').default([]),
    })
    .superRefine((p, ctx) => {
      if (p.status === 'decided' && p.outcome === '') ctx.addIssue({ code: 'custom', message: 'a decided decision needs its outcome', path: ['outcome'] });
    });
}

// Admin settings (issue #7): `settings/*` (global, Jira admins), `project-settings/*` (a project's own sections),
// `catalog/get` and `users/search` (the pickers). Drafts are `unknown` here: the use cases check them with the
// settings schema and answer every problem with its field's path, which a payload error could not.

/** Hoisted like the above. `projectKey` names the project a scope JQL is tried on. */
function settingsPayloadSchemas() {
  const projectKey = overviewPayload.shape.projectKey;
  return {
    save: z.object({ settings: z.unknown(), projectKey: projectKey.optional() }),
    import: z.object({ text: z.string().max(240_000, 'a settings file is at most 240 000 characters'), projectKey: projectKey.optional() }),
    preview: z.object({ projectKey, level: z.enum(['global', 'project']), draft: z.unknown() }),
    saveProject: z.object({ projectKey, overrides: z.unknown() }),
  };
}
