/** Schedule nodes and edges for the view tests: a node by key with what a test cares about. */
import type { ScheduleEdge, ScheduleNode } from '../../../src/contract';

export function node(key: string, over: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key,
    summary: `Work ${key}`,
    type: 'Story',
    status: 'To Do',
    statusCategory: 'todo',
    projectKey: key.split('-')[0] ?? '',
    parentKey: null,
    assignee: null,
    external: false,
    durationDays: 1,
    missingDuration: false,
    fixed: false,
    offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 },
    earlyStart: '2026-11-16',
    earlyFinish: '2026-11-16',
    lateStart: '2026-11-16',
    lateFinish: '2026-11-16',
    totalSlackDays: 0,
    freeSlackDays: 0,
    critical: false,
    nearCritical: false,
    dueDate: null,
    late: false,
    blocked: false,
    drivingPredecessor: null,
    ...over,
  };
}

export function edge(from: string, to: string, over: Partial<ScheduleEdge> = {}): ScheduleEdge {
  return { linkId: `${from}>${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false, ...over };
}
