/**
 * `schedule/get`, `schedule/summary` and the first page of `schedule/rows` from a stored analysis's views
 * (stored-views.ts), for a viewer who hides nothing of it: the stored answer with the read's own parts added,
 * as the whole read would add them (get-project-schedule.ts, get-schedule-views.ts). `large.fullBytes` is the
 * stored measure plus what the read adds: the project as the viewer read it, the choice's findings (each with a
 * comma, none before the first of an empty list) and the background (`,"background":{...}`).
 */
import type { Finding, RowsSortColumn, ScheduleBackground, ScheduleFilter, ScheduleResult, ScheduleRowsResult, ScheduleSortDirection, ScheduleSummaryResult } from '../../contract';
import type { StoredViews } from '../../adapters/storage/schedule-views-store';
import { hiddenWorkOf } from '../hidden-work-of';
import { ANSWER_BUDGET_BYTES, jsonBytes, prefixWithin } from './answer-budget';
import { cappedFinding, fittedHead, withoutSummaryTasks } from './shaped-schedule';
import { ROWS_KEPT } from './stored-views';
import type { ViewCriticality } from './view-criticality';

/** What the read adds to the stored answer. */
export interface ViewsRead {
  project: { key: string; name: string };
  background: ScheduleBackground;
  /** The viewer's choice's findings (an outside variant's), after the stored ones. */
  findings: Finding[];
}

/** Null when the view was not kept (a schedule too close to the budget): the caller reads the whole schedule. */
export function scheduleFromViews(view: StoredViews['get'], read: ViewsRead, budget = ANSWER_BUDGET_BYTES): ScheduleResult | null {
  const { shape } = view;
  if (shape.kind === 'none') return null;
  const hidden = hiddenWorkOf({ findings: [...view.hiddenFindings, ...read.findings], background: read.background });
  const withHidden = hidden ? { hidden } : {};
  if (shape.kind === 'whole') {
    const { schedule } = shape;
    return { ...schedule, findings: [...schedule.findings, ...read.findings], project: read.project, background: read.background, chase: view.chase, ...withHidden };
  }
  const { head, findingsCount, projectBytes } = shape;
  if (!head.large) return null;
  const added = read.findings.reduce((sum, f) => sum + jsonBytes(f) + 1, 0) - (findingsCount === 0 && read.findings.length > 0 ? 1 : 0);
  const fullBytes = head.large.fullBytes + jsonBytes(read.project) - projectBytes + added + jsonBytes({ background: read.background }) - 1;
  const shaped = fittedHead({
    // A head stored before heads left the summary tasks out (shaped-schedule.ts) is answered as a new one.
    ...withoutSummaryTasks(head),
    findings: [...head.findings, ...read.findings.map(cappedFinding)],
    project: read.project,
    background: read.background,
    large: { ...head.large, fullBytes },
  }, budget);
  return { ...shaped, chase: view.chase, ...withHidden };
}

/** The summary without the forecast's figures: what getScheduleSummary answers before it reads them. */
export function summaryFromViews(view: StoredViews['summary'], background: ScheduleBackground): ScheduleSummaryResult {
  return { ...view.summary, background };
}

/**
 * Each group's highest criticality index among its issues, null when the forecast draws none of them: the same
 * as view-criticality.ts's groupCriticality over the nodes. Example: an epic of BIG-1 (0.2) and BIG-2 (0.7): 0.7.
 */
export function membersCriticality(members: StoredViews['members'], byKey: ViewCriticality['byKey']): Map<string, number | null> {
  const groups = new Map<string, number | null>();
  for (const { group, byProject, other } of members) {
    let highest: number | null = null;
    const consider = (key: string) => {
      const value = byKey.get(key)?.criticality;
      if (value !== undefined) highest = Math.max(highest ?? 0, value);
    };
    for (const [project, numbers] of Object.entries(byProject)) for (const n of numbers) consider(`${project}-${n}`);
    for (const key of other) consider(key);
    groups.set(group, highest);
  }
  return groups;
}

export interface RowsAsked {
  offset?: number | undefined;
  limit?: number | undefined;
  sort?: RowsSortColumn | undefined;
  direction?: ScheduleSortDirection | undefined;
  filter?: ScheduleFilter | undefined;
}

/** Whether the kept rows answer the request: the default order, a filter that keeps every row, within the first ROWS_KEPT. */
export function rowsFromViewsCover(asked: RowsAsked): boolean {
  const { offset = 0, limit = 100, sort = 'es', direction = 'ascending', filter = {} } = asked;
  return sort === 'es' && direction === 'ascending' && offset >= 0 && offset + limit <= ROWS_KEPT && filterKeepsAll(filter);
}

export function rowsFromViews(view: StoredViews['rows'], asked: RowsAsked, background: ScheduleBackground): ScheduleRowsResult {
  const offset = asked.offset ?? 0;
  const rows = prefixWithin(view.rows.slice(offset, offset + (asked.limit ?? 100)), ANSWER_BUDGET_BYTES);
  return { rows, offset, total: view.total, issueCount: view.issueCount, background };
}

/** True when schedule-filter.ts's nodeFilter keeps every node whatever it holds. */
function filterKeepsAll(filter: ScheduleFilter): boolean {
  const { epic, assignee, category, criticalOnly, nearCriticalOnly, text, from, to } = filter;
  return epic === undefined && assignee === undefined && category === undefined && criticalOnly !== true && nearCriticalOnly !== true && (text ?? '').trim() === '' && from === undefined && to === undefined;
}
