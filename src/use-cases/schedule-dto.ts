/** Shapes the domain's critical path into the contract's `ScheduleNode` and `ScheduleEdge`. */
import type { ScheduleEdge, ScheduleNode, ScheduleSummary } from '../contract';
import type { CriticalPath, ScheduledItem } from '../domain/schedule/critical-path';
import type { SummaryTask } from '../domain/schedule/summary-roll-up';
import type { WorkItem } from '../domain/work-item';

const BLOCKED = /block|imped|on hold/i;

export function scheduleNode(scheduled: ScheduledItem, item: WorkItem | undefined, asOf: string): ScheduleNode {
  const open = item?.statusCategory !== 'done';
  const dueDate = item?.dueDate ?? null;
  // Work under way: its duration is what is left (critical-path.ts), its early start the day it started.
  const underWay =
    scheduled.underWay
      ? { actualStart: scheduled.actualStart === null ? null : scheduled.dates.earlyStart, daysLeft: roundedDays(scheduled.durationDays) }
      : null;
  return {
    key: scheduled.key,
    summary: item?.summary ?? '',
    type: item?.type ?? '',
    status: item?.status ?? '',
    statusCategory: item?.statusCategory ?? 'todo',
    projectKey: item?.projectKey ?? scheduled.key.slice(0, scheduled.key.lastIndexOf('-')),
    parentKey: item?.parentKey ?? null,
    assignee: item?.assigneeId ? { accountId: item.assigneeId, displayName: item.assigneeName ?? item.assigneeId } : null,
    external: scheduled.external,
    durationDays: roundedDays(scheduled.durationDays),
    ...(underWay === null ? {} : { underWay }),
    missingDuration: false,
    fixed: scheduled.fixed,
    offsets: {
      // Work under way is drawn from the day it actually started to its forecast finish.
      earlyStart: roundedDays(scheduled.actualStart ?? scheduled.earlyStart),
      earlyFinish: roundedDays(scheduled.earlyFinish),
      lateStart: roundedDays(scheduled.lateStart),
      lateFinish: roundedDays(scheduled.lateFinish),
    },
    earlyStart: scheduled.dates.earlyStart,
    earlyFinish: scheduled.dates.earlyFinish,
    lateStart: scheduled.dates.lateStart,
    lateFinish: scheduled.dates.lateFinish,
    totalSlackDays: roundedDays(scheduled.totalSlack),
    freeSlackDays: roundedDays(scheduled.freeSlack),
    critical: scheduled.critical,
    nearCritical: scheduled.nearCritical,
    dueDate,
    late: open && dueDate !== null && (dueDate < asOf || scheduled.dates.earlyFinish > dueDate),
    blocked: open && item !== undefined && BLOCKED.test(item.status),
    drivingPredecessor: scheduled.drivingPredecessor
      ? { key: scheduled.drivingPredecessor.key, kind: scheduled.drivingPredecessor.kind, lagDays: scheduled.drivingPredecessor.lagDays }
      : null,
  };
}

export function scheduleSummary(task: SummaryTask, item: WorkItem | undefined): ScheduleSummary {
  return {
    key: task.key,
    summary: item?.summary ?? '',
    type: item?.type ?? '',
    status: item?.status ?? '',
    statusCategory: item?.statusCategory ?? 'todo',
    parentKey: item?.parentKey ?? null,
    activityCount: task.activityKeys.length,
    durationDays: roundedDays(task.durationDays),
    ...task.dates,
    totalSlackDays: roundedDays(task.totalSlack),
    critical: task.critical,
    nearCritical: task.nearCritical,
  };
}

/** Two decimals: durations come from hours and points, and nobody plans in thousandths of a day. */
export function roundedDays(days: number): number {
  return Math.round(days * 100) / 100;
}

export function scheduleEdges(schedule: CriticalPath, linkTypes: ReadonlyMap<string, string>): ScheduleEdge[] {
  // Each issue sits in at most one cycle (cycles are strongly connected components), so one lookup per end.
  const cycleOf = new Map<string, number>();
  schedule.cycles.forEach((c, index) => c.issueKeys.forEach((key) => cycleOf.set(key, index)));
  const ignored = new Set(schedule.ignoredLinkIds);
  return schedule.edges.map((e) => ({
    linkId: e.linkId,
    linkType: linkTypes.get(e.linkId) ?? '',
    from: e.from,
    to: e.to,
    kind: e.kind,
    lagDays: e.lagDays,
    critical: e.tight && schedule.items[e.from]?.critical === true && schedule.items[e.to]?.critical === true,
    ignored: ignored.has(e.linkId),
    inCycle: cycleOf.has(e.from) && cycleOf.get(e.from) === cycleOf.get(e.to),
  }));
}
