/**
 * A scenario computed for one viewer (issue #17): the project's plan as the viewer sees it (the Dependencies
 * tab's scope and schedule inputs), the scenario's edits the viewer may see, and their outcome. The critical
 * path of the edited plan is computed exactly as the tab's (scheduleInputs again on the edited items: a new
 * target on another team's work moves its committed date); both plans are levelled with one serial pass (every
 * assignee one task at a time), cheap enough to answer at once; the Monte Carlo forecast runs on both with the
 * Forecast tab's settings and seed (scenario-forecast-run.ts).
 */
import { AppError } from '../app-error';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { ProductRequest } from '../adapters/product-request';
import type { PlanContext, ScenarioPlan } from '../domain/scenario/edited-plan';
import { editedKeys, type ScenarioEdit } from '../domain/scenario/scenario-edit';
import { scenarioOutcome, type ScenarioFunctions, type ScenarioOutcome } from '../domain/scenario/scenario-outcome';
import { projectLevelling } from '../domain/levelling/project-levelling';
import { criticalPath, type CriticalPath, type CriticalPathInput } from '../domain/schedule/critical-path';
import type { Settings } from '../config/settings';
import { scheduleInputOfScope } from './get-schedule';
import { loadScope, type Scope, type ScopePorts } from './load-scope';
import type { ProjectTargets } from './project-targets';
import { largeScope } from './large-scope';
import { storedScenarioScope } from './stored-scenario-scope';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import type { ScenarioBasis } from '../contract';
import { forecastRun, scenarioTargetReads } from './scenario-forecast-run';
import { scheduleInputs } from './schedule-inputs';

/** Above this many issues the levelling pass is left out: the answer must stay instant. */
const LEVEL_AT_MOST = 1500;

export interface ViewerPlan {
  settings: Settings;
  plan: ScenarioPlan;
  context: PlanContext;
  run: ScenarioFunctions;
  /** The live plan's launch date and milestones, as the viewer may see them. */
  targets: ProjectTargets;
  /** Why the scenario is not forecast (a plan too large to simulate twice while you wait); null when it is. */
  forecastLeftOut: string | null;
  /** Where the plan was read: live from Jira, or cut from the stored analysis of a large project. */
  basis: ScenarioBasis;
}

/**
 * The viewer's plan: read live up to the background threshold, as the Dependencies tab does; above it, cut from
 * the stored analysis (stored-scenario-scope.ts) when `analysis` is given, else refused.
 */
export async function viewerPlan(ports: ScopePorts & { analysis?: AnalysisKvs }, projectKey: string, asOf: string): Promise<ViewerPlan> {
  const { scope, basis } = await viewerScope(ports, projectKey);
  return { ...(await planOfScope(ports, scope, asOf)), ...(basis ? { basis } : {}) };
}

/**
 * The viewer's plan without what computes a scenario's outcome on it: what an apply needs (its list of changes
 * compares the edited plan with this one, with no schedule, levelling or forecast of either), read as viewerPlan
 * reads it. At 1,600 issues the forecast alone took 9-26 s of an apply's resolver time (scenario-large.test.ts).
 */
export async function planToApply(ports: ScopePorts & { analysis?: AnalysisKvs }, projectKey: string, asOf: string): Promise<PlanToApply> {
  const { scope, basis } = await viewerScope(ports, projectKey);
  const { settings, plan, context } = await basePlan(ports, scope, asOf);
  return { settings, plan, context, basis: basis ?? liveBasis(plan) };
}

export type PlanToApply = Pick<ViewerPlan, 'settings' | 'plan' | 'context' | 'basis'>;

/** The viewer's scope: live up to the background threshold; above it, cut from the stored analysis (its basis given). */
async function viewerScope(ports: ScopePorts & { analysis?: AnalysisKvs }, projectKey: string): Promise<{ scope: Scope; basis: ScenarioBasis | null }> {
  const large = ports.analysis ? await largeScope(ports, projectKey) : null;
  if (large && ports.analysis) {
    const { scope, basis } = await storedScenarioScope({ ...ports, analysis: ports.analysis }, large);
    return { scope, basis: { source: 'stored', ...basis } };
  }
  const scope = await loadScope(ports, projectKey);
  if (scope.truncatedAt !== null) {
    throw new AppError('TOO_LARGE', `Scenarios are computed while you wait, on at most ${scope.truncatedAt} issues; this project's scope has more. Narrow the scope JQL in the project's Keel settings.`);
  }
  return { scope, basis: null };
}

const liveBasis = (plan: ScenarioPlan): ScenarioBasis => ({ source: 'live', computedAt: null, storedIssues: null, visibleIssues: plan.items.length });

async function basePlan(ports: ScopePorts, scope: Scope, asOf: string) {
  const { input, outside } = await scheduleInputOfScope(ports, scope, asOf);
  const plan: ScenarioPlan = { items: input.items, outside };
  const context: PlanContext = { rules: input.rules, duration: input.duration, calendar: input.calendar, asOf };
  return { input, settings: scope.settings, plan, context };
}

/** The plan of a loaded scope (read live, or cut from the stored analysis), and the functions that compute a scenario on it. */
export async function planOfScope(ports: ScopePorts, scope: Scope, asOf: string): Promise<ViewerPlan> {
  const reads = scenarioTargetReads(ports, scope);
  const { input, settings, plan, context } = await basePlan(ports, scope, asOf);
  const isWork = input.isWork ?? (() => true);
  const inputOf = (p: ScenarioPlan, linkLags: ReadonlyMap<string, number>): CriticalPathInput => ({ ...input, ...scheduleInputs(settings, p.items.filter(isWork), p.outside, asOf), items: p.items, linkLags });
  const schedule = (p: ScenarioPlan, linkLags: ReadonlyMap<string, number>) => criticalPath({ ...inputOf(p, linkLags), includeEdges: true });
  const level: ScenarioFunctions['level'] = (cp, p) => {
    const inputs = scheduleInputs(settings, p.items.filter(isWork), p.outside, asOf);
    const levelled = projectLevelling({ schedule: cp, items: p.items.filter(isWork), calendar: inputs.calendar, resources: { people: [], pools: [] }, notBefore: inputs.notBefore, options: { method: 'priority' } });
    return { date: levelled.levelledFinish, offset: inputs.calendar.offsetOf(levelled.levelledFinish) };
  };
  // Scheduled once, while the forecast's reads are on their way: its targets read it, and every scenario of this
  // plan compares with it.
  let live: CriticalPath | undefined;
  const liveOf = () => (live ??= schedule(plan, new Map()));
  const { forecast, leftOut, targets } = await forecastRun(ports, { scope, plan, live: liveOf, asOf, inputOf, reads });
  const run: ScenarioFunctions = { schedule, live: liveOf(), ...(plan.items.length <= LEVEL_AT_MOST ? { level } : {}), ...(forecast ? { forecast } : {}) };
  return { settings, plan, context, run, targets, forecastLeftOut: leftOut, basis: liveBasis(plan) };
}

/**
 * Of the issue keys given, those that exist but the viewer may not see: Jira as the app finds them, as the viewer
 * does not. Edits naming them are neither shown to nor computed for the viewer. A key neither finds (deleted)
 * stays with its edit, which the domain reports. Without the app (the CLI), none are hidden.
 */
export async function keysHiddenFromViewer(ports: ScopePorts, keys: readonly string[]): Promise<Set<string>> {
  const app = ports.appJira;
  if (keys.length === 0 || !app) return new Set();
  const found = async (request: ProductRequest) => new Set((await searchByKeys(keys, async (jql, count) => (await searchIssueKeys(request, { jql, maxIssues: count })).keys)).found);
  const viewer = await found(ports.viewerJira);
  const unseen = keys.filter((k) => !viewer.has(k));
  if (unseen.length === 0) return new Set();
  return new Set([...(await found(app))].filter((k) => !viewer.has(k)));
}

/** The edits the viewer may see, and how many are hidden. Keys in the viewer's plan are seen without asking Jira. */
export async function visibleEdits(ports: ScopePorts, plan: ScenarioPlan | null, edits: readonly ScenarioEdit[]): Promise<{ visible: ScenarioEdit[]; hidden: ScenarioEdit[] }> {
  const inPlan = new Set(plan ? [...plan.items, ...plan.outside].map((i) => i.key) : []);
  const named = [...new Set(edits.flatMap(editedKeys))].filter((k) => !inPlan.has(k));
  const hidden = await keysHiddenFromViewer(ports, named);
  const isHidden = (edit: ScenarioEdit) => editedKeys(edit).some((k) => hidden.has(k));
  return { visible: edits.filter((e) => !isHidden(e)), hidden: edits.filter(isHidden) };
}

export function outcomeFor(viewer: ViewerPlan, edits: readonly ScenarioEdit[]): ScenarioOutcome {
  return scenarioOutcome(viewer.plan, edits, viewer.context, viewer.run);
}
