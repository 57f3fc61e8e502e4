import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleEdge, ScheduleNode } from '@contract';
import { epicGraph, NO_EPIC } from '../../../static/src/dependencies/epic-graph';
import { NO_FILTER, UNASSIGNED, visibleGraph } from '../../../static/src/dependencies/graph-filter';
import { reachableKeys } from '../../../static/src/dependencies/reachable-keys';
import { sortedSchedule } from '../../../static/src/dependencies/schedule-sort';

function node(key: string, over: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key, summary: `Summary of ${key}`, type: 'Story', status: 'To Do', statusCategory: 'todo', projectKey: 'PAY', parentKey: null, assignee: null,
    external: false, durationDays: 1, missingDuration: false, fixed: false, offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 },
    earlyStart: '2026-11-02', earlyFinish: '2026-11-02', lateStart: '2026-11-02', lateFinish: '2026-11-02', totalSlackDays: 0, freeSlackDays: 0,
    critical: false, nearCritical: false, dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...over,
  };
}
const edge = (from: string, to: string, over: Partial<ScheduleEdge> = {}): ScheduleEdge => ({
  linkId: `${from}-${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false, ...over,
});

const alice = { accountId: 'a1', displayName: 'Alice' };
const NODES = [
  node('PAY-1', { parentKey: 'PAY-9', critical: true, assignee: alice }),
  node('PAY-2', { parentKey: 'PAY-9', nearCritical: true, totalSlackDays: 2, offsets: { earlyStart: 1, earlyFinish: 4, lateStart: 3, lateFinish: 6 } }),
  node('PAY-3', { statusCategory: 'done', totalSlackDays: 9 }),
  node('PAY-4', { totalSlackDays: 5 }),
  node('PAY-5'),
];
const EDGES = [edge('PAY-1', 'PAY-2'), edge('PAY-2', 'PAY-3'), edge('PAY-4', 'PAY-3')];
const keys = (nodes: ScheduleNode[]) => nodes.map((n) => n.key);

describe('visibleGraph', () => {
  it('hides issues without links unless asked, and keeps the edges between what it shows', () => {
    expect(keys(visibleGraph(NODES, EDGES, NO_FILTER).nodes)).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4']);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, unlinked: true }).nodes)).toContain('PAY-5');
  });

  it('filters by epic, assignee, status category, critical and near-critical', () => {
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, epic: 'PAY-9' }).nodes)).toEqual(['PAY-1', 'PAY-2']);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, assignee: 'a1' }).nodes)).toEqual(['PAY-1']);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, assignee: UNASSIGNED }).nodes)).toEqual(['PAY-2', 'PAY-3', 'PAY-4']);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, category: 'done' }).nodes)).toEqual(['PAY-3']);
    const critical = visibleGraph(NODES, EDGES, { ...NO_FILTER, criticalOnly: true });
    expect([keys(critical.nodes), critical.edges]).toEqual([['PAY-1'], []]);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, nearCriticalOnly: true }).nodes)).toEqual(['PAY-1', 'PAY-2']);
  });

  it('focuses on an issue’s upstream and downstream, transitively, not on its siblings’ other work', () => {
    expect([...reachableKeys('PAY-2', EDGES)].sort()).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
    expect(keys(visibleGraph(NODES, EDGES, { ...NO_FILTER, focus: 'PAY-4' }).nodes)).toEqual(['PAY-3', 'PAY-4']);
  });
});

describe('epicGraph', () => {
  it('draws one box per epic spanning its issues, critical when it holds critical work, and joins epics once', () => {
    const graph = epicGraph(visibleGraph(NODES, EDGES, NO_FILTER), [...NODES, node('PAY-9', { summary: 'Payments API' })]);
    const epic = graph.nodes.find((n) => n.key === 'PAY-9');
    expect(epic).toMatchObject({ summary: 'Payments API (2 issues)', critical: true, offsets: { earlyStart: 0, earlyFinish: 4 } });
    expect(keys(graph.nodes).sort()).toEqual([NO_EPIC, 'PAY-9'].sort());
    expect(graph.edges.map((e) => `${e.from}>${e.to}`)).toEqual([`PAY-9>${NO_EPIC}`]);
  });
});

describe('sortedSchedule', () => {
  it('sorts by total slack either way, ties in issue-key order', () => {
    expect(keys(sortedSchedule(NODES, 'totalSlack', 'ascending'))).toEqual(['PAY-1', 'PAY-5', 'PAY-2', 'PAY-4', 'PAY-3']);
    expect(keys(sortedSchedule(NODES, 'totalSlack', 'descending'))).toEqual(['PAY-3', 'PAY-4', 'PAY-2', 'PAY-1', 'PAY-5']);
  });
});
