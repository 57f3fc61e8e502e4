/**
 * The forecast's criticality index for the views of a schedule too large to send at once (issue #15): a large
 * project's stored forecast (the variant the viewer may be answered from, stored-forecast-state.ts), or a smaller
 * project's live forecast as the viewer sees it (cached, cached-forecast.ts). The figures are only ever looked up
 * for issues of the viewer's own schedule, which is already cut to what they may browse; an epic box takes the
 * highest index among its issues. While no forecast is stored the views say so (`computing`) and show no figure.
 * A stored forecast's figures come from its criticality index where it has one (stored-criticality-figures.ts):
 * the keys a view shows, the groups they are in, so a view reads what it shows, not the whole forecast (issue #11).
 */
import type { ScheduleNode, ScheduleResult, ViewForecast } from '../../contract';
import type { StoredViews } from '../../adapters/storage/schedule-views-store';
import { getViewersForecast } from '../cached-forecast';
import { largeScope } from '../large-scope';
import { storedFiguresState, type ForecastBackgroundPorts } from '../stored-forecast-state';
import { wholeFigures, type CriticalityFigures } from '../stored-criticality-figures';

export interface ViewCriticality {
  forecast: ViewForecast;
  /** The figures of the keys asked about that the forecast draws. */
  byKey: ReadonlyMap<string, { criticality: number; cruciality: number }>;
}

type Input = { projectKey: string; asOf: string };

/** The figures of `asked.keys`; `asked.groups`: the summary groups most of them are in (fewer reads). */
export async function viewCriticality(ports: ForecastBackgroundPorts, input: Input, schedule: Pick<ScheduleResult, 'background'>, asked: { keys: readonly string[]; groups?: readonly string[] }): Promise<ViewCriticality> {
  const { forecast, figures } = await viewFigures(ports, input, schedule);
  return { forecast, byKey: figures === null ? new Map() : await figures.of(asked.keys, asked.groups) };
}

/** Each group of a stored members view with its highest criticality (answers-from-views.ts `membersCriticality`). */
export async function viewMembersCriticality(ports: ForecastBackgroundPorts, input: Input, schedule: Pick<ScheduleResult, 'background'>, members: StoredViews['members']): Promise<{ forecast: ViewForecast; groups: ReadonlyMap<string, number | null> }> {
  const { forecast, figures } = await viewFigures(ports, input, schedule);
  return { forecast, groups: figures === null ? new Map() : await figures.highest(members) };
}

async function viewFigures(ports: ForecastBackgroundPorts, input: Input, schedule: Pick<ScheduleResult, 'background'>): Promise<{ forecast: ViewForecast; figures: CriticalityFigures | null }> {
  const large = schedule.background === undefined ? null : await largeScope(ports, input.projectKey);
  if (large === null) {
    const live = await getViewersForecast(ports, input);
    return { forecast: { state: 'ready', iterations: live.iterations, computedAt: null, reason: null }, figures: wholeFigures(live) };
  }
  const state = await storedFiguresState(ports, large, input.asOf);
  if (!state.ready) return { forecast: { state: state.pending.state, iterations: state.pending.iterations, computedAt: null, reason: state.pending.reason }, figures: null };
  return { forecast: { state: 'ready', iterations: state.forecast.iterations, computedAt: state.manifest.computedAt, reason: null }, figures: state.forecast };
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
