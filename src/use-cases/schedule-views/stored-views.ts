/**
 * The views of a stored schedule (schedule-views-store.ts), computed when it is stored: what `schedule/get`,
 * `schedule/summary` and the first page of `schedule/rows` answer a viewer who may browse every issue of it (and
 * what `status/get` takes of it, status-view.ts), and the schedule by summary group for one epic's `schedule/detail`
 * (schedule-groups.ts), made by the same functions those answers use, so a read from
 * the views answers exactly what the whole read would (answers-from-views.ts adds the read's own parts: project,
 * background, the choice's findings, the forecast).
 * `access`: the keys the viewer's cut asks about (viewer-cut.ts) outside the project, which decide, with the
 * viewer's count of the project, whether they hide anything. O(V log V + E), once a refresh.
 */
import type { Finding, ScheduleResult } from '../../contract';
import type { StoredViews, ViewsToStore } from '../../adapters/storage/schedule-views-store';
import { chaseOfSchedule } from '../chase-of-schedule';
import { summariesAndParentsOutside } from '../visible-schedule';
import { ANSWER_BUDGET_BYTES, jsonBytes } from './answer-budget';
import { scheduleJsonBytes } from './schedule-bytes';
import { groupOf } from './schedule-filter';
import { scheduleRows } from './schedule-rows';
import { scheduleSummary } from './schedule-summary';
import { scheduleGroups } from './schedule-groups';
import { scheduleHead } from './shaped-schedule';
import { statusView } from './status-view';
import { riskPlanView } from './risk-plan-view';

type Stored = Omit<ScheduleResult, 'background'>;

/** Rows kept of the default order: the table's first page (paged-schedule-table.tsx asks for 100). */
export const ROWS_KEPT = 100;

/**
 * What a read adds to `schedule/get` (its project's name, the background, a finding or two of the viewer's
 * choice) weighs far less: a schedule this close to the budget either way is not kept as a view (its shape
 * could change with what is added), and is read whole.
 */
export const GET_SLACK_BYTES = 16 * 1024;

/** The finding kinds a hidden-work figure is made of (hidden-work-of.ts). */
export const HIDDEN_WORK_KINDS: ReadonlySet<Finding['kind']> = new Set(['link-not-visible', 'children-hidden']);

export function storedViews(schedule: Stored, budget = ANSWER_BUDGET_BYTES): ViewsToStore {
  const rows = scheduleRows(schedule.nodes, { offset: 0, limit: ROWS_KEPT, sort: 'es', direction: 'ascending', filter: {} });
  return {
    access: accessOf(schedule),
    get: { shape: getShape(schedule, budget), hiddenFindings: schedule.findings.filter((f) => HIDDEN_WORK_KINDS.has(f.kind)), chase: chaseOfSchedule(schedule) },
    summary: { summary: scheduleSummary(schedule, budget), issueCount: schedule.nodes.length },
    members: membersOf(schedule),
    rows: { rows: rows.rows, total: rows.total, issueCount: schedule.nodes.length },
    status: statusView(schedule),
    risks: riskPlanView(schedule),
    byGroup: scheduleGroups(schedule),
  };
}

/**
 * As get-project-schedule.ts's storedKeysViewerMayBrowse splits them: the keys asked about whose node names the
 * schedule's project, and every other key asked about.
 */
function accessOf(schedule: Stored): StoredViews['access'] {
  const projectKey = schedule.project.key;
  const asked = [...schedule.nodes, ...summariesAndParentsOutside(schedule)];
  const inProject = new Set(asked.filter((n) => n.projectKey === projectKey).map((n) => n.key));
  const outside = asked.filter((n) => !inProject.has(n.key)).map((n) => ({ key: n.key, projectKey: n.projectKey }));
  return { projectKey, asOf: schedule.asOf, inProject: inProject.size, outside };
}

function getShape(schedule: Stored, budget: number): StoredViews['get']['shape'] {
  const fullBytes = scheduleJsonBytes(schedule);
  if (fullBytes + GET_SLACK_BYTES <= budget) return { kind: 'whole', schedule };
  if (fullBytes - GET_SLACK_BYTES <= budget) return { kind: 'none' };
  return { kind: 'head', head: scheduleHead(schedule, fullBytes), findingsCount: schedule.findings.length, projectBytes: jsonBytes(schedule.project) };
}

/** Each summary group's issues (schedule-filter.ts `groupOf`), in the order of the nodes. */
function membersOf(schedule: Stored): StoredViews['members'] {
  const group = groupOf(schedule.nodes);
  const byGroup = new Map<string, StoredViews['members'][number]>();
  for (const node of schedule.nodes) {
    const key = group(node);
    const entry = byGroup.get(key) ?? { group: key, byProject: {}, other: [] };
    byGroup.set(key, entry);
    const match = /^(.+)-(\d{1,15})$/.exec(node.key);
    const number = match ? Number(match[2]) : NaN;
    // A key whose number does not spell itself back (a leading zero) is kept whole.
    if (match?.[1] !== undefined && `${match[1]}-${number}` === node.key) (entry.byProject[match[1]] ??= []).push(number);
    else entry.other.push(node.key);
  }
  return [...byGroup.values()];
}
