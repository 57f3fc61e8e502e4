import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleEdge, ScheduleNode, ScheduleSummary } from '../../src/contract';
import { activityKeysOf, hiddenSummaryLinks, summaryPanelKeys, summaryPlace, summaryReachOf } from '../../src/use-cases/summary-place';

const node = (key: string, parentKey: string | null, earlyStart = '2026-11-16'): ScheduleNode => ({
  key,
  summary: `Work ${key}`,
  type: 'Sub-task',
  status: 'To Do',
  statusCategory: 'todo',
  projectKey: key.split('-')[0] ?? '',
  parentKey,
  assignee: null,
  external: !key.startsWith('PAY'),
  durationDays: 1,
  missingDuration: false,
  fixed: false,
  offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 },
  earlyStart,
  earlyFinish: earlyStart,
  lateStart: earlyStart,
  lateFinish: earlyStart,
  totalSlackDays: 0,
  freeSlackDays: 0,
  critical: true,
  nearCritical: false,
  dueDate: null,
  late: false,
  blocked: false,
  drivingPredecessor: null,
});
const summary = (key: string, parentKey: string | null, activityCount: number): ScheduleSummary => ({
  key,
  summary: `Parent ${key}`,
  type: parentKey === null ? 'Epic' : 'Story',
  status: 'To Do',
  statusCategory: 'todo',
  parentKey,
  activityCount,
  durationDays: 2,
  earlyStart: '2026-11-16',
  earlyFinish: '2026-11-17',
  lateStart: '2026-11-16',
  lateFinish: '2026-11-17',
  totalSlackDays: 0,
  critical: true,
  nearCritical: false,
});
const edge = (from: string, to: string, linkId: string): ScheduleEdge => ({ linkId, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: true, ignored: false, inCycle: false });

// Epic PAY-1 > story PAY-2 > sub-tasks PAY-3, PAY-4; PAY-5 is the epic's own task. PLAT-9 blocks the story (one link,
// 10, drawn to each sub-task); PAY-3 blocks PAY-4 inside the story; PAY-4 blocks PAY-6 outside the epic.
const schedule = {
  project: { key: 'PAY', name: 'Payments' },
  projectFinish: '2026-11-20',
  nodes: [node('PAY-4', 'PAY-2', '2026-11-17'), node('PAY-3', 'PAY-2'), node('PAY-5', 'PAY-1'), node('PAY-6', null), node('PLAT-9', null)],
  summaries: [summary('PAY-1', null, 3), summary('PAY-2', 'PAY-1', 2)],
  edges: [edge('PLAT-9', 'PAY-3', '10'), edge('PLAT-9', 'PAY-4', '10'), edge('PAY-3', 'PAY-4', '11'), edge('PAY-4', 'PAY-6', '12')],
};

describe('summaryPlace', () => {
  it('finds a parent’s activities through the summaries between them', () => {
    expect(activityKeysOf(schedule, 'PAY-1').sort()).toEqual(['PAY-3', 'PAY-4', 'PAY-5']);
    expect(activityKeysOf(schedule, 'PAY-2').sort()).toEqual(['PAY-3', 'PAY-4']);
    expect(activityKeysOf(schedule, 'PAY-6')).toEqual([]);
  });

  it('lists its activities by start and the outside work linked to them once per link, never the links inside it', () => {
    const place = summaryPlace(schedule, 'PAY-2', 0);
    expect(place?.activities.map((a) => a.key)).toEqual(['PAY-3', 'PAY-4']);
    expect(place?.predecessors.map((p) => `${p.via.linkId}:${p.node.key}`)).toEqual(['10:PLAT-9']);
    expect(place?.successors.map((p) => `${p.via.linkId}:${p.node.key}`)).toEqual(['12:PAY-6']);
    const reach = summaryReachOf(schedule, 'PAY-2');
    expect(reach && summaryPanelKeys('PAY-2', reach).sort()).toEqual(['PAY-2', 'PAY-3', 'PAY-4', 'PAY-6', 'PLAT-9']);
    expect(summaryReachOf(schedule, 'PAY-3'), 'an activity has no reach').toBeNull();
  });

  it('is null for an activity or an unknown key', () => {
    expect(summaryPlace(schedule, 'PAY-3', 0)).toBeNull();
    expect(summaryPlace(schedule, 'PAY-99', 0)).toBeNull();
  });

  it('counts a hidden issue’s link to a parent once, though it binds each child', () => {
    const outside = summaryReachOf(schedule, 'PAY-2')?.outside ?? [];
    expect(outside).toEqual([
      { linkId: '10', key: 'PLAT-9' },
      { linkId: '12', key: 'PAY-6' },
    ]);
    expect(hiddenSummaryLinks(outside, (k) => !k.startsWith('PLAT'))).toBe(1);
    expect(hiddenSummaryLinks(outside, () => true)).toBe(0);
  });

  it('takes its activities from the caller when the schedule was cut to a panel (the story between is gone)', () => {
    const cut = { ...schedule, summaries: [summary('PAY-1', null, 3)] };
    expect(activityKeysOf(cut, 'PAY-1')).toEqual(['PAY-5']);
    expect(summaryPlace(cut, 'PAY-1', 1, activityKeysOf(schedule, 'PAY-1'))?.activities.map((a) => a.key)).toEqual(['PAY-3', 'PAY-5', 'PAY-4']);
  });
});
