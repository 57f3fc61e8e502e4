/**
 * What a scenario's forecast needs besides the plan (issue #17): the project's risks and its launch date and
 * milestones as the viewer sees them (the Forecast tab's and the status's reads), and the forecast function the
 * scenario outcome calls. The live side is computed once per plan and shared by every scenario compared with it.
 * The iterations are the settings' own unless the plan is too large to run them twice within the resolver's time
 * (scenarioIterations): the answer says how many ran and the sampling error they give.
 */
import type { Scope, ScopePorts } from './load-scope';
import { projectTargets, type ProjectTargets } from './project-targets';
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
  input: { scope: Scope; plan: ScenarioPlan; live: CriticalPath; asOf: string; inputOf: (plan: ScenarioPlan, linkLags: ReadonlyMap<string, number>) => CriticalPathInput },
): Promise<ForecastRun> {
  const { scope, plan, live, asOf, inputOf } = input;
  const { settings } = scope;
  const byKey = new Map([...plan.outside, ...plan.items].map((i) => [i.key, i]));
  // Only activities of no duration can be milestones (milestoneCandidates): the others are not made nodes (50,000 at 50k).
  const zero = Object.values(live.items).filter((s) => !s.external && roundedDays(s.durationDays) === 0);
  const nodes = zero.map((s) => scheduleNode(s, byKey.get(s.key), asOf));
  const targets = await projectTargets(ports.viewerJira, { settings: settings.targets, projectKey: scope.project.key, candidates: milestoneCandidates(nodes, []), asOf });
  const work = { activities: byKey.size, links: uniqueLinks(plan.items).length };
  const iterations = scenarioIterations(settings.forecast.iterations, work);
  if (iterations === null) return { forecast: null, leftOut: leftOutText(work), targets };
  const { records } = await riskRecordsOfScope(ports, scope);
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
