/**
 * A summary task's place in a schedule, as the issue panel shows a parent (an epic, an issue with sub-tasks): its
 * dates rolled up from its activities, the activities themselves, and the work outside it that their links reach
 * (a link into or out of a parent binds each of its children, so those are the parent's neighbours too).
 * Shared by the panel's two paths, as issue-place.ts is.
 */
import type { IssueScheduleResult, ScheduleEdge, ScheduleResult } from '../contract';
import { SUMMARY_ACTIVITIES_SHOWN, summaryReach, type SummaryReach } from '../domain/schedule/summary-reach';

export { SUMMARY_ACTIVITIES_SHOWN } from '../domain/schedule/summary-reach';

type SummaryPlace = NonNullable<IssueScheduleResult['summaryTask']>;
type Neighbour = SummaryPlace['predecessors'][number];
type Schedule = Pick<ScheduleResult, 'project' | 'projectFinish' | 'nodes' | 'edges' | 'summaries'>;

/** Keys of the activities `key` rolls up: nodes whose chain of parents (through summary tasks) reaches it. */
export function activityKeysOf(schedule: Pick<Schedule, 'nodes' | 'summaries'>, key: string): string[] {
  const parentOf = new Map<string, string | null>([...(schedule.summaries ?? []), ...schedule.nodes].map((n) => [n.key, n.parentKey]));
  const under = (start: string | null): boolean => {
    const seen = new Set<string>();
    for (let k = start; k !== null && !seen.has(k); k = parentOf.get(k) ?? null) {
      if (k === key) return true;
      seen.add(k);
    }
    return false;
  };
  return schedule.nodes.filter((n) => !n.external && under(n.parentKey)).map((n) => n.key);
}

/** Links between the activities and work outside the summary, one entry per outside issue and link. */
function outsideNeighbours(schedule: Pick<Schedule, 'nodes' | 'edges'>, inside: ReadonlySet<string>, direction: 'predecessors' | 'successors'): Neighbour[] {
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const seen = new Set<string>();
  const result: Neighbour[] = [];
  for (const via of schedule.edges) {
    const [near, far] = direction === 'predecessors' ? [via.to, via.from] : [via.from, via.to];
    const node = nodes.get(far);
    const id = `${via.linkId}:${far}`;
    if (!inside.has(near) || inside.has(far) || !node || seen.has(id)) continue;
    seen.add(id);
    result.push({ level: 1, via, node });
  }
  return result;
}

/** The keys a summary task's panel may name: the summary, the activities it lists and the outside work linked to them. */
export function summaryPanelKeys(key: string, reach: Pick<SummaryReach<ScheduleEdge>, 'activityKeys' | 'outside'>): string[] {
  return [...new Set([key, ...reach.activityKeys.slice(0, SUMMARY_ACTIVITIES_SHOWN), ...reach.outside.map((o) => o.key)])];
}

/** The reach of one summary task of a whole schedule (summary-reach.ts), as the per-issue index stores it; null for no summary. */
export function summaryReachOf(schedule: Pick<Schedule, 'nodes' | 'edges' | 'summaries'>, key: string): SummaryReach<ScheduleEdge> | null {
  return summaryReach(schedule, new Set([key])).get(key) ?? null;
}

/**
 * Distinct links between the summary's activities and issues `visible` rejects: a hidden issue's link to a parent
 * is cut as one edge per child, but it is one link.
 */
export function hiddenSummaryLinks(outside: SummaryReach<ScheduleEdge>['outside'], visible: (key: string) => boolean): number {
  return new Set(outside.filter((o) => !visible(o.key)).map((o) => o.linkId)).size;
}

/**
 * The summary task's place, or null when `key` is no summary task of the schedule. `activityKeys`: its activities,
 * when `schedule` is cut down to a panel's issues (the summaries between it and its activities are then gone).
 */
export function summaryPlace(schedule: Schedule, key: string, hiddenLinks: number | null, activityKeys = activityKeysOf(schedule, key)): SummaryPlace | null {
  const summary = schedule.summaries?.find((s) => s.key === key);
  if (!summary) return null;
  const inside = new Set(activityKeys);
  const byStart = (a: { earlyStart: string; key: string }, b: { earlyStart: string; key: string }) => a.earlyStart.localeCompare(b.earlyStart) || a.key.localeCompare(b.key);
  return {
    project: schedule.project,
    projectFinish: schedule.projectFinish,
    summary,
    activities: schedule.nodes.filter((n) => inside.has(n.key)).sort(byStart).slice(0, SUMMARY_ACTIVITIES_SHOWN),
    predecessors: outsideNeighbours(schedule, inside, 'predecessors'),
    successors: outsideNeighbours(schedule, inside, 'successors'),
    hiddenLinks,
  };
}
