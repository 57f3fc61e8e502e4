/**
 * The settings preview's forecast figures (issue #15): P50, P80 and the chance by the forecast settings' own target
 * date, over the scope the preview loaded, without measuring each risk (the Forecast tab does), and at most
 * PREVIEW_FORECAST_ITERATIONS iterations (the preview runs twice: saved and draft). Null for an empty scope.
 */
import type { PreviewFigures } from '../contract/settings';
import { forecastOfScope } from './get-forecast';
import type { Scope, ScopePorts } from './load-scope';

/** Iterations the preview runs at most for each of its two forecasts. */
export const PREVIEW_FORECAST_ITERATIONS = 5000;

export async function forecastFigures(ports: ScopePorts, scope: Scope, asOf: string): Promise<Pick<PreviewFigures, 'forecast'>> {
  if (scope.items.length === 0) return { forecast: null };
  const forecast = await forecastOfScope(ports, scope, { asOf, iterations: Math.min(scope.settings.forecast.iterations, PREVIEW_FORECAST_ITERATIONS), riskRuns: 0 });
  const { p50, p80 } = forecast.percentiles;
  return { forecast: { p50, p80, target: forecast.target === null ? null : { date: forecast.target.date, probability: forecast.target.probability }, iterations: forecast.iterations } };
}
