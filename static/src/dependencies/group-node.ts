/** The summary map's groups and their links in the shapes the map draws: one box per epic, one arrow per pair. */
import type { ScheduleEdge, ScheduleGroup, ScheduleGroupLink, ScheduleNode } from '@contract';

export function groupNode(group: ScheduleGroup): ScheduleNode {
  return {
    key: group.key,
    summary: `${group.summary} (${group.issueCount} ${group.issueCount === 1 ? 'issue' : 'issues'})`,
    type: 'Epic',
    status: group.openCount === 0 ? 'Done' : `${group.openCount} open`,
    statusCategory: group.openCount === 0 ? 'done' : 'inProgress',
    projectKey: group.projectKey,
    parentKey: null,
    assignee: null,
    external: group.external,
    durationDays: group.offsets.earlyFinish - group.offsets.earlyStart,
    missingDuration: false,
    fixed: group.openCount === 0,
    offsets: group.offsets,
    earlyStart: group.earlyStart,
    earlyFinish: group.earlyFinish,
    lateStart: group.earlyStart,
    lateFinish: group.lateFinish,
    totalSlackDays: group.totalSlackDays,
    freeSlackDays: group.totalSlackDays,
    critical: group.critical,
    nearCritical: group.nearCritical,
    dueDate: null,
    late: group.late,
    blocked: group.blocked,
    drivingPredecessor: null,
  };
}

export function groupEdge(link: ScheduleGroupLink): ScheduleEdge {
  return { linkId: `${link.from}→${link.to}`, linkType: `${link.links} ${link.links === 1 ? 'link' : 'links'}`, from: link.from, to: link.to, kind: 'FS', lagDays: 0, critical: link.critical, ignored: false, inCycle: link.inCycle };
}
