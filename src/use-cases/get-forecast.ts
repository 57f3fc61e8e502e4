/**
 * The Forecast tab (issue #15; DESIGN.md section 1, "Forecast"): the project's schedule as the viewer sees it,
 * its open risks, and a seeded Monte Carlo forecast over both, every read as the viewer. The target is the one
 * asked for, else the settings' own. The answer names at most FORECAST_ISSUE_LIMIT issues, most critical first.
 */
import { FORECAST_ISSUE_LIMIT, type ForecastResult, type StoredForecast } from '../contract/forecast';
import { forecastPlan, type ForecastPlan } from '../domain/forecast/forecast-plan';
import { forecastOfPlan, type Forecast } from '../domain/forecast/schedule-forecast';
import type { RiskRecord } from '../domain/risk/risk-record';
import { riskRecordsOfScope, type RiskLevels } from './get-risks';
import { scheduleInputOfScope } from './get-schedule';
import type { Scope, ScopePorts } from './load-scope';

export interface ForecastRequest {
  projectKey: string;
  asOf: string;
  targetDate?: string;
  iterations?: number;
  maxIssues?: number;
  /** Risks measured with and without (RISKS_MEASURED when not given; 0 where no view shows their days). */
  riskRuns?: number;
}

/** Risks measured with and without while the viewer waits (each 1,000 iterations on the same draws). */
export const RISKS_MEASURED = 10;

export async function forecastOfScope(ports: ScopePorts, scope: Scope, request: Omit<ForecastRequest, 'projectKey'>): Promise<ForecastResult> {
  const { curve: _curve, ...result } = await storableForecastOfScope(ports, scope, { ...request, issueLimit: FORECAST_ISSUE_LIMIT });
  return result;
}

/** What the simulation reads, as the viewer (or the app) read it: the schedule input and the open risks. */
export type ForecastInputs = Awaited<ReturnType<typeof scheduleInputOfScope>> & { records: RiskRecord[] };

/** Reads the linked issues outside the scope and the project's risks; `levels` as the register reads risks (get-risks.ts). */
export async function forecastInputsOfScope(ports: ScopePorts, scope: Scope, asOf: string, levels?: RiskLevels): Promise<ForecastInputs> {
  const schedule = await scheduleInputOfScope(ports, scope, asOf);
  const { records } = await riskRecordsOfScope(ports, scope, levels);
  return { ...schedule, records };
}

/**
 * The forecast of a loaded scope with its finish curve, naming at most `issueLimit` issues (the consumer keeps
 * every one: each viewer's answer is cut from it); `levels` as the register reads risks (get-risks.ts).
 */
export async function storableForecastOfScope(
  ports: ScopePorts,
  scope: Scope,
  request: Omit<ForecastRequest, 'projectKey'> & { issueLimit: number },
  levels?: RiskLevels,
): Promise<StoredForecast> {
  return forecastOfInputs(scope, await forecastInputsOfScope(ports, scope, request.asOf, levels), request);
}

/** The simulation over inputs already read (no Jira read): CPU only. */
export function forecastOfInputs(scope: Scope, inputs: ForecastInputs, request: Omit<ForecastRequest, 'projectKey'> & { issueLimit: number }): StoredForecast {
  return storedForecastOf(scope, inputs, request, forecastOfPlan(forecastPlanOfInputs(scope, inputs, request)));
}

/** What the simulation runs read (forecast-plan.ts), from inputs already read: the schedule run, no simulation. */
export function forecastPlanOfInputs(scope: Scope, inputs: ForecastInputs, request: Omit<ForecastRequest, 'projectKey'>): ForecastPlan {
  const settings = scope.settings.forecast;
  return forecastPlan(inputs.input, {
    iterations: request.iterations ?? settings.iterations,
    seed: settings.seed,
    spread: settings.defaultSpread,
    calibrationMinIssues: settings.calibrationMinIssues,
    risks: inputs.records,
    riskMapping: {
      scale: scope.settings.risks.scale,
      probabilityOfRating: settings.riskProbabilityOfRating,
      daysOfImpactRating: settings.riskDaysOfImpactRating,
      correlateBy: settings.correlateBy,
    },
    targetDate: request.targetDate ?? settings.targetDate,
    asOf: request.asOf,
    maxRiskRuns: request.riskRuns ?? RISKS_MEASURED,
  });
}

/** The answer of a forecast: its figures with the issues' summaries and the scope it is of. */
export function storedForecastOf(scope: Scope, inputs: ForecastInputs, request: Omit<ForecastRequest, 'projectKey'> & { issueLimit: number }, forecast: Forecast): StoredForecast {
  const { input, outside, records } = inputs;
  const settings = scope.settings.forecast;
  const summaries = new Map([...outside, ...scope.items, ...records].map((i) => [i.key, i.summary]));
  const issues = [...forecast.issues].sort((a, b) => b.criticality - a.criticality || Math.abs(b.cruciality) - Math.abs(a.cruciality) || a.key.localeCompare(b.key));
  const { fields } = settings;
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf: request.asOf,
    projectStart: input.calendar.startDate,
    iterations: forecast.iterations,
    seed: forecast.seed,
    percentiles: forecast.percentiles,
    p80Range: forecast.p80Range,
    meanDate: forecast.meanDate,
    meanDays: forecast.meanDays,
    cpmFinishDate: forecast.cpmFinishDate,
    cpmLikelihood: forecast.cpmLikelihood,
    target: forecast.target === null ? null : { ...forecast.target, source: request.targetDate === undefined ? 'settings' : 'asked' },
    samplingError: forecast.samplingError,
    histogram: forecast.histogram,
    issues: issues.slice(0, request.issueLimit).map((i) => ({ ...i, summary: summaries.get(i.key) ?? '' })),
    issueCount: issues.length,
    risks: forecast.risks.map((r) => ({ ...r, summary: summaries.get(r.key) ?? '' })),
    basis: { ...forecast.basis, threePointMapped: fields.optimistic !== null || fields.mostLikely !== null || fields.pessimistic !== null },
    findings: forecast.findings,
    curve: forecast.curve,
  };
}
