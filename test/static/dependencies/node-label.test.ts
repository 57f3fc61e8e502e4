import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleNode } from '@contract';
import { durationLabel, nodeDescription, underWayText } from '../../../static/src/dependencies/node-label';

function node(over: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key: 'PAY-7', summary: 'Card vault', type: 'Story', status: 'In Progress', statusCategory: 'inProgress', projectKey: 'PAY', parentKey: null,
    assignee: null, external: false, durationDays: 1.38, missingDuration: false, fixed: false,
    offsets: { earlyStart: 0, earlyFinish: 50, lateStart: 48, lateFinish: 52 },
    earlyStart: '2026-09-21', earlyFinish: '2026-11-30', lateStart: '2026-11-30', lateFinish: '2026-12-02', totalSlackDays: 2, freeSlackDays: 2,
    critical: false, nearCritical: true, dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...over,
  };
}

describe('node labels of work under way', () => {
  const underWay = node({ underWay: { actualStart: '2026-09-21', daysLeft: 1.38 } });

  it('say the days left and the day it started, never "1.38d, 2026-09-21 to 2026-11-30"', () => {
    expect(durationLabel(underWay)).toBe('1.4d left');
    expect(underWayText(underWay)).toBe('started 2026-09-21 · 1.4 days left · finishes 2026-11-30');
    expect(nodeDescription(underWay)).toContain('Started 2026-09-21 · 1.4 days left · finishes 2026-11-30 (latest finish 2026-12-02)');
    expect(nodeDescription(underWay)).not.toContain('1.38d, 2026-09-21 to');
  });

  it('say "in progress" when the day it started is not known, and "1 day left" in the singular', () => {
    expect(underWayText(node({ earlyStart: '2026-11-16', underWay: { actualStart: null, daysLeft: 1 } }))).toBe('in progress · 1 day left · finishes 2026-11-30');
  });

  it('keep the whole duration and both date ranges for other work', () => {
    const planned = node({ statusCategory: 'todo', durationDays: 3, earlyStart: '2026-11-25' });
    expect(durationLabel(planned)).toBe('3d');
    expect(underWayText(planned)).toBeNull();
    expect(nodeDescription(planned)).toContain('3d, 2026-11-25 to 2026-11-30 (latest 2026-11-30 to 2026-12-02)');
  });
});
