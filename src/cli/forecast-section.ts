/** The `forecast` section of `keel analyze` (documented in the README): the forecast without the header fields the analysis already has. */
import type { ForecastResult } from '../contract';

export type ForecastSection = Omit<ForecastResult, 'project' | 'scopeJql' | 'asOf'>;

export function forecastSection(forecast: ForecastResult): ForecastSection {
  const { project: _project, scopeJql: _jql, asOf: _asOf, ...section } = forecast;
  return section;
}
