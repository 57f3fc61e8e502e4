/** Schedule nodes and summaries for the Gantt's tests: fields a test does not name take plain defaults. */
import type { ScheduleNode, ScheduleSummary } from '@contract';

export function node(key: string, start: number, finish: number, extra: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key, summary: `Work ${key}`, type: 'Story', status: 'To Do', statusCategory: 'todo', projectKey: key.split('-')[0] ?? 'PAY',
    parentKey: null, assignee: null, external: false, durationDays: finish - start, missingDuration: false, fixed: false,
    offsets: { earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish },
    earlyStart: '', earlyFinish: '', lateStart: '', lateFinish: '', totalSlackDays: 0, freeSlackDays: 0, critical: false, nearCritical: false,
    dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...extra,
  };
}

export function summary(key: string, earlyStart: string, earlyFinish: string, extra: Partial<ScheduleSummary> = {}): ScheduleSummary {
  return {
    key, summary: `Epic ${key}`, type: 'Epic', status: 'In Progress', statusCategory: 'inProgress', parentKey: null, activityCount: 1,
    durationDays: 1, earlyStart, earlyFinish, lateStart: earlyStart, lateFinish: earlyFinish, totalSlackDays: 0, critical: false, nearCritical: false, ...extra,
  };
}
