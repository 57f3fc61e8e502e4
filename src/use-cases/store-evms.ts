/**
 * The consumer's Earned value step (DESIGN.md section 5): after the schedule is stored, earned value over the
 * same issues, as the Overview's parts are (store-overviews.ts): over every issue and, when the scope uses issue
 * security levels, over the issues under none. No Jira request: budgets, progress and actual cost come from the
 * fields the analysis read, PV from the schedule just computed (or the stored baseline the settings name), and no
 * worklog or changelog is read (at 50,000 issues they would take thousands of fetches), so every issue's
 * history is assumed and the `history-assumed` finding says what that does: the figures on the status date are
 * whole, earlier points of the S-curve are estimated. Findings keep at most 50 keys each (their counts whole).
 */
import { evmFieldsOf } from '../adapters/jira/fetch-evm-fields';
import type { JiraIssue } from '../adapters/jira/jira-issue-schema';
import { loadBaseline, type BaselineKvs } from '../adapters/storage/baseline-store';
import { withoutLevelsKey } from '../adapters/storage/analysis-security';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { saveStoredEvm } from '../adapters/storage/stored-evm';
import type { EvmResult, ScheduleResult } from '../contract';
import type { WorkItem } from '../domain/work-item';
import { currentBaseline } from './evm-baseline';
import type { EvmPorts } from './evm-ports';
import { getEvm } from './get-evm';
import type { Scope } from './load-scope';
import { cappedFinding } from './schedule-views/shaped-schedule';

export interface StoredEvmInput {
  projectKey: string;
  generation: string;
  asOf: string;
  /** The scope as the consumer read it, the items of the app's view. */
  scope: Scope;
  issues: readonly JiraIssue[];
  /** The schedule over `scope.items`, and over the items under no level when the scope uses levels. */
  schedule: ScheduleResult;
  withoutLevels: { items: WorkItem[]; schedule: ScheduleResult } | null;
  /**
   * Every item the app read, when `scope.items` are fewer (an outside variant without levels:
   * compute-outside-variant.ts): a baseline entry of one of these not in the items is secured, not missing.
   */
  appItems?: readonly WorkItem[];
}

export async function storeEvms(store: AnalysisKvs, baselines: BaselineKvs | null, input: StoredEvmInput): Promise<void> {
  const { scope } = input;
  const costField = scope.settings.evm.budget.costField;
  const fields = new Map(input.issues.map((issue) => [issue.key, evmFieldsOf(issue, costField)]));
  const appKeys = new Set((input.appItems ?? scope.items).map((i) => i.key));
  const evmOf = async (items: WorkItem[], schedule: ScheduleResult) => {
    // The variant's viewer is told nothing of a stored baseline's entries under a level (baseline-for-viewer.ts).
    const itemKeys = new Set(items.map((i) => i.key));
    const securedKeys = (keys: readonly string[]) => Promise.resolve(new Set(keys.filter((k) => appKeys.has(k) && !itemKeys.has(k))));
    const evm = await getEvm({ ...storedEvmPorts({ ...scope, items }, schedule, fields, baselines), securedKeys }, { asOf: input.asOf });
    return { evm: capped(evm), issuesByProject: issuesByProject(items) };
  };
  if (input.withoutLevels !== null) {
    await saveStoredEvm(store, withoutLevelsKey(input.projectKey), input.generation, await evmOf(input.withoutLevels.items, input.withoutLevels.schedule));
  }
  await saveStoredEvm(store, input.projectKey, input.generation, await evmOf(scope.items, input.schedule));
}

/** Ports over what the consumer already holds: no history is read (`fetchesLeft` is 0), so none is asked for. */
function storedEvmPorts(scope: Scope, schedule: ScheduleResult, fields: ReadonlyMap<string, ReturnType<typeof evmFieldsOf>>, baselines: BaselineKvs | null): EvmPorts {
  const noHistory = (): never => {
    throw new Error('Keel reads no issue history for a stored analysis');
  };
  return {
    loadScope: () => Promise.resolve(scope),
    currentBaseline: () => Promise.resolve(currentBaseline(scope, schedule)),
    storedBaseline: (projectKey, name) => (baselines === null ? Promise.resolve(null) : loadBaseline(baselines, projectKey, name)),
    fetchEvmFields: () => Promise.resolve(new Map(scope.items.flatMap((i) => (fields.has(i.key) ? [[i.key, fields.get(i.key) ?? noHistory()] as const] : [])))),
    fetchStatusCategories: noHistory,
    fetchWorklogs: noHistory,
    fetchStatusChanges: noHistory,
    fetchesLeft: () => 0,
  };
}

const capped = (evm: EvmResult): EvmResult => ({ ...evm, findings: evm.findings.map(cappedFinding) });

function issuesByProject(items: readonly WorkItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.projectKey] = (counts[item.projectKey] ?? 0) + 1;
  return counts;
}
