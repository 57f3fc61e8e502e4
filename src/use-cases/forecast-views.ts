/**
 * The forecast's answers with DESIGN.md section 5's path for large projects (issue #15): a scope of at most the
 * background threshold is forecast in the call as the viewer (get-forecast.ts); a larger one is answered from the
 * forecast the consumer stored (get-stored-forecast.ts), or with how far its computation has got. The Forecast
 * tab, the schedule table and map's criticality, the issue panel and the risk register all come through here.
 */
import type { ForecastAnswer, ForecastCriticality, ForecastResult, IssueForecast } from '../contract/forecast';
import { getViewersForecast } from './cached-forecast';
import type { ForecastRequest } from './get-forecast';
import { getStoredForecast, storedCriticality, storedIssueForecast } from './get-stored-forecast';
import { largeScope } from './large-scope';
import type { ForecastBackgroundPorts } from './stored-forecast-state';

export async function getForecastAnswer(ports: ForecastBackgroundPorts, request: ForecastRequest): Promise<ForecastAnswer> {
  const large = await largeScope(ports, request.projectKey);
  if (large) return getStoredForecast(ports, large, { asOf: request.asOf, ...(request.targetDate === undefined ? {} : { targetDate: request.targetDate }) });
  return getViewersForecast(ports, request);
}

const figuresOf = (forecast: ForecastResult, keys: ReadonlySet<string> | null, computedAt: string | null): ForecastCriticality => ({
  iterations: forecast.iterations,
  samplingError: forecast.samplingError,
  computedAt,
  issues: forecast.issues.filter((i) => keys === null || keys.has(i.key)).map(({ key, criticality, cruciality }) => ({ key, criticality, cruciality })),
  risks: forecast.risks.filter((r) => keys === null || keys.has(r.key)).map(({ key, daysAddedAtP80, struckShare }) => ({ key, daysAddedAtP80, struckShare })),
  pending: null,
});

/** Criticality (and risk days) of the keys asked for, else of every open issue and measured risk. */
export async function getForecastCriticality(ports: ForecastBackgroundPorts, request: { projectKey: string; asOf: string; keys?: readonly string[] }): Promise<ForecastCriticality> {
  const large = await largeScope(ports, request.projectKey);
  if (large) return storedCriticality(ports, large, request);
  const forecast = await getViewersForecast(ports, { projectKey: request.projectKey, asOf: request.asOf });
  return figuresOf(forecast, request.keys === undefined ? null : new Set(request.keys), null);
}

/** The issue panel's issue: its project's forecast, live or stored; no risk is measured for it. */
export async function getIssueForecast(ports: ForecastBackgroundPorts, request: { issueKey: string; asOf: string }): Promise<IssueForecast> {
  const projectKey = request.issueKey.slice(0, request.issueKey.lastIndexOf('-'));
  const large = await largeScope(ports, projectKey);
  if (large) return storedIssueForecast(ports, large, request);
  const forecast = await getViewersForecast(ports, { projectKey, asOf: request.asOf, riskRuns: 0 });
  const figures = figuresOf(forecast, new Set([request.issueKey]), null);
  return { issueKey: request.issueKey, iterations: figures.iterations, samplingError: figures.samplingError, criticality: figures.issues[0] ?? null, computedAt: null, pending: null };
}
