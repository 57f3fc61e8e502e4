import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleEdge, ScheduleNode } from '../../src/contract';
import { issuePlace, keysShownFor, neighbours } from '../../src/use-cases/issue-place';

const node = (key: string, driver: string | null = null, extra: Partial<ScheduleNode> = {}): ScheduleNode => ({
  key,
  summary: `Work ${key}`,
  type: 'Task',
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
  critical: true,
  nearCritical: false,
  dueDate: null,
  late: false,
  blocked: false,
  drivingPredecessor: driver ? { key: driver, kind: 'FS', lagDays: 0 } : null,
  ...extra,
});
const edge = (from: string, to: string): ScheduleEdge => ({ linkId: `${from}>${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: true, ignored: false, inCycle: false });

// A-1 -> B-2 -> C-3 -> D-4 -> E-5, and Z-9 -> C-3; each driven by its first predecessor; X-8 stands alone.
const schedule = {
  project: { key: 'C', name: 'C' },
  projectFinish: '2026-11-20',
  nodes: [node('A-1'), node('B-2', 'A-1', { late: true }), node('Z-9', null, { blocked: true }), node('C-3', 'B-2'), node('D-4', 'C-3'), node('E-5', 'D-4'), node('F-6', 'E-5'), node('X-8')],
  edges: [edge('A-1', 'B-2'), edge('B-2', 'C-3'), edge('Z-9', 'C-3'), edge('C-3', 'D-4'), edge('D-4', 'E-5'), edge('E-5', 'F-6')],
  cycles: [],
};

describe('neighbours', () => {
  it('answers two levels each way, each with the link nearer the issue', () => {
    const before = neighbours(schedule, 'C-3', 'predecessors').map((n) => `${n.level}:${n.node.key} via ${n.via.linkId}`);
    expect(before.sort()).toEqual(['1:B-2 via B-2>C-3', '1:Z-9 via Z-9>C-3', '2:A-1 via A-1>B-2']);
    const after = neighbours(schedule, 'C-3', 'successors').map((n) => `${n.level}:${n.node.key}`);
    expect(after).toEqual(['1:D-4', '2:E-5']);
  });

  it('answers nothing for an issue without links, and never the issue itself through a two-link loop', () => {
    expect(neighbours(schedule, 'X-8', 'predecessors')).toEqual([]);
    const loop = { nodes: [node('A-1'), node('B-2')], edges: [edge('A-1', 'B-2'), edge('B-2', 'A-1')] };
    expect(neighbours(loop, 'A-1', 'successors').map((n) => n.node.key)).toEqual(['B-2']);
  });
});

describe('keysShownFor', () => {
  it('names the issue, its neighbours two links away and its whole driving chain, nothing further', () => {
    // F-6 is three links on and not in E-5's chain; A-1 is two back; the chain of E-5 reaches back to A-1.
    expect(keysShownFor(schedule, 'C-3').sort()).toEqual(['A-1', 'B-2', 'C-3', 'D-4', 'E-5', 'Z-9']);
    expect(keysShownFor(schedule, 'F-6').sort()).toEqual(['A-1', 'B-2', 'C-3', 'D-4', 'E-5', 'F-6']);
    expect(keysShownFor(schedule, 'X-8')).toEqual(['X-8']);
  });
});

describe('issuePlace', () => {
  it('shapes the panel: chain start first, troubled predecessors with their reasons', () => {
    const place = issuePlace(schedule, 'C-3', 2);
    expect(place?.drivingChain.map((n) => n.key)).toEqual(['A-1', 'B-2', 'C-3']);
    expect(place?.troubledPredecessors.map((t) => [t.node.key, t.reasons])).toEqual([
      ['B-2', ['late']],
      ['Z-9', ['blocked']],
    ]);
    expect(place?.hiddenLinks).toBe(2);
    expect(place?.inCycle).toBe(false);
  });

  it('answers null for an issue not scheduled there or only linked from the scope', () => {
    expect(issuePlace(schedule, 'Q-1', null)).toBeNull();
    expect(issuePlace({ ...schedule, nodes: [node('C-3', null, { external: true })] }, 'C-3', null)).toBeNull();
  });
});
