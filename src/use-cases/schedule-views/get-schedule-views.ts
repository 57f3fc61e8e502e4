/**
 * `schedule/rows`, `schedule/summary` and `schedule/detail`: each cuts the viewer's schedule (computed in the
 * call for a small project, the stored analysis cut to what the viewer may browse for a large one) to what one
 * view shows, within the answer budget (one epic's detail from its stored group alone: detail-schedule.ts).
 * While a large project's first analysis is being computed they answer nothing yet, with the same `background`
 * as `schedule/get`. The summary's epics and the detail's issues carry
 * the forecast's criticality index, and the rows sort by it (issue #15, view-criticality.ts).
 */
import type { RowsSortColumn, ScheduleDetailResult, ScheduleFilter, ScheduleRowsResult, ScheduleSortDirection, ScheduleSummaryResult } from '../../contract';
import { viewerRead, viewerSchedule } from '../get-project-schedule';
import { rowsFromViews, rowsFromViewsCover, summaryFromViews } from './answers-from-views';
import type { ForecastBackgroundPorts } from '../stored-forecast-state';
import { groupOf } from './schedule-filter';
import { groupCriticality, viewCriticality, viewMembersCriticality } from './view-criticality';
import { ANSWER_BUDGET_BYTES, prefixWithin } from './answer-budget';
import { detailSchedule } from './detail-schedule';
import { scheduleDetail } from './schedule-detail';
import { scheduleRows } from './schedule-rows';
import { summaryOfSchedule } from './summary-beside-head';

interface Scope {
  projectKey: string;
  asOf: string;
}

export async function getScheduleRows(
  ports: ForecastBackgroundPorts,
  input: Scope & { offset?: number; limit?: number; sort?: RowsSortColumn; direction?: ScheduleSortDirection; filter?: ScheduleFilter },
): Promise<ScheduleRowsResult> {
  // The table's first page in its default order, for a viewer who hides nothing: from the stored views (answers-from-views.ts).
  const read = await viewerRead(ports, input, rowsFromViewsCover(input) ? ['rows'] : []);
  if (read.views?.rows) return rowsFromViews(read.views.rows, input, read.read.background);
  const schedule = read.views ? await viewerSchedule(ports, input) : read.schedule;
  const offset = input.offset ?? 0;
  const sort = input.sort ?? 'es';
  // The forecast is read only to sort by it: the table's cells ask for their page's figures (forecast/criticality).
  const figures = sort === 'criticality' && schedule.background?.state !== 'computing' ? await viewCriticality(ports, input, schedule, { keys: schedule.nodes.map((n) => n.key) }) : null;
  const criticality = figures ? new Map([...figures.byKey].map(([key, f]) => [key, f.criticality])) : undefined;
  const page = scheduleRows(schedule.nodes, { offset, limit: input.limit ?? 100, sort, direction: input.direction ?? 'ascending', filter: input.filter ?? {}, ...(criticality ? { criticality } : {}) });
  // A page of long summaries may weigh more than the budget: it is cut, and the next page starts after it.
  const rows = prefixWithin(page.rows, ANSWER_BUDGET_BYTES);
  return { rows, offset, total: page.total, issueCount: schedule.nodes.length, ...(schedule.background ? { background: schedule.background } : {}), ...(figures ? { forecast: figures.forecast } : {}) };
}

export async function getScheduleSummary(ports: ForecastBackgroundPorts, input: Scope): Promise<ScheduleSummaryResult> {
  const read = await viewerRead(ports, input, ['summary', 'members']);
  if (read.views?.summary && read.views.members) {
    const summary = summaryFromViews(read.views.summary, read.read.background);
    if (read.views.summary.issueCount === 0) return summary;
    const figures = await viewMembersCriticality(ports, input, read.read, read.views.members);
    const { groups } = figures;
    return { ...summary, groups: summary.groups.map((g) => ({ ...g, criticality: groups.get(g.key) ?? null })), forecast: figures.forecast };
  }
  const schedule = read.views ? await viewerSchedule(ports, input) : read.schedule;
  // Once per stored schedule (or viewer's cut of it): its groups and links do not change between calls.
  const summary = summaryOfSchedule(schedule);
  if (schedule.nodes.length === 0) return summary;
  const group = groupOf(schedule.nodes);
  const figures = await viewCriticality(ports, input, schedule, { keys: schedule.nodes.map((n) => n.key), groups: [...new Set(schedule.nodes.map(group))] });
  const groups = groupCriticality(schedule.nodes, group, figures.byKey);
  return { ...summary, groups: summary.groups.map((g) => ({ ...g, criticality: groups.get(g.key) ?? null })), forecast: figures.forecast };
}

export async function getScheduleDetail(ports: ForecastBackgroundPorts, input: Scope & { focus?: string; filter?: ScheduleFilter }): Promise<ScheduleDetailResult> {
  const request = { ...(input.focus === undefined ? {} : { focus: input.focus }), filter: input.filter ?? {} };
  // One epic's drill-down from its stored group, anything else from the whole schedule (detail-schedule.ts).
  const schedule = await detailSchedule(ports, input, request);
  const detail = { ...scheduleDetail(schedule, request), ...(schedule.background ? { background: schedule.background } : {}) };
  if (detail.nodes.length === 0) return detail;
  // An epic's issues are looked up in its group's figures (view-criticality.ts).
  const epic = request.filter.epic;
  const figures = await viewCriticality(ports, input, schedule, { keys: detail.nodes.map((n) => n.key), ...(epic === undefined ? {} : { groups: [epic] }) });
  const criticality = detail.nodes.flatMap((n) => {
    const f = figures.byKey.get(n.key);
    return f ? [{ key: n.key, criticality: f.criticality, cruciality: f.cruciality }] : [];
  });
  return { ...detail, criticality, forecast: figures.forecast };
}
