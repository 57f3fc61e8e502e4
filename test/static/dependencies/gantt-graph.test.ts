import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleEdge, ScheduleNode } from '@contract';
import { ganttGraph, NO_FILTER, visibleGraph } from '../../../static/src/dependencies/graph-filter';

function node(key: string, over: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key, summary: `Summary of ${key}`, type: 'Story', status: 'To Do', statusCategory: 'todo', projectKey: 'PAY', parentKey: null, assignee: null,
    external: false, durationDays: 1, missingDuration: false, fixed: false, offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 },
    earlyStart: '2026-11-02', earlyFinish: '2026-11-02', lateStart: '2026-11-02', lateFinish: '2026-11-02', totalSlackDays: 0, freeSlackDays: 0,
    critical: false, nearCritical: false, dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...over,
  };
}
const edge = (from: string, to: string): ScheduleEdge => ({ linkId: `${from}-${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false });

const NODES = [node('PAY-1', { critical: true }), node('PAY-2', { critical: true }), node('PAY-3'), node('PAY-4'), node('PAY-5', { critical: true })];
const EDGES = [edge('PAY-1', 'PAY-2'), edge('PAY-2', 'PAY-3'), edge('PAY-4', 'PAY-3')];
const keys = (nodes: ScheduleNode[]) => nodes.map((n) => n.key);

describe('ganttGraph (the map\'s filters and focus on the Gantt)', () => {
  it('keeps every issue, linked or not, when nothing is filtered (the map hides unlinked ones)', () => {
    expect(keys(ganttGraph(NODES, EDGES, NO_FILTER).nodes)).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5']);
    expect(keys(visibleGraph(NODES, EDGES, NO_FILTER).nodes)).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4']);
  });

  it('applies the same focus and filters as the map, with the links between the issues kept', () => {
    const focused = ganttGraph(NODES, EDGES, { ...NO_FILTER, focus: 'PAY-2' });
    expect(keys(focused.nodes)).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
    expect(focused.edges.map((e) => e.linkId)).toEqual(['PAY-1-PAY-2', 'PAY-2-PAY-3']);
    expect(keys(ganttGraph(NODES, EDGES, { ...NO_FILTER, criticalOnly: true }).nodes)).toEqual(['PAY-1', 'PAY-2', 'PAY-5']);
  });
});
