import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { scheduleNode } from '../../src/use-cases/schedule-dto';
import { item } from '../domain/work-item-builder';
import { schedule } from '../domain/schedule/network-builder';

describe('scheduleNode: work under way', () => {
  // Status date = offset 10 (2025-01-20); A started on offset 2 (2025-01-08) and has 1.38 days left; B is to do.
  // C started today (no earlier start known); D is in progress with nothing to say what is left of it.
  const result = schedule([{ key: 'A', days: 5 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 3 }, { key: 'D', days: null }], {
    notBefore: new Map([['A', 10], ['B', 10], ['C', 10], ['D', 10]]),
    remaining: new Map([['A', 1.38], ['C', 2]]),
    actualStarts: new Map([['A', 2]]),
  });

  it('carries the day it started and the days left, and keeps them apart from a whole duration', () => {
    const a = result.items.A;
    if (!a) throw new Error('A is not scheduled');
    const node = scheduleNode(a, item('A', { statusCategory: 'inProgress' }), '2025-01-20');
    expect(node.underWay).toEqual({ actualStart: '2025-01-08', daysLeft: 1.38 });
    expect(node).toMatchObject({ durationDays: 1.38, earlyStart: '2025-01-08', earlyFinish: '2025-01-21' });
  });

  it('says the start is not known when nobody recorded an earlier one, and is absent for work not under way or without a duration', () => {
    const [b, c, d] = [result.items.B, result.items.C, result.items.D];
    if (!b || !c || !d) throw new Error('B, C or D is not scheduled');
    expect(scheduleNode(c, item('C', { statusCategory: 'inProgress' }), '2025-01-20').underWay).toEqual({ actualStart: null, daysLeft: 2 });
    expect(scheduleNode(b, item('B'), '2025-01-20').underWay).toBeUndefined();
    expect(scheduleNode(d, item('D', { statusCategory: 'inProgress' }), '2025-01-20').underWay).toBeUndefined();
  });
});
