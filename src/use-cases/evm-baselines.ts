/**
 * Create, list and delete named earned-value baselines (DESIGN.md section 1, "Baselines"): a baseline is the
 * planned dates and budgets of every counted issue as the plan stands when it is made. Project administrators
 * create and delete them; anyone who may browse the project lists them.
 */
import { AppError } from '../app-error';
import type { BaselineListResult, BaselineSummary } from '../contract';
import { deleteBaseline, listBaselines, loadBaseline, saveBaseline, totalsByProject, type BaselineKvs, type StoredBaseline } from '../adapters/storage/baseline-store';
import { budgets, plannedBudgets } from './evm-inputs';
import type { EvmPorts } from './evm-ports';

export interface BaselinePorts {
  store: BaselineKvs;
  may: (permission: 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS') => Promise<boolean>;
  /** Whether the viewer may browse another project a baseline's entries reach into. */
  mayBrowseProject: (projectKey: string) => Promise<boolean>;
  /**
   * Of these issue keys, those the app reads under an issue security level (issue #11): a stored baseline's
   * entries Jira hides from the viewer by a level are neither counted nor let start their plan. Absent (the
   * CLI, which reads as one user): none is taken as secured.
   */
  securedKeys?: (keys: readonly string[]) => Promise<ReadonlySet<string>>;
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
  const baselines = [];
  for (const { byProject, ...summary } of await listBaselines(ports.store, projectKey)) {
    // Totals count only the entries of projects the viewer may browse (the baseline was read as the app).
    const parts = byProject ?? totalsByProject((await loadBaseline(ports.store, projectKey, summary.name))?.entries ?? []);
    let issueCount = 0;
    let bac = 0;
    for (const [project, part] of Object.entries(parts)) {
      if (!(await mayBrowse(project))) continue;
      issueCount += part.issueCount;
      bac += part.bac;
    }
    baselines.push({ ...summary, issueCount, bac });
  }
  return { projectKey, baselines };
}

export async function deleteEvmBaseline(ports: BaselinePorts, input: { projectKey: string; name: string }): Promise<{ deleted: boolean }> {
  await requirePermission(ports, 'ADMINISTER_PROJECTS', input.projectKey, 'delete');
  return { deleted: await deleteBaseline(ports.store, input.projectKey, input.name) };
}
