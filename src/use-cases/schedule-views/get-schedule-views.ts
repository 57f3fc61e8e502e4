/**
 * `schedule/rows`, `schedule/summary` and `schedule/detail`: each cuts the viewer's schedule (computed in the
 * call for a small project, the stored analysis cut to what the viewer may browse for a large one) to what one
 * view shows, within the answer budget. While a large project's first analysis is being computed they answer
 * nothing yet, with the same `background` as `schedule/get`.
 */
import type { ScheduleDetailResult, ScheduleFilter, ScheduleRowsResult, ScheduleSortColumn, ScheduleSortDirection, ScheduleSummaryResult } from '../../contract';
import { viewerSchedule, type BackgroundSchedulePorts } from '../get-project-schedule';
import { ANSWER_BUDGET_BYTES, prefixWithin } from './answer-budget';
import { scheduleDetail } from './schedule-detail';
import { scheduleRows } from './schedule-rows';
import { scheduleSummary } from './schedule-summary';

interface Scope {
  projectKey: string;
  asOf: string;
}

export async function getScheduleRows(
  ports: BackgroundSchedulePorts,
  input: Scope & { offset?: number; limit?: number; sort?: ScheduleSortColumn; direction?: ScheduleSortDirection; filter?: ScheduleFilter },
): Promise<ScheduleRowsResult> {
  const schedule = await viewerSchedule(ports, input);
  const offset = input.offset ?? 0;
  const page = scheduleRows(schedule.nodes, { offset, limit: input.limit ?? 100, sort: input.sort ?? 'es', direction: input.direction ?? 'ascending', filter: input.filter ?? {} });
  // A page of long summaries may weigh more than the budget: it is cut, and the next page starts after it.
  const rows = prefixWithin(page.rows, ANSWER_BUDGET_BYTES);
  return { rows, offset, total: page.total, issueCount: schedule.nodes.length, ...(schedule.background ? { background: schedule.background } : {}) };
}

export async function getScheduleSummary(ports: BackgroundSchedulePorts, input: Scope): Promise<ScheduleSummaryResult> {
  const schedule = await viewerSchedule(ports, input);
  return { ...scheduleSummary(schedule), ...(schedule.background ? { background: schedule.background } : {}) };
}

export async function getScheduleDetail(ports: BackgroundSchedulePorts, input: Scope & { focus?: string; filter?: ScheduleFilter }): Promise<ScheduleDetailResult> {
  const schedule = await viewerSchedule(ports, input);
  const detail = scheduleDetail(schedule, { ...(input.focus === undefined ? {} : { focus: input.focus }), filter: input.filter ?? {} });
  return { ...detail, ...(schedule.background ? { background: schedule.background } : {}) };
}
