/**
 * The scenario resolvers' use cases (issue #17): list, open, preview unsaved edits, save, delete and compare
 * a project's what-if scenarios. Whoever may browse the project may see its scenarios and save them (a
 * scenario is shared work on a copy, never Jira); each sees only the edits on issues they may see, and a save
 * keeps the edits hidden from the one saving. Deleting is for the scenario's author and project administrators.
 * A save names the version it started from: another save since then is a conflict, said with who and when. Every
 * write of a stored scenario (save, delete, apply) first claims its next version (claim-next-version.ts), so of
 * two writers that read the same version only one writes.
 */
import { AppError } from '../app-error';
import type { ScenarioCompareResult, ScenarioListResult, ScenarioSummary, ScenarioView } from '../contract';
import { hasProjectPermission } from '../adapters/jira/fetch-my-permission';
import { fetchMyself } from '../adapters/jira/issue-writes';
import { deleteScenario, listScenarios, loadScenario, saveScenario, type ScenarioKvs, type StoredScenario } from '../adapters/storage/scenario-store';
import type { LeaseKvs } from '../adapters/storage/analysis-lease';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { editedKeys, type ScenarioEdit } from '../domain/scenario/scenario-edit';
import { claimNextVersion } from './claim-next-version';
import type { ScopePorts } from './load-scope';
import { viewerProject } from './invocation-memo';
import { keysHiddenFromViewer, outcomeFor, viewerPlan, visibleEdits, type ViewerPlan } from './scenario-plan';
import { scenarioView, summaryOf } from './scenario-view';

export interface ScenarioPorts extends ScopePorts {
  store: ScenarioKvs;
  /** The stored analyses, which a large project's scenarios start from (stored-scenario-scope.ts). */
  analysis?: AnalysisKvs;
  lease: LeaseKvs;
  /** The current instant, ISO 8601. */
  now: () => string;
  /** A new scenario's id: lower-case letters and digits. */
  newId: () => string;
}

/**
 * Jira answers 404 for a project the viewer may not browse: so does every scenario of it. Read once per
 * invocation: the plan's scope reads the same project as the viewer (invocation-memo.ts).
 */
export async function requireBrowse(ports: ScopePorts, projectKey: string): Promise<void> {
  await viewerProject(ports, projectKey);
}

async function requireScenario(ports: ScenarioPorts, projectKey: string, id: string): Promise<StoredScenario> {
  const stored = await loadScenario(ports.store, projectKey, id);
  if (!stored) throw new AppError('NOT_FOUND', `No scenario ${id} in ${projectKey}: it was deleted. Pick another from the list.`);
  return stored;
}

export async function listProjectScenarios(ports: ScenarioPorts, projectKey: string): Promise<ScenarioListResult> {
  await requireBrowse(ports, projectKey);
  const stored = await listScenarios(ports.store, projectKey);
  const hidden = await keysHiddenFromViewer(ports, [...new Set(stored.flatMap((s) => s.edits.flatMap(editedKeys)))]);
  const seen = (edit: ScenarioEdit) => !editedKeys(edit).some((k) => hidden.has(k));
  return { scenarios: stored.map((s) => summaryOf(s, s.edits.filter(seen).length)) };
}

async function viewOf(ports: ScenarioPorts, viewer: ViewerPlan, stored: StoredScenario | null, edits: readonly ScenarioEdit[]): Promise<ScenarioView> {
  const { visible, hidden } = await visibleEdits(ports, viewer.plan, edits);
  return scenarioView(viewer, outcomeFor(viewer, visible), { stored, visible, hidden: hidden.length });
}

export async function openScenario(ports: ScenarioPorts, input: { projectKey: string; id: string; asOf: string }): Promise<ScenarioView> {
  await requireBrowse(ports, input.projectKey);
  const stored = await requireScenario(ports, input.projectKey, input.id);
  return viewOf(ports, await viewerPlan(ports, input.projectKey, input.asOf), stored, stored.edits);
}

/** Unsaved edits, computed as they are typed: nothing is stored. */
export async function previewScenario(ports: ScenarioPorts, input: { projectKey: string; edits: ScenarioEdit[]; asOf: string }): Promise<ScenarioView> {
  await requireBrowse(ports, input.projectKey);
  return viewOf(ports, await viewerPlan(ports, input.projectKey, input.asOf), null, input.edits);
}

export async function compareScenarios(ports: ScenarioPorts, input: { projectKey: string; left: string; right: string; asOf: string }): Promise<ScenarioCompareResult> {
  await requireBrowse(ports, input.projectKey);
  const left = await requireScenario(ports, input.projectKey, input.left);
  const right = await requireScenario(ports, input.projectKey, input.right);
  // One plan for both: the same live schedule is the baseline of each difference.
  const viewer = await viewerPlan(ports, input.projectKey, input.asOf);
  return { left: await viewOf(ports, viewer, left, left.edits), right: await viewOf(ports, viewer, right, right.edits) };
}

export async function saveProjectScenario(
  ports: ScenarioPorts,
  input: { projectKey: string; id?: string | undefined; name: string; edits: ScenarioEdit[]; version?: number | undefined },
): Promise<ScenarioSummary> {
  await requireBrowse(ports, input.projectKey);
  const me = await fetchMyself(ports.viewerJira);
  const now = ports.now();
  if (input.id === undefined) {
    const created: StoredScenario = { id: ports.newId(), name: input.name, createdBy: me, createdAt: now, updatedBy: me, updatedAt: now, version: 1, edits: input.edits, applied: null };
    await saveScenario(ports.store, input.projectKey, created);
    return summaryOf(created, created.edits.length);
  }
  const stored = await requireScenario(ports, input.projectKey, input.id);
  if (stored.applied) {
    throw new AppError('CONFLICT', `"${stored.name}" was applied to Jira by ${stored.applied.by.name} at ${stored.applied.at}: it is kept as it was. Save your edits as a new scenario.`);
  }
  if (input.version !== stored.version) {
    throw new AppError('CONFLICT', `${stored.updatedBy.name} saved "${stored.name}" at ${stored.updatedAt}, after you opened it: nothing was saved. Open it again to see their edits, then make yours.`);
  }
  // Edits on issues the one saving may not see were not shown to them: they stay as they were.
  const { hidden } = await visibleEdits(ports, null, stored.edits);
  await claimNextVersion(ports, input.projectKey, stored, { by: me, at: now, action: 'saved' });
  const updated: StoredScenario = { ...stored, name: input.name, edits: [...hidden, ...input.edits], updatedBy: me, updatedAt: now, version: stored.version + 1 };
  await saveScenario(ports.store, input.projectKey, updated);
  return summaryOf(updated, input.edits.length);
}

export async function deleteProjectScenario(ports: ScenarioPorts, input: { projectKey: string; id: string }): Promise<{ deleted: boolean }> {
  await requireBrowse(ports, input.projectKey);
  const stored = await loadScenario(ports.store, input.projectKey, input.id);
  if (!stored) return { deleted: false };
  const me = await fetchMyself(ports.viewerJira);
  if (stored.createdBy.accountId !== me.accountId && !(await hasProjectPermission(ports.viewerJira, input.projectKey, 'ADMINISTER_PROJECTS'))) {
    throw new AppError('FORBIDDEN', `Only ${stored.createdBy.name}, who made "${stored.name}", or a project administrator may delete it.`);
  }
  await claimNextVersion(ports, input.projectKey, stored, { by: me, at: ports.now(), action: 'deleted' });
  await deleteScenario(ports.store, input.projectKey, input.id);
  return { deleted: true };
}
