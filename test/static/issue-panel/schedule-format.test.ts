import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleNode } from '@contract';
import { formatDay, underWaySentence } from '../../../static/src/issue-panel/schedule-format';

function node(over: Partial<ScheduleNode> = {}): ScheduleNode {
  return {
    key: 'PAY-7', summary: 'Card vault', type: 'Story', status: 'In Progress', statusCategory: 'inProgress', projectKey: 'PAY', parentKey: null,
    assignee: null, external: false, durationDays: 1.38, missingDuration: false, fixed: false,
    offsets: { earlyStart: 0, earlyFinish: 50, lateStart: 48, lateFinish: 52 },
    earlyStart: '2026-09-21', earlyFinish: '2026-11-30', lateStart: '2026-11-30', lateFinish: '2026-12-02', totalSlackDays: 2, freeSlackDays: 2,
    critical: false, nearCritical: true, dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...over,
  };
}

describe('underWaySentence', () => {
  it('reads "Started <day> · <n> days left · finishes <day>" for work under way', () => {
    const text = underWaySentence(node({ underWay: { actualStart: '2026-09-21', daysLeft: 1.38 } }));
    expect(text).toBe(`Started ${formatDay('2026-09-21')} · 1.4 days left · finishes ${formatDay('2026-11-30')}`);
  });

  it('says "In progress" when the start is not known, and nothing for other work', () => {
    expect(underWaySentence(node({ underWay: { actualStart: null, daysLeft: 2 } }))).toBe(`In progress · 2 days left · finishes ${formatDay('2026-11-30')}`);
    expect(underWaySentence(node({ statusCategory: 'todo' }))).toBeNull();
  });
});
