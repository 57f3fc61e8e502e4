/**
 * What `getEvm` reads, as plain functions (STYLE.md principle 4): the resolver and the CLI pass Jira-backed
 * ones from `jiraEvmPorts`, tests pass functions over data. `fetchesLeft` is the product-fetch budget left for
 * history (worklogs and changelogs): Forge allows 100 fetches an invocation; the CLI has no limit.
 */
import { countedRequest } from '../adapters/counted-request';
import { loadBaseline, type BaselineKvs, type StoredBaseline } from '../adapters/storage/baseline-store';
import { fetchEvmFields, type EvmFields } from '../adapters/jira/fetch-evm-fields';
import { fetchStatusCategories, fetchStatusChanges, type FetchedStatusChanges } from '../adapters/jira/fetch-status-changes';
import { fetchWorklogs, type FetchedWorklogs } from '../adapters/jira/fetch-worklogs';
import type { StatusCategory } from '../domain/work-item';
import type { BaselineHidesPorts } from './baseline-for-viewer';
import { currentBaseline, type Baseline } from './evm-baseline';
import { scheduleOfScope } from './get-schedule';
import { jiraHidesPorts } from './jira-hides-ports';
import { loadScope, MAX_SCOPE_ISSUES, type Scope, type ScopePorts } from './load-scope';

/** `mayBrowseProject`, `securedKeys`: how Jira hides a stored baseline's entries from the viewer (baseline-for-viewer.ts). */
export interface EvmPorts extends BaselineHidesPorts {
  loadScope: () => Promise<Scope>;
  /** The baseline `current`: the issues' current planned dates. */
  currentBaseline: (scope: Scope) => Promise<Baseline>;
  /** A stored baseline of the project, or null when there is none by that name. */
  storedBaseline: (projectKey: string, name: string) => Promise<StoredBaseline | null>;
  fetchEvmFields: (scope: Scope) => Promise<Map<string, EvmFields>>;
  fetchStatusCategories: () => Promise<Map<string, StatusCategory>>;
  fetchWorklogs: (key: string, maxFetches: number) => Promise<FetchedWorklogs>;
  fetchStatusChanges: (key: string, categories: ReadonlyMap<string, StatusCategory>, maxFetches: number) => Promise<FetchedStatusChanges>;
  fetchesLeft: () => number;
}

/** Fetches kept back for anything after the history reads. */
const RESERVE = 5;

/** Jira-backed ports for one project; `fetchLimit` is Forge's 100 in a resolver, Infinity in the CLI. */
export function jiraEvmPorts(
  ports: ScopePorts,
  input: { projectKey: string; asOf: string; maxIssues?: number; fetchLimit: number; baselines?: BaselineKvs },
): EvmPorts {
  const viewer = countedRequest(ports.viewerJira);
  const app = ports.appJira ? countedRequest(ports.appJira) : null;
  const counted: ScopePorts = { viewerJira: viewer.request, appJira: app?.request ?? null, loadSettings: ports.loadSettings };
  return {
    loadScope: () => loadScope(counted, input.projectKey, input.maxIssues),
    currentBaseline: async (scope) => currentBaseline(scope, await scheduleOfScope(counted, scope, input.asOf)),
    storedBaseline: (projectKey, name) => (input.baselines ? loadBaseline(input.baselines, projectKey, name) : Promise.resolve(null)),
    fetchEvmFields: (scope) =>
      fetchEvmFields(viewer.request, { jql: scope.jql, costField: scope.settings.evm.budget.costField, maxIssues: input.maxIssues ?? MAX_SCOPE_ISSUES }),
    fetchStatusCategories: () => fetchStatusCategories(viewer.request),
    fetchWorklogs: (key, maxFetches) => fetchWorklogs(viewer.request, key, maxFetches),
    fetchStatusChanges: (key, categories, maxFetches) => fetchStatusChanges(viewer.request, key, categories, maxFetches),
    fetchesLeft: () => input.fetchLimit - viewer.count() - (app?.count() ?? 0) - RESERVE,
    ...jiraHidesPorts(viewer.request, app?.request ?? null),
  };
}
