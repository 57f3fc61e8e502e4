/**
 * What `status/get` takes from a schedule (issue #11): its dates and calendar, how much open work in scope has no
 * estimate, the latest due date of open work in scope, and the milestone candidates (the in-scope activities that
 * take no time, each with how many non-ignored links wait on it). Worked out from the whole schedule here, or read
 * from the `status` view stored with a large project's analysis (schedule-views/status-view.ts), so both answer
 * alike. O(V + E).
 */
import type { ScheduleCalendar, ScheduleEdge, ScheduleNode, ScheduleResult } from '../contract';

/** An in-scope zero-duration activity: a milestone when its type or a label is mapped (project-targets.ts). */
export interface MilestoneCandidate {
  key: string;
  summary: string;
  type: string;
  dueDate: string | null;
  earlyFinish: string;
  statusCategory: ScheduleNode['statusCategory'];
  /** Links (not ignored) from it to the work that waits on it. */
  successorCount: number;
}

export interface StatusInputs {
  project: { key: string; name: string };
  /** Null: stored before the calendar was kept (the settings' calendar is assumed). */
  calendar: ScheduleCalendar | null;
  projectStart: string;
  projectFinish: string;
  /** Open in-scope activities with no estimate. */
  unestimated: number;
  /** The latest due date of open work in scope, and whose (the lower key of a tie). */
  latestDue: { latest: string; key: string } | null;
}

export function statusInputs(schedule: Pick<ScheduleResult, 'project' | 'calendar' | 'projectStart' | 'projectFinish' | 'nodes'>): StatusInputs {
  let unestimated = 0;
  let latestDue: StatusInputs['latestDue'] = null;
  for (const n of schedule.nodes) {
    if (n.external || n.statusCategory === 'done') continue;
    if (n.missingDuration) unestimated += 1;
    if (n.dueDate !== null && (latestDue === null || n.dueDate > latestDue.latest || (n.dueDate === latestDue.latest && n.key < latestDue.key))) latestDue = { latest: n.dueDate, key: n.key };
  }
  const { project, projectStart, projectFinish } = schedule;
  return { project, calendar: schedule.calendar ?? null, projectStart, projectFinish, unestimated, latestDue };
}

/** The milestone candidates in the order of the nodes. Example: A (0 days) -> B, A -> C (ignored): A with 1 successor. */
export function milestoneCandidates(nodes: readonly ScheduleNode[], edges: readonly ScheduleEdge[]): MilestoneCandidate[] {
  const zero = nodes.filter((n) => !n.external && n.durationDays === 0);
  if (zero.length === 0) return [];
  const successors = new Map<string, number>();
  for (const e of edges) if (!e.ignored) successors.set(e.from, (successors.get(e.from) ?? 0) + 1);
  return zero.map((n) => ({ key: n.key, summary: n.summary, type: n.type, dueDate: n.dueDate, earlyFinish: n.earlyFinish, statusCategory: n.statusCategory, successorCount: successors.get(n.key) ?? 0 }));
}
