/**
 * The "Keel forecast" macro (issue #15; DESIGN.md section 2): the Forecast tab's headline and cumulative curve of
 * one project, as the page's reader sees it (every read as them; the app only counts, to compare), a large
 * project's from its stored forecast (forecast-views.ts). No issue or risk list is sent, and no risk is measured
 * for it. A JQL filter is refused: the forecast's scope is the project's scope JQL.
 */
import type { MacroForecastResult } from '../contract/forecast';
import type { ForecastRequest } from './get-forecast';
import { getForecastAnswer } from './forecast-views';
import { projectOnly, type ReportScopeInput } from './report-scope';
import type { ForecastBackgroundPorts } from './stored-forecast-state';

export async function getForecastMacro(ports: ForecastBackgroundPorts, input: ReportScopeInput & { asOf: string }): Promise<MacroForecastResult> {
  const request: ForecastRequest = { projectKey: projectOnly(input, 'The forecast macro'), asOf: input.asOf, riskRuns: 0 };
  const answer = await getForecastAnswer(ports, request);
  if ('pending' in answer) return { forecast: null, pending: answer.pending };
  return { forecast: { ...answer, issues: [], risks: [] }, pending: null };
}
