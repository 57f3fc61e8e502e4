/**
 * The forecast's criticality index for the views of a schedule too large to send at once (issue #15): a large
 * project's stored forecast (the variant the viewer may be answered from, stored-forecast-state.ts), or a smaller
 * project's live forecast as the viewer sees it (cached, cached-forecast.ts). The figures are only ever looked up
 * for issues of the viewer's own schedule, which is already cut to what they may browse; an epic box takes the
 * highest index among its issues. While no forecast is stored the views say so (`computing`) and show no figure.
 */
import type { ScheduleNode, ScheduleResult, ViewForecast } from '../../contract';
import { getViewersForecast } from '../cached-forecast';
import { largeScope } from '../large-scope';
import { storedForecastState, type ForecastBackgroundPorts } from '../stored-forecast-state';
import { derivedOnce } from '../derived-once';

export interface ViewCriticality {
  forecast: ViewForecast;
  byKey: ReadonlyMap<string, { criticality: number; cruciality: number }>;
}

export async function viewCriticality(ports: ForecastBackgroundPorts, input: { projectKey: string; asOf: string }, schedule: Pick<ScheduleResult, 'background'>): Promise<ViewCriticality> {
  const large = schedule.background === undefined ? null : await largeScope(ports, input.projectKey);
  if (large === null) {
    const live = await getViewersForecast(ports, input);
    return { forecast: { state: 'ready', iterations: live.iterations, computedAt: null, reason: null }, byKey: new Map(live.issues.map((i) => [i.key, i])) };
  }
  const state = await storedForecastState(ports, large, input.asOf);
  if (!state.ready) return { forecast: { state: state.pending.state, iterations: state.pending.iterations, computedAt: null, reason: state.pending.reason }, byKey: new Map() };
  const { forecast, manifest } = state;
  // Once per stored forecast kept warm (warm-answers.ts): 50,000 figures are not looked up afresh on each call.
  const byKey = derivedOnce(forecast.issues, 'by-key', [], () => new Map(forecast.issues.map((i) => [i.key, i])));
  return { forecast: { state: 'ready', iterations: forecast.iterations, computedAt: manifest.computedAt, reason: null }, byKey };
}

/**
 * Each group's highest criticality index among its issues (null: the forecast draws none of them).
 * Example: an epic whose issues are critical in 20% and 70% of plans, and a done one not drawn: 0.7.
 */
export function groupCriticality(nodes: readonly ScheduleNode[], groupOf: (n: ScheduleNode) => string, byKey: ViewCriticality['byKey']): Map<string, number | null> {
  const groups = new Map<string, number | null>();
  for (const n of nodes) {
    const group = groupOf(n);
    const value = byKey.get(n.key)?.criticality;
    const seen = groups.get(group) ?? null;
    groups.set(group, value === undefined ? seen : Math.max(seen ?? 0, value));
  }
  return groups;
}
