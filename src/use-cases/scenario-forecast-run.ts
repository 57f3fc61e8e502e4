/**
 * What a scenario's forecast needs besides the plan (issue #17): the project's risks and its launch date and
 * milestones as the viewer sees them (the Forecast tab's and the status's reads), and the forecast function the
 * scenario outcome calls. The live side is computed once per plan and shared by every scenario compared with it.
 * The iterations are the settings' own unless the plan is too large to run them twice within the resolver's time
 * (scenarioIterations): the answer says how many ran and the sampling error they give.
 */
import type { Scope, ScopePorts } from './load-scope';
import { targetReads, targetsOf, type ProjectTargets, type TargetReads } from './project-targets';
import { milestoneCandidates } from './status-inputs';
import { riskRecordsOfScope } from './get-risks';
import { roundedDays, scheduleNode } from './schedule-dto';
import type { Settings } from '../config/settings';
import type { ScenarioPlan } from '../domain/scenario/edited-plan';
import type { ScenarioFunctions } from '../domain/scenario/scenario-outcome';
import { forecastSide, scenarioForecast, scenarioIterations, type ScenarioForecastOptions } from '../domain/scenario/scenario-forecast';
import { scenarioLaunch } from '../domain/scenario/scenario-launch';
import type { CriticalPath, CriticalPathInput } from '../domain/schedule/critical-path';
import { uniqueLinks } from '../domain/unique-links';

export interface ForecastRun {
  /** Null when the plan is too large to simulate twice while you wait; `leftOut` then says so. */
  forecast: NonNullable<ScenarioFunctions['forecast']> | null;
  leftOut: string | null;
  targets: ProjectTargets;
}

/** The live plan's targets, its risks, and the forecast of a scenario against both. */
export async function forecastRun(
  ports: ScopePorts,
  input: {
    scope: Scope;
    plan: ScenarioPlan;
    live: () => CriticalPath;
    asOf: string;
    inputOf: (plan: ScenarioPlan, linkLags: ReadonlyMap<string, number>) => CriticalPathInput;
    /** The targets' reads, started by the caller as soon as it has the scope (scenarioTargetReads). */
    reads: Promise<TargetReads>;
  },
): Promise<ForecastRun> {
  const { scope, plan, asOf, inputOf, reads } = input;
  const { settings } = scope;
  const byKey = new Map([...plan.outside, ...plan.items].map((i) => [i.key, i]));
  const work = { activities: byKey.size, links: uniqueLinks(plan.items).length };
  const iterations = scenarioIterations(settings.forecast.iterations, work);
  // Jira is asked for the risks before the live plan is scheduled, so they come in meanwhile (at 10,000 issues,
  // with the targets' reads, five requests and about 0.6 s that were spent in series after it). Awaited below;
  // until then a failure is held, not left unheard.
  const risks = iterations === null ? null : riskRecordsOfScope(ports, scope);
  risks?.catch(() => undefined);
  // One turn of the event loop, so those requests (and the targets') are on their way before the critical path
  // holds the thread for a second or more: a request is sent a few promise hops after it is asked.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const live = input.live();
  // Only activities of no duration can be milestones (milestoneCandidates): the others are not made nodes (50,000 at 50k).
  const zero = Object.values(live.items).filter((s) => !s.external && roundedDays(s.durationDays) === 0);
  const nodes = zero.map((s) => scheduleNode(s, byKey.get(s.key), asOf));
  const targets = targetsOf(await reads, { settings: settings.targets, candidates: milestoneCandidates(nodes, []), asOf });
  if (iterations === null || risks === null) return { forecast: null, leftOut: leftOutText(work), targets };
  const { records } = await risks;
  const options = forecastOptions(settings, records, asOf, iterations);
  const liveInput = inputOf(plan, new Map());
  const liveLaunch = targets.target?.date ?? null;
  let liveSide: ReturnType<typeof forecastSide> | null = null;
  const sources = { launchIssueKey: settings.targets.launch.issueKey, milestoneKeys: targets.milestones.map((m) => m.key) };
  const forecast: ForecastRun['forecast'] = ({ edited }) => {
    const due = new Map([...edited.outside, ...edited.items].map((i) => [i.key, i.dueDate]));
    const launch = scenarioLaunch(targets.target, sources, (key) => due.get(key), asOf)?.date ?? null;
    liveSide ??= forecastSide(liveInput, liveLaunch, options);
    return scenarioForecast({ live: liveInput, scenario: inputOf(edited, edited.linkLags) }, { live: liveLaunch, scenario: launch }, options, liveSide);
  };
  return { forecast, leftOut: null, targets };
}

/**
 * The targets' reads of a scenario's plan, as the viewer: they need only the scope's settings and project, so they
 * are asked while the plan is still being read. Held until forecastRun awaits them (a failure is not left unheard).
 */
export function scenarioTargetReads(ports: ScopePorts, scope: Scope): Promise<TargetReads> {
  const reads = targetReads(ports.viewerJira, scope.settings.targets, scope.project.key);
  reads.catch(() => undefined);
  return reads;
}

const leftOutText = (work: { activities: number; links: number }): string =>
  `Not forecast: ${work.activities.toLocaleString('en')} activities and ${work.links.toLocaleString('en')} links are too many to simulate twice while you wait (a call has 25 s). ` +
  "The finish and critical path above are exact; the Forecast tab's stored forecast is of the live plan.";

function forecastOptions(settings: Settings, risks: ScenarioForecastOptions['risks'], asOf: string, iterations: number): ScenarioForecastOptions {
  const f = settings.forecast;
  return {
    iterations,
    seed: f.seed,
    spread: f.defaultSpread,
    calibrationMinIssues: f.calibrationMinIssues,
    risks,
    riskMapping: { scale: settings.risks.scale, probabilityOfRating: f.riskProbabilityOfRating, daysOfImpactRating: f.riskDaysOfImpactRating, correlateBy: f.correlateBy },
    asOf,
  };
}
