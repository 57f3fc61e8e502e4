/**
 * The Resources tab (issue #14; DESIGN.md section 1, "Resource levelling"): the project's scope as the viewer sees
 * it, levelled over its people and pools, as load against capacity per person or pool per week (the issues behind
 * each cell capped at CELL_ISSUE_LIMIT), the levelled finish next to the CPM finish, what moved and why. Every read
 * is the viewer's. A scope above `schedule.backgroundAboveIssues` is levelled in the background and read stored,
 * cut to the viewer (DESIGN.md section 5; store-levellings.ts).
 */
import { AppError } from '../app-error';
import { CELL_ISSUE_LIMIT, MOVED_ISSUE_LIMIT, type LevelledIssueView, type ResourcesResult } from '../contract/resources';
import type { LevellingOptions } from '../domain/levelling/level-schedule';
import type { LevelledIssue, ProjectLevelling } from '../domain/levelling/project-levelling';
import { isOverAllocated } from '../domain/levelling/resource-load';
import { DEFAULT_BACKGROUND_ABOVE_ISSUES, type BackgroundSchedulePorts } from './get-project-schedule';
import { levelledOfScope, type CpmRun } from './get-levelled';
import { loadStoredResources } from '../adapters/storage/stored-resources';
import { largeScope, type LargeScope } from './large-scope';
import { loadScope, MAX_SCOPE_ISSUES, type Scope, type ScopePorts } from './load-scope';
import { storedForViewer } from './stored-for-viewer';

/**
 * The levelling search's safety cap in a resolver (of Forge's 25 s). The search stops on its schedule budget
 * (level-schedule.ts, scheduleBudget): a 1,000-issue, 30-person project's whole computation takes well under 2 s
 * (test/bench/levelling-bench.ts, `--part resolver`); a cap that cuts it is a levelling-cut-short finding.
 */
export const LEVELLING_BUDGET_MS = 1500;

export interface ResourcesRequest {
  projectKey: string;
  asOf: string;
  /** The search's safety cap on the caller's clock (its schedule budget decides the result; level-schedule.ts). */
  deadline?: () => boolean;
  /** `priority`: one serial pass, no search (the consumer's scopes above its search limit). */
  method?: 'priority' | 'search';
}

/** `large`: the project's largeScope, when the caller has read it already (the issue panel reads it ahead: with-issue-project.ts). */
export async function getResources(ports: BackgroundSchedulePorts, request: ResourcesRequest, large?: LargeScope | null): Promise<ResourcesResult> {
  if (large === undefined) return getResources(ports, request, await largeScope(ports, request.projectKey));
  if (large !== null) return getStoredResources(ports, large, request.asOf);
  const settings = await ports.loadSettings(request.projectKey);
  const threshold = Math.min(MAX_SCOPE_ISSUES, settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES);
  // Counted at most the threshold, yet more issues listed (the count is approximate): refused, not half levelled.
  const scope = await loadScope(ports, request.projectKey, threshold);
  if (scope.truncatedAt !== null) {
    throw new AppError(
      'TOO_LARGE',
      `${scope.project.key} has more than ${threshold.toLocaleString('en')} issues in Keel's scope, above what Keel levels while you wait. Narrow the scope JQL in Keel's settings, or raise "compute in the background above" if the project is smaller than it looks.`,
    );
  }
  return resourcesOfScope(ports, scope, request);
}

/** A large project's levelling as the consumer stored it (store-levellings.ts), cut to the viewer (stored-for-viewer.ts). */
async function getStoredResources(ports: BackgroundSchedulePorts, scope: LargeScope, asOf: string): Promise<ResourcesResult> {
  const read = await storedForViewer(ports, scope, asOf, (key) => loadStoredResources(ports.store, key));
  if (read.state === 'ready') return { ...read.value.resources, stored: read.stored };
  const level = scope.settings.resources.level;
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf,
    cpmFinish: asOf,
    levelledFinish: asOf,
    finishDelayDays: 0,
    weeks: [],
    rows: [],
    overAllocatedCells: 0,
    levelledOverAllocatedCells: 0,
    moved: [],
    movedCount: 0,
    issues: [],
    options: { withinSlack: level.withinSlack, ignorePools: level.ignorePools, priorityOrder: level.priorityOrder },
    method: 'search',
    seed: 0,
    schedules: 0,
    findings: [],
    stored: read.stored,
  };
}

/** `cpm`: the scope's critical path already computed (the consumer's: get-levelled.ts). */
export async function resourcesOfScope(ports: ScopePorts, scope: Scope, request: Omit<ResourcesRequest, 'projectKey'>, cpm?: CpmRun): Promise<ResourcesResult> {
  const options: LevellingOptions = { ...(request.deadline ? { deadline: request.deadline } : {}), ...(request.method ? { method: request.method } : {}) };
  const levelling = await levelledOfScope(ports, scope, request.asOf, options, cpm);
  const summaries = new Map(scope.items.map((i) => [i.key, i.summary]));
  const view = (i: LevelledIssue): LevelledIssueView => ({ ...i, summary: summaries.get(i.key) ?? '' });
  const level = scope.settings.resources.level;
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf: request.asOf,
    cpmFinish: levelling.cpmFinish,
    levelledFinish: levelling.levelledFinish,
    finishDelayDays: levelling.finishDelayDays,
    ...loadView(levelling),
    moved: levelling.moved.slice(0, MOVED_ISSUE_LIMIT).flatMap((key) => {
      const issue = levelling.issues[key];
      return issue ? [view(issue)] : [];
    }),
    movedCount: levelling.moved.length,
    // Only the scope's issues: linked issues outside it are not levelled (they hold nobody here).
    issues: Object.values(levelling.issues).filter((i) => summaries.has(i.key)).map(view),
    options: { withinSlack: level.withinSlack, ignorePools: level.ignorePools, priorityOrder: level.priorityOrder },
    method: levelling.method,
    seed: levelling.seed,
    schedules: levelling.schedules,
    findings: levelling.findings,
  };
}

function loadView(levelling: ProjectLevelling): Pick<ResourcesResult, 'weeks' | 'rows' | 'overAllocatedCells' | 'levelledOverAllocatedCells'> {
  let over = 0;
  let levelledOver = 0;
  const rows = levelling.load.rows.map((row) => ({
    resource: row.resource,
    kind: row.kind,
    cells: row.cells.map((cell) => {
      if (isOverAllocated(cell.cpmHours, cell.capacityHours)) over++;
      if (isOverAllocated(cell.levelledHours, cell.capacityHours)) levelledOver++;
      return {
        capacityHours: cell.capacityHours,
        cpmHours: cell.cpmHours,
        levelledHours: cell.levelledHours,
        cpmIssues: cell.cpmIssues.slice(0, CELL_ISSUE_LIMIT),
        cpmIssueCount: cell.cpmIssues.length,
        levelledIssues: cell.levelledIssues.slice(0, CELL_ISSUE_LIMIT),
        levelledIssueCount: cell.levelledIssues.length,
      };
    }),
  }));
  return { weeks: levelling.load.weeks, rows, overAllocatedCells: over, levelledOverAllocatedCells: levelledOver };
}
