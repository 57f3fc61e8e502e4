/**
 * Create, list and delete named earned-value baselines (DESIGN.md section 1, "Baselines"): a baseline is the
 * planned dates and budgets of every counted issue as the plan stands when it is made. Project administrators
 * create and delete them; anyone who may browse the project lists them.
 */
import { AppError } from '../app-error';
import type { BaselineListResult, BaselineSummary } from '../contract';
import { deleteBaseline, listBaselines, loadBaseline, saveBaseline, type BaselineKvs, type StoredBaseline } from '../adapters/storage/baseline-store';
import { baselineListTotals } from './baseline-list-totals';
import type { BaselineHidesPorts } from './baseline-for-viewer';
import { budgets, plannedBudgets } from './evm-inputs';
import type { EvmPorts } from './evm-ports';

/** `securedKeys` absent (the CLI, which reads as one user): none is taken as secured (baseline-for-viewer.ts). */
export interface BaselinePorts extends BaselineHidesPorts {
  store: BaselineKvs;
  may: (permission: 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS') => Promise<boolean>;
  mayBrowseProject: (projectKey: string) => Promise<boolean>;
  /** Keys of a project's issues Jira hides from the viewer by a security level (null: cannot tell); absent: none. */
  keysHiddenByLevel?: (projectKey: string) => Promise<ReadonlySet<string> | null>;
}

export async function requirePermission(ports: BaselinePorts, permission: 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS', projectKey: string, action: string): Promise<void> {
  if (!(await ports.may(permission))) {
    const who = permission === 'ADMINISTER_PROJECTS' ? 'project administrators' : 'people who may browse the project';
    throw new AppError('FORBIDDEN', `Only ${who} of ${projectKey} can ${action} its earned-value baselines.`);
  }
}

export async function createEvmBaseline(
  ports: EvmPorts & BaselinePorts,
  input: { projectKey: string; name: string; accountId: string; now: string },
): Promise<BaselineSummary> {
  if (input.name.toLowerCase() === 'current') throw new AppError('BAD_REQUEST', '"current" names the plan as it stands; give the baseline another name.');
  await requirePermission(ports, 'ADMINISTER_PROJECTS', input.projectKey, 'create');
  if ((await ports.storedBaseline(input.projectKey, input.name)) !== null) {
    throw new AppError('BAD_REQUEST', `${input.projectKey} already has a baseline named "${input.name}": delete it first, or choose another name.`);
  }
  const scope = await ports.loadScope();
  const current = await ports.currentBaseline(scope);
  const { rollUp } = budgets(scope.items, await ports.fetchEvmFields(scope), scope.settings);
  const stored: StoredBaseline = {
    name: input.name,
    createdAt: input.now,
    createdBy: input.accountId,
    projectStart: current.projectStart,
    entries: plannedBudgets(rollUp.counted, current.planned).map((p) => [p.key, p.budget, p.start, p.finish]),
  };
  return saveBaseline(ports.store, scope.project.key, stored);
}

export async function listEvmBaselines(ports: BaselinePorts, projectKey: string): Promise<BaselineListResult> {
  await requirePermission(ports, 'BROWSE_PROJECTS', projectKey, 'see');
  const browsable = new Map<string, Promise<boolean>>([[projectKey, Promise.resolve(true)]]);
  const mayBrowse = (key: string) => browsable.get(key) ?? browsable.set(key, ports.mayBrowseProject(key)).get(key) ?? Promise.resolve(false);
  const hidden = new Map<string, Promise<ReadonlySet<string> | null>>();
  const hiddenByLevel = (key: string) => hidden.get(key) ?? hidden.set(key, ports.keysHiddenByLevel?.(key) ?? Promise.resolve(new Set<string>())).get(key) ?? Promise.resolve(null);
  const baselines = [];
  for (const { byProject, ...summary } of await listBaselines(ports.store, projectKey)) {
    let read: Promise<StoredBaseline['entries'] | null> | null = null;
    const entries = () => (read ??= loadBaseline(ports.store, projectKey, summary.name).then((b) => b?.entries ?? null));
    baselines.push({ ...summary, ...(await baselineListTotals({ mayBrowse, hiddenByLevel, entries }, byProject)) });
  }
  return { projectKey, baselines };
}

export async function deleteEvmBaseline(ports: BaselinePorts, input: { projectKey: string; name: string }): Promise<{ deleted: boolean }> {
  await requirePermission(ports, 'ADMINISTER_PROJECTS', input.projectKey, 'delete');
  return { deleted: await deleteBaseline(ports.store, input.projectKey, input.name) };
}
